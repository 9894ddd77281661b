"""Building small boards for the members tests: seats, members, held meetings with roll calls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from advisoryboard.services.base import transaction
from advisoryboard.services.members import MemberInput, create_member
from advisoryboard.services.seats import create_seat
from database.engine import Database
from database.enums import AttendanceStatus, MeetingStatus, Office, SeatKind
from database.models import Attendance, Meeting

TODAY = dt.date(2026, 11, 21)


def add_seat(db: Database, label: str, kind: SeatKind = SeatKind.VOTING) -> int:
    with transaction(db) as s:
        return create_seat(s, label, kind)


def add_member(
    db: Database,
    name: str,
    seat_id: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    offices: Sequence[Office] = (),
    **extra: object,
) -> int:
    data = MemberInput(
        name=name,
        seat_id=seat_id,
        term_start=start if seat_id is not None else None,
        term_end=end,
        offices=tuple(offices),
        office_start=start,
        **extra,  # type: ignore[arg-type]
    )
    with transaction(db) as s:
        return create_member(s, data, today=TODAY)


def hold_meetings(db: Database, days: Sequence[dt.date], roll: dict[int, str]) -> list[int]:
    """One held meeting per day; `roll` gives each member a string like 'PPAE' (one letter per meeting)."""
    letters = {
        "P": AttendanceStatus.PRESENT,
        "A": AttendanceStatus.ABSENT,
        "E": AttendanceStatus.EXCUSED,
        "L": AttendanceStatus.LATE,
    }
    ids = []
    with transaction(db) as s:
        for index, day in enumerate(days):
            meeting = Meeting(starts_at=dt.datetime.combine(day, dt.time(19)), status=MeetingStatus.HELD)
            s.add(meeting)
            s.flush()
            ids.append(meeting.id)
            for member_id, marks in roll.items():
                if index < len(marks) and marks[index] != "-":
                    s.add(
                        Attendance(meeting_id=meeting.id, member_id=member_id, status=letters[marks[index]])
                    )
    return ids


def monthly(count: int, last: dt.date = TODAY) -> list[dt.date]:
    """`count` meeting days a month apart, the last one shortly before `last`."""
    days = []
    day = last - dt.timedelta(days=3)
    for _ in range(count):
        days.append(day)
        day -= dt.timedelta(days=30)
    return sorted(days)
