"""Human names of the domain's vocabularies: the one place the core names an enum value.

Marked with N_() and translated when asked for (`label(value)`), so screens, charts,
printed documents and calendar files use the same words in every language. Stored values
stay English keys (database/enums.py).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable

from advisoryboard.i18n import N_, _
from database.enums import (
    ActionItemStatus,
    AgendaSection,
    AreaKind,
    AttendanceStatus,
    AuditAction,
    CommitteeKind,
    CommitteeRole,
    EventKind,
    EventStatus,
    IssuePriority,
    IssueSource,
    IssueStatus,
    LeaveReason,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    MotionKind,
    MotionResult,
    Office,
    PartnerKind,
    ProgramKind,
    ProgramStatus,
    ProjectAreaKind,
    ProjectStage,
    QuorumRule,
    Role,
    SeatKind,
    ThresholdBase,
    TimelineKind,
    VoteChoice,
    VoteThreshold,
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

PRIORITY_LABELS: dict[IssuePriority, str] = {
    IssuePriority.LOW: N_("Low"),
    IssuePriority.NORMAL: N_("Normal"),
    IssuePriority.HIGH: N_("High"),
    IssuePriority.URGENT: N_("Urgent"),
}

SOURCE_LABELS: dict[IssueSource, str] = {
    IssueSource.PUBLIC_COMMENT: N_("Public comment"),
    IssueSource.PHONE: N_("Phone"),
    IssueSource.EMAIL: N_("Email"),
    IssueSource.WALK_IN: N_("Walk-in"),
    IssueSource.SERVICE_311: N_("311"),
    IssueSource.MEMBER: N_("Member"),
}

TIMELINE_KIND_LABELS: dict[TimelineKind, str] = {
    TimelineKind.CREATED: N_("Reported"),
    TimelineKind.STATUS: N_("Status changed"),
    TimelineKind.NOTE: N_("Note"),
    TimelineKind.REFERRAL: N_("Referred"),
    TimelineKind.ASSIGNMENT: N_("Assignment"),
    TimelineKind.EDIT: N_("Edited"),
    TimelineKind.MEETING: N_("Discussed at a meeting"),
    TimelineKind.MOTION: N_("Motion"),
    TimelineKind.ACTION_ITEM: N_("Action item"),
    TimelineKind.IMPORT: N_("Imported"),
}

MEETING_STATUS_LABELS: dict[MeetingStatus, str] = {
    MeetingStatus.SCHEDULED: N_("Scheduled"),
    MeetingStatus.HELD: N_("Held"),
    MeetingStatus.CANCELLED: N_("Cancelled"),
}

MINUTES_STATUS_LABELS: dict[MinutesStatus, str] = {
    MinutesStatus.NONE: N_("None"),
    MinutesStatus.DRAFT: N_("Draft"),
    MinutesStatus.APPROVED: N_("Approved (locked)"),
}

AGENDA_SECTION_LABELS: dict[AgendaSection, str] = {
    AgendaSection.CALL_TO_ORDER: N_("Call to order"),
    AgendaSection.ROLL_CALL: N_("Roll call"),
    AgendaSection.APPROVE_AGENDA: N_("Approval of the agenda"),
    AgendaSection.APPROVE_MINUTES: N_("Approval of minutes"),
    AgendaSection.PUBLIC_COMMENT: N_("Public comment"),
    AgendaSection.REPORTS: N_("Reports"),
    AgendaSection.UNFINISHED_BUSINESS: N_("Unfinished business"),
    AgendaSection.NEW_BUSINESS: N_("New business"),
    AgendaSection.ANNOUNCEMENTS: N_("Announcements"),
    AgendaSection.ADJOURNMENT: N_("Adjournment"),
    AgendaSection.OTHER: N_("Other"),
}

MOTION_KIND_LABELS: dict[MotionKind, str] = {
    MotionKind.MAIN: N_("Main"),
    MotionKind.AMENDMENT: N_("Amendment"),
    MotionKind.PROCEDURAL: N_("Procedural"),
}

VOTE_THRESHOLD_LABELS: dict[VoteThreshold, str] = {
    VoteThreshold.MAJORITY: N_("Majority"),
    VoteThreshold.TWO_THIRDS: N_("Two-thirds"),
}

ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: N_("Administrator"),
    Role.SECRETARY: N_("Secretary"),
    Role.MEMBER: N_("Member"),
    Role.STAFF: N_("Staff (read and print)"),
}

COMMITTEE_KIND_LABELS: dict[CommitteeKind, str] = {
    CommitteeKind.STANDING: N_("Standing"),
    CommitteeKind.AD_HOC: N_("Ad hoc"),
}

COMMITTEE_ROLE_LABELS: dict[CommitteeRole, str] = {
    CommitteeRole.CHAIR: N_("Chair"),
    CommitteeRole.MEMBER: N_("Member"),
}

PARTNER_KIND_LABELS: dict[PartnerKind, str] = {
    PartnerKind.POLICE: N_("Police"),
    PartnerKind.CITY_AGENCY: N_("City agency"),
    PartnerKind.SCHOOL: N_("School"),
    PartnerKind.BUSINESS: N_("Business"),
    PartnerKind.FAITH: N_("Faith group"),
    PartnerKind.NONPROFIT: N_("Nonprofit"),
    PartnerKind.OTHER: N_("Other"),
}

QUORUM_RULE_LABELS: dict[QuorumRule, str] = {
    QuorumRule.MAJORITY_OF_FILLED_SEATS: N_("Majority of filled seats"),
    QuorumRule.MAJORITY_OF_ALL_SEATS: N_("Majority of all seats"),
    QuorumRule.FIXED_NUMBER: N_("A fixed number"),
}

THRESHOLD_BASE_LABELS: dict[ThresholdBase, str] = {
    ThresholdBase.VOTES_CAST: N_("Votes cast"),
    ThresholdBase.MEMBERS_PRESENT: N_("Members present"),
}

AUDIT_ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: N_("Created"),
    AuditAction.UPDATE: N_("Changed"),
    AuditAction.DELETE: N_("Deleted"),
}

PROJECT_STAGE_LABELS: dict[ProjectStage, str] = {
    ProjectStage.SCANNING: N_("Scanning"),
    ProjectStage.ANALYSIS: N_("Analysis"),
    ProjectStage.RESPONSE: N_("Response"),
    ProjectStage.ASSESSMENT: N_("Assessment"),
}

PROJECT_AREA_KIND_LABELS: dict[ProjectAreaKind, str] = {
    ProjectAreaKind.DISTRICTS: N_("Districts or beats"),
    ProjectAreaKind.RADIUS: N_("A radius around a point"),
}

#: The kinds of area on the board's list of districts and beats.
AREA_KIND_LABELS: dict[AreaKind, str] = {
    AreaKind.DISTRICT: N_("District"),
    AreaKind.BEAT: N_("Beat"),
    AreaKind.PRECINCT: N_("Precinct"),
    AreaKind.WARD: N_("Ward"),
    AreaKind.NEIGHBORHOOD: N_("Neighborhood"),
}

# Community programs and events (their enums live with their models).
PROGRAM_KIND_LABELS: dict[ProgramKind, str] = {
    ProgramKind.NEIGHBORHOOD_WATCH: N_("Neighborhood watch"),
    ProgramKind.YOUTH_PROGRAM: N_("Youth program"),
    ProgramKind.OUTREACH: N_("Outreach"),
    ProgramKind.SAFETY_EDUCATION: N_("Safety education"),
    ProgramKind.BEAUTIFICATION: N_("Beautification"),
    ProgramKind.OTHER: N_("Other program"),
}
PROGRAM_STATUS_LABELS: dict[ProgramStatus, str] = {
    ProgramStatus.PLANNED: N_("Planned"),
    ProgramStatus.ACTIVE: N_("Active"),
    ProgramStatus.PAUSED: N_("Paused"),
    ProgramStatus.ENDED: N_("Ended"),
}
EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.WORKSHOP: N_("Workshop"),
    EventKind.TRAINING: N_("Training"),
    EventKind.SAFETY_FAIR: N_("Safety fair"),
    EventKind.CLEAN_UP: N_("Clean-up"),
    EventKind.BLOCK_PARTY: N_("Block party"),
    EventKind.NATIONAL_NIGHT_OUT: N_("National Night Out"),
    EventKind.COMMUNITY_FORUM: N_("Community forum"),
    EventKind.WALK: N_("Community walk"),
    EventKind.OTHER: N_("Other event"),
}
EVENT_STATUS_LABELS: dict[EventStatus, str] = {
    EventStatus.PLANNED: N_("Planned"),
    EventStatus.HELD: N_("Took place"),
    EventStatus.CANCELLED: N_("Cancelled"),
}


#: Every vocabulary and its words, one table per enum (tests check that each value has one).
VOCABULARIES: dict[type[enum.Enum], dict[enum.Enum, str]] = {
    table_enum: dict(table.items())
    for table_enum, table in (
        (IssueStatus, ISSUE_STATUS_LABELS),
        (IssuePriority, PRIORITY_LABELS),
        (IssueSource, SOURCE_LABELS),
        (TimelineKind, TIMELINE_KIND_LABELS),
        (MeetingKind, MEETING_KIND_TITLES),
        (MeetingStatus, MEETING_STATUS_LABELS),
        (MinutesStatus, MINUTES_STATUS_LABELS),
        (AgendaSection, AGENDA_SECTION_LABELS),
        (MotionKind, MOTION_KIND_LABELS),
        (MotionResult, MOTION_RESULT_LABELS),
        (AttendanceStatus, ATTENDANCE_LABELS),
        (VotingMethod, VOTING_METHOD_LABELS),
        (VoteThreshold, VOTE_THRESHOLD_LABELS),
        (VoteChoice, VOTE_CHOICE_LABELS),
        (Office, OFFICE_LABELS),
        (ActionItemStatus, ACTION_ITEM_STATUS_LABELS),
        (SeatKind, SEAT_KIND_LABELS),
        (LeaveReason, LEAVE_REASON_LABELS),
        (Role, ROLE_LABELS),
        (CommitteeKind, COMMITTEE_KIND_LABELS),
        (CommitteeRole, COMMITTEE_ROLE_LABELS),
        (PartnerKind, PARTNER_KIND_LABELS),
        (QuorumRule, QUORUM_RULE_LABELS),
        (ThresholdBase, THRESHOLD_BASE_LABELS),
        (AuditAction, AUDIT_ACTION_LABELS),
        (ProjectStage, PROJECT_STAGE_LABELS),
        (ProjectAreaKind, PROJECT_AREA_KIND_LABELS),
        (AreaKind, AREA_KIND_LABELS),
        (ProgramKind, PROGRAM_KIND_LABELS),
        (ProgramStatus, PROGRAM_STATUS_LABELS),
        (EventKind, EVENT_KIND_LABELS),
        (EventStatus, EVENT_STATUS_LABELS),
    )
}


_OFFICE_ORDER = {office: index for index, office in enumerate(Office)}


def office_order(office: Office) -> int:
    """Offices in the usual order of a combined title (Chair first)."""
    return _OFFICE_ORDER[office]


def label(value: enum.Enum, translate: Callable[[str], str] = _) -> str:
    """The translated name of `value` (meeting kinds by their title, 'Regular meeting');
    a value without a name shows its key with spaces ('in_progress' -> 'in progress')."""
    if isinstance(value, MeetingKind):
        return translate(MEETING_KIND_TITLES[value])
    # by the value's own vocabulary: StrEnum values of different enums compare equal
    # ('roll_call' is an agenda section and a voting method)
    word = VOCABULARIES.get(type(value), {}).get(value)
    return translate(word if word is not None else str(value.value).replace("_", " "))


def choices(enum_type: type[enum.Enum]) -> list[tuple[str, enum.Enum]]:
    """(translated word, value) for every value of `enum_type`, in its order: for pick lists."""
    if enum_type is MeetingKind:
        return [(meeting_kind_label(k), k) for k in MeetingKind]
    return [(label(value), value) for value in enum_type]


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


def priority_label(priority: IssuePriority) -> str:
    return _(PRIORITY_LABELS[priority])


def source_label(source: IssueSource | None) -> str:
    return _(SOURCE_LABELS[source]) if source is not None else ""
