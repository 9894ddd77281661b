"""Words shown for the vocabularies the charts group by (translated when asked for)."""

from __future__ import annotations

from advisoryboard.i18n import N_, _
from database.enums import IssueStatus, MeetingKind, MotionResult

NO_CATEGORY = N_("(no category)")
NO_DISTRICT = N_("(no district)")

STATUS_LABELS = {
    IssueStatus.NEW: N_("New"),
    IssueStatus.ACKNOWLEDGED: N_("Acknowledged"),
    IssueStatus.REFERRED: N_("Referred"),
    IssueStatus.IN_PROGRESS: N_("In progress"),
    IssueStatus.RESOLVED: N_("Resolved"),
    IssueStatus.CLOSED_NO_ACTION: N_("Closed without action"),
    IssueStatus.DUPLICATE: N_("Duplicate"),
}

MEETING_KIND_LABELS = {
    MeetingKind.REGULAR: N_("Regular"),
    MeetingKind.SPECIAL: N_("Special"),
    MeetingKind.COMMITTEE: N_("Committee"),
    MeetingKind.FORUM: N_("Community forum"),
    MeetingKind.ANNUAL: N_("Annual"),
    MeetingKind.CLOSED: N_("Closed session"),
}

MOTION_RESULT_LABELS = {
    MotionResult.PENDING: N_("Pending"),
    MotionResult.CARRIED: N_("Carried"),
    MotionResult.FAILED: N_("Failed"),
    MotionResult.TABLED: N_("Tabled"),
    MotionResult.WITHDRAWN: N_("Withdrawn"),
    MotionResult.REFERRED: N_("Referred"),
}


def status_label(status: IssueStatus) -> str:
    return _(STATUS_LABELS[status])


def meeting_kind_label(kind: MeetingKind) -> str:
    return _(MEETING_KIND_LABELS[kind])


def motion_result_label(result: MotionResult) -> str:
    return _(MOTION_RESULT_LABELS[result])
