"""One transaction per action, audit entries, change notices, optimistic locking, permissions."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from advisoryboard.errors import ConflictError, PermissionDenied
from advisoryboard.events import changes
from advisoryboard.permissions import Actor, Permission, require
from advisoryboard.services.base import check_version, transaction
from database.enums import Role
from database.models import AuditEntry, Member


def test_an_action_commits_as_a_whole_or_not_at_all(db) -> None:
    with transaction(db) as s:
        s.add(Member(name="Ana García"))
    with pytest.raises(RuntimeError), transaction(db) as s:
        s.add(Member(name="Luis Ortega"))
        s.flush()
        raise RuntimeError("something failed halfway")
    with db.session() as s:
        assert s.scalars(select(Member.name)).all() == ["Ana García"]


def test_every_change_is_audited_with_who_and_what(db) -> None:
    secretary = Actor(username="mei", role=Role.SECRETARY, user_id=None, display_name="Mei Chen")
    with transaction(db, secretary) as s:
        member = Member(name="<b>Ana & José</b>", email="ana@example.org")
        s.add(member)
    with transaction(db, secretary) as s:
        m = s.get(Member, member.id)
        assert m is not None
        m.email = "ana.garcia@example.org"
    with transaction(db, secretary) as s:
        s.delete(s.get(Member, member.id))
    with db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "members").order_by(AuditEntry.id)
        ).all()
    assert [(e.action.value, e.username) for e in entries] == [
        ("create", "mei"),
        ("update", "mei"),
        ("delete", "mei"),
    ]
    assert json.loads(entries[1].changes or "{}") == {"email": ["ana@example.org", "ana.garcia@example.org"]}
    assert json.loads(entries[0].changes or "{}")["name"] == [None, "<b>Ana & José</b>"]


def test_a_commit_announces_which_areas_changed(db) -> None:
    seen: list[frozenset[str]] = []
    changes.subscribe(seen.append)
    try:
        with transaction(db) as s:
            s.add(Member(name="Ana"))
        with pytest.raises(ValueError, match="cancelled"), transaction(db) as s:
            s.add(Member(name="Luis"))
            s.flush()
            raise ValueError("cancelled")
    finally:
        changes.unsubscribe(seen.append)
    assert seen == [frozenset({"members"})]


def test_a_save_over_a_row_changed_since_it_was_loaded_is_a_conflict(db) -> None:
    with transaction(db) as s:
        member = Member(name="Ana")
        s.add(member)
    with pytest.raises(ConflictError, match="Someone else saved"):
        with transaction(db) as s:
            mine = s.get(Member, member.id)
            assert mine is not None
            # Another PC saves the same row between our read and our write.
            s.execute(
                update(Member)
                .where(Member.id == member.id)
                .values(email="theirs@example.org", version=Member.version + 1)
                .execution_options(synchronize_session=False)
            )
            mine.email = "mine@example.org"
    with db.session() as s:
        row = s.get(Member, member.id)
        assert row is not None and row.email is None, "the failed action saved nothing"


def test_a_form_saved_on_an_old_version_is_refused(db) -> None:
    with transaction(db) as s:
        member = Member(name="Ana")
        s.add(member)
    loaded_version = member.version
    with transaction(db) as s:
        fresh = s.get(Member, member.id)
        assert fresh is not None
        fresh.email = "theirs@example.org"
    with pytest.raises(ConflictError, match="changed by someone else"), transaction(db) as s:
        again = s.get(Member, member.id)
        check_version(again, loaded_version, "Member Ana")


@pytest.mark.parametrize(
    ("role", "permission", "allowed"),
    [
        (Role.ADMIN, Permission.MANAGE_USERS, True),
        (Role.SECRETARY, Permission.APPROVE_MINUTES, True),
        (Role.SECRETARY, Permission.MANAGE_USERS, False),
        (Role.MEMBER, Permission.EDIT_ISSUES, True),
        (Role.MEMBER, Permission.EDIT_MINUTES, False),
        (Role.STAFF, Permission.PRINT, True),
        (Role.STAFF, Permission.EDIT_ISSUES, False),
    ],
)
def test_roles_allow_what_the_bylaws_of_the_office_say(
    role: Role, permission: Permission, allowed: bool
) -> None:
    actor = Actor(username="x", role=role)
    if allowed:
        require(actor, permission)
    else:
        with pytest.raises(PermissionDenied, match="not allowed"):
            require(actor, permission)
