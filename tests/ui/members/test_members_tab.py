"""The Members tab as a secretary uses it: roster, search, dialogs with their messages, warnings."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QMessageBox, QPushButton
from sqlalchemy import func, select

from advisoryboard.services.base import read_only
from advisoryboard.services.member_warnings import member_warnings
from advisoryboard.services.seats import vacancies
from database.models import Member, SeatTerm
from ui.common.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.members import import_export
from ui.members.deactivate_dialog import ConfirmDelete, DeactivateDialog
from ui.members.member_dialog import MemberDialog
from ui.members.member_page import MemberPageDialog
from ui.members.roster_model import RosterModel
from ui.members.tab import MembersTab


@pytest.fixture
def tab(main_window: MainWindow) -> MembersTab:
    tab = main_window.tab("membersTab")
    assert isinstance(tab, MembersTab)
    main_window.tabs.setCurrentWidget(tab)
    return tab


def shown_names(tab: MembersTab) -> list[str]:
    model = tab.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def active_names(tab: MembersTab, contains: str = "") -> list[str]:
    with tab.ctx.db.session() as s:
        names = s.scalars(select(Member.name).where(Member.left_on.is_(None))).all()
    return sorted((n for n in names if contains.lower() in n.lower()), key=str.lower)


def test_roster_model_passes_the_model_tester(tab: MembersTab, qtmodeltester) -> None:
    model = RosterModel(tab.ctx)
    model.reload()
    qtmodeltester.check(model)
    model.sort(6, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_roster_shows_active_members_and_searches_as_you_type(tab: MembersTab, qtbot) -> None:
    assert tab.table.objectName() == "membersTable"
    assert shown_names(tab) == active_names(tab)
    headers = [tab.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Name", "Seat", "Office", "District", "Status", "Term ends", "Attendance (12 months)"]
    qtbot.keyClicks(tab.search, "an")
    qtbot.waitUntil(
        lambda: (
            shown_names(tab) == [n for n in active_names(tab) if "an" in n.lower()]
            and tab.model.filter.text == "an"
        )
    )
    tab.search.clear()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    with tab.ctx.db.session() as s:
        everyone = s.scalar(select(func.count()).select_from(Member))
    qtbot.waitUntil(lambda: tab.model.rowCount() == everyone)
    tab.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    names = shown_names(tab)
    assert names == sorted(names, key=str.lower, reverse=True)
    assert "members shown" in tab.count_label.text()


def test_add_member_shows_messages_next_to_the_fields(tab: MembersTab, qtbot) -> None:
    dialog = MemberDialog(tab, tab.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email, "ana@")
    qtbot.keyClicks(dialog.phone, "call me")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    messages = {f: dialog.findChild(QLabel, f"{f}Error") for f in ("name", "email", "phone")}
    assert all(label is not None and label.isVisible() for label in messages.values())
    assert messages["name"].text() == "Enter the member's name."
    assert "not an email address" in messages["email"].text()
    assert dialog.isVisible()  # nothing lost: the dialog stays open with what was typed
    assert dialog.email.text() == "ana@"

    with read_only(tab.ctx.db) as s:
        (vacancy, *_rest) = vacancies(s)
    dialog.email.setText("ana@example.org")
    dialog.phone.setText("617-555-0142")
    dialog.name.setText("<b>Ana & José</b>")  # keyClicks types ASCII only
    dialog.seat.setCurrentIndex(dialog.seat.findData(vacancy.seat_id))
    dialog.offices.item(1).setCheckState(Qt.CheckState.Checked)  # Vice Chair
    dialog.offices.item(3).setCheckState(Qt.CheckState.Checked)  # Treasurer
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    assert not messages["email"].isVisible()
    qtbot.waitUntil(lambda: "<b>Ana & José</b>" in shown_names(tab))  # the change notice refreshed the tab
    row = shown_names(tab).index("<b>Ana & José</b>")
    assert tab.table.model().index(row, 2).data() == "Vice Chair/Treasurer"
    assert tab.table.model().index(row, 1).data() == vacancy.seat_label


def test_a_taken_seat_is_refused_next_to_the_term(tab: MembersTab, qtbot) -> None:
    dialog = MemberDialog(tab, tab.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    held = next(
        i
        for i in range(dialog.seat.count())
        if " — " in dialog.seat.itemText(i)
        and "vacant" not in dialog.seat.itemText(i)
        and "Seat" in dialog.seat.itemText(i)
    )
    dialog.seat.setCurrentIndex(held)
    qtbot.keyClicks(dialog.name, "Luis Ortega")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    label = dialog.findChild(QLabel, "term_startError")
    assert label is not None and label.isVisible()
    assert "a voting seat cannot have two members at the same time" in label.text()
    assert "Luis Ortega" not in active_names(tab)


def test_edit_and_deactivate_through_the_dialogs(tab: MembersTab, qtbot) -> None:
    tab.table.selectRow(0)
    member_id = tab.selected_id()
    assert member_id is not None
    dialog = MemberDialog(tab, tab.ctx, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.term_end.set_value(None)
    dialog.district.setText("District 9")
    dialog.name.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLabel, "nameError").text() == "Enter the member's name."
    qtbot.keyClicks(dialog.name, "Renamed Member")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Renamed Member" in shown_names(tab))
    tab.district_filter.setCurrentIndex(tab.district_filter.findData("District 9"))
    qtbot.waitUntil(lambda: shown_names(tab) == ["Renamed Member"])

    row = tab.model.row_at(tab.model.row_of(member_id))
    assert row is not None
    leave = DeactivateDialog(tab, tab.ctx, member_id, "Renamed Member", row.version)
    qtbot.addWidget(leave)
    leave.reason.setCurrentIndex(leave.reason.findData("resigned"))
    leave.findChild(QPushButton, "deactivateButton").click()
    qtbot.waitUntil(lambda: shown_names(tab) == [])  # active filter: gone from the roster
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("former"))
    qtbot.waitUntil(lambda: shown_names(tab) == ["Renamed Member"])
    assert tab.table.model().index(0, 4).data() == "Former (Resigned)"


def test_delete_is_refused_for_a_member_with_history(tab: MembersTab, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, name: True))
    tab.table.selectRow(0)
    name = shown_names(tab)[0]
    tab.delete_button.click()
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "userErrorBox") is not None)
    box = tab.findChild(QMessageBox, "userErrorBox")
    assert "cannot be deleted; deactivate the member instead" in box.text()
    assert name in shown_names(tab)


def test_warnings_open_the_member(tab: MembersTab, qtbot) -> None:
    with read_only(tab.ctx.db) as s:
        expected = member_warnings(s)
    items = tab.warnings.list
    assert [items.item(i).text() for i in range(items.count())] == [w.text for w in expected]
    index = next(i for i, w in enumerate(expected) if w.member_id is not None)
    items.itemActivated.emit(items.item(index))
    page = tab.member_page
    assert isinstance(page, MemberPageDialog)
    qtbot.waitUntil(page.isVisible)
    with tab.ctx.db.session() as s:
        name = s.get(Member, expected[index].member_id).name
    assert page.findChild(QLabel, "memberName").text() == name
    page.close()


def test_print_button_asks_for_the_public_roster(tab: MembersTab, qtbot) -> None:
    assert tab.default_print_request() == ("roster", {"public": True})
    tab.print_request.disconnect()
    with qtbot.waitSignal(tab.print_request) as signal:
        tab.print_button.click()
    assert signal.args == ["roster", {"public": True}]


def test_import_and_export_from_the_tab(tab: MembersTab, qtbot, monkeypatch, tmp_path: Path) -> None:
    source = tmp_path / "new.csv"
    with source.open("w", newline="") as fh:
        csv.writer(fh).writerows(
            [["Name", "Email"], ["Zed Quinn", "zed@example.org"], ["", "nobody@example.org"]]
        )
    checks: list[Any] = []

    def press_check_then_import(dialog: ImportDialog) -> int:
        """What the secretary does in the (modal) dialog: choose an option, Check, read, Import."""
        combo = dialog.findChild(QComboBox, "duplicatesCombo")
        assert combo is not None
        combo.setCurrentIndex(combo.findData("new"))
        dialog.check()
        qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=20000)
        checks.append(dialog.last_report)
        checks.append(dialog.report_view.toPlainText())
        return int(QDialog.DialogCode.Accepted)

    reports: list[Any] = []
    monkeypatch.setattr(import_export.ChooseImportFile, "ask", classmethod(lambda cls, parent: str(source)))
    monkeypatch.setattr(ImportDialog, "exec", press_check_then_import)
    monkeypatch.setattr(import_export.ImportResult, "show", classmethod(lambda cls, p, r: reports.append(r)))
    tab.import_button.click()
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)
    assert [(p.row, p.reason) for p in checks[0].skipped] == [(3, "no name")]
    assert "Row 3 (skipped): no name" in checks[1]
    assert reports[0].imported == 1
    qtbot.waitUntil(lambda: "Zed Quinn" in shown_names(tab))

    target = tmp_path / "roster.csv"
    monkeypatch.setattr(import_export.ChooseExportFile, "ask", classmethod(lambda cls, parent: str(target)))
    tab.voting_filter.setCurrentIndex(tab.voting_filter.findData("voting"))
    qtbot.waitUntil(lambda: "Zed Quinn" not in shown_names(tab))  # no seat: not a voting member
    with qtbot.waitSignal(tab.status_message, timeout=20000):
        tab.export_button.click()
    exported = pd.read_csv(target, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(exported["Name"]) == shown_names(tab)


def test_committees_dialog_creates_a_committee_with_a_chair(tab: MembersTab, qtbot, monkeypatch) -> None:
    from database.enums import CommitteeKind
    from ui.members.committees_dialog import AddCommitteeMemberDialog, CommitteesDialog, NewCommitteeDialog

    dialog = CommitteesDialog(tab, tab.ctx)
    qtbot.addWidget(dialog)
    before = dialog.list.count()
    monkeypatch.setattr(
        NewCommitteeDialog,
        "ask",
        classmethod(lambda cls, parent: ("Lighting Task Force", CommitteeKind.AD_HOC)),
    )
    dialog.findChild(QPushButton, "newCommitteeButton").click()
    assert dialog.list.count() == before + 1
    assert dialog.list.currentItem().text() == "Lighting Task Force (no chair; 0)"
    add = AddCommitteeMemberDialog(dialog, tab.ctx, dialog.committee_id())  # type: ignore[arg-type]
    qtbot.addWidget(add)
    chosen = add.member.currentText()
    add.role.setCurrentIndex(add.role.findData("chair"))
    add.save()
    dialog.refresh()
    assert dialog.list.currentItem().text() == f"Lighting Task Force (chair: {chosen}; 1)"
    assert dialog.members.topLevelItem(0).text(1) == "Chair"


def test_a_staff_account_can_read_but_not_edit(qtbot, demo_url: str) -> None:
    from advisoryboard.permissions import Actor
    from database.enums import Role
    from ui.app import build_main_window

    window = build_main_window(demo_url, Actor(username="sam", role=Role.STAFF))
    qtbot.addWidget(window)
    tab = window.tab("membersTab")
    assert isinstance(tab, MembersTab)
    assert tab.model.rowCount() > 0
    assert not tab.add_button.isEnabled() and not tab.deactivate_button.isEnabled()
    assert not tab.import_button.isEnabled()
    assert tab.export_button.isEnabled() and tab.print_button.isEnabled()
    window.close()


def test_a_record_entered_by_mistake_can_be_deleted_after_confirming(
    tab: MembersTab, qtbot, monkeypatch
) -> None:
    dialog = MemberDialog(tab, tab.ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Typo Person")
    dialog.save()
    qtbot.waitUntil(lambda: "Typo Person" in shown_names(tab))
    tab.select_member(dialog.saved_id)  # type: ignore[arg-type]
    answers: list[str] = []

    def confirm(cls, parent, name):
        answers.append(name)
        return len(answers) > 1  # "No" the first time, "Yes" the second

    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(confirm))
    tab.delete_button.click()
    assert "Typo Person" in shown_names(tab)
    tab.delete_button.click()
    qtbot.waitUntil(lambda: "Typo Person" not in shown_names(tab))
    assert answers == ["Typo Person", "Typo Person"]
    with tab.ctx.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member).where(Member.name == "Typo Person")) == 0


def test_seats_dialog_adds_and_retires_seats(tab: MembersTab, qtbot, monkeypatch) -> None:
    from ui.members.seat_dialog import SeatDialog, SeatsDialog

    dialog = SeatsDialog(tab, tab.ctx)
    qtbot.addWidget(dialog)
    before = dialog.tree.topLevelItemCount()

    def fill_and_save(cls, parent, ctx):
        new = cls(parent, ctx)
        qtbot.addWidget(new)
        new.show()
        new.save()  # an empty name is refused next to the field
        assert new.error.isVisible() and "Give the seat a name" in new.error.text()
        qtbot.keyClicks(new.label, "Seat 16")
        new.save()
        return new.saved_id

    monkeypatch.setattr(SeatDialog, "ask", classmethod(fill_and_save))
    dialog.new_button.click()
    assert dialog.tree.topLevelItemCount() == before + 1
    item = next(
        dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).text(0) == "Seat 16"
    )
    assert item.text(3) == "(vacant)"
    tab.refresh()
    assert any(
        "Vacant seat: Seat 16" in tab.warnings.list.item(i).text() for i in range(tab.warnings.list.count())
    )
    dialog.tree.setCurrentItem(item)  # type: ignore[arg-type]
    dialog.retire_button.click()
    tab.refresh()
    assert not any("Seat 16" in tab.warnings.list.item(i).text() for i in range(tab.warnings.list.count()))


def test_a_former_member_can_be_reactivated_from_their_page(tab: MembersTab, qtbot) -> None:
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("former"))
    qtbot.waitUntil(lambda: tab.model.filter.status == "former")
    name = shown_names(tab)[0]
    tab.open_member(tab.model.member_id(0))  # type: ignore[arg-type]
    page = tab.member_page
    assert page is not None and page.findChild(QPushButton, "pageDeactivateButton") is None
    page.findChild(QPushButton, "pageReactivateButton").click()
    qtbot.waitUntil(lambda: name not in shown_names(tab))
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("active"))
    qtbot.waitUntil(lambda: name in shown_names(tab))


def test_the_joining_date_can_be_corrected_with_its_message_by_the_field(tab: MembersTab, qtbot) -> None:
    import datetime as dt

    from advisoryboard.services.members import get_member
    from ui.members.widgets import to_qdate

    tab.table.selectRow(0)
    member_id = tab.selected_id()
    assert member_id is not None
    with read_only(tab.ctx.db) as s:
        before = get_member(s, member_id)
        first_term = s.scalar(select(func.min(SeatTerm.start_date)).where(SeatTerm.member_id == member_id))
    assert before.joined_on is not None and first_term is not None
    dialog = MemberDialog(tab, tab.ctx, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.joined.value() == before.joined_on  # the date on record is shown
    dialog.joined.edit.setDate(to_qdate(first_term + dt.timedelta(days=30)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "joined_onError")
    assert error is not None and error.isVisible() and "join" in error.text()
    assert dialog.isVisible()
    earlier = first_term - dt.timedelta(days=200)
    dialog.joined.edit.setDate(to_qdate(earlier))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    with read_only(tab.ctx.db) as s:
        assert get_member(s, member_id).joined_on == earlier


def _visible_pages() -> list[MemberPageDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MemberPageDialog) and w.isVisible()]


def test_double_clicking_a_member_opens_one_page(tab: MembersTab, qtbot) -> None:
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    view = tab.table
    rect = view.visualRect(view.model().index(0, 0))
    # A real double-click: press and release, then the second press (QTest sends only that one).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(_visible_pages()))
    pages = _visible_pages()
    assert len(pages) == 1
    pages[0].close()


def test_double_clicking_a_warning_opens_one_page(tab: MembersTab, qtbot) -> None:
    with read_only(tab.ctx.db) as s:
        expected = member_warnings(s)
    row = next(i for i, w in enumerate(expected) if w.member_id is not None)
    items = tab.warnings.list
    items.scrollToItem(items.item(row))
    rect = items.visualItemRect(items.item(row))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(_visible_pages()))
    pages = _visible_pages()
    assert len(pages) == 1
    pages[0].close()
