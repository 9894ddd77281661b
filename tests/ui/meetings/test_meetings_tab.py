"""The Meetings & Minutes tab as a secretary uses it (pytest-qt, offscreen, real SQLite file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QTreeWidgetItem

from advisoryboard.opening import open_database
from advisoryboard.services import agenda, meetings
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import AttendanceStatus, VoteChoice, VotingMethod
from database.models import AgendaItem, Meeting
from tests.support.localefmt import plain_spaces
from tests.support.meetings_board import Board, make_board
from tests.support.versions import current
from ui.context import AppContext, ChangeHub
from ui.meetings import tab as tab_module
from ui.meetings.meeting_dialogs import MeetingDialog, ScheduleDialog
from ui.meetings.motion_dialog import MotionDialog
from ui.meetings.tab import MeetingsTab

JAN = dt.datetime(2025, 1, 14, 18, 30)
FEB = dt.datetime(2025, 2, 11, 18, 30)


class Env:
    def __init__(self, db: Database, board: Board, tab: MeetingsTab, ctx: AppContext) -> None:
        self.db, self.board, self.tab, self.ctx = db, board, tab, ctx


@pytest.fixture
def english_plurals(qapp) -> Iterator[None]:
    """The English catalog, which holds only plural forms ("1 meeting" / "2 meetings")."""
    from PySide6.QtCore import QTranslator

    from ui.language import translations_dir

    translator = QTranslator()
    assert translator.load("advisoryboard_en", str(translations_dir()))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def env(qtbot, sqlite_url: str, us_english: None, english_plurals: None) -> Iterator[Env]:
    db = open_database(sqlite_url)
    board = make_board(db)
    hub = ChangeHub()
    ctx = AppContext(db, hub)
    tab = MeetingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    yield Env(db, board, tab, ctx)
    tab.close()
    hub.close()
    db.dispose()


def _new_meeting(env: Env, when: dt.datetime) -> int:
    with transaction(env.db) as s:
        meeting_id = meetings.create_meeting(s, starts_at=when, location="Community Room")
    env.tab.model.reload()
    env.tab.select_meeting(meeting_id)
    assert env.tab.selected_meeting_id() == meeting_id
    return meeting_id


def _attendance_combo(env: Env, member_id: int) -> QComboBox:
    panel = env.tab.roll_call
    env.tab.details.setCurrentWidget(panel)  # pages load when shown
    for row, entry in enumerate(panel.call.voting if panel.call else []):
        if entry.member_id == member_id:
            widget = panel.voting_table.cellWidget(row, 2)
            assert isinstance(widget, QComboBox)
            return widget
    raise AssertionError(member_id)


def _set_attendance(qtbot, env: Env, member_id: int, status: AttendanceStatus) -> None:
    combo = _attendance_combo(env, member_id)
    combo.setCurrentIndex(combo.findData(status))
    qtbot.waitUntil(lambda: not env.tab.has_pending_changes)


def test_meetings_model_passes_the_model_tester(env: Env, qtmodeltester) -> None:
    _new_meeting(env, JAN)
    _new_meeting(env, FEB)
    qtmodeltester.check(env.tab.model)
    env.tab.model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(env.tab.model)
    assert env.tab.model.rowCount() == 2
    assert env.tab.model.index(0, 4).data() == "None"


def test_ctrl_shift_n_opens_the_new_meeting_dialog(env: Env, qtbot, monkeypatch) -> None:
    asked: list[bool] = []

    def fake(cls, parent, ctx):
        asked.append(True)
        with transaction(ctx.db) as s:
            return meetings.create_meeting(s, starts_at=FEB, location="Library")

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(fake))
    env.tab.table.setFocus()
    qtbot.keyClick(
        env.tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert asked == [True]
    assert env.tab.model.index(env.tab.table.currentIndex().row(), 3).data() == "Library"


def test_schedule_helper_creates_a_year_of_second_tuesdays(env: Env, qtbot) -> None:
    dialog = ScheduleDialog(env.ctx, env.tab)
    qtbot.addWidget(dialog)
    from PySide6.QtCore import QDate

    dialog.first.setDate(QDate(2026, 1, 1))
    dialog.place.setText("Community Room")
    dialog.accept()
    assert len(dialog.created) == 12
    with read_only(env.db) as s:
        rows = meetings.list_meetings(s, descending=False)
    days = [r.starts_at for r in rows]
    # second Tuesday: a Tuesday (weekday 1) between the 8th and the 14th, one per month of 2026
    assert all(d.weekday() == 1 and 8 <= d.day <= 14 and d.time() == dt.time(18, 30) for d in days)
    assert sorted({(d.year, d.month) for d in days}) == [(2026, m) for m in range(1, 13)]
    assert {r.location for r in rows} == {"Community Room"}


def _build(qtbot, env: Env) -> None:
    """Click 'Build from template' and wait for the background work to finish."""
    with qtbot.waitSignal(env.tab.agenda.built, timeout=20000):
        qtbot.mouseClick(env.tab.agenda.build_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, env)


def _settle(qtbot, env: Env) -> None:
    """Wait until the tab has shown the changes just made (the change notice refreshes it)."""
    qtbot.waitUntil(lambda: not env.tab.has_pending_changes)


def _tree_numbers_and_titles(env: Env) -> list[tuple[str, str]]:
    tree = env.tab.agenda.tree
    result = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        result.append((top.text(0), top.text(2)))
        for k in range(top.childCount()):
            child = top.child(k)
            assert child is not None
            result.append((child.text(0), child.text(2)))
    return result


def test_build_agenda_from_template_and_reorder_by_keyboard_and_drag(env: Env, qtbot) -> None:
    meeting_id = _new_meeting(env, JAN)
    with read_only(env.db) as s:
        template = agenda.agenda_template(s)
    panel = env.tab.agenda
    _build(qtbot, env)
    rows = _tree_numbers_and_titles(env)
    expected = []
    for n, entry in enumerate(template, start=1):
        expected.append((str(n), entry["title"]))
        expected += [(f"{n}{chr(ord('a') + k)}", c["title"]) for k, c in enumerate(entry.get("children", []))]
    assert rows == expected
    assert not panel.build_button.isEnabled()
    # running clock: item 2 starts after item 1's minutes
    tree = panel.tree
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first is not None and second is not None
    assert plain_spaces(first.text(1)) == "6:30 PM"  # the meeting's start, as the locale writes times
    assert plain_spaces(second.text(1)) == f"6:{30 + int(template[0]['minutes']):02d} PM"
    # keyboard: Ctrl+Down moves "Approval of the agenda" (3) below "Approval of minutes" (4)
    tree.setCurrentItem(tree.topLevelItem(2))  # type: ignore[arg-type]
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, env)
    titles = [t for n, t in _tree_numbers_and_titles(env) if n.isdigit()]
    assert titles[2:4] == [template[3]["title"], template[2]["title"]]
    assert tree.currentItem() is not None and tree.currentItem().text(0) == "4"
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, env)
    titles = [t for n, t in _tree_numbers_and_titles(env) if n.isdigit()]
    assert titles[2:4] == [template[2]["title"], template[3]["title"]]
    # drag and drop: the last item ("Adjournment") dropped on the upper edge of item 1 goes first
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    target = tree.topLevelItem(0)
    assert last is not None and target is not None
    _drop(tree, last, target, 0.1)
    _settle(qtbot, env)
    titles = [t for n, t in _tree_numbers_and_titles(env) if n.isdigit()]
    assert titles[0] == template[-1]["title"] and titles[1] == template[0]["title"]
    # dropped onto the middle of "New business": becomes its lettered sub-item
    new_business = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(2) == "New business"
    )
    tree.expandAll()
    public = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(2) == "Public comment"
    )
    _drop(tree, public, new_business, 0.5)  # type: ignore[arg-type]
    _settle(qtbot, env)
    numbers = dict((t, n) for n, t in _tree_numbers_and_titles(env))
    assert numbers["Public comment"] == numbers["New business"] + "a"
    with read_only(env.db) as s:
        stored = [(r.number, r.title) for r in agenda.list_agenda(s, meeting_id)]
    assert stored == _tree_numbers_and_titles(env)  # the drops were saved, not only shown


def _drop(tree, item: QTreeWidgetItem, onto: QTreeWidgetItem, height: float) -> None:
    """A real QDropEvent at `height` (0 top .. 1 bottom) of the target row, as a mouse drop delivers it."""
    tree.setCurrentItem(item)
    mime: QMimeData = tree.mimeData([item])
    rect = tree.visualItemRect(onto)
    pos = QPoint(rect.center().x(), rect.top() + int(rect.height() * height))
    event = QDropEvent(
        pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    tree.dropEvent(event)


def test_roll_call_changes_the_quorum_indicator(env: Env, qtbot) -> None:
    _new_meeting(env, JAN)
    env.tab.details.setCurrentWidget(env.tab.roll_call)
    label = env.tab.roll_call.quorum_label
    assert "NO QUORUM" in label.text() and "0 voting members present, 4 needed" in label.text()
    voting = env.board.voting
    for member in voting[:3]:
        _set_attendance(qtbot, env, member, AttendanceStatus.PRESENT)
    assert "NO QUORUM" in label.text() and "3 voting members present" in label.text()
    _set_attendance(qtbot, env, voting[3], AttendanceStatus.LATE)
    assert "QUORUM PRESENT" in label.text() and "NO QUORUM" not in label.text()
    with read_only(env.db) as s:
        call = meetings.roll_call(s, env.tab.selected_meeting_id())  # type: ignore[arg-type]
    late = next(e for e in call.voting if e.member_id == voting[3])
    assert late.status is AttendanceStatus.LATE and late.arrived_at == dt.time(18, 30)
    _set_attendance(qtbot, env, voting[0], AttendanceStatus.EXCUSED)
    assert "NO QUORUM" in label.text()
    assert [e.name for e in env.tab.roll_call.call.non_voting] == ["Officer Kim"]


def _quorum_of_five(qtbot, env: Env) -> None:
    for member in env.board.voting[:5]:
        _set_attendance(qtbot, env, member, AttendanceStatus.PRESENT)
    _set_attendance(qtbot, env, env.board.voting[5], AttendanceStatus.ABSENT)


def test_motion_with_a_roll_call_vote_shows_the_tally(env: Env, qtbot) -> None:
    meeting_id = _new_meeting(env, JAN)
    _quorum_of_five(qtbot, env)
    dialog = MotionDialog(env.ctx, meeting_id, env.tab, text="Ask the city to repair the Elm St light")
    qtbot.addWidget(dialog)
    assert not dialog.quorum_warning.isVisibleTo(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.ROLL_CALL))
    assert dialog.grid.isVisibleTo(dialog)
    v = env.board.voting
    for member in v[:4]:
        qtbot.mouseClick(dialog.findChild(object, f"vote_{member}_aye"), Qt.MouseButton.LeftButton)
    assert "1 present member has not voted yet" in dialog.tally_label.text()
    qtbot.mouseClick(dialog.findChild(object, f"vote_{v[4]}_abstain"), Qt.MouseButton.LeftButton)
    assert "Tally 4-0-1" in dialog.tally_label.text() and "CARRIED" in dialog.tally_label.text()
    dialog.mover.setCurrentIndex(dialog.mover.findData(v[0]))
    dialog.seconder.setCurrentIndex(dialog.seconder.findData(v[0]))
    dialog.save()
    assert "cannot be the mover" in dialog.error_label.text()  # the dialog stays open, nothing lost
    assert dialog.text.toPlainText() == "Ask the city to repair the Elm St light"
    dialog.seconder.setCurrentIndex(dialog.seconder.findData(v[1]))
    dialog.save()
    assert dialog.motion_id is not None
    env.tab.motions.load(meeting_id)
    table = env.tab.motions.motions_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (4, 5, 6)] == ["4-0-1", "Carried", "yes"]


def test_motion_without_quorum_is_flagged_in_the_dialog_and_the_list(env: Env, qtbot, monkeypatch) -> None:
    meeting_id = _new_meeting(env, JAN)
    _set_attendance(qtbot, env, env.board.voting[0], AttendanceStatus.PRESENT)
    dialog = MotionDialog(env.ctx, meeting_id, env.tab, text="To adjourn")
    qtbot.addWidget(dialog)
    assert dialog.quorum_warning.isVisibleTo(dialog) and "NO QUORUM" in dialog.quorum_warning.text()
    dialog.declared.setCurrentIndex(dialog.declared.findText("Carried"))
    dialog.save()
    env.tab.motions.load(meeting_id)
    assert "NO QUORUM" in env.tab.motions.motions_table.item(0, 6).text()


def test_previous_minutes_are_approved_at_the_next_meeting_and_locked(env: Env, qtbot) -> None:
    jan = _new_meeting(env, JAN)
    _quorum_of_five(qtbot, env)
    feb = _new_meeting(env, FEB)
    _quorum_of_five(qtbot, env)
    env.tab.details.setCurrentWidget(env.tab.agenda)
    _build(qtbot, env)
    titles = [t for _n, t in _tree_numbers_and_titles(env)]
    assert "Minutes of the meeting of 2025-01-14" in titles
    dialog = MotionDialog(env.ctx, feb, env.tab, text="To approve the minutes of January 14")
    qtbot.addWidget(dialog)
    dialog.approves.setCurrentIndex(dialog.approves.findData(jan))
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.UNANIMOUS_CONSENT))
    assert "Tally 5-0-0" in dialog.tally_label.text()
    dialog.save()
    assert dialog.motion_id is not None
    qtbot.waitUntil(lambda: not env.tab.has_pending_changes)
    env.tab.select_meeting(jan)
    panel = env.tab.minutes
    env.tab.details.setCurrentWidget(panel)
    assert "APPROVED on 2/11/2025 at the meeting of 2/11/2025" in panel.lock_label.text()
    assert not panel.save_notes_button.isEnabled() and not panel.save_header_button.isEnabled()
    assert panel.amend_button.isEnabled()
    env.tab.details.setCurrentWidget(env.tab.roll_call)
    assert not env.tab.roll_call.save_public.isEnabled()
    row = env.tab.model.row_of(jan)
    assert env.tab.model.index(row, 4).data() == "Approved (locked)"


def test_minutes_header_bad_time_keeps_the_input(env: Env, qtbot) -> None:
    _new_meeting(env, JAN)
    panel = env.tab.minutes
    env.tab.details.setCurrentWidget(panel)
    panel.called.setText("half past six")
    qtbot.mouseClick(panel.save_header_button, Qt.MouseButton.LeftButton)
    assert "18:32" in panel.header_error.text()
    assert panel.called.text() == "half past six"
    panel.called.setText("6:32 pm")
    panel.adjourned.setText("18:00")
    qtbot.mouseClick(panel.save_header_button, Qt.MouseButton.LeftButton)
    assert "after the call to order" in panel.header_error.text()
    panel.adjourned.setText("20:05")
    panel.summary.setPlainText("<b>Ana & José</b> presided; the board adopted the budget.")
    qtbot.mouseClick(panel.save_header_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not env.tab.has_pending_changes)
    assert plain_spaces(env.tab.minutes.called.text()) == "6:32 PM"  # typed 6:32 pm; shown the en_US way
    assert panel.summary.toPlainText() == "<b>Ana & José</b> presided; the board adopted the budget."


def test_print_buttons_ask_for_the_selected_meetings_documents(env: Env, qtbot) -> None:
    assert env.tab.default_print_request() is None
    meeting_id = _new_meeting(env, JAN)
    assert env.tab.default_print_request() == ("agenda", {"meeting_id": meeting_id})
    for name, kind in (
        ("printAgendaButton", "agenda"),
        ("printMinutesButton", "minutes"),
        ("printSignInButton", "sign-in"),
    ):
        with qtbot.waitSignal(env.tab.print_request) as blocker:
            qtbot.mouseClick(
                getattr(
                    env.tab,
                    {"agenda": "print_agenda", "minutes": "print_minutes", "sign-in": "print_sign_in"}[kind],
                ),
                Qt.MouseButton.LeftButton,
            )
        assert blocker.args == [kind, {"meeting_id": meeting_id}]
        assert env.tab.findChild(object, name) is not None


def test_export_button_writes_a_calendar(env: Env, qtbot, monkeypatch, tmp_path: Path) -> None:
    _new_meeting(env, JAN)
    target = tmp_path / "board.ics"
    monkeypatch.setattr(tab_module.ExportPath, "ask", classmethod(lambda cls, parent: target))
    with qtbot.waitSignal(env.tab.status_message, timeout=10000) as blocker:
        qtbot.mouseClick(env.tab.export_button, Qt.MouseButton.LeftButton)
    assert "1 meeting written" in blocker.args[0]
    import ics

    (event,) = ics.Calendar(target.read_text()).events
    assert event.location == "Community Room"


def test_staff_can_look_but_not_edit(qtbot, sqlite_url: str) -> None:
    from advisoryboard.permissions import Actor
    from database.enums import Role

    db = open_database(sqlite_url)
    make_board(db)
    with transaction(db) as s:
        meeting_id = meetings.create_meeting(s, starts_at=JAN)
    hub = ChangeHub()
    tab = MeetingsTab(AppContext(db, hub, Actor("pat", Role.STAFF)))
    qtbot.addWidget(tab)
    tab.select_meeting(meeting_id)
    assert not tab.new_button.isEnabled() and not tab.agenda.build_button.isEnabled()
    for page in (tab.motions, tab.minutes, tab.roll_call):
        tab.details.setCurrentWidget(page)
    assert not tab.motions.record_button.isEnabled() and not tab.minutes.save_notes_button.isEnabled()
    combo = tab.roll_call.voting_table.cellWidget(0, 2)
    assert combo is not None and not combo.isEnabled()
    assert tab.print_agenda.isEnabled()  # everyone may print
    hub.close()
    db.dispose()


def test_template_editor_changes_what_new_agendas_start_with(env: Env, qtbot) -> None:
    from ui.meetings.template_dialog import TemplateDialog

    dialog = TemplateDialog(env.ctx, env.tab)
    qtbot.addWidget(dialog)
    with read_only(env.db) as s:
        before = agenda.agenda_template(s)
    assert dialog.template() == [
        {k: v for k, v in entry.items()} for entry in before
    ]  # the dialog shows the stored template unchanged
    dialog.table.setCurrentCell(0, 2)
    dialog.move_row(1)  # roll call first, then call to order
    dialog.add_row(True, title="Youth council report", minutes=7, at=dialog.table.rowCount())
    dialog.add_row(False, title="   ", at=dialog.table.rowCount())
    dialog.save()
    assert "needs a title" in dialog.error.text() and not dialog.saved  # nothing lost, nothing saved
    dialog.table.setCurrentCell(dialog.table.rowCount() - 1, 2)
    dialog.remove_row()
    dialog.save()
    assert dialog.saved
    meeting_id = _new_meeting(env, JAN)
    _build(qtbot, env)
    rows = _tree_numbers_and_titles(env)
    assert rows[0] == ("1", before[1]["title"]) and rows[1] == ("2", before[0]["title"])
    last_top = str(len(before))
    assert rows[-1] == (last_top + "a", "Youth council report")
    with read_only(env.db) as s:
        items = agenda.list_agenda(s, meeting_id)
    assert items[-1].minutes_allotted == 7


def test_a_correction_to_approved_minutes_goes_through_the_amendment_dialog(
    env: Env, qtbot, monkeypatch
) -> None:
    from advisoryboard.services import agenda_edit, minutes, motions
    from database.enums import MotionResult
    from ui.meetings.amend_dialog import AmendDialog

    jan = _new_meeting(env, JAN)
    _quorum_of_five(qtbot, env)
    with transaction(env.db) as s:
        item = agenda_edit.add_item(s, jan, agenda_edit.ItemInput(title="Street lights"))
        minutes.set_item_notes(s, item, current(s, AgendaItem, item), "Light fixed on Elm St.")
    feb = _new_meeting(env, FEB)
    _quorum_of_five(qtbot, env)
    with transaction(env.db) as s:
        motions.record_motion(
            s,
            feb,
            motions.MotionInput(
                text="Approve",
                declared_result=MotionResult.CARRIED,
                approves_minutes_of_meeting_id=jan,
                approves_minutes_version=current(s, Meeting, jan),
            ),
        )
    env.tab.select_meeting(jan)
    qtbot.waitUntil(lambda: not env.tab.has_pending_changes)
    env.tab.details.setCurrentWidget(env.tab.minutes)
    dialogs: list[AmendDialog] = []

    def fake_ask(cls, parent, ctx, meeting_id, targets, version=None):
        dialog = cls(ctx, meeting_id, targets, parent, version)
        dialogs.append(dialog)
        dialog.target.setCurrentIndex(dialog.target.findText("1. Street lights"))
        assert dialog.old.text() == "Light fixed on Elm St."
        dialog.new.setPlainText("Light fixed on Oak St.")
        dialog.save()
        assert "Say why" in dialog.error.text()
        dialog.reason.setText("Wrong street")
        dialog.save()
        return dialog.saved

    monkeypatch.setattr(AmendDialog, "ask", classmethod(fake_ask))
    panel = env.tab.minutes
    assert panel.amend_button.isEnabled()
    qtbot.mouseClick(panel.amend_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, env)
    assert dialogs and dialogs[0].saved
    assert "Wrong street" in panel.amendments.text() and "Light fixed on Oak St." in panel.amendments.text()
    panel.item_list.setCurrentRow(0)
    assert panel.notes.toPlainText() == "Light fixed on Oak St."


def test_edit_meeting_cancels_it(env: Env, qtbot) -> None:
    from database.enums import MeetingStatus

    meeting_id = _new_meeting(env, FEB)
    row = env.tab.model.row_at(env.tab.model.row_of(meeting_id))
    dialog = MeetingDialog(env.ctx, env.tab, row)
    qtbot.addWidget(dialog)
    assert dialog.place.text() == "Community Room"
    dialog.status.setCurrentIndex(dialog.status.findData(MeetingStatus.CANCELLED))
    dialog.reason.setText("Snow storm")
    dialog.accept()
    env.tab.model.reload()
    row_index = env.tab.model.row_of(meeting_id)
    assert env.tab.model.index(row_index, 2).data() == "Cancelled"
    with read_only(env.db) as s:
        assert meetings.get_meeting(s, meeting_id).cancelled_reason == "Snow storm"


def test_action_items_are_added_carried_to_the_next_meeting_and_marked_done(env: Env, qtbot) -> None:
    from ui.meetings.action_item_dialog import ActionItemDialog

    jan = _new_meeting(env, JAN)
    dialog = ActionItemDialog(env.ctx, jan, env.tab)
    qtbot.addWidget(dialog)
    dialog.description.setText("Call Public Works about the Elm St light")
    dialog.issue.setText("2099-0001")
    dialog.save()
    assert "No issue has the reference 2099-0001" in dialog.error.text() and dialog.item_id is None
    dialog.issue.setText("2025-0001")
    dialog.save()
    assert "Say who will do it" in dialog.error.text()
    dialog.owner.setCurrentIndex(dialog.owner.findData(env.board.voting[1]))
    dialog.save()
    assert dialog.item_id is not None
    _new_meeting(env, FEB)
    panel = env.tab.motions
    env.tab.details.setCurrentWidget(panel)  # what is out of view refreshes when shown
    table = panel.actions_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 1, 3, 4)] == [
        "Call Public Works about the Elm St light",
        "Member 2",
        "Open",
        "1/14/2025",  # the meeting it came from, by its date
    ]
    table.selectRow(0)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, env)
    assert table.rowCount() == 0  # done: no longer carried
    panel.carried.setChecked(False)
    env.tab.details.setCurrentWidget(panel)
    env.tab.select_meeting(jan)
    qtbot.waitUntil(lambda: not env.tab.has_pending_changes)
    assert panel.actions_table.item(0, 3).text().startswith("Done ")


def test_a_recorded_motion_can_be_corrected_while_the_minutes_are_a_draft(env: Env, qtbot) -> None:
    from advisoryboard.services import motions

    meeting_id = _new_meeting(env, JAN)
    _quorum_of_five(qtbot, env)
    v = env.board.voting
    first = {m: VoteChoice.AYE for m in v[:5]}
    with transaction(env.db) as s:
        motions.record_motion(
            s,
            meeting_id,
            motions.MotionInput(text="Buy a new podium", method=VotingMethod.ROLL_CALL, votes=first),
        )
    with read_only(env.db) as s:
        (row,) = motions.list_motions(s, meeting_id)
    dialog = MotionDialog(env.ctx, meeting_id, env.tab, existing=row)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "Buy a new podium"
    assert "Tally 5-0-0" in dialog.tally_label.text()
    dialog.set_vote(v[3], VoteChoice.NAY)
    dialog.set_vote(v[4], VoteChoice.NAY)
    dialog.set_vote(v[2], VoteChoice.RECUSED)
    assert "Tally 2-2-0" in dialog.tally_label.text() and "FAILED" in dialog.tally_label.text()
    dialog.save()
    assert dialog.motion_id == row.id
    with read_only(env.db) as s:
        (after,) = motions.list_motions(s, meeting_id)
    assert (str(after.tally), after.result.value, after.votes[v[2]].value) == ("2-2-0", "failed", "recused")


def test_the_meeting_date_names_its_weekday_in_the_chosen_language(env: Env) -> None:
    from PySide6.QtCore import QDate, QLocale, QTime

    _new_meeting(env, JAN)  # a Tuesday
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        env.tab.model.reload()
        assert plain_spaces(env.tab.model.index(0, 0).data()) == "Tue 1/14/2025 6:30 PM"
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
        spanish = QLocale()
        env.tab.model.reload()
        shown = env.tab.model.index(0, 0).data()
    finally:
        QLocale.setDefault(previous)
    # Spanish (US) writes day/month/year and its own short time; both computed by Qt's locale data
    day = spanish.toString(QDate(2025, 1, 14), QLocale.FormatType.ShortFormat)
    clock = spanish.toString(QTime(18, 30), QLocale.FormatType.ShortFormat)
    assert day == "14/1/2025"
    assert shown.endswith(f" {day} {clock}"), shown
    assert "Tue" not in shown and shown.split()[0].lower().startswith("mar"), shown  # martes


def test_add_item_type_and_save_is_saved_and_visible_after_a_reload(env: Env, qtbot) -> None:
    meeting_id = _new_meeting(env, JAN)
    panel = env.tab.agenda
    env.tab.details.setCurrentWidget(panel)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    # the new row is selected and its title ready to type over
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().title == "New item")
    assert panel.title.hasFocus() or panel.title.selectedText() == "New item"
    QApplication.processEvents()  # the change notice of the insert arrives and is handled
    panel.title.setText("Streetlight survey on Elm")
    panel.minutes.setValue(12)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    with read_only(env.db) as s:
        stored = [(r.title, r.minutes_allotted) for r in agenda.list_agenda(s, meeting_id)]
    assert stored == [("Streetlight survey on Elm", 12)]
    # a fresh Meetings tab (as after restarting the app) shows it
    fresh = MeetingsTab(env.ctx)
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.select_meeting(meeting_id)
    fresh.details.setCurrentWidget(fresh.agenda)
    tree = fresh.agenda.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    item = tree.topLevelItem(0)
    assert item is not None and item.text(2) == "Streetlight survey on Elm" and item.text(4) == "12"


def test_save_item_with_nothing_selected_says_why(env: Env, qtbot) -> None:
    _new_meeting(env, JAN)
    panel = env.tab.agenda
    env.tab.details.setCurrentWidget(panel)
    panel.tree.setCurrentItem(None)
    panel.title.setText("Typed with nothing selected")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "Select an agenda item" in panel.error.text() or "Add item" in panel.error.text()
    assert panel.title.text() == "Typed with nothing selected"  # nothing the user typed is lost


def test_new_meeting_dialog_has_only_its_own_fields_and_starts_at_the_usual_place(env: Env, qtbot) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

    from advisoryboard.services import settings

    with transaction(env.db) as s:
        current = settings.get_settings(s)
        settings.update_settings(s, {"default_location": "Library, Room 2"}, current.version)
    dialog = MeetingDialog(env.ctx, env.tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.place.text() == "Library, Room 2"
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    placed = {form.itemAt(i).widget() for i in range(form.count()) if form.itemAt(i).widget() is not None}
    # every visible line edit is a labelled row of the form: no stray, unlabelled box
    for edit in dialog.findChildren(QLineEdit):
        if edit.isVisible() and edit.parent() is dialog:
            assert edit in placed, edit.objectName()
            assert isinstance(form.labelForField(edit), QLabel), edit.objectName()
    assert not dialog.status.isVisible() and not dialog.reason.isVisible()
    type_label = form.labelForField(dialog.kind)
    assert isinstance(type_label, QLabel) and type_label.text() == "&Type:"
    assert dialog.childAt(type_label.geometry().center()) is type_label


def test_the_next_meeting_is_selected_and_nothing_selected_is_not_editable(qtbot, sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    make_board(db)
    today = dt.date.today()
    with transaction(db) as s:
        meetings.create_meeting(s, starts_at=dt.datetime.combine(today - dt.timedelta(days=30), dt.time(18)))
        soon = meetings.create_meeting(
            s, starts_at=dt.datetime.combine(today + dt.timedelta(days=6), dt.time(18))
        )
        meetings.create_meeting(s, starts_at=dt.datetime.combine(today + dt.timedelta(days=36), dt.time(18)))
    hub = ChangeHub()
    tab = MeetingsTab(AppContext(db, hub))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.selected_meeting_id() == soon
    assert tab.details.isEnabled()
    tab.table.selectionModel().clearCurrentIndex()
    tab.table.clearSelection()
    qtbot.waitUntil(lambda: tab.selected_meeting_id() is None)
    assert not tab.details.isEnabled()
    tab.close()
    hub.close()
    db.dispose()


def test_motion_tally_and_result_stay_in_view_beside_a_long_motion(env: Env, qtbot) -> None:
    from advisoryboard.services import motions

    meeting_id = _new_meeting(env, JAN)
    _quorum_of_five(qtbot, env)
    long_text = "Ask the city to " + "repair every light on Elm Street and the park paths, " * 6
    with transaction(env.db) as s:
        motions.record_motion(
            s,
            meeting_id,
            motions.MotionInput(text=long_text, method=VotingMethod.SHOW_OF_HANDS, counts=(4, 1, 0)),
        )
    env.tab.resize(1366, 700)
    panel = env.tab.motions
    env.tab.details.setCurrentWidget(panel)
    panel.load(meeting_id)
    table = panel.motions_table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    for column in (4, 5):  # tally, result
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= table.viewport().width(), column
    assert table.item(0, 4).text() == "4-1-0" and table.item(0, 0).toolTip() == long_text.strip()


def test_a_forum_motion_dialog_takes_counts_of_everyone_present(env: Env, qtbot) -> None:
    from PySide6.QtWidgets import QSpinBox

    from database.enums import MeetingKind

    with transaction(env.db) as s:
        forum = meetings.create_meeting(s, starts_at=JAN, kind=MeetingKind.FORUM, location="Library")
    dialog = MotionDialog(env.ctx, forum, env.tab, text="Speed humps on Elm")
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.SHOW_OF_HANDS))
    ayes = dialog.findChild(QSpinBox, "ayesSpin")
    assert ayes is not None
    ayes.setValue(31)
    assert ayes.value() == 31  # not capped at the board's seats


def test_the_motion_dialog_shows_counts_only_for_a_counted_vote(env: Env, qtbot) -> None:
    meeting_id = _new_meeting(env, JAN)
    _quorum_of_five(qtbot, env)
    dialog = MotionDialog(env.ctx, meeting_id, env.tab, text="Adopt the agenda")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.ROLL_CALL))
    assert not dialog.counts_box.isVisible()  # no greyed "0 0 0" beside the roll call's tally
    v = env.board.voting
    for member in v[:4]:
        qtbot.mouseClick(dialog.findChild(object, f"vote_{member}_aye"), Qt.MouseButton.LeftButton)
    assert "1 present member has not voted yet." in dialog.tally_label.text()
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.SHOW_OF_HANDS))
    assert dialog.counts_box.isVisible()


def test_the_motion_dialog_closes_up_for_a_voice_vote_and_grows_for_a_roll_call(env: Env, qtbot) -> None:
    meeting_id = _new_meeting(env, JAN)
    _quorum_of_five(qtbot, env)
    dialog = MotionDialog(env.ctx, meeting_id, env.tab, text="To adjourn")
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.VOICE))
    dialog.show()
    qtbot.waitExposed(dialog)

    def gap_above_tally() -> int:
        """Empty space between the last form row and the tally, as the user sees it."""
        partner_bottom = dialog.partner.mapTo(dialog, dialog.partner.rect().bottomLeft()).y()
        return dialog.tally_label.mapTo(dialog, dialog.tally_label.rect().topLeft()).y() - partner_bottom

    assert not dialog.grid.isVisible()
    voice_height = dialog.height()
    assert gap_above_tally() < 40  # the rows sit together: no empty vote-grid space
    assert voice_height < 600
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.ROLL_CALL))
    qtbot.waitUntil(lambda: dialog.grid.isVisible())
    assert dialog.height() > voice_height + 150  # room for the vote grid
    assert dialog.grid.height() >= 220
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()  # still fits the laptop screen
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.VOICE))
    assert dialog.height() == voice_height and gap_above_tally() < 40
