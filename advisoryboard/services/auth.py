"""Accounts: argon2-hashed passwords, sign-in with slow-down after failures, roles.

The clear password is never stored or logged: only its argon2 hash reaches the database,
and the audit log records that a password changed, never the hash. Repeated failed
sign-ins lock the account for a growing delay (5 s, 10 s, 20 s … up to 15 minutes).
Login bookkeeping (failed attempts, lock, last login) is written with plain UPDATEs, so
it neither bumps the record version nor floods the audit log.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Actor, Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission, transaction
from database.base import utcnow
from database.engine import Database
from database.enums import Role
from database.models import BoardSettings, User

MIN_PASSWORD_LENGTH = 8
#: Failed attempts allowed before the account is locked for a while.
FREE_ATTEMPTS = 3
BASE_LOCK_SECONDS = 5
MAX_LOCK_SECONDS = 15 * 60
_USERNAME_RE = re.compile(r"^[A-Za-z0-9._@-]{1,80}$")

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """A real hash to verify against when the username is unknown, so both cases take as long.

    Made at the first sign-in, not at import: an argon2 hash takes ≈ 0.3 s, and the app
    imports this module at every start (ui.safety.login) before the first tab is shown."""
    return _hasher.hash("not a real password")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    version: int


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        active=user.active,
        has_password=bool(user.password_hash),
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
        version=user.version,
    )


def actor_for(user: UserInfo) -> Actor:
    return Actor(username=user.username, role=user.role, user_id=user.id, display_name=user.display_name)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def lock_seconds(failed_attempts: int) -> int:
    """How long an account stays locked after `failed_attempts` failures in a row."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    return int(min(BASE_LOCK_SECONDS * 2 ** (failed_attempts - FREE_ATTEMPTS), MAX_LOCK_SECONDS))


# ---------------------------------------------------------------------- validation
def _check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            {field: _("The password needs at least {n} characters.").format(n=MIN_PASSWORD_LENGTH)}
        )
    if "\x00" in password or len(password) > 1000:
        raise ValidationError({field: _("The password contains characters that cannot be used.")})


def _clean_username(username: str) -> str:
    name = username.strip()
    if not _USERNAME_RE.match(name):
        raise ValidationError(
            {"username": _("A username is 1 to 80 letters, digits or . _ @ - (no spaces), e.g. mei.chen.")}
        )
    return name


def _clean_display_name(display_name: str, username: str) -> str:
    name = " ".join(display_name.split()) or username
    if len(name) > 200 or "\x00" in name:
        raise ValidationError({"display_name": _("The name must be at most 200 characters of text.")})
    return name


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(
            {"role": _("Unknown role {role}; use admin, secretary, member or staff.").format(role=role)}
        ) from None


# ---------------------------------------------------------------------- queries
def user_count(session: Session) -> int:
    """How many accounts exist (no permission needed: the start-up decides on it)."""
    return int(session.scalar(select(func.count()).select_from(User)) or 0)


def list_users(session: Session) -> list[UserInfo]:
    require_permission(session, Permission.MANAGE_USERS)
    return [_info(u) for u in session.scalars(select(User).order_by(func.lower(User.username)))]


def _active_admins(session: Session) -> int:
    stmt = select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.active.is_(True))
    return int(session.scalar(stmt) or 0)


def _single_user(session: Session) -> bool:
    settings = session.get(BoardSettings, 1)
    return settings is None or settings.single_user_mode


# ---------------------------------------------------------------------- changes
def create_user(
    session: Session, username: str, display_name: str, role: Role | str, password: str
) -> UserInfo:
    require_permission(session, Permission.MANAGE_USERS)
    name = _clean_username(username)
    role = _role(role)
    _check_password(password)
    if session.scalar(select(User.id).where(func.lower(User.username) == name.lower())) is not None:
        raise ValidationError({"username": _("There is already an account named {name}.").format(name=name)})
    user = User(
        username=name,
        display_name=_clean_display_name(display_name, name),
        role=role,
        password_hash=hash_password(password),
        active=True,
    )
    session.add(user)
    session.flush()
    return _info(user)


