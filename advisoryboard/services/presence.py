"""Edit presence: "<user> is editing this issue on <computer>", before a conflict happens.

The same leases say which windows have the database open (WINDOW) and that a restore is
about to replace an SQLite file (RESTORE), so a restore can name who holds the file and the
other windows can let go of it and reopen the restored one (advisoryboard.live).

An open editor holds a lease (a row of `edit_leases`) that it renews while the form is open
and deletes when the form closes; a lease not renewed (a PC that crashed or lost the
network) expires after LEASE_SECONDS. Presence is advice only: the version check on save
(the conflict dialog) remains the safety net. Leases are written with Core statements, so
they are neither audited nor announced as changes to the board.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import platform
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from advisoryboard.audit import actor_of
from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.permissions import Actor, Permission
from advisoryboard.services.base import read_only, require_permission, transaction
from database.base import utcnow
from database.engine import Database
from database.models import EditLease

#: How long a lease lasts without renewal; an open form renews it every third of this.
LEASE_SECONDS = 60


@dataclass(frozen=True)
class Editor:
    username: str
    computer: str
    since: dt.datetime


def this_computer() -> str:
    """The name of this PC as other PCs are told it ('FRONT-DESK')."""
    return platform.node() or "?"


def acquire(session: Session, entity: str, entity_id: int, computer: str | None = None) -> str:
    """Start editing a record: returns the lease's token (for renew and release)."""
    actor = require_permission(session, Permission.READ)
    now = utcnow()
    session.execute(delete(EditLease).where(EditLease.expires_at < now))
    token = secrets.token_hex(16)
    session.execute(
        insert(EditLease).values(
            token=token,
            entity=entity,
            entity_id=entity_id,
            username=actor.label,
            computer=(computer or this_computer())[:200],
            acquired_at=now,
            expires_at=now + dt.timedelta(seconds=LEASE_SECONDS),
        )
    )
    return token


def renew(session: Session, token: str) -> bool:
    """Keep the lease alive; False when it was gone (expired and cleared by another PC)."""
    until = utcnow() + dt.timedelta(seconds=LEASE_SECONDS)
    done = session.execute(update(EditLease).where(EditLease.token == token).values(expires_at=until))
    return bool(getattr(done, "rowcount", 0))


def release(session: Session, token: str) -> None:
    session.execute(delete(EditLease).where(EditLease.token == token))


def others_editing(session: Session, entity: str, entity_id: int, token: str | None = None) -> list[Editor]:
    """Who else has this record open for editing now (not expired), earliest first."""
    actor_of(session)  # reading presence needs no more than reading the board
    rows = session.execute(
        select(EditLease.username, EditLease.computer, EditLease.acquired_at)
        .where(
            EditLease.entity == entity,
            EditLease.entity_id == entity_id,
            EditLease.expires_at > utcnow(),
            EditLease.token != (token or ""),
        )
        .order_by(EditLease.acquired_at)
    ).all()
    return [Editor(username=r[0], computer=r[1], since=r[2]) for r in rows]


def check_in(
    db: Database, actor: Actor, entity: str, entity_id: int, token: str | None
) -> tuple[str, list[Editor]] | None:
    """One beat of an open form, in its own transaction: renew (or take) the lease and say who
    else is editing. None when the database cannot be reached — presence is advice, so the
    form carries on without it (the status bar already says the connection is lost)."""
    try:
        with transaction(db, actor) as s:
            held = token
            if held is None or not renew(s, held):
                held = acquire(s, entity, entity_id)
            return held, others_editing(s, entity, entity_id, held)
    except UserError:
        return None


def check_out(db: Database, actor: Actor, token: str) -> None:
    """The form closed: give the lease back (if the server is away, it expires by itself)."""
    with contextlib.suppress(UserError), transaction(db, actor) as s:
        release(s, token)


# ------------------------------------------------------------------ open windows, restores
#: The lease of an open window on the database (one per window, renewed by its live updates).
WINDOW = "database"
#: The lease of a restore under way: other windows let go of the file when they see it.
RESTORE = "restore"


def describe(editors: list[Editor]) -> str:
    """'Sam Staff on FRONT-DESK, Ana on LAPTOP-2' (for messages)."""
    return ", ".join(_("{user} on {computer}").format(user=e.username, computer=e.computer) for e in editors)


def open_window(db: Database, actor: Actor, computer: str | None = None) -> str | None:
    """A window opened the database: take its lease (None when the database cannot be reached)."""
    try:
        with transaction(db, actor) as s:
            return acquire(s, WINDOW, 0, computer)
    except UserError:
        return None


def keep_window(db: Database, actor: Actor, token: str | None, computer: str | None = None) -> str | None:
    """One beat of an open window: renew its lease (or take a new one); the token to keep."""
    try:
        with transaction(db, actor) as s:
            if token is not None and renew(s, token):
                return token
            return acquire(s, WINDOW, 0, computer)
    except UserError:
        return token


def close_window(db: Database, actor: Actor, token: str | None) -> None:
    """The window closed, or let go of the file for a restore on another window."""
    if token is not None:
        check_out(db, actor, token)


def windows_open(db: Database, actor: Actor) -> list[Editor]:
    """The windows (user and computer) that have the database open now, earliest first."""
    try:
        with read_only(db, actor) as s:
            return others_editing(s, WINDOW, 0)
    except UserError:
        return []


def announce_restore(db: Database, actor: Actor, computer: str | None = None) -> str:
    """Tell the other windows that a restore is about to replace the file (they let go of it)."""
    with transaction(db, actor) as s:
        return acquire(s, RESTORE, 0, computer)
