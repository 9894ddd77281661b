"""The meetings calendar: valid RFC 5545, checked by an independent parser (`ics`) and by hand."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path

import ics
from sqlalchemy import select

from advisoryboard.services import agenda, meetings
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import MeetingStatus
from database.models import BoardSettings, Meeting
from tests.support.cli import run


def _two_meetings(db: Database) -> tuple[int, int]:
    with transaction(db) as s:
        settings = s.get(BoardSettings, 1)
        assert settings is not None
        settings.timezone = "America/Chicago"
        settings.board_name = "Elm Park <Advisory> & Board"
        winter = meetings.create_meeting(
            s, starts_at=dt.datetime(2025, 1, 14, 18, 30), location="Community Room, 1 Elm St"
        )
        summer = meetings.create_meeting(s, starts_at=dt.datetime(2025, 7, 8, 18, 30), location="Library")
        agenda.build_agenda_from_template(s, winter)
    return winter, summer


def _rfc5545_lines_ok(data: bytes) -> None:
    assert data.endswith(b"\r\n")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line  # folded at 75 octets
        assert b"\n" not in line and b"\r" not in line
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "VERSION:2.0" in text and re.search(r"PRODID:.+", text)


def test_cli_writes_a_calendar_an_independent_parser_reads(db_url: str, tmp_path: Path) -> None:
    from advisoryboard.opening import open_database

    db = open_database(db_url)
    _two_meetings(db)
    with read_only(db) as s:
        expected = {
            m.id: (m.starts_at, m.location) for m in s.scalars(select(Meeting).order_by(Meeting.starts_at))
        }
    db.dispose()
    out = tmp_path / "meetings.ics"
    result = run("export", "meetings", "--db", db_url, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 meetings" in result.stdout
    data = out.read_bytes()
    _rfc5545_lines_ok(data)
    text = data.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:America/Chicago" in text
    assert "DTSTART;TZID=America/Chicago:20250114T183000" in text
    calendar = ics.Calendar(text)
    events = sorted(calendar.events, key=lambda e: e.begin)
    assert len(events) == len(expected) == 2
    chicago = zoneinfo.ZoneInfo("America/Chicago")
    for event, (starts_at, location) in zip(events, expected.values(), strict=True):
        # the same instant as the local wall-clock time in the board's zone (CST in January, CDT in July)
        assert event.begin.datetime == starts_at.replace(tzinfo=chicago)
        assert event.location == location
        assert event.name.startswith("Elm Park <Advisory> & Board")
    assert events[0].begin.datetime.utcoffset() == dt.timedelta(hours=-6)
    assert events[1].begin.datetime.utcoffset() == dt.timedelta(hours=-5)
    assert "1. Call to order" in (events[0].description or "")
    assert "4. Approval of minutes" in (events[0].description or "")


def test_cancelled_meetings_are_marked_and_icalendar_round_trips(db: Database) -> None:
    from icalendar import Calendar

    from advisoryboard.exporting.calendar import meetings_calendar

    winter, summer = _two_meetings(db)
    with transaction(db) as s:
        row = meetings.get_meeting(s, summer)
        meetings.update_meeting(
            s,
            summer,
            row.version,
            starts_at=row.starts_at,
            kind=row.kind,
            location=row.location,
            status=MeetingStatus.CANCELLED,
            cancelled_reason="Heat",
        )
    with read_only(db) as s:
        data = meetings_calendar(s)
    _rfc5545_lines_ok(data)
    parsed = Calendar.from_ical(data)
    statuses = {str(e["uid"]): str(e["status"]) for e in parsed.walk("VEVENT")}
    assert statuses == {
        f"meeting-{winter}@advisoryboard.invalid": "CONFIRMED",
        f"meeting-{summer}@advisoryboard.invalid": "CANCELLED",
    }
    assert parsed.to_ical().count(b"BEGIN:VEVENT") == 2


def test_an_agenda_item_about_a_confidential_issue_is_not_named_in_the_calendar(db: Database) -> None:
    from advisoryboard.exporting.calendar import meetings_calendar
    from advisoryboard.services import agenda_edit
    from database.enums import IssueStatus
    from database.models import Issue

    winter, _summer = _two_meetings(db)
    with transaction(db) as s:
        secret = Issue(
            reference="2025-0099",
            ref_year=2025,
            ref_seq=99,
            title="Stash house at 12 Hidden Lane",
            status=IssueStatus.NEW,
            confidential=True,
            reported_on=dt.datetime(2025, 1, 2, 9),
        )
        s.add(secret)
        s.flush()
        agenda_edit.add_item(
            s, winter, agenda_edit.ItemInput(title="Stash house at 12 Hidden Lane", issue_id=secret.id)
        )
        agenda_edit.add_item(s, winter, agenda_edit.ItemInput(title="Graffiti on Elm St"))
    with read_only(db) as s:
        text = meetings_calendar(s).decode()
    unfolded = text.replace("\r\n ", "")
    assert "Hidden Lane" not in unfolded
    assert "A confidential matter" in unfolded and "Graffiti on Elm St" in unfolded
