"""Every service action × every role: allowed or refused, as the office's rules say.

The rules (issue "Safety"): only secretary and admin edit and approve minutes; members
create and update issues; staff read and print; admin manages accounts and settings;
confidential issues and closed-session notes only for secretary and admin.
To cover a new service action, add one `Action(...)` line to ACTIONS.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from advisoryboard.errors import PermissionDenied
from advisoryboard.opening import open_database
from advisoryboard.permissions import ROLE_PERMISSIONS, Actor, Permission
from advisoryboard.reports.documents import render
from advisoryboard.services import audit_log, auth, backup, members, settings
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import Role

ALL = set(Role)
#: The rules as the issue states them, written independently of ROLE_PERMISSIONS.
RULES: dict[Permission, set[Role]] = {
    Permission.READ: ALL,
    Permission.PRINT: ALL,
    Permission.EDIT_ISSUES: {Role.ADMIN, Role.SECRETARY, Role.MEMBER},
    Permission.EDIT_MINUTES: {Role.ADMIN, Role.SECRETARY},
    Permission.APPROVE_MINUTES: {Role.ADMIN, Role.SECRETARY},
    Permission.EDIT_MEETINGS: {Role.ADMIN, Role.SECRETARY},
    Permission.VIEW_CONFIDENTIAL: {Role.ADMIN, Role.SECRETARY},
    Permission.EDIT_MEMBERS: {Role.ADMIN, Role.SECRETARY},
    Permission.MANAGE_USERS: {Role.ADMIN},
    Permission.MANAGE_SETTINGS: {Role.ADMIN},
    Permission.RESTORE: {Role.ADMIN},
    Permission.VIEW_AUDIT: {Role.ADMIN, Role.SECRETARY},
}


@pytest.mark.parametrize("permission", list(RULES), ids=str)
def test_role_table_follows_the_rules(permission: Permission) -> None:
    granted = {role for role in Role if permission in ROLE_PERMISSIONS[role]}
    assert granted == RULES[permission]


def test_every_permission_has_a_rule_or_is_admin_only_plus_listed() -> None:
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)
    staff_extra = ROLE_PERMISSIONS[Role.STAFF] - {Permission.READ, Permission.PRINT, Permission.EXPORT_DATA}
    assert staff_extra == set(), "staff only read and print (and export what they can read)"


@dataclass(frozen=True)
class Action:
    name: str
    needs: Permission
    run: Callable[[Database, Actor, Path], object]


def _in_tx(fn: Callable[..., object]) -> Callable[[Database, Actor, Path], object]:
    def run(db: Database, actor: Actor, _tmp: Path) -> object:
        with transaction(db, actor) as s:
            return fn(s)

    return run


def _read(fn: Callable[..., object]) -> Callable[[Database, Actor, Path], object]:
    def run(db: Database, actor: Actor, _tmp: Path) -> object:
        with read_only(db, actor) as s:
            return fn(s)

    return run


def _restore(db: Database, actor: Actor, tmp: Path) -> object:
    copy = backup.backup_to(db, tmp / "copy.db")
    return backup.restore_database(db, copy, actor)


ACTIONS = [
    Action("read settings", Permission.READ, _read(settings.get_settings)),
    Action(
        "change settings",
        Permission.MANAGE_SETTINGS,
        _in_tx(lambda s: settings.update_settings(s, {"seat_count": 13})),
    ),
    Action("list accounts", Permission.MANAGE_USERS, _read(auth.list_users)),
    Action(
        "add account",
        Permission.MANAGE_USERS,
        _in_tx(lambda s: auth.create_user(s, "newbie", "New", Role.STAFF, "long-enough-pw")),
    ),
    Action("change role", Permission.MANAGE_USERS, _in_tx(lambda s: auth.set_role(s, 1, Role.SECRETARY))),
    Action(
        "reset password", Permission.MANAGE_USERS, _in_tx(lambda s: auth.reset_password(s, 1, "brand-new-pw"))
    ),
    Action("switch account off", Permission.MANAGE_USERS, _in_tx(lambda s: auth.set_active(s, 1, False))),
    Action("read audit log", Permission.VIEW_AUDIT, _read(audit_log.list_entries)),
    Action("record history", Permission.VIEW_AUDIT, _read(lambda s: audit_log.record_history(s, "users", 1))),
    Action(
        "add member",
        Permission.EDIT_MEMBERS,
        _in_tx(lambda s: members.create_member(s, members.MemberInput("Ana"))),
    ),
    Action("read member", Permission.READ, _read(lambda s: members.districts(s))),
    Action("print public roster", Permission.PRINT, _read(lambda s: render(s, "roster", {"public": True}))),
    Action(
        "print roster with private contacts",
        Permission.VIEW_CONFIDENTIAL,
        _read(lambda s: render(s, "roster", {"public": False})),
    ),
    Action(
        "print confidential issues",
        Permission.VIEW_CONFIDENTIAL,
        _read(lambda s: render(s, "issues", {"status": "all", "confidential": True})),
    ),
    Action("back up", Permission.BACKUP, lambda db, actor, tmp: backup.backup_to(db, tmp / "b.db", actor)),
    Action("restore", Permission.RESTORE, _restore),
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with account 1 (a member: someone to act on), copied for each case."""
    path = tmp_path_factory.mktemp("matrix") / "template.db"
    db = open_database(f"sqlite:///{path}")
    with transaction(db) as s:
        auth.create_user(s, "target", "Target", Role.MEMBER, "target-password")
    backup.backup_to(db, path.with_name("board.db"))
    db.dispose()
    return path.with_name("board.db")


@pytest.mark.parametrize("role", list(Role), ids=str)
@pytest.mark.parametrize("action", ACTIONS, ids=lambda a: a.name)
def test_service_action_is_allowed_or_refused_by_role(
    action: Action, role: Role, tmp_path: Path, template: Path
) -> None:
    shutil.copyfile(template, tmp_path / "board.db")
    db = open_database(f"sqlite:///{tmp_path / 'board.db'}")
    try:
        actor = Actor(f"as-{role}", role, user_id=99)
        with read_only(db) as s:
            before = audit_log.count_entries(s)
        allowed = (
            role in RULES[action.needs] if action.needs in RULES else action.needs in ROLE_PERMISSIONS[role]
        )
        if allowed:
            action.run(db, actor, tmp_path)
        else:
            with pytest.raises(PermissionDenied, match="not allowed"):
                action.run(db, actor, tmp_path)
            with read_only(db) as s:
                assert audit_log.count_entries(s) == before, "a refused action changed nothing"
    finally:
        db.dispose()
