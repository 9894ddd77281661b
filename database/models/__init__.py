"""Every mapped class, importable from one place (Alembic's target metadata too)."""

from database.base import Base
from database.models.admin import AuditEntry, BoardSettings, User
from database.models.community import CommunityEvent, CommunityProgram, EventSignIn, WatchBlock
from database.models.issues import ImportMapping, Issue, IssueCategory, IssueEvent, SavedFilter
from database.models.meetings import (
    ActionItem,
    AgendaItem,
    Attendance,
    Meeting,
    MinutesAmendment,
    Motion,
    Vote,
)
from database.models.people import (
    Committee,
    CommitteeMembership,
    Member,
    OfficeTerm,
    Partner,
    Seat,
    SeatTerm,
)

__all__ = [
    "ActionItem",
    "AgendaItem",
    "Attendance",
    "AuditEntry",
    "Base",
    "BoardSettings",
    "Committee",
    "CommitteeMembership",
    "CommunityEvent",
    "CommunityProgram",
    "EventSignIn",
    "ImportMapping",
    "Issue",
    "IssueCategory",
    "IssueEvent",
    "Meeting",
    "Member",
    "MinutesAmendment",
    "Motion",
    "OfficeTerm",
    "Partner",
    "SavedFilter",
    "Seat",
    "SeatTerm",
    "User",
    "Vote",
    "WatchBlock",
]
