"""Issues opened per month, category, status and district, and the open backlog.

All four come from two small grouped scans of the issues reported in the range (month ×
status, and category × district: a hundred rows or so, added up each way in Python), one
grouped scan of the issues closed in the range and one count of the backlog carried in.

"Resolved" in the monthly series means closed in any way (resolved, closed without
action, duplicate): the day `resolved_on` was set. An issue is open from `reported_on`
until `resolved_on`; one whose `resolved_on` lies before its `reported_on` (bad data)
counts as closed the moment it was reported. Confidential issues count (numbers only).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from advisoryboard.analytics.filters import AnalyticsFilter, in_range, issue_conditions, month_key, months_in
from advisoryboard.analytics.labels import NO_CATEGORY, NO_DISTRICT, status_label
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.enums import OPEN_STATUSES, IssueStatus
from database.models import Issue, IssueCategory


@dataclass(frozen=True)
class MonthPoint:
    month: dt.date  # first day of the month
    opened: int
    resolved: int
    backlog: int  # issues still open at the end of the month (or of the range)


@dataclass(frozen=True)
class CategoryCount:
    category_id: int | None
    category: str
    count: int


@dataclass(frozen=True)
class StatusCount:
    status: IssueStatus
    label: str
    count: int


@dataclass(frozen=True)
class DistrictCount:
    district: str | None
    label: str
    count: int


@dataclass(frozen=True)
class Cell:
    """The issues reported in the range of one category in one district ('' counts as none)."""

    category_id: int | None
    district: str | None
    count: int
    still_open: int  # of which open today


@dataclass(frozen=True)
class IssueBreakdown:
    months: list[MonthPoint]
    categories: list[CategoryCount]  # most first
    statuses: list[StatusCount]  # workflow order, zeros kept
    districts: list[DistrictCount]  # most first
    cells: list[Cell] = field(default_factory=list)  # category × district, in no order


def _by_month_and_status(session: Session, f: AnalyticsFilter) -> list[tuple[str, IssueStatus, int, int]]:
    """(month, status, issues, of which closed before they were reported) for the issues
    reported in the range: one grouped pass gives the monthly 'opened', the status counts
    and the bad-data closings the backlog needs."""
    month = month_key(session, Issue.reported_on)
    early = func.sum(case((Issue.resolved_on < Issue.reported_on, 1), else_=0))
    stmt = (
        select(month, Issue.status, func.count(), early)
        .where(in_range(Issue.reported_on, f), *issue_conditions(f))
        .group_by(month, Issue.status)
    )
    return [(str(m), IssueStatus(s), int(n), int(e or 0)) for m, s, n, e in session.execute(stmt)]


def _by_category_and_district(session: Session, f: AnalyticsFilter) -> list[Cell]:
    """The issues reported in the range per category and district, and how many are open."""
    still_open = func.sum(case((Issue.status.in_(sorted(OPEN_STATUSES)), 1), else_=0))
    stmt = (
        select(Issue.category_id, Issue.district, func.count(), still_open)
        .where(in_range(Issue.reported_on, f), *issue_conditions(f))
        .group_by(Issue.category_id, Issue.district)
    )
    cells: dict[tuple[int | None, str | None], list[int]] = {}
    for c, d, n, o in session.execute(stmt):
        cell = cells.setdefault((c, d or None), [0, 0])  # an empty district is no district
        cell[0] += int(n)
        cell[1] += int(o or 0)
    return [Cell(c, d, n, o) for (c, d), (n, o) in cells.items()]


def _resolved(session: Session, f: AnalyticsFilter) -> dict[str, tuple[int, int]]:
    """Per 'YYYY-MM': (issues whose resolved_on falls in it, of which closed then)."""
    month = month_key(session, Issue.resolved_on)
    forwards = func.sum(case((Issue.resolved_on >= Issue.reported_on, 1), else_=0))
    stmt = (
        select(month, func.count(), forwards)
        .where(in_range(Issue.resolved_on, f), *issue_conditions(f))
        .group_by(month)
    )
    return {str(m): (int(n), int(k or 0)) for m, n, k in session.execute(stmt)}


def _carried(session: Session, f: AnalyticsFilter) -> int:
    """Issues still open when the range starts: reported before it and not closed before it.

    Counted as "never closed" plus "closed on or after the start", two index ranges
    whose size follows the open issues and the range, not the whole history."""
    conds = issue_conditions(f)
    never = select(func.count()).where(Issue.resolved_on.is_(None), Issue.reported_on < f.start, *conds)
    later = select(func.count()).where(Issue.resolved_on >= f.start, Issue.reported_on < f.start, *conds)
    total = session.execute(select(never.scalar_subquery() + later.scalar_subquery())).scalar_one()
    return int(total or 0)


def category_names(session: Session) -> dict[int, str]:
    return {cid: name for cid, name in session.execute(select(IssueCategory.id, IssueCategory.name))}


def issue_breakdown(
    session: Session, f: AnalyticsFilter, names: dict[int, str] | None = None
) -> IssueBreakdown:
    """`names`: the category names, when the caller has read them already."""
    require_permission(session, Permission.READ)
    opened: Counter[str] = Counter()
    closed: Counter[str] = Counter()
    by_status: Counter[IssueStatus] = Counter()
    for month, status, n, early in _by_month_and_status(session, f):
        opened[month] += n
        closed[month] += early
        by_status[status] += n
    by_category: Counter[int | None] = Counter()
    by_district: Counter[str | None] = Counter()
    cells = _by_category_and_district(session, f)
    for cell in cells:
        by_category[cell.category_id] += cell.count
        by_district[cell.district] += cell.count
    resolved = _resolved(session, f)
    backlog = _carried(session, f)
    if names is None:
        names = category_names(session)
    month_points = []
    for day in months_in(f):
        key = f"{day:%Y-%m}"
        resolved_n, closed_forwards = resolved.get(key, (0, 0))
        backlog += opened[key] - closed[key] - closed_forwards
        month_points.append(MonthPoint(day, opened[key], resolved_n, backlog))
    categories = [
        CategoryCount(cid, (names.get(cid) if cid is not None else None) or _(NO_CATEGORY), n)
        for cid, n in by_category.items()
    ]
    districts = [DistrictCount(d, d or _(NO_DISTRICT), n) for d, n in by_district.items()]
    return IssueBreakdown(
        months=month_points,
        categories=sorted(categories, key=lambda r: (-r.count, r.category.casefold())),
        statuses=[StatusCount(s, status_label(s), by_status[s]) for s in IssueStatus],
        districts=sorted(districts, key=lambda r: (-r.count, r.label.casefold())),
        cells=cells,
    )


def issues_by_month(session: Session, f: AnalyticsFilter) -> list[MonthPoint]:
    """Opened and closed per month of the range, and the open backlog at each month's end."""
    return issue_breakdown(session, f).months


def issues_by_category(session: Session, f: AnalyticsFilter) -> list[CategoryCount]:
    """Issues reported in the range per category, most first."""
    return issue_breakdown(session, f).categories


def issues_by_status(session: Session, f: AnalyticsFilter) -> list[StatusCount]:
    """Issues reported in the range by their current status, in workflow order (zeros kept)."""
    return issue_breakdown(session, f).statuses


def issues_by_district(session: Session, f: AnalyticsFilter) -> list[DistrictCount]:
    """Issues reported in the range per district, most first."""
    return issue_breakdown(session, f).districts
