"""Every mapped class, importable from one place (Alembic's target metadata too)."""

from database.base import Base
from database.models.admin import AuditEntry, BoardSettings, User
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
from database.models.surveys import (
    Survey,
    SurveyAnswer,
    SurveyChoice,
    SurveyQuestion,
    SurveyResponse,
    SurveyWave,
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
    "Survey",
    "SurveyAnswer",
    "SurveyChoice",
    "SurveyQuestion",
    "SurveyResponse",
    "SurveyWave",
    "User",
    "Vote",
]
