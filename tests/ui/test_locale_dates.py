"""The tabs show dates, times and counts the way the chosen language writes them (issue 11).

Expected Spanish texts are computed with Qt's own locale data (QLocale) from the same
values the database holds, not typed in; English (US) texts are checked literally.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QSettings, QTime
from PySide6.QtWidgets import QFormLayout, QLabel
from sqlalchemy import select

from database.engine import Database
from database.models.issues import Issue
from database.models.meetings import Meeting
from tests.support.localefmt import plain_spaces
from ui import language
from ui.issues.tab import IssuesTab
from ui.main_window import MainWindow
from ui.meetings.tab import MeetingsTab
from ui.members.tab import MembersTab
from ui.safety.audit_view import AuditLogModel

SHORT = QLocale.FormatType.ShortFormat
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    QSettings().remove(language.SETTING)
    language.apply_language("en")


def switch(qtbot, window: MainWindow, code: str) -> MainWindow:
    new = language.switch_language(window, code)
    qtbot.addWidget(new)
    qtbot.waitExposed(new)
    return new


def spanish_day(value: dt.date) -> str:
    spanish = QLocale()
    assert spanish.language() == QLocale.Language.Spanish
    assert "yyyy" in spanish.dateFormat(SHORT)  # es_US already writes the year in full
    return spanish.toString(QDate(value.year, value.month, value.day), SHORT)


def spanish_moment(value: dt.datetime) -> str:
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(moment, SHORT)


def form_rows(form: QFormLayout) -> dict[str, str]:
    rows = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is not None and field is not None:
            name, value = label.widget(), field.widget()
            if isinstance(name, QLabel) and isinstance(value, QLabel):
                rows[name.text()] = value.text()
    return rows


def _resolved_issue_with_due_date(db: Database) -> Issue:
    with db.session() as s:
        issue = s.scalars(
            select(Issue)
            .where(Issue.due_on.is_not(None), Issue.resolved_on.is_not(None), Issue.confidential.is_(False))
            .order_by(Issue.id)
            .limit(1)
        ).one()
        s.expunge(issue)
    return issue


def _issue_form(window: MainWindow, issue_id: int) -> dict[str, str]:
    """The detail pane's rows keyed by their English label (the pane translates them itself)."""
    tab = window.tab("issuesTab")
    assert isinstance(tab, IssuesTab)
    tab.detail.show_issue(issue_id)
    shown = form_rows(tab.detail.form)
    labels = ("Reported on", "Due on", "Resolved on")
    return {label: shown[tab.detail.tr(label)] for label in labels}


def _term_end_cell(window: MainWindow) -> tuple[str, dt.date]:
    tab = window.tab("membersTab")
    assert isinstance(tab, MembersTab)
    from advisoryboard.services.roster import COLUMNS

    column = COLUMNS.index("term_end")
    for row in range(tab.model.rowCount()):
        item = tab.model.row_at(row)
        if item is not None and item.term_end is not None:
            return tab.model.index(row, column).data(), item.term_end
    raise AssertionError("the demo board has no member with a term end")


def test_issue_detail_pane_in_spanish(qtbot, main_window: MainWindow, demo_db: Database) -> None:
    issue = _resolved_issue_with_due_date(demo_db)
    spanish = switch(qtbot, main_window, "es")
    rows = _issue_form(spanish, issue.id)
    assert spanish.tab("issuesTab").tr("Issues") == "Problemas"  # the pane really is in Spanish
    assert rows["Reported on"] == spanish_moment(issue.reported_on)
    assert rows["Due on"].startswith(spanish_day(issue.due_on))  # type: ignore[arg-type]
    assert rows["Resolved on"] == spanish_day(issue.resolved_on)  # type: ignore[arg-type]
    assert not ISO_DATE.search(" ".join(rows.values()))
    assert str(issue.reported_on.year) in rows["Reported on"]  # the year in full, not "26"


def test_issue_detail_pane_in_us_english_is_not_iso(
    qtbot, main_window: MainWindow, demo_db: Database, us_english: None
) -> None:
    issue = _resolved_issue_with_due_date(demo_db)
    rows = _issue_form(main_window, issue.id)
    r = issue.reported_on
    hour = r.hour % 12 or 12
    noon = "PM" if r.hour >= 12 else "AM"
    assert plain_spaces(rows["Reported on"]) == f"{r.month}/{r.day}/{r.year} {hour}:{r.minute:02d} {noon}"
    assert rows["Reported on"] != r.strftime("%Y-%m-%d %H:%M")
    resolved = issue.resolved_on
    assert resolved is not None
    assert rows["Resolved on"] == f"{resolved.month}/{resolved.day}/{resolved.year}"


def test_members_table_term_end_in_spanish(qtbot, main_window: MainWindow) -> None:
    spanish = switch(qtbot, main_window, "es")
    shown, term_end = _term_end_cell(spanish)
    assert shown == spanish_day(term_end)
    assert shown != term_end.isoformat()


