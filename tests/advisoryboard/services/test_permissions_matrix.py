"""Every service action × every role: allowed or refused, as the office's rules say.

The rules (issue "Safety"): only secretary and admin edit and approve minutes; members
create and update issues; staff read and print; admin manages accounts and settings;
confidential issues and closed-session notes only for secretary and admin.
To cover a new service action, add one `Action(...)` line to ACTIONS.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from advisoryboard.errors import PermissionDenied
from advisoryboard.opening import open_database
from advisoryboard.permissions import ROLE_PERMISSIONS, Actor, Permission
from advisoryboard.reports.documents import render
from advisoryboard.services import (
    agenda_edit,
    audit_log,
    auth,
    backup,
    issue_detail,
    issues,
    meetings,
    members,
    minutes,
    motions,
    partners,
    settings,
)
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import MotionResult, Role
from database.models import BoardSettings, Meeting, User
from tests.support.versions import current

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
    Permission.EDIT_SURVEYS: {Role.ADMIN, Role.SECRETARY},
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
        _in_tx(lambda s: settings.update_settings(s, {"seat_count": 13}, current(s, BoardSettings, 1))),
    ),
    Action("list accounts", Permission.MANAGE_USERS, _read(auth.list_users)),
    Action(
        "add account",
        Permission.MANAGE_USERS,
        _in_tx(lambda s: auth.create_user(s, "newbie", "New", Role.STAFF, "long-enough-pw")),
    ),
    Action(
        "change role",
        Permission.MANAGE_USERS,
        _in_tx(lambda s: auth.set_role(s, 1, Role.SECRETARY, current(s, User, 1))),
    ),
    Action(
        "reset password", Permission.MANAGE_USERS, _in_tx(lambda s: auth.reset_password(s, 1, "brand-new-pw"))
    ),
    Action(
        "switch account off",
        Permission.MANAGE_USERS,
        _in_tx(lambda s: auth.set_active(s, 1, False, current(s, User, 1))),
    ),
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
    Action(
        "report an issue",
        Permission.EDIT_ISSUES,
        _in_tx(lambda s: issues.create_issue(s, issues.IssueInput("Graffiti on the library wall"))),
    ),
    Action(
        "add a note to an issue", Permission.EDIT_ISSUES, _in_tx(lambda s: issues.add_note(s, 1, "Called."))
    ),
    # issue 16: a confidential issue (issue 2) is read and changed only by who may see it
    Action(
        "read a confidential issue's timeline",
        Permission.VIEW_CONFIDENTIAL,
        _read(lambda s: issue_detail.timeline(s, 2)),
    ),
    Action(
        "add a note to a confidential issue",
        Permission.VIEW_CONFIDENTIAL,
        _in_tx(lambda s: issues.add_note(s, 2, "Called.")),
    ),
    Action(
        "clear the confidential flag",
        Permission.VIEW_CONFIDENTIAL,
        _in_tx(
            lambda s: issues.update_issue(
                s, 2, issues.IssueInput("Named neighbour", confidential=False), version=1
            )
        ),
    ),
    Action(
        "assign a confidential issue",
        Permission.VIEW_CONFIDENTIAL,
        _in_tx(lambda s: issues.assign(s, 2, member_id=None, committee_id=None, version=1)),
    ),
    Action(
        "add a partner",
        Permission.MANAGE_PARTNERS,
        _in_tx(lambda s: partners.create_partner(s, partners.PartnerInput("Parks Department"))),
    ),
    Action(
        "schedule a meeting",
        Permission.EDIT_MEETINGS,
        _in_tx(lambda s: meetings.create_meeting(s, starts_at=dt.datetime(2027, 1, 12, 18, 30))),
    ),
    Action(
        "add an agenda item",
        Permission.EDIT_MEETINGS,
        _in_tx(lambda s: agenda_edit.add_item(s, 1, agenda_edit.ItemInput("Traffic calming on Elm Street"))),
    ),
    Action(
        "record a motion",
        Permission.EDIT_MINUTES,
        _in_tx(
            lambda s: motions.record_motion(
                s, 1, motions.MotionInput("To adjourn.", declared_result=MotionResult.CARRIED)
            )
        ),
    ),
    Action(
        "write the minutes",
        Permission.EDIT_MINUTES,
        _in_tx(
            lambda s: minutes.set_minutes_header(
                s,
                1,
                current(s, Meeting, 1),
                called_to_order_at=None,
                adjourned_at=None,
                presiding_member_id=None,
                summary="Met.",
            )
        ),
    ),
    Action("print an agenda", Permission.PRINT, _read(lambda s: render(s, "agenda", {"meeting_id": 1}))),
    Action("back up", Permission.BACKUP, lambda db, actor, tmp: backup.backup_to(db, tmp / "b.db", actor)),
    Action("restore", Permission.RESTORE, _restore),
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Account 1 (a member), meeting 1 and issue 1 to act on; copied for each case."""
    path = tmp_path_factory.mktemp("matrix") / "template.db"
    db = open_database(f"sqlite:///{path}")
    with transaction(db) as s:
        auth.create_user(s, "target", "Target", Role.MEMBER, "target-password")
    with transaction(db) as s:  # meeting 1 and issue 1, to act on
        meetings.create_meeting(s, starts_at=dt.datetime(2026, 12, 8, 18, 30))
        issues.create_issue(s, issues.IssueInput("Streetlight out on Centre Street"))
        issues.create_issue(s, issues.IssueInput("Named neighbour", confidential=True))
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
        actor = Actor(f"as-{role}", role, user_id=1)  # a real account (timeline entries name it)
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