def create_first_admin(db: Database, username: str, display_name: str, password: str) -> UserInfo:
    """The first start: create the administrator and switch accounts on (no one may be signed in yet)."""
    from advisoryboard.permissions import OFFICE

    with transaction(db, OFFICE) as session:
        if user_count(session) > 0:
            raise UserError(_("This database already has accounts; sign in as an administrator."))
        info = create_user(session, username, display_name, Role.ADMIN, password)
        settings = session.get(BoardSettings, 1)
        if settings is not None:
            settings.single_user_mode = False
            settings.initialized_at = settings.initialized_at or utcnow()
        return info


def _guard_last_admin(session: Session, user: User, new_role: Role, new_active: bool) -> None:
    losing = user.role is Role.ADMIN and user.active and (new_role is not Role.ADMIN or not new_active)
    if losing and not _single_user(session) and _active_admins(session) <= 1:
        raise UserError(
            _("{name} is the last administrator; make another account admin first.").format(
                name=user.username
            ),
            "role",
        )


def set_role(
    session: Session, user_id: int, role: Role | str, expected_version: int | None = None
) -> UserInfo:
    require_permission(session, Permission.MANAGE_USERS)
    user = get_or_404(session, User, user_id, _("Account"))
    check_version(user, expected_version, _("The account {name}").format(name=user.username))
    new_role = _role(role)
    _guard_last_admin(session, user, new_role, user.active)
    user.role = new_role
    session.flush()
    return _info(user)


def set_active(session: Session, user_id: int, active: bool, expected_version: int | None = None) -> UserInfo:
    require_permission(session, Permission.MANAGE_USERS)
    user = get_or_404(session, User, user_id, _("Account"))
    check_version(user, expected_version, _("The account {name}").format(name=user.username))
    _guard_last_admin(session, user, user.role, active)
    user.active = active
    session.flush()
    return _info(user)


def reset_password(session: Session, user_id: int, new_password: str) -> UserInfo:
    """An administrator sets a new password (and unlocks the account)."""
    require_permission(session, Permission.MANAGE_USERS)
    user = get_or_404(session, User, user_id, _("Account"))
    _check_password(new_password)
    user.password_hash = hash_password(new_password)
    user.failed_attempts = 0
    user.locked_until = None
    session.flush()
    return _info(user)


def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    """Any signed-in account changes its own password, knowing the old one."""
    actor = require_permission(session, Permission.READ)
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None:
        raise UserError(_("Only a signed-in account can change its password."))
    if not _verify(user.password_hash, old_password):
        raise ValidationError({"old_password": _("The current password is not right.")})
    _check_password(new_password, "new_password")
    user.password_hash = hash_password(new_password)
    session.flush()


# ---------------------------------------------------------------------- signing in
def _verify(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def authenticate(db: Database, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """Check a sign-in; the Actor on success, a UserError (wrong, locked, inactive) otherwise."""
    now = now or utcnow()
    wrong = UserError(_("Wrong username or password."), "password")
    with transaction(db) as session:
        user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
        if user is None:
            _verify(None, password)  # same time as a wrong password: names cannot be probed
            raise wrong
        if user.locked_until is not None and user.locked_until > now:
            wait = int((user.locked_until - now).total_seconds()) + 1
            raise UserError(
                _("Too many wrong passwords. Try again in {seconds} seconds.").format(seconds=wait),
                "password",
            )
        ok = _verify(user.password_hash, password)
        if not ok:
            failed = user.failed_attempts + 1
            delay = lock_seconds(failed)
            session.execute(
                update(User)
                .where(User.id == user.id)
                .values(
                    failed_attempts=failed,
                    locked_until=now + dt.timedelta(seconds=delay) if delay else None,
                )
                .execution_options(synchronize_session=False)
            )
    # Outside the transaction, so the failed attempt above is committed before we refuse.
    if not ok:
        raise wrong
    if not user.active:
        raise UserError(_("The account {name} is switched off.").format(name=user.username), "username")
    with transaction(db) as session:
        values: dict[str, object] = {"failed_attempts": 0, "locked_until": None, "last_login_at": now}
        if _hasher.check_needs_rehash(user.password_hash or ""):
            values["password_hash"] = hash_password(password)
        session.execute(
            update(User)
            .where(User.id == user.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
    return Actor(username=user.username, role=user.role, user_id=user.id, display_name=user.display_name)
