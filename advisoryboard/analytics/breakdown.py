"""Issues opened per month, category, status and district, and the open backlog.

All four come from one grouped scan of the issues reported in the range (month ×
category × district × status: a few thousand rows at most), plus one grouped scan of
the issues closed in the range; pandas adds the small result up each way.

"Resolved" in the monthly series means closed in any way (resolved, closed without
action, duplicate): the day `resolved_on` was set. An issue is open from `reported_on`
until `resolved_on`; one whose `resolved_on` lies before its `reported_on` (bad data)
counts as closed the moment it was reported. Confidential issues count (numbers only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from advisoryboard.analytics.filters import AnalyticsFilter, in_range, issue_conditions, month_key, months_in
from advisoryboard.analytics.labels import NO_CATEGORY, NO_DISTRICT, status_label
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.enums import IssueStatus
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
class IssueBreakdown:
    months: list[MonthPoint]
    categories: list[CategoryCount]  # most first
    statuses: list[StatusCount]  # workflow order, zeros kept
    districts: list[DistrictCount]  # most first


_NONE = -1  # stands for NULL in pandas group keys


def _reported(session: Session, f: AnalyticsFilter) -> pd.DataFrame:
    month = month_key(session, Issue.reported_on)
    backwards = func.sum(case((Issue.resolved_on < Issue.reported_on, 1), else_=0))
    stmt = (
        select(month, Issue.category_id, Issue.district, Issue.status, func.count(), backwards)
        .where(in_range(Issue.reported_on, f), *issue_conditions(f))
        .group_by(month, Issue.category_id, Issue.district, Issue.status)
    )
    rows = [
        (str(m), _NONE if c is None else int(c), d, IssueStatus(s), int(n), int(b or 0))
        for m, c, d, s, n, b in session.execute(stmt)
    ]
    return pd.DataFrame(rows, columns=["month", "category_id", "district", "status", "n", "closed_at_once"])


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
    """Issues still open when the range starts."""
    conds = issue_conditions(f)
    reported = session.execute(select(func.count()).where(Issue.reported_on < f.start, *conds)).scalar_one()
    closed = session.execute(
        select(func.count()).where(Issue.resolved_on < f.start, Issue.reported_on < f.start, *conds)
    ).scalar_one()
    return int(reported) - int(closed)


def issue_breakdown(session: Session, f: AnalyticsFilter) -> IssueBreakdown:
    require_permission(session, Permission.READ)
    cube = _reported(session, f)
    resolved = _resolved(session, f)
    names: dict[int, str] = {
        cid: name for cid, name in session.execute(select(IssueCategory.id, IssueCategory.name))
    }

    months = months_in(f)
    keys = [f"{m:%Y-%m}" for m in months]
    per_month = cube.groupby("month")[["n", "closed_at_once"]].sum()
    opened = per_month["n"].reindex(keys, fill_value=0)
    closed = per_month["closed_at_once"].reindex(keys, fill_value=0) + pd.Series(
        [resolved.get(k, (0, 0))[1] for k in keys], index=keys
    )
    backlog = (_carried(session, f) + (opened - closed).cumsum()).tolist()
    month_points = [
        MonthPoint(m, int(o), resolved.get(k, (0, 0))[0], int(b))
        for m, k, o, b in zip(months, keys, opened.tolist(), backlog, strict=True)
    ]

    by_category = cube.groupby("category_id")["n"].sum()
    categories = []
    for key, n in by_category.items():
        cid = None if key == _NONE else int(str(key))
        name = names.get(cid) if cid is not None else None
        categories.append(CategoryCount(cid, name or _(NO_CATEGORY), int(n)))
    by_status = cube.groupby("status")["n"].sum().to_dict()
    by_district = cube.groupby(cube["district"].fillna(""))["n"].sum()
    districts = [
        DistrictCount(str(d) or None, str(d) or _(NO_DISTRICT), int(n)) for d, n in by_district.items()
    ]
    return IssueBreakdown(
        months=month_points,
        categories=sorted(categories, key=lambda r: (-r.count, r.category.casefold())),
        statuses=[StatusCount(s, status_label(s), int(by_status.get(s, 0))) for s in IssueStatus],
        districts=sorted(districts, key=lambda r: (-r.count, r.label.casefold())),
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
