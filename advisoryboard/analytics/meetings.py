"""Meeting participation: attendance and quorum per meeting, attendance per member,
meetings by kind, motions by result.

Only meetings that were held count for attendance. A member "holds a voting seat" on a
meeting's day when a SeatTerm on a voting seat covers that day; present or late counts
as present.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, DateTime, Select, and_, bindparam, case, func, select
from sqlalchemy.orm import Session

from advisoryboard.analytics.filters import AnalyticsFilter, in_range
from advisoryboard.analytics.labels import meeting_kind_label, motion_result_label
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.seats import holds_voting_seat_on
from advisoryboard.services.votes import board_quorum_required
from database.enums import PRESENT_STATUSES, MeetingKind, MeetingStatus, MotionResult
from database.models import Attendance, BoardSettings, Meeting, Member, Motion, Seat, SeatTerm


@dataclass(frozen=True)
class MeetingAttendance:
    meeting_id: int
    starts_at: dt.datetime
    kind: MeetingKind
    voting_seats_filled: int
    present: int  # voting members present or late
    rate: float  # present / filled seats (0..1)
    quorum_needed: int
    quorum_met: bool
    public_count: int


@dataclass(frozen=True)
class MemberAttendance:
    member_id: int
    name: str
    meetings: int
    present: int
    rate: float  # 0..1


@dataclass(frozen=True)
class KindCount:
    kind: MeetingKind
    label: str
    held: int
    cancelled: int


@dataclass(frozen=True)
class ResultCount:
    result: MotionResult
    label: str
    count: int


def quorum_needed(settings: BoardSettings | None, filled: int) -> int:
    """How many voting members make a quorum under the board's rule (services/votes.py)."""
    if settings is None:
        return board_quorum_required(None, seat_count=0, filled_seats=filled)
    return board_quorum_required(
        settings.quorum_rule,
        seat_count=settings.seat_count,
        filled_seats=filled,
        fixed_number=settings.quorum_fixed_number,
    )


def _term_covers(day: object) -> object:
    return holds_voting_seat_on(day)  # services/seats.py owns the rule


def _held_in(f: AnalyticsFilter) -> object:
    return and_(Meeting.status == MeetingStatus.HELD, in_range(Meeting.starts_at, f))


#: The range of the two attendance statements below, bound when they run: they are built
#: once (building them costs more than running them on a year of meetings).
_START = bindparam("range_start", type_=DateTime())
_END = bindparam("range_end", type_=DateTime())


def _range(f: AnalyticsFilter) -> dict[str, dt.datetime]:
    return {"range_start": f.start, "range_end": f.end}


def _held_in_bound_range() -> ColumnElement[bool]:
    return and_(Meeting.status == MeetingStatus.HELD, Meeting.starts_at >= _START, Meeting.starts_at < _END)


@functools.cache
def _attendance_statement() -> Select[Any]:
    day = func.date(Meeting.starts_at)
    filled = (
        select(func.count(func.distinct(SeatTerm.seat_id)))
        .join(Seat, Seat.id == SeatTerm.seat_id)
        .where(_term_covers(day))  # type: ignore[arg-type]
        .correlate(Meeting)
        .scalar_subquery()
    )
    present = (
        select(func.count(Attendance.id))
        .where(
            Attendance.meeting_id == Meeting.id,
            Attendance.status.in_(PRESENT_STATUSES),
            Attendance.voting.is_(True),
        )
        .correlate(Meeting)
        .scalar_subquery()
    )
    return (
        select(Meeting.id, Meeting.starts_at, Meeting.kind, filled, present, Meeting.public_count)
        .where(_held_in_bound_range())
        .order_by(Meeting.starts_at, Meeting.id)
    )


def meeting_attendance(session: Session, f: AnalyticsFilter) -> list[MeetingAttendance]:
    """Each meeting held in the range, oldest first, with its attendance and quorum."""
    require_permission(session, Permission.READ)
    settings = session.get(BoardSettings, 1)
    result = []
    for mid, starts, kind, n_filled, n_present, public in session.execute(_attendance_statement(), _range(f)):
        needed = quorum_needed(settings, int(n_filled))
        result.append(
            MeetingAttendance(
                mid,
                starts,
                MeetingKind(kind),
                int(n_filled),
                int(n_present),
                n_present / n_filled if n_filled else 0.0,
                needed,
                n_present >= needed,
                int(public or 0),
            )
        )
    return result


@functools.cache
def _member_statement() -> Select[int, str, int, Any]:
    day = func.date(Meeting.starts_at)
    pairs = (
        select(SeatTerm.member_id.label("member_id"), Meeting.id.label("meeting_id"))
        .join(Seat, Seat.id == SeatTerm.seat_id)
        .join(Meeting, and_(_held_in_bound_range(), _term_covers(day)))  # type: ignore[arg-type]
        .distinct()
        .subquery()
    )
    attended = case((Attendance.status.in_(PRESENT_STATUSES), 1), else_=0)
    return (
        select(Member.id, Member.name, func.count(), func.sum(attended))
        .select_from(pairs)
        .join(Member, Member.id == pairs.c.member_id)
        .outerjoin(
            Attendance,
            and_(Attendance.meeting_id == pairs.c.meeting_id, Attendance.member_id == pairs.c.member_id),
        )
        .group_by(Member.id, Member.name)
    )


def member_attendance(session: Session, f: AnalyticsFilter) -> list[MemberAttendance]:
    """Per member: meetings held in the range while they held a voting seat, and how many
    they attended. Lowest rate first ('who never comes'), then by name."""
    require_permission(session, Permission.READ)
    rows = [
        MemberAttendance(mid, name, int(n), int(p or 0), int(p or 0) / int(n))
        for mid, name, n, p in session.execute(_member_statement(), _range(f))
    ]
    return sorted(rows, key=lambda r: (r.rate, r.name.casefold(), r.member_id))


def meetings_by_kind(session: Session, f: AnalyticsFilter) -> list[KindCount]:
    """Meetings held and cancelled in the range, per kind (kinds with none left out)."""
    require_permission(session, Permission.READ)
    stmt = (
        select(Meeting.kind, Meeting.status, func.count(Meeting.id))
        .where(in_range(Meeting.starts_at, f))
        .group_by(Meeting.kind, Meeting.status)
    )
    held: dict[MeetingKind, int] = {}
    cancelled: dict[MeetingKind, int] = {}
    for kind, status, n in session.execute(stmt):
        target = (
            held if status == MeetingStatus.HELD else cancelled if status == MeetingStatus.CANCELLED else None
        )
        if target is not None:
            target[MeetingKind(kind)] = target.get(MeetingKind(kind), 0) + int(n)
    return [
        KindCount(k, meeting_kind_label(k), held.get(k, 0), cancelled.get(k, 0))
        for k in MeetingKind
        if held.get(k) or cancelled.get(k)
    ]


def motions_by_result(session: Session, f: AnalyticsFilter) -> list[ResultCount]:
    """Motions made at meetings held in the range, per result (every result, zeros kept)."""
    require_permission(session, Permission.READ)
    stmt = (
        select(Motion.result, func.count(Motion.id))
        .join(Meeting, Meeting.id == Motion.meeting_id)
        .where(_held_in(f))  # type: ignore[arg-type]
        .group_by(Motion.result)
    )
    counts = {MotionResult(r): int(n) for r, n in session.execute(stmt)}
    return [ResultCount(r, motion_result_label(r), counts.get(r, 0)) for r in MotionResult]
