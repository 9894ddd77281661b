"""Counts and trends for the Charts tab and the annual summary (SQL GROUP BY; no Qt).

Every function takes a Session and an AnalyticsFilter and returns frozen dataclasses.
"""

from advisoryboard.analytics.breakdown import (
    CategoryCount,
    DistrictCount,
    IssueBreakdown,
    MonthPoint,
    StatusCount,
    issue_breakdown,
    issues_by_category,
    issues_by_district,
    issues_by_month,
    issues_by_status,
)
from advisoryboard.analytics.dashboard import Dashboard, compute_dashboard
from advisoryboard.analytics.filters import AnalyticsFilter, DateRange, date_ranges
from advisoryboard.analytics.issues import (
    CategoryMedian,
    OpenIssue,
    PartnerCount,
    median_days_to_resolution,
    oldest_open_issues,
    referrals_by_partner,
)
from advisoryboard.analytics.meetings import (
    KindCount,
    MeetingAttendance,
    MemberAttendance,
    ResultCount,
    meeting_attendance,
    meetings_by_kind,
    member_attendance,
    motions_by_result,
    quorum_needed,
)

__all__ = [
    "AnalyticsFilter",
    "CategoryCount",
    "CategoryMedian",
    "Dashboard",
    "DateRange",
    "DistrictCount",
    "IssueBreakdown",
    "KindCount",
    "MeetingAttendance",
    "MemberAttendance",
    "MonthPoint",
    "OpenIssue",
    "PartnerCount",
    "ResultCount",
    "StatusCount",
    "compute_dashboard",
    "date_ranges",
    "issue_breakdown",
    "issues_by_category",
    "issues_by_district",
    "issues_by_month",
    "issues_by_status",
    "median_days_to_resolution",
    "meeting_attendance",
    "meetings_by_kind",
    "member_attendance",
    "motions_by_result",
    "oldest_open_issues",
    "quorum_needed",
    "referrals_by_partner",
]
