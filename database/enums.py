"""Fixed vocabularies of the domain (see ../shared/DOMAIN.md).

Values are stored as these strings; labels shown to people are translated in the
layers above (the core's message catalog, the UI's tr()).
"""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    ADMIN = "admin"
    SECRETARY = "secretary"
    MEMBER = "member"
    STAFF = "staff"


class SeatKind(enum.StrEnum):
    VOTING = "voting"
    ALTERNATE = "alternate"
    EX_OFFICIO = "ex_officio"


class LeaveReason(enum.StrEnum):
    RESIGNED = "resigned"
    TERM_ENDED = "term_ended"
    REMOVED = "removed"
    DECEASED = "deceased"


class Office(enum.StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    TREASURER = "treasurer"
    PARLIAMENTARIAN = "parliamentarian"
    SERGEANT_AT_ARMS = "sergeant_at_arms"
    MEMBER_AT_LARGE = "member_at_large"
    DISTRICT_REPRESENTATIVE = "district_representative"
    ALTERNATE = "alternate"
    POLICE_LIAISON = "police_liaison"
    CITY_STAFF = "city_staff"
    PARTNER_REPRESENTATIVE = "partner_representative"


#: Offices held by non-voting (ex-officio) attendees.
NON_VOTING_OFFICES = frozenset({Office.POLICE_LIAISON, Office.CITY_STAFF, Office.PARTNER_REPRESENTATIVE})


class CommitteeKind(enum.StrEnum):
    STANDING = "standing"
    AD_HOC = "ad_hoc"


class CommitteeRole(enum.StrEnum):
    CHAIR = "chair"
    MEMBER = "member"


class PartnerKind(enum.StrEnum):
    POLICE = "police"
    CITY_AGENCY = "city_agency"
    SCHOOL = "school"
    BUSINESS = "business"
    FAITH = "faith"
    NONPROFIT = "nonprofit"
    OTHER = "other"


class IssueStatus(enum.StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    REFERRED = "referred"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED_NO_ACTION = "closed_no_action"
    DUPLICATE = "duplicate"


OPEN_STATUSES = frozenset(
    {IssueStatus.NEW, IssueStatus.ACKNOWLEDGED, IssueStatus.REFERRED, IssueStatus.IN_PROGRESS}
)
CLOSED_STATUSES = frozenset({IssueStatus.RESOLVED, IssueStatus.CLOSED_NO_ACTION, IssueStatus.DUPLICATE})


class IssuePriority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class IssueSource(enum.StrEnum):
    PUBLIC_COMMENT = "public_comment"
    PHONE = "phone"
    EMAIL = "email"
    WALK_IN = "walk_in"
    SERVICE_311 = "311"
    MEMBER = "member"


class TimelineKind(enum.StrEnum):
    CREATED = "created"
    STATUS = "status"
    NOTE = "note"
    REFERRAL = "referral"
    ASSIGNMENT = "assignment"
    EDIT = "edit"
    MEETING = "meeting"
    MOTION = "motion"
    ACTION_ITEM = "action_item"
    IMPORT = "import"


class MeetingKind(enum.StrEnum):
    REGULAR = "regular"
    SPECIAL = "special"
    COMMITTEE = "committee"
    FORUM = "forum"
    ANNUAL = "annual"
    CLOSED = "closed"


class MeetingStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class MinutesStatus(enum.StrEnum):
    NONE = "none"
    DRAFT = "draft"
    APPROVED = "approved"


class AgendaSection(enum.StrEnum):
    """What an agenda item is, so pre-filling and minutes know where they are."""

    CALL_TO_ORDER = "call_to_order"
    ROLL_CALL = "roll_call"
    APPROVE_AGENDA = "approve_agenda"
    APPROVE_MINUTES = "approve_minutes"
    PUBLIC_COMMENT = "public_comment"
    REPORTS = "reports"
    UNFINISHED_BUSINESS = "unfinished_business"
    NEW_BUSINESS = "new_business"
    ANNOUNCEMENTS = "announcements"
    ADJOURNMENT = "adjournment"
    OTHER = "other"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    LATE = "late"


# Who counts as present (for quorum, votes and attendance rates): a late arrival does.
PRESENT_STATUSES = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.LATE})


class MotionKind(enum.StrEnum):
    MAIN = "main"
    AMENDMENT = "amendment"
    PROCEDURAL = "procedural"


class VotingMethod(enum.StrEnum):
    VOICE = "voice"
    SHOW_OF_HANDS = "show_of_hands"
    ROLL_CALL = "roll_call"
    UNANIMOUS_CONSENT = "unanimous_consent"
    BALLOT = "ballot"


class MotionResult(enum.StrEnum):
    PENDING = "pending"
    CARRIED = "carried"
    FAILED = "failed"
    TABLED = "tabled"
    WITHDRAWN = "withdrawn"
    REFERRED = "referred"


class VoteThreshold(enum.StrEnum):
    MAJORITY = "majority"
    TWO_THIRDS = "two_thirds"


class VoteChoice(enum.StrEnum):
    AYE = "aye"
    NAY = "nay"
    ABSTAIN = "abstain"
    RECUSED = "recused"
    ABSENT = "absent"


class ActionItemStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class QuorumRule(enum.StrEnum):
    MAJORITY_OF_FILLED_SEATS = "majority_filled"
    MAJORITY_OF_ALL_SEATS = "majority_all"
    FIXED_NUMBER = "fixed"


class ThresholdBase(enum.StrEnum):
    VOTES_CAST = "votes_cast"
    MEMBERS_PRESENT = "members_present"


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class ProjectStage(enum.StrEnum):
    """SARA, the problem-solving model of community policing, in its order."""

    SCANNING = "scanning"
    ANALYSIS = "analysis"
    RESPONSE = "response"
    ASSESSMENT = "assessment"


class AreaKind(enum.StrEnum):
    """What kind of area a name on the board's list is (Board settings ▸ Districts and beats)."""

    DISTRICT = "district"
    BEAT = "beat"
    PRECINCT = "precinct"
    WARD = "ward"
    NEIGHBORHOOD = "neighborhood"


class ProjectAreaKind(enum.StrEnum):
    DISTRICTS = "districts"  # police districts and/or beats
    RADIUS = "radius"  # a circle around a point (an address)


# Community programs and events (database/models/community.py).
class ProgramKind(enum.StrEnum):
    NEIGHBORHOOD_WATCH = "neighborhood_watch"
    YOUTH_PROGRAM = "youth_program"
    OUTREACH = "outreach"
    SAFETY_EDUCATION = "safety_education"
    BEAUTIFICATION = "beautification"
    OTHER = "other"


class ProgramStatus(enum.StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class EventKind(enum.StrEnum):
    WORKSHOP = "workshop"
    TRAINING = "training"
    SAFETY_FAIR = "safety_fair"
    CLEAN_UP = "clean_up"
    BLOCK_PARTY = "block_party"
    NATIONAL_NIGHT_OUT = "national_night_out"
    COMMUNITY_FORUM = "community_forum"
    WALK = "walk"
    OTHER = "other_event"


class EventStatus(enum.StrEnum):
    PLANNED = "planned_event"
    HELD = "held"
    CANCELLED = "cancelled_event"
