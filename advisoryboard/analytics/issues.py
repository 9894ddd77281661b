"""Issue resolution times, referrals per partner, and the oldest open issues.

Counts and durations are computed in SQL over the filtered range. The median counts only
issues whose status is 'resolved', by the day they were resolved.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from advisoryboard.analytics.filters import (
    AnalyticsFilter,
    collected,
    days_between,
    in_range,
    issue_conditions,
    values_of,
    without_index,
)
from advisoryboard.analytics.labels import NO_CATEGORY
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.enums import OPEN_STATUSES, IssueStatus, TimelineKind
from database.models import Issue, IssueCategory, IssueEvent, Partner


@dataclass(frozen=True)
class CategoryMedian:
    category_id: int | None
    category: str
    median_days: float
    resolved: int


@dataclass(frozen=True)
class PartnerCount:
    partner_id: int
    partner: str
    count: int


@dataclass(frozen=True)
class OpenIssue:
    issue_id: int
    reference: str
    title: str
    category: str
    status: IssueStatus
    reported_on: dt.datetime
    age_days: int


def median_days_to_resolution(
    session: Session, f: AnalyticsFilter, names: dict[int, str] | None = None
) -> list[CategoryMedian]:
    """Median days from report to resolution per category, for issues resolved in the range.

    SQL computes each issue's duration over the covering resolved_on index and hands
    back each category's durations in one value (SQLite has no MEDIAN, and ordering a
    window over the range costs more than the scan itself); the middle is found here.
    `names`: the category names, when the caller has read them already.
    """
    require_permission(session, Permission.READ)
    days = days_between(session, Issue.reported_on, Issue.resolved_on)
    stmt = (
        select(Issue.category_id, collected(session, days))
        .where(
            # Filter on status without steering SQLite onto the (status, reported_on) index
            # instead of the covering resolved_on one.
            without_index(session, Issue.status) == IssueStatus.RESOLVED.value,
            in_range(Issue.resolved_on, f),
            *issue_conditions(f),
        )
        .group_by(Issue.category_id)
    )
    durations = {cid: values_of(values) for cid, values in session.execute(stmt)}
    if not durations:
        return []
    if names is None:
        names = {cid: name for cid, name in session.execute(select(IssueCategory.id, IssueCategory.name))}
    rows = [
        CategoryMedian(
            cid,
            (names.get(cid) if cid is not None else None) or _(NO_CATEGORY),
            statistics.median(values),
            len(values),
        )
        for cid, values in durations.items()
    ]
    return sorted(rows, key=lambda r: (-r.median_days, r.category.casefold()))


#: Below this share of the board's history, the referral entries of the issues reported
#: in the range are looked up issue by issue; from it on, one pass over every referral
#: entry costs less (measured at 100 000 issues over ten years: they cost the same at
#: about a quarter of the history, the per-issue lookup 4x less for one year).
PER_ISSUE_BELOW = 0.2


def share_of_history(session: Session, f: AnalyticsFilter) -> float:
    """Which share (0..1) of the span of report dates on the board the range covers."""
    first = select(func.min(Issue.reported_on)).scalar_subquery()  # each one index lookup
    last = select(func.max(Issue.reported_on)).scalar_subquery()
    lo, hi = session.execute(select(first, last)).one()
    if lo is None or hi is None or hi <= lo:
        return 1.0
    covered = min(f.end, hi) - max(f.start, lo)
    return max(0.0, min(1.0, covered / (hi - lo)))


def referrals_by_partner(session: Session, f: AnalyticsFilter) -> list[PartnerCount]:
    """Issues referred to each partner in the range, most first.

    A referral is a REFERRAL timeline entry dated in the range (an issue counts once per
    partner); an issue that names a partner but has no referral entry at all counts by
    its report date. The two sets never share an issue, so their counts simply add up.
    """
    require_permission(session, Permission.READ)
    conds = issue_conditions(f)
    from_events = (
        select(IssueEvent.partner_id, func.count(func.distinct(IssueEvent.issue_id)))
        .where(
            IssueEvent.kind == TimelineKind.REFERRAL,
            IssueEvent.partner_id.is_not(None),
            in_range(IssueEvent.at, f),
        )
        .group_by(IssueEvent.partner_id)
    )
    if conds:  # the issue's own columns are needed only to filter
        from_events = from_events.join(Issue, Issue.id == IssueEvent.issue_id).where(*conds)
    naming = (Issue.partner_id.is_not(None), in_range(Issue.reported_on, f), *conds)
    referral_entry: tuple[ColumnElement[bool], ...] = (
        IssueEvent.kind == TimelineKind.REFERRAL,
        IssueEvent.partner_id.is_not(None),
    )
    if share_of_history(session, f) < PER_ISSUE_BELOW:
        # Each issue's own referral entries, looked up on the (issue_id, kind, partner_id)
        # index (migration 0013_speed), rather than by walking every referral ever made on
        # the (kind, at) index. (Before that index, SQLite 3.40 planned this per issue over
        # the kind index and took minutes.)
        unreferred = ~select(IssueEvent.id).where(IssueEvent.issue_id == Issue.id, *referral_entry).exists()
    else:
        unreferred = Issue.id.not_in(select(IssueEvent.issue_id).where(*referral_entry))
    from_issues = select(Issue.partner_id, func.count()).where(*naming, unreferred).group_by(Issue.partner_id)
    counts: dict[int, int] = {}
    for stmt in (from_events, from_issues):
        for pid, n in session.execute(stmt):
            if pid is not None:
                counts[pid] = counts.get(pid, 0) + int(n)
    if not counts:
        return []
    partner_names = select(Partner.id, Partner.name).where(Partner.id.in_(list(counts)))
    names: dict[int, str] = {pid: name for pid, name in session.execute(partner_names)}
    rows = [PartnerCount(pid, names.get(pid, ""), n) for pid, n in counts.items()]
    return sorted(rows, key=lambda r: (-r.count, r.partner.casefold()))


def oldest_open_issues(
    session: Session, f: AnalyticsFilter, limit: int = 10, include_confidential: bool = False
) -> list[OpenIssue]:
    """The longest-open issues reported up to the range's end (confidential ones left out
    unless asked for: these are details, not numbers)."""
    require_permission(session, Permission.READ)
    if include_confidential:
        require_permission(session, Permission.VIEW_CONFIDENTIAL)
    stmt = (
        select(Issue.id, Issue.reference, Issue.title, IssueCategory.name, Issue.status, Issue.reported_on)
        .outerjoin(IssueCategory, IssueCategory.id == Issue.category_id)
        .where(Issue.status.in_(OPEN_STATUSES), Issue.reported_on < f.end, *issue_conditions(f))
        .order_by(Issue.reported_on, Issue.id)
        .limit(limit)
    )
    if not include_confidential:
        stmt = stmt.where(Issue.confidential.is_(False))

    def age(reported: dt.datetime) -> int:
        return (f.date_to - reported.date()).days

    return [
        OpenIssue(
            iid,
            ref,
            title,
            cat or _(NO_CATEGORY),
            IssueStatus(status),
            reported,
            (f.date_to - reported.date()).days,
        )
        for iid, ref, title, cat, status, reported in session.execute(stmt)
    ]
