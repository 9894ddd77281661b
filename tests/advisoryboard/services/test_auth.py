"""Accounts: argon2 hashes, sign-in, slow-down after failures, the last administrator."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import select

from advisoryboard.errors import PermissionDenied, UserError, ValidationError
from advisoryboard.permissions import Actor
from advisoryboard.services import auth
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.settings import get_settings
from database.enums import Role
from database.models import AuditEntry, User
from tests.support.versions import current

SECRET = "correct horse battery"


def _admin(db) -> Actor:
    info = auth.create_first_admin(db, "mei.chen", "Mei Chen", SECRET)
    return auth.actor_for(info)


def test_first_admin_switches_accounts_on_and_stores_only_a_hash(db, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    with read_only(db) as s:
        assert get_settings(s).single_user_mode is True, "a new database starts without accounts"
    admin = _admin(db)
    assert admin.role is Role.ADMIN
    with read_only(db) as s:
        settings = get_settings(s)
        stored = s.scalar(select(User.password_hash).where(User.username == "mei.chen"))
        audit_text = " ".join(e.changes or "" for e in s.scalars(select(AuditEntry)))
    assert settings.single_user_mode is False and settings.initialized_at is not None
    assert stored is not None and stored.startswith("$argon2")
    assert SECRET not in stored
    assert SECRET not in audit_text and stored not in audit_text
    assert SECRET not in caplog.text
    with pytest.raises(UserError, match="already has accounts"):
        auth.create_first_admin(db, "other", "Other", SECRET)


def test_sign_in_checks_the_password(db) -> None:
    _admin(db)
    actor = auth.authenticate(db, "Mei.Chen", SECRET)
    assert (actor.username, actor.role) == ("mei.chen", Role.ADMIN)
    with pytest.raises(UserError, match="Wrong username or password"):
        auth.authenticate(db, "mei.chen", "wrong password")
    with pytest.raises(UserError, match="Wrong username or password"):
        auth.authenticate(db, "nobody", SECRET)


def test_repeated_failures_slow_down_further_attempts(db) -> None:
    _admin(db)
    now = dt.datetime(2026, 11, 21, 9, 0)
    for _attempt in range(auth.FREE_ATTEMPTS):
        with pytest.raises(UserError, match="Wrong"):
            auth.authenticate(db, "mei.chen", "guess", now=now)
    # Locked now: even the right password is refused until the delay has passed.
    with pytest.raises(UserError, match="Try again in 5 seconds"):
        auth.authenticate(db, "mei.chen", SECRET, now=now + dt.timedelta(seconds=1))
    later = now + dt.timedelta(seconds=auth.lock_seconds(auth.FREE_ATTEMPTS) + 1)
    with pytest.raises(UserError, match="Wrong"):
        auth.authenticate(db, "mei.chen", "guess again", now=later)
    with pytest.raises(UserError, match="Try again in"):
        auth.authenticate(db, "mei.chen", SECRET, now=later + dt.timedelta(seconds=9))
    much_later = later + dt.timedelta(seconds=auth.lock_seconds(auth.FREE_ATTEMPTS + 1) + 1)
    assert auth.authenticate(db, "mei.chen", SECRET, now=much_later).username == "mei.chen"
    with read_only(db) as s:
        row = s.execute(select(User.failed_attempts, User.locked_until)).one()
    assert tuple(row) == (0, None)


def test_lock_delay_grows_and_is_capped() -> None:
    delays = [auth.lock_seconds(n) for n in range(1, 20)]
    assert delays[: auth.FREE_ATTEMPTS - 1] == [0] * (auth.FREE_ATTEMPTS - 1)
    assert delays == sorted(delays)
    assert max(delays) == auth.MAX_LOCK_SECONDS


def test_admin_manages_accounts_and_cannot_remove_the_last_admin(db) -> None:
    admin = _admin(db)
    with transaction(db, admin) as s:
        ana = auth.create_user(s, "ana", "Ana García", Role.SECRETARY, "ana-password-1")
    with pytest.raises(ValidationError, match="already an account"), transaction(db, admin) as s:
        auth.create_user(s, "ANA", "Ana 2", Role.MEMBER, "another-password")
    with pytest.raises(ValidationError, match="at least 8"), transaction(db, admin) as s:
        auth.create_user(s, "luis", "Luis", Role.MEMBER, "short")
    with pytest.raises(UserError, match="last administrator"), transaction(db, admin) as s:
        auth.set_role(s, admin.user_id, Role.MEMBER, current(s, User, admin.user_id))  # type: ignore[arg-type]
    with transaction(db, admin) as s:
        auth.set_role(s, ana.id, Role.ADMIN, expected_version=ana.version)
        auth.set_role(s, admin.user_id, Role.STAFF, current(s, User, admin.user_id))  # type: ignore[arg-type]
    with transaction(db, admin) as s:
        auth.reset_password(s, ana.id, "a-new-password")
        auth.set_active(s, admin.user_id, False, current(s, User, admin.user_id))  # type: ignore[arg-type]
    assert auth.authenticate(db, "ana", "a-new-password").role is Role.ADMIN
    with pytest.raises(UserError, match="switched off"):
        auth.authenticate(db, "mei.chen", SECRET)


def test_only_an_admin_manages_accounts(db) -> None:
    admin = _admin(db)
    with transaction(db, admin) as s:
        auth.create_user(s, "ana", "Ana", Role.SECRETARY, "ana-password-1")
    secretary = auth.authenticate(db, "ana", "ana-password-1")
    with pytest.raises(PermissionDenied), transaction(db, secretary) as s:
        auth.create_user(s, "luis", "Luis", Role.ADMIN, "luis-password-1")
    with pytest.raises(PermissionDenied), read_only(db, secretary) as s:
        auth.list_users(s)
    with transaction(db, secretary) as s:
        auth.change_own_password(s, "ana-password-1", "ana-password-2")
    assert auth.authenticate(db, "ana", "ana-password-2").username == "ana"
