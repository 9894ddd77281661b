"""The figures of the annual summary for one calendar or fiscal year.

Counts shared with the Charts tab come from `advisoryboard.analytics` (one definition
of each number for screen and paper); what only the printed summary needs (per-meeting
attendance marks, officers and roster changes, the motions themselves, issues closed
and still open per category and district) is counted here in SQL (GROUP BY).
The definitions are printed next to the tables so readers know what each number counts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from advisoryboard import analytics
from advisoryboard.i18n import _
from advisoryboard.odd_input import check_year
from advisoryboard.reports import annual_surveys
from advisoryboard.reports.annual_community import load_section as load_community_section
from advisoryboard.reports.annual_projects import load_projects
from advisoryboard.reports.data import Board, load_board
from advisoryboard.services.seats import vacancies
from advisoryboard.services.votes import Tally
from database.enums import (
    AttendanceStatus,
    IssueStatus,
    MeetingKind,
    MotionKind,
    MotionResult,
    Office,
)
from database.models import (
    Attendance,
    Issue,
    IssueCategory,
    Meeting,
    Member,
    Motion,
    OfficeTerm,
)

Progress = Callable[[int, str], None]


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

    @property
    def filter(self) -> analytics.AnalyticsFilter:
        return analytics.AnalyticsFilter(self.start, self.end)


def period_of(year: int, fiscal: bool, start_month: int) -> Period:
    if not fiscal or start_month == 1:
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), fiscal, year)
    start = dt.date(year, start_month, 1)
    end = dt.date(year + 1, start_month, 1) - dt.timedelta(days=1)
    return Period(start, end, True, year)


@dataclass(frozen=True)
class IssueRow:
    """Issues of one category or district: opened, closed and still open in the period."""

    name: str | None  # None: no category / no district
    opened: int
    closed: int
    still_open: int
    median_days: float | None = None


@dataclass
class AnnualData:
    board: Board
    period: Period
    today: dt.date
    meetings_by_kind: list[analytics.KindCount] = field(default_factory=list)
    meetings: list[analytics.MeetingAttendance] = field(default_factory=list)
    #: member id -> (name, {meeting id: status}); two members may share a name
    attendance: dict[int, tuple[str, dict[int, AttendanceStatus]]] = field(default_factory=dict)
    #: member id -> share of the meetings held while they held a voting seat (0..1)
    attendance_rate: dict[int, float] = field(default_factory=dict)
    officers: list[tuple[Office, str, dt.date, dt.date | None]] = field(default_factory=list)
    joined: list[tuple[str, dt.date]] = field(default_factory=list)
    left: list[tuple[str, dt.date, str]] = field(default_factory=list)
    vacancies: list[str] = field(default_factory=list)
    motions_by_result: list[tuple[MotionResult, int]] = field(default_factory=list)
    main_motions: list[tuple[dt.datetime, str, MotionResult, str]] = field(default_factory=list)
    by_category: list[IssueRow] = field(default_factory=list)
    by_district: list[IssueRow] = field(default_factory=list)
    by_status: list[tuple[IssueStatus, int]] = field(default_factory=list)
    by_month: list[analytics.MonthPoint] = field(default_factory=list)
    referrals: list[analytics.PartnerCount] = field(default_factory=list)
    oldest_open: list[analytics.OpenIssue] = field(default_factory=list)
    projects: list[Any] = field(default_factory=list)  # reports/annual_projects.py
    issue_map: Any = None  # advisoryboard.geo.layers.MapData of the period (reports/maps.py)
    community: Any = None  # reports.annual_community.CommunitySection
    surveys: list[Any] = field(default_factory=list)  # filled by reports.annual_surveys

    @property
    def cancelled(self) -> int:
        return sum(k.cancelled for k in self.meetings_by_kind)

    @property
    def quorum_failures(self) -> list[analytics.MeetingAttendance]:
        return [m for m in self.meetings if not m.quorum_met]


def _meetings(session: Session, data: AnnualData) -> None:
    f = data.period.filter
    data.meetings_by_kind = analytics.meetings_by_kind(session, f)
    data.meetings = analytics.meeting_attendance(session, f)
    data.attendance_rate = {m.member_id: m.rate for m in analytics.member_attendance(session, f)}
    ids = [m.meeting_id for m in data.meetings]
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
    # Seats that exist and nobody holds (services/seats.py owns the rule).
    data.vacancies = [v.seat_label for v in vacancies(session, day) if v.seat_id is not None]


def _motions(session: Session, data: AnnualData) -> None:
    p = data.period
    counts = analytics.motions_by_result(session, p.filter)
    data.motions_by_result = [(c.result, c.count) for c in sorted(counts, key=lambda c: -c.count) if c.count]
    # A motion about a confidential issue is counted and listed, but its text (which names the
    # issue) is not printed: the annual summary is a public document.
    data.main_motions = [
        (
            starts,
            _("A motion about a confidential matter") if confidential else text,
            result,
            str(Tally.stored(ayes, nays, abst) or ""),
        )
        for starts, text, result, ayes, nays, abst, confidential in session.execute(
            select(
                Meeting.starts_at,
                Motion.text,
                Motion.result,
                Motion.ayes,
                Motion.nays,
                Motion.abstentions,
                Issue.confidential,
            )
            .join(Meeting, Meeting.id == Motion.meeting_id)
            .outerjoin(Issue, Issue.id == Motion.issue_id)
            .where(Meeting.starts_at >= p.start_dt, Meeting.starts_at < p.after_dt)
            .where(Motion.kind == MotionKind.MAIN, Motion.approves_minutes_of_meeting_id.is_(None))
            .where(Motion.result.in_((MotionResult.CARRIED, MotionResult.FAILED)))
            .order_by(Meeting.starts_at, Motion.position)
        )
    ]


def _issues(session: Session, data: AnnualData) -> None:
    p = data.period
    f = p.filter
    names: dict[int, str] = {
        cid: name for cid, name in session.execute(select(IssueCategory.id, IssueCategory.name))
    }
    breakdown = analytics.issue_breakdown(session, f, names)
    data.by_month = breakdown.months
    data.by_status = [
        (s.status, s.count) for s in sorted(breakdown.statuses, key=lambda s: -s.count) if s.count
    ]
    # Reported in the period (and still open of those) per category and per district, from the
    # breakdown's category × district cells; closed in the period from one more grouped scan.
    opened_by: Counter[int | None] = Counter()
    still_by: Counter[int | None] = Counter()
    district_opened: Counter[str | None] = Counter()
    district_open: Counter[str | None] = Counter()
    for cell in breakdown.cells:
        opened_by[cell.category_id] += cell.count
        still_by[cell.category_id] += cell.still_open
        district_opened[cell.district] += cell.count
        district_open[cell.district] += cell.still_open
    closed_by: Counter[int | None] = Counter()
    district_closed: Counter[str | None] = Counter()
    closed = select(Issue.category_id, Issue.district, func.count()).where(
        Issue.resolved_on >= p.start_dt, Issue.resolved_on < p.after_dt
    )
    for category_id, district, n in session.execute(closed.group_by(Issue.category_id, Issue.district)):
        closed_by[category_id] += int(n)
        district_closed[district or None] += int(n)  # an empty district is no district
    medians = {m.category_id: m.median_days for m in analytics.median_days_to_resolution(session, f)}

    def name(k: int | None) -> str | None:
        return names.get(k) if k is not None else None

    keys = sorted(set(opened_by) | set(closed_by), key=lambda k: (-opened_by.get(k, 0), name(k) or ""))
    data.by_category = [
        IssueRow(
            name(k),
            opened_by.get(k, 0),
            closed_by.get(k, 0),
            still_by.get(k, 0),
            medians.get(k),
        )
        for k in keys
    ]
    data.by_district = [
        IssueRow(d, district_opened.get(d, 0), district_closed.get(d, 0), district_open.get(d, 0))
        for d in sorted(set(district_opened) | set(district_closed), key=lambda d: (d is None, d or ""))
    ]
    data.referrals = analytics.referrals_by_partner(session, f)
    # Still open today, reported by the period's end; confidential ones are never listed.
    data.oldest_open = analytics.oldest_open_issues(session, f, limit=15)


def load_annual(
    session: Session, year: int, *, fiscal: bool = False, today: dt.date, progress: Progress | None = None
) -> AnnualData:
    """All figures of the annual summary of `year` (fiscal: the fiscal year starting in `year`)."""
    from advisoryboard.reports.maps import load_annual_map  # maps reads this module's types

    check_year(year)
    board = load_board(session)
    data = AnnualData(board, period_of(year, fiscal, board.fiscal_year_start_month), today)
    steps = (
        (_meetings, _("Counting meetings and attendance…")),
        (_people, _("Listing officers and roster changes…")),
        (_motions, _("Counting motions…")),
        (_issues, _("Counting issues…")),
        (load_annual_map, _("Drawing the map…")),
        (annual_surveys.load, _("Summing up surveys…")),
    )
    for index, (step, label) in enumerate(steps):
        if progress:
            progress(5 + index * 60 // len(steps), label)  # 5…65: building the PDF reports 70 on
        step(session, data)
    load_projects(session, data)
    data.community = load_community_section(session, data.period.start, data.period.end)
    return data


__all__ = ["AnnualData", "IssueRow", "MeetingKind", "Period", "load_annual", "period_of"]
