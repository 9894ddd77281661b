"""The figures of the annual summary, counted in SQL (GROUP BY) for one calendar or fiscal year.

Written here because the shared analytics module was not available yet; the
definitions are printed with the tables so readers know what each number counts.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from advisoryboard.i18n import _
from advisoryboard.reports.data import Board, load_board, quorum_needed
from database.enums import (
    OPEN_STATUSES,
    AttendanceStatus,
    IssueStatus,
    MeetingKind,
    MeetingStatus,
    MotionKind,
    MotionResult,
    Office,
    SeatKind,
    TimelineKind,
)
from database.models import (
    Attendance,
    Issue,
    IssueCategory,
    IssueEvent,
    Meeting,
    Member,
    Motion,
    OfficeTerm,
    Partner,
    Seat,
    SeatTerm,
)

Progress = Callable[[int, str], None]
PRESENT = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    fiscal: bool
    year: int

    @property
    def start_dt(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time.min)

    @property
    def after_dt(self) -> dt.datetime:
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min)


def period_of(year: int, fiscal: bool, start_month: int) -> Period:
    if not fiscal or start_month == 1:
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), fiscal, year)
    start = dt.date(year, start_month, 1)
    end = dt.date(year + 1, start_month, 1) - dt.timedelta(days=1)
    return Period(start, end, True, year)


@dataclass(frozen=True)
class MeetingColumn:
    id: int
    starts_at: dt.datetime
    kind: MeetingKind
    voting_present: int
    voting_total: int
    quorum: bool
    public_count: int


@dataclass
class AnnualData:
    board: Board
    period: Period
    today: dt.date
    meetings_by_kind: list[tuple[MeetingKind, int]] = field(default_factory=list)
    cancelled: int = 0
    meetings: list[MeetingColumn] = field(default_factory=list)
    #: member id -> (name, {meeting id: status}); two members may share a name
    attendance: dict[int, tuple[str, dict[int, AttendanceStatus]]] = field(default_factory=dict)
    officers: list[tuple[Office, str, dt.date, dt.date | None]] = field(default_factory=list)
    joined: list[tuple[str, dt.date]] = field(default_factory=list)
    left: list[tuple[str, dt.date, str]] = field(default_factory=list)
    vacancies: list[str] = field(default_factory=list)
    motions_by_result: list[tuple[MotionResult, int]] = field(default_factory=list)
    main_motions: list[tuple[dt.datetime, str, MotionResult, str]] = field(default_factory=list)
    #: category -> (opened, closed, still open, median days or None)
    by_category: list[tuple[str, int, int, int, float | None]] = field(default_factory=list)
    by_district: list[tuple[str, int, int, int]] = field(default_factory=list)
    by_status: list[tuple[IssueStatus, int]] = field(default_factory=list)
    by_month: list[tuple[int, int, int]] = field(default_factory=list)  # month index, opened, closed
    referrals: list[tuple[str, int, int]] = field(default_factory=list)  # partner, referrals, issues
    oldest_open: list[tuple[str, str, str, dt.datetime, IssueStatus]] = field(default_factory=list)

    @property
    def quorum_failures(self) -> list[MeetingColumn]:
        return [m for m in self.meetings if not m.quorum]


def _meetings(session: Session, data: AnnualData) -> None:
    p = data.period
    in_period = and_(Meeting.starts_at >= p.start_dt, Meeting.starts_at < p.after_dt)
    data.meetings_by_kind = [
        (kind, n)
        for kind, n in session.execute(
            select(Meeting.kind, func.count())
            .where(in_period, Meeting.status == MeetingStatus.HELD)
            .group_by(Meeting.kind)
            .order_by(func.count().desc())
        )
    ]
    data.cancelled = (
        session.scalar(
            select(func.count())
            .select_from(Meeting)
            .where(in_period, Meeting.status == MeetingStatus.CANCELLED)
        )
        or 0
    )
    rows = session.execute(
        select(
            Meeting.id,
            Meeting.starts_at,
            Meeting.kind,
            Meeting.public_count,
            func.count(Attendance.id).filter(Attendance.voting),
            func.count(Attendance.id).filter(Attendance.voting, Attendance.status.in_(PRESENT)),
        )
        .outerjoin(Attendance, Attendance.meeting_id == Meeting.id)
        .where(in_period, Meeting.status == MeetingStatus.HELD)
        .group_by(Meeting.id, Meeting.starts_at, Meeting.kind, Meeting.public_count)
        .order_by(Meeting.starts_at)
    )
    for mid, starts, kind, public, total, here in rows:
        quorum = total == 0 or here >= quorum_needed(data.board, total)
        data.meetings.append(MeetingColumn(mid, starts, kind, here, total, quorum, public or 0))
    ids = [m.id for m in data.meetings]
    for member_id, name, meeting_id, status in session.execute(
        select(Member.id, Member.name, Attendance.meeting_id, Attendance.status)
        .join(Member, Member.id == Attendance.member_id)
        .where(Attendance.meeting_id.in_(ids), Attendance.voting)
        .order_by(Member.name, Member.id)
    ):
        data.attendance.setdefault(member_id, (name, {}))[1][meeting_id] = status


def _people(session: Session, data: AnnualData) -> None:
    p = data.period
    overlaps = and_(
        OfficeTerm.start_date <= p.end, or_(OfficeTerm.end_date.is_(None), OfficeTerm.end_date >= p.start)
    )
    data.officers = [
        (office, name, start, end)
        for office, name, start, end in session.execute(
            select(OfficeTerm.office, Member.name, OfficeTerm.start_date, OfficeTerm.end_date)
            .join(Member, Member.id == OfficeTerm.member_id)
            .where(overlaps)
            .order_by(OfficeTerm.office, OfficeTerm.start_date)
        )
    ]
    data.joined = [
        (name, joined)
        for name, joined in session.execute(
            select(Member.name, Member.joined_on)
            .where(Member.joined_on >= p.start, Member.joined_on <= p.end)
            .order_by(Member.joined_on)
        )
        if joined is not None
    ]
    data.left = [
        (name, left, reason.value if reason else "")
        for name, left, reason in session.execute(
            select(Member.name, Member.left_on, Member.leave_reason)
            .where(Member.left_on >= p.start, Member.left_on <= p.end)
            .order_by(Member.left_on)
        )
        if left is not None
    ]
    day = min(p.end, data.today)
    filled = select(SeatTerm.seat_id).where(
        SeatTerm.start_date <= day, or_(SeatTerm.end_date.is_(None), SeatTerm.end_date >= day)
    )
    data.vacancies = list(
        session.scalars(
            select(Seat.label)
            .where(Seat.active, Seat.kind == SeatKind.VOTING, Seat.id.not_in(filled))
            .order_by(Seat.sort_order)
        )
    )


def _motions(session: Session, data: AnnualData) -> None:
    p = data.period
    base = (
        select(Motion.result, func.count())
        .join(Meeting, Meeting.id == Motion.meeting_id)
        .where(Meeting.starts_at >= p.start_dt, Meeting.starts_at < p.after_dt)
    )
    data.motions_by_result = list(session.execute(base.group_by(Motion.result).order_by(func.count().desc())))
    data.main_motions = [
        (starts, text, result, tally)
        for starts, text, result, ayes, nays, abst in session.execute(
            select(
                Meeting.starts_at, Motion.text, Motion.result, Motion.ayes, Motion.nays, Motion.abstentions
            )
            .join(Meeting, Meeting.id == Motion.meeting_id)
            .where(Meeting.starts_at >= p.start_dt, Meeting.starts_at < p.after_dt)
            .where(Motion.kind == MotionKind.MAIN, Motion.approves_minutes_of_meeting_id.is_(None))
            .where(Motion.result.in_((MotionResult.CARRIED, MotionResult.FAILED)))
            .order_by(Meeting.starts_at, Motion.position)
        )
        for tally in [f"{ayes or 0}-{nays or 0}-{abst or 0}" if ayes is not None else ""]
    ]


def _issues(session: Session, data: AnnualData) -> None:
    p = data.period
    opened = and_(Issue.reported_on >= p.start_dt, Issue.reported_on < p.after_dt)
    closed = and_(Issue.resolved_on >= p.start_dt, Issue.resolved_on < p.after_dt)
    still_open = and_(opened, Issue.status.in_(OPEN_STATUSES))
    category = func.coalesce(IssueCategory.name, "")

    def counts(group: Any, where: Any) -> dict[str, int]:
        stmt = (
            select(group, func.count())
            .select_from(Issue)
            .outerjoin(IssueCategory, IssueCategory.id == Issue.category_id)
        )
        return {k or "": n for k, n in session.execute(stmt.where(where).group_by(group))}

    o, c, s = counts(category, opened), counts(category, closed), counts(category, still_open)
    days: dict[str, list[float]] = {}
    for name, reported, resolved in session.execute(
        select(category, Issue.reported_on, Issue.resolved_on)
        .outerjoin(IssueCategory, IssueCategory.id == Issue.category_id)
        .where(closed, Issue.status == IssueStatus.RESOLVED)
    ):
        if resolved is not None:
            days.setdefault(name or "", []).append((resolved - reported).total_seconds() / 86400)
    names = sorted(set(o) | set(c), key=lambda k: (-o.get(k, 0), k))
    data.by_category = [
        (k, o.get(k, 0), c.get(k, 0), s.get(k, 0), statistics.median(days[k]) if k in days else None)
        for k in names
    ]
    district = func.coalesce(Issue.district, "")
    o, c, s = counts(district, opened), counts(district, closed), counts(district, still_open)
    data.by_district = [(k, o.get(k, 0), c.get(k, 0), s.get(k, 0)) for k in sorted(set(o) | set(c))]
    data.by_status = list(
        session.execute(
            select(Issue.status, func.count())
            .where(opened)
            .group_by(Issue.status)
            .order_by(func.count().desc())
        )
    )
    months: dict[int, list[int]] = {}
    for column, where, slot in ((Issue.reported_on, opened, 0), (Issue.resolved_on, closed, 1)):
        for when in session.scalars(select(column).where(where)):
            assert when is not None
            index = (when.year - p.start.year) * 12 + when.month - p.start.month
            months.setdefault(index, [0, 0])[slot] += 1
    data.by_month = [(i, *months.get(i, [0, 0])) for i in range(12)]  # type: ignore[misc]
    data.referrals = list(
        session.execute(
            select(Partner.name, func.count(IssueEvent.id), func.count(func.distinct(IssueEvent.issue_id)))
            .join(Partner, Partner.id == IssueEvent.partner_id)
            .where(
                IssueEvent.kind == TimelineKind.REFERRAL,
                IssueEvent.at >= p.start_dt,
                IssueEvent.at < p.after_dt,
            )
            .group_by(Partner.name)
            .order_by(func.count(IssueEvent.id).desc(), Partner.name)
        )
    )
    data.oldest_open = list(
        session.execute(
            select(Issue.reference, Issue.title, category, Issue.reported_on, Issue.status)
            .outerjoin(IssueCategory, IssueCategory.id == Issue.category_id)
            .where(Issue.status.in_(OPEN_STATUSES), Issue.confidential.is_(False))
            .where(Issue.reported_on < p.after_dt)
            .order_by(Issue.reported_on, Issue.id)
            .limit(15)
        )
    )


def load_annual(
    session: Session, year: int, *, fiscal: bool = False, today: dt.date, progress: Progress | None = None
) -> AnnualData:
    """All figures of the annual summary of `year` (fiscal: the fiscal year starting in `year`)."""
    board = load_board(session)
    data = AnnualData(board, period_of(year, fiscal, board.fiscal_year_start_month), today)
    steps = (
        (_meetings, _("Counting meetings and attendance…")),
        (_people, _("Listing officers and roster changes…")),
        (_motions, _("Counting motions…")),
        (_issues, _("Counting issues…")),
    )
    for index, (step, label) in enumerate(steps):
        if progress:
            progress(5 + index * 15, label)
        step(session, data)
    return data
