"""Who may do what. Enforced in the services (not only by greying out buttons)."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from advisoryboard.errors import PermissionDenied
from advisoryboard.i18n import _
from database.enums import Role


class Permission(enum.StrEnum):
    READ = "read"
    PRINT = "print"
    EDIT_ISSUES = "edit_issues"
    VIEW_CONFIDENTIAL = "view_confidential"
    EDIT_MEMBERS = "edit_members"
    MANAGE_PARTNERS = "manage_partners"
    EDIT_MEETINGS = "edit_meetings"
    EDIT_MINUTES = "edit_minutes"
    APPROVE_MINUTES = "approve_minutes"
    IMPORT_DATA = "import_data"
    EXPORT_DATA = "export_data"
    BACKUP = "backup"
    RESTORE = "restore"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    EDIT_PROJECTS = "edit_projects"  # SARA problem-solving projects
    EDIT_COMMUNITY = "edit_community"  # programs, events, sign-ins (issue 18)
    EDIT_SURVEYS = "edit_surveys"


_EVERYONE = {Permission.READ, Permission.PRINT}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.SECRETARY: frozenset(
        _EVERYONE
        | {
            Permission.EDIT_ISSUES,
            Permission.VIEW_CONFIDENTIAL,
            Permission.EDIT_MEMBERS,
            Permission.MANAGE_PARTNERS,
            Permission.EDIT_MEETINGS,
            Permission.EDIT_MINUTES,
            Permission.APPROVE_MINUTES,
            Permission.IMPORT_DATA,
            Permission.EXPORT_DATA,
            Permission.BACKUP,
            Permission.VIEW_AUDIT,
            Permission.EDIT_PROJECTS,
            Permission.EDIT_COMMUNITY,
            Permission.EDIT_SURVEYS,
        }
    ),
    Role.MEMBER: frozenset(
        _EVERYONE
        | {
            Permission.EDIT_ISSUES,
            Permission.MANAGE_PARTNERS,
            Permission.EDIT_PROJECTS,
            Permission.EDIT_COMMUNITY,
        }
    ),
    Role.STAFF: frozenset(_EVERYONE | {Permission.EXPORT_DATA}),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in account, or the office itself in single-user mode."""

    username: str
    role: Role
    user_id: int | None = None
    display_name: str | None = None

    @property
    def label(self) -> str:
        return self.display_name or self.username

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


#: The actor of the CLI and of single-user mode: the office, with every permission.
OFFICE = Actor(username="office", role=Role.ADMIN, display_name="Office")


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            _("Your account ({role}) is not allowed to do this.").format(role=actor.role.value)
        )


#: Who acts when a service is called without naming an actor: the office, unless a command
#: line run signed in (advisoryboard/cli/signin.py), in which case it is that account.
_ACTING: ContextVar[Actor] = ContextVar("advisoryboard_acting", default=OFFICE)


def current_actor() -> Actor:
    return _ACTING.get()


@contextmanager
def acting_as(actor: Actor) -> Iterator[Actor]:
    """Run the block as `actor` (the CLI after signing in)."""
    token = _ACTING.set(actor)
    try:
        yield actor
    finally:
        _ACTING.reset(token)
