"""Human names of the domain's vocabularies: the one place the core names an enum value.

Marked with N_() and translated when asked for (`label(value)`), so screens, charts,
printed documents and calendar files use the same words in every language. Stored values
stay English keys (database/enums.py).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable

from advisoryboard.community_labels import COMMUNITY_LABELS
from advisoryboard.i18n import N_, _
from database.enums import (
    ActionItemStatus,
    AttendanceStatus,
    IssueStatus,
    LeaveReason,
    MeetingKind,
    MotionResult,
    Office,
    SeatKind,
    VoteChoice,
    VotingMethod,
)

ISSUE_STATUS_LABELS: dict[IssueStatus, str] = {
    IssueStatus.NEW: N_("New"),
    IssueStatus.ACKNOWLEDGED: N_("Acknowledged"),
    IssueStatus.REFERRED: N_("Referred"),
    IssueStatus.IN_PROGRESS: N_("In progress"),
    IssueStatus.RESOLVED: N_("Resolved"),
    IssueStatus.CLOSED_NO_ACTION: N_("Closed without action"),
    IssueStatus.DUPLICATE: N_("Duplicate"),
}

# Short kind names for lists and charts ("Regular") …
MEETING_KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.REGULAR: N_("Regular"),
    MeetingKind.SPECIAL: N_("Special"),
    MeetingKind.COMMITTEE: N_("Committee"),
    MeetingKind.FORUM: N_("Community forum"),
    MeetingKind.ANNUAL: N_("Annual"),
    MeetingKind.CLOSED: N_("Closed session"),
}
# … and the meeting's name as a heading or calendar entry says it ("Regular meeting").
MEETING_KIND_TITLES: dict[MeetingKind, str] = {
    MeetingKind.REGULAR: N_("Regular meeting"),
    MeetingKind.SPECIAL: N_("Special meeting"),
    MeetingKind.COMMITTEE: N_("Committee meeting"),
    MeetingKind.FORUM: N_("Community forum"),
    MeetingKind.ANNUAL: N_("Annual meeting"),
    MeetingKind.CLOSED: N_("Closed session"),
}

MOTION_RESULT_LABELS: dict[MotionResult, str] = {
    MotionResult.PENDING: N_("Pending"),
    MotionResult.CARRIED: N_("Carried"),
    MotionResult.FAILED: N_("Failed"),
    MotionResult.TABLED: N_("Tabled"),
    MotionResult.WITHDRAWN: N_("Withdrawn"),
    MotionResult.REFERRED: N_("Referred"),
}

ATTENDANCE_LABELS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: N_("Present"),
    AttendanceStatus.ABSENT: N_("Absent"),
    AttendanceStatus.EXCUSED: N_("Excused"),
    AttendanceStatus.LATE: N_("Late"),
}

VOTING_METHOD_LABELS: dict[VotingMethod, str] = {
    VotingMethod.VOICE: N_("Voice vote"),
    VotingMethod.SHOW_OF_HANDS: N_("Show of hands"),
    VotingMethod.ROLL_CALL: N_("Roll-call vote"),
    VotingMethod.UNANIMOUS_CONSENT: N_("Unanimous consent"),
    VotingMethod.BALLOT: N_("Ballot"),
}

VOTE_CHOICE_LABELS: dict[VoteChoice, str] = {
    VoteChoice.AYE: N_("Aye"),
    VoteChoice.NAY: N_("Nay"),
    VoteChoice.ABSTAIN: N_("Abstain"),
    VoteChoice.RECUSED: N_("Recused"),
    VoteChoice.ABSENT: N_("Absent"),
}

OFFICE_LABELS: dict[Office, str] = {
    Office.CHAIR: N_("Chair"),
    Office.VICE_CHAIR: N_("Vice Chair"),
    Office.SECRETARY: N_("Secretary"),
    Office.TREASURER: N_("Treasurer"),
    Office.PARLIAMENTARIAN: N_("Parliamentarian"),
    Office.SERGEANT_AT_ARMS: N_("Sergeant at Arms"),
    Office.MEMBER_AT_LARGE: N_("Member-at-Large"),
    Office.DISTRICT_REPRESENTATIVE: N_("District Representative"),
    Office.ALTERNATE: N_("Alternate"),
    Office.POLICE_LIAISON: N_("Police Liaison"),
    Office.CITY_STAFF: N_("City Staff"),
    Office.PARTNER_REPRESENTATIVE: N_("Partner Representative"),
}

ACTION_ITEM_STATUS_LABELS: dict[ActionItemStatus, str] = {
    ActionItemStatus.OPEN: N_("Open"),
    ActionItemStatus.DONE: N_("Done"),
    ActionItemStatus.DROPPED: N_("Dropped"),
}

SEAT_KIND_LABELS: dict[SeatKind, str] = {
    SeatKind.VOTING: N_("Voting"),
    SeatKind.ALTERNATE: N_("Alternate"),
    SeatKind.EX_OFFICIO: N_("Ex officio (non-voting)"),
}

LEAVE_REASON_LABELS: dict[LeaveReason, str] = {
    LeaveReason.RESIGNED: N_("Resigned"),
    LeaveReason.TERM_ENDED: N_("Term ended"),
    LeaveReason.REMOVED: N_("Removed"),
    LeaveReason.DECEASED: N_("Deceased"),
}

# One lookup for every vocabulary whose name does not depend on where it is shown
# (meeting kinds do: see meeting_kind_label / meeting_kind_title).
_BY_VALUE: dict[enum.Enum, str] = {}
for _table in (
    ISSUE_STATUS_LABELS,
    MOTION_RESULT_LABELS,
    ATTENDANCE_LABELS,
    VOTING_METHOD_LABELS,
    VOTE_CHOICE_LABELS,
    OFFICE_LABELS,
    ACTION_ITEM_STATUS_LABELS,
    SEAT_KIND_LABELS,
    LEAVE_REASON_LABELS,
):
    _BY_VALUE.update(_table.items())
_BY_VALUE.update(COMMUNITY_LABELS)

_OFFICE_ORDER = {office: index for index, office in enumerate(Office)}


def office_order(office: Office) -> int:
    """Offices in the usual order of a combined title (Chair first)."""
    return _OFFICE_ORDER[office]


def label(value: enum.Enum, translate: Callable[[str], str] = _) -> str:
    """The translated name of `value` (meeting kinds by their title, 'Regular meeting');
    a value without a name shows its key with spaces ('in_progress' -> 'in progress')."""
    if isinstance(value, MeetingKind):
        return translate(MEETING_KIND_TITLES[value])
    return translate(_BY_VALUE.get(value, str(value.value).replace("_", " ")))


def status_label(status: IssueStatus) -> str:
    return _(ISSUE_STATUS_LABELS[status])


def meeting_kind_label(kind: MeetingKind) -> str:
    """Short: 'Regular'."""
    return _(MEETING_KIND_LABELS[kind])


def meeting_kind_title(kind: MeetingKind) -> str:
    """As a heading: 'Regular meeting'."""
    return _(MEETING_KIND_TITLES[kind])


def motion_result_label(result: MotionResult) -> str:
    return _(MOTION_RESULT_LABELS[result])


def office_label(office: Office) -> str:
    return _(OFFICE_LABELS[office])


def office_title(offices: Iterable[Office]) -> str:
    """A combined title in the usual order: 'Vice Chair/Treasurer'."""
    return "/".join(office_label(o) for o in sorted(set(offices), key=office_order))


def seat_kind_label(kind: SeatKind) -> str:
    return _(SEAT_KIND_LABELS[kind])


def leave_reason_label(reason: LeaveReason) -> str:
    return _(LEAVE_REASON_LABELS[reason])
