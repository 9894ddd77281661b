"""Opening a database the way the app and the CLI both do: check, migrate, then use.

Bad input never damages anything: a file that is not a database, a database written by a
newer version of the app, or a server that cannot be reached gives a UserError and the
file is left exactly as it was.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from advisoryboard import audit, live
from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from database.engine import Database, enable_wal, make_engine, resolve_url, sqlite_path
from database.schema import (
    NotADatabaseError,
    SchemaState,
    check_sqlite_file,
    inspect_state,
    upgrade,
)


def _server_label(url: str) -> str:
    u = make_url(url)
    return f"{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def open_database(url: str | None = None, *, must_exist: bool = False) -> Database:
    """Open (creating or migrating as needed) the database at `url` and return it."""
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None:
        if path.is_dir():
            raise UserError(_("{path} is a folder, not a database file.").format(path=path))
        if must_exist and not path.exists():
            raise UserError(_("There is no database file at {path}.").format(path=path))
        try:
            check_sqlite_file(path)
        except NotADatabaseError:
            raise UserError(
                _("{path} is not an Advisory Board database (it is not an SQLite file).").format(path=path)
            ) from None
        except OSError as exc:
            raise UserError(
                _("Cannot read {path}: {reason}").format(path=path, reason=exc.strerror)
            ) from None
    engine = make_engine(url)
    try:
        info = inspect_state(engine)
    except OperationalError as exc:
        engine.dispose()
        if path is None:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise UserError(
                _("Cannot connect to the database server {server}: {reason}").format(
                    server=_server_label(url), reason=reason
                )
            ) from None
        raise UserError(_("Cannot open {path}: {reason}").format(path=path, reason=exc.orig)) from None
    except DBAPIError as exc:
        engine.dispose()
        raise UserError(_("Cannot open the database: {reason}").format(reason=exc.orig)) from None

    where = str(path) if path is not None else _server_label(url)
    if info.state is SchemaState.NEWER:
        engine.dispose()
        raise UserError(
            _(
                "The database {where} was written by a newer version of Advisory Board "
                "(schema {revision}). Please update the app; the database was not changed."
            ).format(where=where, revision=info.revision)
        )
    if info.state is SchemaState.FOREIGN:
        engine.dispose()
        raise UserError(
            _(
                "{where} holds another program's data, not an Advisory Board database. It was not changed."
            ).format(where=where)
        )
    if info.state is SchemaState.OLDER:
        from advisoryboard.services.backup import backup_before_migration

        backup_before_migration(engine, info.revision)  # same folder and naming as the automatic copies
    if info.state in (SchemaState.EMPTY, SchemaState.OLDER):
        try:
            upgrade(engine)
        except OperationalError as exc:
            engine.dispose()
            raise UserError(_("Cannot prepare the database: {reason}").format(reason=exc.orig)) from None
        except DBAPIError as exc:  # a shared server's app account may not change the schema
            engine.dispose()
            if "permission denied" not in str(exc.orig).lower():
                raise
            from advisoryboard.server_check import explain_schema

            raise UserError(explain_schema(info.state, info.revision) or str(exc.orig)) from None
    enable_wal(engine)
    db = Database(url, engine)
    audit.install(db.sessions)
    live.install(db.sessions)  # NOTIFY other PCs (PostgreSQL)
    from advisoryboard.services.setup import ensure_initialized

    ensure_initialized(db)
    return db
