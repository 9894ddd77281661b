"""Everything the Charts tab shows, computed in one read-only session (for a worker thread)."""

from __future__ import annotations

from dataclasses import dataclass

from advisoryboard.analytics.breakdown import (
    CategoryCount,
    DistrictCount,
    MonthPoint,
    StatusCount,
    category_names,
    issue_breakdown,
)
from advisoryboard.analytics.community_dashboard import CommunityCharts, community_charts
from advisoryboard.analytics.filters import AnalyticsFilter, FilterChoices, filter_choices
from advisoryboard.analytics.issues import (
    CategoryMedian,
    PartnerCount,
    median_days_to_resolution,
    referrals_by_partner,
)
from advisoryboard.analytics.meetings import (
    MeetingAttendance,
    MemberAttendance,
    meeting_attendance,
    member_attendance,
)
from advisoryboard.permissions import OFFICE, Actor
from advisoryboard.services.base import read_only
from database.engine import Database


@dataclass(frozen=True)
class Dashboard:
    filter: AnalyticsFilter
    months: list[MonthPoint]
    categories: list[CategoryCount]
    statuses: list[StatusCount]
    districts: list[DistrictCount]
    medians: list[CategoryMedian]
    partners: list[PartnerCount]
    meetings: list[MeetingAttendance]
    members: list[MemberAttendance]
    choices: FilterChoices
    community: CommunityCharts | None = None  # issue 18

    @property
    def empty(self) -> bool:
        """Nothing happened in the range: no issue opened or closed and no meeting held."""
        return not any(p.opened or p.resolved for p in self.months) and not self.meetings


def compute_dashboard(db: Database, f: AnalyticsFilter, actor: Actor = OFFICE) -> Dashboard:
    with read_only(db, actor) as session:
        names = category_names(session)
        issues = issue_breakdown(session, f, names)
        return Dashboard(
            filter=f,
            months=issues.months,
            categories=issues.categories,
            statuses=issues.statuses,
            districts=issues.districts,
            medians=median_days_to_resolution(session, f, names),
            partners=referrals_by_partner(session, f),
            meetings=meeting_attendance(session, f),
            members=member_attendance(session, f),
            choices=filter_choices(session),
            community=community_charts(session, f.date_from, f.date_to),
        )
