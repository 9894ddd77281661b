"""The warnings the chair checks before a meeting: terms ending soon, vacant seats, absences.

The absence rule comes from the board's settings: `absence_consecutive_limit` unexcused
absences in a row (an excused absence breaks the run), or attendance under
`absence_min_rate_percent` of the meetings held in the last 12 months that the member's
roll call was taken at.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.i18n import _, format_date
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.roster import ATTENDED, year_before
from advisoryboard.services.seats import covering, vacancies
from database.enums import AttendanceStatus, MeetingStatus
from database.models import Attendance, BoardSettings, Meeting, Member, Seat, SeatTerm


@dataclass(frozen=True)
class MemberWarning:
    kind: str  # term_ending | vacancy | absences | attendance
    text: str
    member_id: int | None
    seat_label: str | None = None


@dataclass(frozen=True)
class AbsenceStanding:
    member_id: int
    name: str
    trailing_absences: int
    attended: int
    meetings: int

    def meets_rule(self, consecutive_limit: int, min_rate_percent: int) -> bool:
        if consecutive_limit > 0 and self.trailing_absences >= consecutive_limit:
            return True
        return self.meetings > 0 and self.attended * 100 < min_rate_percent * self.meetings


def absence_standings(session: Session, day: dt.date) -> list[AbsenceStanding]:
    """For each active member: unexcused absences in a row up to `day`, and the 12-month rate."""
    require_permission(session, Permission.READ)
    window_start = dt.datetime.combine(year_before(day), dt.time.min)
    until = dt.datetime.combine(day, dt.time.max)
    records: dict[int, list[tuple[dt.datetime, AttendanceStatus]]] = defaultdict(list)
    names: dict[int, str] = {}
    for mid, name, starts_at, status in session.execute(
        select(Member.id, Member.name, Meeting.starts_at, Attendance.status)
        .join(Attendance, Attendance.member_id == Member.id)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Member.left_on.is_(None), Meeting.status == MeetingStatus.HELD, Meeting.starts_at <= until)
        .order_by(Member.id, Meeting.starts_at.desc())
    ):
        records[mid].append((starts_at, status))
        names[mid] = name
    out = []
    for mid, rows in records.items():
        run = 0
        for _when, status in rows:  # newest first
            if status is not AttendanceStatus.ABSENT:
                break
            run += 1
        recent = [status for when, status in rows if when >= window_start]
        attended = sum(1 for status in recent if status in ATTENDED)
        out.append(AbsenceStanding(mid, names[mid], run, attended, len(recent)))
    return out


def _has_members(session: Session) -> bool:
    return session.scalar(select(Member.id).limit(1)) is not None


def member_warnings(session: Session, today: dt.date | None = None) -> list[MemberWarning]:
    require_permission(session, Permission.READ)
    day = today or dt.date.today()
    settings = session.get(BoardSettings, 1)
    window = settings.term_warning_days if settings else 60
    limit = settings.absence_consecutive_limit if settings else 3
    min_rate = settings.absence_min_rate_percent if settings else 50
    out: list[MemberWarning] = []
    ending = session.execute(
        select(Member.id, Member.name, Seat.label, SeatTerm.end_date)
        .join(SeatTerm, SeatTerm.member_id == Member.id)
        .join(Seat, Seat.id == SeatTerm.seat_id)
        .where(
            Member.left_on.is_(None),
            covering(SeatTerm.start_date, SeatTerm.end_date, day),
            SeatTerm.end_date.is_not(None),
            SeatTerm.end_date <= day + dt.timedelta(days=window),
        )
        .order_by(SeatTerm.end_date, Member.name)
    )
    for mid, name, seat, end in ending:
        assert end is not None
        out.append(
            MemberWarning(
                "term_ending",
                _("Term ending: {name}, {seat}, on {date} (in {days} days)").format(
                    date=format_date(end, "medium"), days=(end - day).days, name=name, seat=seat
                ),
                mid,
                seat,
            )
        )
    empty = vacancies(session, day)
    not_set_up = [v for v in empty if v.seat_id is None]
    if not_set_up and len(not_set_up) == len(empty) and not _has_members(session):
        # A new board: one "start here" instead of a warning per seat.
        out.append(
            MemberWarning(
                "start",
                _(
                    "Start here: the board has {n} seats and none is set up yet. Add the seats with "
                    "Seats…, then the members with Add member… or Import… (a roster spreadsheet)."
                ).format(n=len(not_set_up)),
                None,
            )
        )
        empty = []
    elif len(not_set_up) > 1:
        out.append(
            MemberWarning(
                "vacancy",
                _("{n} seats of the board are not set up yet: add them with Seats…").format(
                    n=len(not_set_up)
                ),
                None,
            )
        )
        empty = [v for v in empty if v.seat_id is not None]
    for vacancy in empty:
        if vacancy.last_holder_name:
            text = _("Vacant seat: {seat} (since {date}; last held by {name})").format(
                seat=vacancy.seat_label,
                date=format_date(vacancy.since, "medium") if vacancy.since else "?",
                name=vacancy.last_holder_name,
            )
        else:
            text = _("Vacant seat: {seat}").format(seat=vacancy.seat_label)
        out.append(MemberWarning("vacancy", text, vacancy.last_holder_id, vacancy.seat_label))
    for standing in sorted(absence_standings(session, day), key=lambda s: s.name.lower()):
        if limit > 0 and standing.trailing_absences >= limit:
            out.append(
                MemberWarning(
                    "absences",
                    _("Absence rule: {name} missed the last {n} meetings without excuse").format(
                        name=standing.name, n=standing.trailing_absences
                    ),
                    standing.member_id,
                )
            )
        elif standing.meets_rule(0, min_rate):
            out.append(
                MemberWarning(
                    "attendance",
                    _("Absence rule: {name} attended {a} of {n} meetings in 12 months (under {p} %)").format(
                        name=standing.name, a=standing.attended, n=standing.meetings, p=min_rate
                    ),
                    standing.member_id,
                )
            )
    return out