def test_switching_language_at_run_time_re_renders_the_dates(
    qtbot, main_window: MainWindow, us_english: None
) -> None:
    english, term_end = _term_end_cell(main_window)
    assert english == f"{term_end.month}/{term_end.day}/{term_end.year}"
    spanish = switch(qtbot, main_window, "es")
    shown, same_term_end = _term_end_cell(spanish)
    assert same_term_end == term_end  # the same member: the name sort does not depend on the language
    assert shown == spanish_day(term_end) != english
    back = switch(qtbot, spanish, "en")  # English with the system's regional settings
    again = _term_end_cell(back)[0]
    assert again != shown and str(term_end.year) in again


def test_members_sort_by_the_real_term_end_not_the_text(qtbot, main_window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from advisoryboard.services.roster import COLUMNS

    spanish = switch(qtbot, main_window, "es")
    tab = spanish.tab("membersTab")
    assert isinstance(tab, MembersTab)
    tab.table.sortByColumn(COLUMNS.index("term_end"), Qt.SortOrder.AscendingOrder)
    rows = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    ends = [row.term_end for row in rows if row is not None and row.term_end is not None]
    assert len(set(ends)) > 1
    assert ends == sorted(ends)  # by date: as text, "1/1/2027" would come before "31/12/2026"


def test_minutes_panel_times_in_spanish(qtbot, main_window: MainWindow, demo_db: Database) -> None:
    with demo_db.session() as s:
        meeting = s.scalars(
            select(Meeting)
            .where(Meeting.called_to_order_at.is_not(None), Meeting.adjourned_at.is_not(None))
            .where(Meeting.minutes_approved_on.is_not(None))
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        ).one()
    called, adjourned, approved = (
        meeting.called_to_order_at,
        meeting.adjourned_at,
        meeting.minutes_approved_on,
    )
    assert called is not None and adjourned is not None and approved is not None
    spanish = switch(qtbot, main_window, "es")
    tab = spanish.tab("meetingsTab")
    assert isinstance(tab, MeetingsTab)
    tab.select_meeting(meeting.id)
    tab.details.setCurrentWidget(tab.minutes)
    qtbot.waitUntil(lambda: tab.minutes.meeting_id == meeting.id)
    assert tab.minutes.called.text() == QLocale().toString(QTime(called.hour, called.minute), SHORT)
    assert tab.minutes.adjourned.text() == QLocale().toString(QTime(adjourned.hour, adjourned.minute), SHORT)
    assert spanish_day(approved) in tab.minutes.lock_label.text()
    assert not ISO_DATE.search(tab.minutes.lock_label.text())


def test_a_time_typed_the_spanish_way_is_saved(qtbot, main_window: MainWindow, demo_db: Database) -> None:
    """The time fields show the locale's short time, so they must read it back too."""
    with demo_db.session() as s:
        meeting_id = s.scalars(
            select(Meeting.id)
            .where(Meeting.minutes_approved_on.is_(None), Meeting.starts_at < dt.datetime(2026, 11, 21))
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        ).one()
    spanish = switch(qtbot, main_window, "es")
    tab = spanish.tab("meetingsTab")
    assert isinstance(tab, MeetingsTab)
    tab.select_meeting(meeting_id)
    tab.details.setCurrentWidget(tab.minutes)
    qtbot.waitUntil(lambda: tab.minutes.meeting_id == meeting_id)
    assert tab.minutes.called.isEnabled()
    called = QLocale().toString(QTime(19, 4), SHORT)
    adjourned = QLocale().toString(QTime(20, 50), SHORT)
    assert called != "19:04"  # es_US writes "7:04 p.m."
    tab.minutes.called.setText(called)
    tab.minutes.adjourned.setText(adjourned)
    tab.minutes.save_header()
    assert tab.minutes.header_error.text() == ""
    with demo_db.session() as s:
        saved = s.get(Meeting, meeting_id)
        assert saved is not None
        assert (saved.called_to_order_at, saved.adjourned_at) == (dt.time(19, 4), dt.time(20, 50))
    assert (tab.minutes.called.text(), tab.minutes.adjourned.text()) == (called, adjourned)


def test_audit_log_times_follow_the_locale(qtbot, main_window: MainWindow, us_english: None) -> None:
    model = AuditLogModel(main_window.ctx)
    assert model.rowCount() > 0
    shown = plain_spaces(model.index(0, 0).data())
    assert re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M", shown), shown


def test_date_and_time_fields_show_and_take_the_locale_s_format(qtbot, main_window: MainWindow) -> None:
    from ui.meetings.meeting_dialogs import ScheduleDialog
    from ui.members.widgets import date_edit, to_date

    spanish = switch(qtbot, main_window, "es")
    dialog = ScheduleDialog(spanish.ctx, spanish)
    qtbot.addWidget(dialog)
    assert dialog.time.text() == plain_spaces(QLocale().toString(QTime(18, 30), SHORT))  # 6:30 p.m.
    first = dialog.first.date()
    assert dialog.first.text() == spanish_day(dt.date(first.year(), first.month(), first.day()))
    edit = date_edit(dialog, "termStartEdit", "Term start", dt.date(2026, 11, 10))
    assert edit.text() == spanish_day(dt.date(2026, 11, 10)) == "10/11/2026"
    edit.setFocus()
    edit.setSelectedSection(edit.sectionAt(0))
    qtbot.keyClicks(edit, "04012027")  # day, month, year: the order the field shows
    assert to_date(edit.date()) == dt.date(2027, 1, 4)
