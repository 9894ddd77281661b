"""Transactions: one per user action, errors translated into words a secretary understands."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from advisoryboard.audit import actor_of
from advisoryboard.errors import ConflictError, DatabaseReplaced, NotFound, UserError
from advisoryboard.i18n import _
from advisoryboard.odd_input import surrogate_message
from advisoryboard.permissions import Actor, Permission, current_actor, require
from database.base import Base
from database.engine import WRITE_INTENT, Database, make_engine
from database.triggers import LOCKED_MARKER

log = logging.getLogger(__name__)
T = TypeVar("T", bound=Base)


#: What SQLite (locked, busy) and PostgreSQL (lock timeout, deadlock, serialization
#: failure) say when another window or PC is in the way: the save can simply be tried again.
BUSY_WORDS = ("locked", "busy", "lock timeout", "deadlock", "could not serialize")


def translate_db_error(exc: Exception) -> UserError | None:
    """A UserError for database failures a person can act on; None for bugs."""
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, StaleDataError):
        return ConflictError(
            _("Someone else saved this record after you opened it. Reload it to see their changes."),
            entity="",
            entity_id=None,
        )
    if isinstance(exc, OperationalError):
        if any(word in text for word in BUSY_WORDS):
            return UserError(
                _("The database is busy (another window or PC is saving). Please try again in a moment.")
            )
        if "disk" in text and "full" in text:
            return UserError(_("The disk is full; nothing was saved. Free some space and save again."))
        if "readonly" in text or "read-only" in text:
            return UserError(_("The database file is read-only; nothing was saved."))
        if "unable to open" in text:
            return UserError(_("The database file cannot be opened; nothing was saved."))
        if "connection" in text or "server" in text:
            return UserError(_("The connection to the database server was lost; nothing was saved."))
    if isinstance(exc, UnicodeError):  # a lone surrogate in a bulk write or a search
        return UserError(surrogate_message())
    if isinstance(exc, OverflowError):  # the SQLite driver refuses integers beyond 64 bits
        return UserError(_("A number is too large to be saved; nothing was saved."))
    if isinstance(exc, DataError):
        if "nul" in text or "0x00" in text:
            return UserError(
                _("The text contains a NUL character, which cannot be saved; nothing was saved.")
            )
        if "too long" in text:
            return UserError(_("A text is longer than this field allows; nothing was saved."))
        return UserError(_("A value is not valid for the database; nothing was saved."))
    if isinstance(exc, IntegrityError) and LOCKED_MARKER in text:
        return UserError(
            _(
                "These minutes were approved and are locked (perhaps just now, on another PC); "
                "nothing was saved. Record a correction as an amendment instead."
            )
        )
    if isinstance(exc, IntegrityError):
        return UserError(_("This would duplicate or break a link to another record; nothing was saved."))
    return None


def _refuse_replaced(db: Database) -> None:
    """Refuse to use a file that a restore is replacing, or replaced, under this window.

    Checked before a connection is taken: a window that let go of the file for a restore
    must not open it again meanwhile (the restore needs it exclusively).
    """
    if db.restoring:
        raise DatabaseReplaced(
            _(
                "{who} is restoring this database from a backup. The window reopens the database "
                "when the restore is done; nothing is read or saved until then."
            ).format(who=db.restoring)
        )
    if db.replaced:
        raise DatabaseReplaced(
            _(
                "This database was restored from a backup after this window opened it; nothing was "
                "saved. Reopen the database (the window does so now) and make the change again."
            )
        )


def _check_same_file(db: Database, conn: Connection) -> None:
    """The file still has the generation this window opened (a restore gives a new one).

    Checked once the write lock is held (BEGIN IMMEDIATE), so a restore, which needs the file
    exclusively, cannot come between this check and the commit.
    """
    if db.generation is None:
        return
    if int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0) != db.generation:
        db.replaced = True
        _refuse_replaced(db)


@contextmanager
def transaction(db: Database, actor: Actor | None = None) -> Iterator[Session]:
    """A Session for one user action: committed at the end, rolled back on any error.

    Without `actor` it acts as `current_actor()`: the office, or the signed-in CLI user.
    """
    _refuse_replaced(db)
    session = db.sessions()
    session.info["actor"] = actor or current_actor()
    try:
        if db.dialect == "sqlite":
            _check_same_file(db, session.connection(execution_options={WRITE_INTENT: True}))
        yield session
        session.commit()
    except UserError:
        session.rollback()
        raise
    except Exception as exc:
        session.rollback()
        friendly = translate_db_error(exc)
        if friendly is not None:
            raise friendly from exc
        raise
    finally:
        session.close()


@contextmanager
def read_only(db: Database, actor: Actor | None = None) -> Iterator[Session]:
    """A Session for reading; never commits.

    While another window restores the file (db.restoring), the read gets a connection of its
    own, closed straight after, so that it does not keep the file open under the restore.
    """
    aside = make_engine(db.url, poolclass=NullPool) if db.restoring else None
    session = Session(aside, expire_on_commit=False) if aside is not None else db.sessions()
    session.info["actor"] = actor or current_actor()
    try:
        yield session
    except Exception as exc:
        friendly = translate_db_error(exc)
        if friendly is not None:
            raise friendly from exc
        raise
    finally:
        session.rollback()
        session.close()
        if aside is not None:
            aside.dispose()


def require_permission(session: Session, permission: Permission) -> Actor:
    actor = actor_of(session)
    require(actor, permission)
    return actor


def get_or_404(session: Session, model: type[T], ident: int, what: str) -> T:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFound(
            _("{what} #{id} does not exist (it may have been deleted).").format(what=what, id=ident)
        )
    return obj


def check_version(obj: Any, expected: int | None, what: str) -> None:
    """Refuse to save over a newer version than the one the user loaded.

    Every edit says which version it was made from: None (a form that did not keep it) is
    refused like a conflict, rather than silently overwriting someone else's save.
    """
    if expected is None:
        raise ConflictError(
            _("{what} could not be saved safely: reload it and make the change again.").format(what=what),
            entity=type(obj).__tablename__,
            entity_id=getattr(obj, "id", None),
        )
    if obj.version != expected:
        raise ConflictError(
            _("{what} was changed by someone else after you opened it.").format(what=what),
            entity=type(obj).__tablename__,
            entity_id=getattr(obj, "id", None),
        )


def exists(session: Session, stmt: Any) -> bool:
    return session.execute(select(stmt.exists())).scalar() is True
