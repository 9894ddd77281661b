"""Every tab and dialog fits a 1366×768 laptop screen (≈728 px under a taskbar), in English and Spanish.

A window or dialog "fits" when the size Qt needs for it (its minimum size hint) and the size it
opens at are within the available screen. Too big would put buttons (Save, Delete filter,
the motion tally) off-screen where a secretary cannot reach them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

from advisoryboard.services.base import read_only
from advisoryboard.services.community import EventChoice, event_choices
from database.enums import MeetingStatus
from database.models import Meeting, Member
from ui import language
from ui.app import build_main_window
from ui.main_window import MainWindow

LAPTOP = QSize(1366, 728)


@pytest.fixture(params=["en", "es"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    language.apply_language(request.param)
    yield request.param
    QSettings().remove(language.SETTING)
    language.apply_language("en")


@pytest.fixture
def window(qtbot, demo_url: str, lang: str) -> Iterator[MainWindow]:
    win = build_main_window(demo_url)
    qtbot.addWidget(win)
    win.resize(LAPTOP)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _too_big(widget: QWidget) -> str:
    need, has = widget.minimumSizeHint(), widget.size()
    problems = []
    if need.width() > LAPTOP.width() or need.height() > LAPTOP.height():
        problems.append(f"needs {need.width()}×{need.height()}")
    if has.width() > LAPTOP.width() or has.height() > LAPTOP.height():
        problems.append(f"opens at {has.width()}×{has.height()}")
    return ", ".join(problems)


def test_every_tab_fits_the_laptop_screen(window: MainWindow, lang: str) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problem = _too_big(window)
        assert not problem, f"{lang}: with the {window.tabs.tabText(index)!r} tab shown the window {problem}"


def _ids(window: MainWindow) -> tuple[int, int]:
    with window.ctx.db.session() as s:
        meeting = s.scalar(
            select(Meeting.id).where(Meeting.status == MeetingStatus.HELD).order_by(Meeting.starts_at.desc())
        )
        member = s.scalar(select(Member.id).order_by(Member.id))
    assert meeting is not None and member is not None
    return meeting, member


def _events(window: MainWindow) -> list[EventChoice]:
    with read_only(window.ctx.db) as s:
        return event_choices(s)


def _survey_import(window: MainWindow) -> QDialog:
    """The online-responses import with a column for every question of the demo's survey."""
    import pandas as pd

    from advisoryboard.importing.survey_responses import ResponseMapping
    from advisoryboard.services.surveys import list_surveys, survey_detail
    from ui.surveys.import_ui import SurveyImportDialog

    with read_only(window.ctx.db) as s:
        detail = survey_detail(s, list_surveys(s)[0].id)
    columns = {q.text_en: ["Very safe", "Quite unsafe", None] for q in detail.questions}
    frame = pd.DataFrame({"Timestamp": ["2026-04-01"] * 3, **columns})
    mapping = ResponseMapping({q.text_en: q.key for q in detail.questions})
    return SurveyImportDialog(window, window.ctx, detail, frame, "0" * 40, "online.csv", mapping)


def _dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    from advisoryboard.services.districts import board_areas
    from advisoryboard.services.issue_detail import categories
    from ui.community.dialogs import EventDialog, ProgramDialog
    from ui.issues.categories_dialog import CategoriesDialog
    from ui.issues.issue_dialog import IssueDialog
    from ui.issues.partner_dialog import PartnerDirectoryDialog
    from ui.meetings.action_item_dialog import ActionItemDialog
    from ui.meetings.meeting_dialogs import MeetingDialog, ScheduleDialog
    from ui.meetings.motion_dialog import MotionDialog
    from ui.meetings.template_dialog import TemplateDialog
    from ui.members.committees_dialog import CommitteesDialog, NewCommitteeDialog
    from ui.members.member_dialog import MemberDialog
    from ui.members.member_page import MemberPageDialog
    from ui.members.seat_dialog import SeatDialog, SeatsDialog
    from ui.operations import QueryOp
    from ui.safety.accounts import AccountsDialog, NewAccountDialog
    from ui.safety.audit_view import AuditLogDialog
    from ui.settings.dialog import BoardSettingsDialog

    ctx = window.ctx
    meeting, member = _ids(window)
    cats, areas = QueryOp(window, ctx, lambda s: (categories(s), board_areas(s))).get()
    return {
        "issue form": lambda: IssueDialog(
            window,
            cats,
            lambda data: None,  # type: ignore[arg-type, return-value]
            areas=areas,
            events=_events(window),
        ),
        "event form": lambda: EventDialog(ctx, window),
        "program form": lambda: ProgramDialog(ctx, window),
        "motion": lambda: MotionDialog(ctx, meeting, window),
        "new meeting": lambda: MeetingDialog(ctx, window),
        "schedule": lambda: ScheduleDialog(ctx, window),
        "action item": lambda: ActionItemDialog(ctx, meeting, window),
        "agenda template": lambda: TemplateDialog(ctx, window),
        "member": lambda: MemberDialog(window, ctx, member),
        "member page": lambda: MemberPageDialog(window, ctx, member),
        "seats": lambda: SeatsDialog(window, ctx),
        "new seat": lambda: SeatDialog(window, ctx),
        "committees": lambda: CommitteesDialog(window, ctx),
        "new committee": lambda: NewCommitteeDialog(window),
        "categories": lambda: CategoriesDialog(window, ctx),
        "partners": lambda: PartnerDirectoryDialog(window, ctx),
        "board settings": lambda: BoardSettingsDialog(ctx, window),
        "accounts": lambda: AccountsDialog(ctx, window),
        "new account": lambda: NewAccountDialog(ctx, window),
        "audit log": lambda: AuditLogDialog(ctx, window),
        "survey import": lambda: _survey_import(window),
    }


def test_every_dialog_fits_the_laptop_screen(qtbot, window: MainWindow, lang: str) -> None:
    problems = []
    for name, make in _dialogs(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        problem = _too_big(dialog)
        if problem:
            problems.append(f"{name} {problem}")
        dialog.reject()
    assert not problems, f"{lang}: " + "; ".join(problems)


def test_headers_are_not_cut_and_the_minutes_column_is_in_view(window: MainWindow, lang: str) -> None:
    from ui.meetings.tab import MeetingsTab
    from ui.members.tab import MembersTab

    members = window.tab("membersTab")
    assert isinstance(members, MembersTab)
    header = members.table.horizontalHeader()
    for column in range(header.count()):
        title = members.table.model().headerData(column, header.orientation())
        assert header.sectionSize(column) >= header.sectionSizeHint(column), f"{lang}: {title!r} is cut"
    meetings_tab = window.tab("meetingsTab")
    assert isinstance(meetings_tab, MeetingsTab)
    window.tabs.setCurrentWidget(meetings_tab)
    QApplication.processEvents()
    table = meetings_tab.table
    minutes = 4  # the model's Minutes column, shown before Place
    right = table.columnViewportPosition(minutes) + table.columnWidth(minutes)
    assert table.columnViewportPosition(minutes) >= 0 and right <= table.viewport().width(), lang
