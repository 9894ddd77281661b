"""Every mapped class, importable from one place (Alembic's target metadata too)."""

from database.base import Base
from database.models.admin import AuditEntry, BoardSettings, User
from database.models.community import CommunityEvent, CommunityProgram, EventSignIn, WatchBlock
from database.models.crime import (
    Incident,
    OffenseCategory,
    OffenseMapping,
    Project,
    ProjectCategory,
    ProjectIncident,
    ProjectIssue,
    ProjectPartner,
    ProjectResponse,
    ResponseActionItem,
    ResponseMotion,
)
from database.models.geo import BoundaryArea, BoundarySet, IssuePlace
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
from database.models.office import EditLease
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
from database.models.trust import IssueRefCounter, MinutesUnlock

__all__ = [
    "ActionItem",
    "AgendaItem",
    "Attendance",
    "AuditEntry",
    "Base",
    "BoardSettings",
    "BoundaryArea",
    "BoundarySet",
    "Committee",
    "CommitteeMembership",
    "CommunityEvent",
    "CommunityProgram",
    "EditLease",
    "EventSignIn",
    "ImportMapping",
    "Incident",
    "Issue",
    "IssueCategory",
    "IssueEvent",
    "IssuePlace",
    "IssueRefCounter",
    "Meeting",
    "Member",
    "MinutesAmendment",
    "MinutesUnlock",
    "Motion",
    "OffenseCategory",
    "OffenseMapping",
    "OfficeTerm",
    "Partner",
    "Project",
    "ProjectCategory",
    "ProjectIncident",
    "ProjectIssue",
    "ProjectPartner",
    "ProjectResponse",
    "ResponseActionItem",
    "ResponseMotion",
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
    "WatchBlock",
]
