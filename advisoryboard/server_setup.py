"""Setting up a shared PostgreSQL server for the office, without an expert.

`init_server` creates (or updates) the schema as the **owner role** — the account named in
the URL, which owns every table — and makes an **app role** for the PCs with least
privilege: it may read and write the board's rows, add to and read the audit log (never
change or delete an entry), and nothing else: no DDL (it owns nothing and may not create in
the schema), no writes to the schema version. Locked minutes are protected by triggers
that come with the schema's migrations (see `minutes_triggers`). Everything is checked
afterwards from the server's own privilege functions, and what to give each PC is returned.

`move_board` copies every row of every table of an existing board (an SQLite file) onto an
empty server database in one transaction, verifies each table's count and moves the id
sequences past the copied ids; a target that already holds data is refused.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from database.base import Base
from database.engine import is_sqlite, make_engine, resolve_url
from database.schema import SCHEMA_HEAD, UNMODELLED_PREFIXES, SchemaState, inspect_state, upgrade
from database.sequences import reset_id_sequences

DEFAULT_APP_ROLE = "board_app"
#: The audit log: the app role may add and read entries, never change or remove one.
AUDIT_TABLE = "audit_log"
#: The schema version: read by every PC, written only by the owner (migrations).
VERSION_TABLE = "alembic_version"
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
#: Rows copied per INSERT by `move_board`.
MOVE_BATCH = 1000

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class InitReport:
    host: str
    port: int
    database: str
    owner: str
    app_role: str
    #: The new password of the app role; None when an existing role kept its own.
    app_password: str | None
    revision: str
    #: Whether approved minutes are protected by triggers in this schema.
    minutes_triggers: bool
    #: Privilege checks that did not come out as intended (empty: all is well).
    problems: list[str] = field(default_factory=list)

    def for_each_pc(self) -> str:
        """What the IT helper gives each PC (File ▸ Connect to a shared server…)."""
        lines = [
            _("Give each PC these settings (File ▸ Connect to a shared server…):"),
            _("  Server:   {host}").format(host=self.host),
            _("  Port:     {port}").format(port=self.port),
            _("  Database: {database}").format(database=self.database),
            _("  User:     {user}").format(user=self.app_role),
        ]
        if self.app_password is not None:
            lines.append(_("  Password: {password}").format(password=self.app_password))
        else:
            lines.append(_("  Password: (unchanged; the one the account already has)"))
        lines.append(
            _("  or as a URL: postgresql+psycopg://{user}@{host}:{port}/{database}").format(
                user=self.app_role, host=self.host, port=self.port, database=self.database
            )
        )
        lines.append(
            _(
                "Keep the owner account ({owner}) for updates and `server move`; never give it to a PC."
            ).format(owner=self.owner)
        )
        return "\n".join(lines)


def _require_postgres(url: str, what: str) -> str:
    url = resolve_url(url)
    if make_url(url).get_backend_name() != "postgresql":
        raise UserError(
            _("{what} must be a PostgreSQL URL (postgresql+psycopg://user@host/database).").format(what=what)
        )
    return url


def _check_role_name(name: str) -> str:
    if not _ROLE_NAME.match(name):
        raise UserError(
            _("{name!r} cannot be an account name: use lower-case letters, digits and _.").format(name=name),
            field="app_role",
        )
    return name


def _pg_connect(url: str) -> Any:
    import psycopg

    from advisoryboard.live import conninfo
    from advisoryboard.server_check import explain_connect_error

    try:
        return psycopg.connect(conninfo(url), connect_timeout=10)
    except psycopg.Error as exc:
        raise UserError(explain_connect_error(exc, url)) from None


def minutes_triggers(conn: Any) -> bool:
    """Whether the schema protects approved minutes with triggers.

    TODO(merge with the `trust` branch): the triggers are created by its migration 0004_trust
    from `database/triggers.py`; this only looks for them (non-internal triggers on `meetings`
    and `motions`), so nothing here duplicates their code. Once merged, `init_server` finds
    them and the xfail in tests/core/test_server_setup.py turns into a passing test.
    """
    row = conn.execute(
        "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND c.relname IN ('meetings', 'motions')"
    ).fetchone()
    return bool(row and row[0])


def _grant_statements(database: str, owner: str, app: str) -> list[Any]:
    from psycopg import sql

    db, own, role = sql.Identifier(database), sql.Identifier(owner), sql.Identifier(app)
    audit, version = sql.Identifier(AUDIT_TABLE), sql.Identifier(VERSION_TABLE)
    return [
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, role),
        sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        sql.SQL("REVOKE ALL ON SCHEMA public FROM {}").format(role),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(role),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(role),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(role),
        sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON {} FROM {}").format(audit, role),
        sql.SQL("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {} FROM {}").format(version, role),
        # ids of new rows; UPDATE lets the demo loader move a sequence past the ids it inserted
        sql.SQL("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {}").format(role),
        # tables of later migrations (run by the owner) are the board's rows too
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA public "
            "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {}"
        ).format(own, role),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA public "
            "GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {}"
        ).format(own, role),
    ]


def verify_app_role(conn: Any, app: str) -> list[str]:
    """What the app role may do that it should not, or may not do that it needs (plain words)."""
    problems: list[str] = []

    def may(check: str, *args: str) -> bool:
        row = conn.execute(f"SELECT {check}", args).fetchone()
        return bool(row and row[0])

    if may("rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = %s", app):
        problems.append(
            _("the account {role} is a superuser or may create roles or databases").format(role=app)
        )
    if may("has_schema_privilege(%s, 'public', 'CREATE')", app):
        problems.append(_("the account {role} may create tables in the schema").format(role=app))
    for verb in ("UPDATE", "DELETE", "TRUNCATE"):
        if may(f"has_table_privilege(%s, '{AUDIT_TABLE}', '{verb}')", app):
            problems.append(_("the account {role} may {verb} the audit log").format(role=app, verb=verb))
    for verb in ("SELECT", "INSERT"):
        if not may(f"has_table_privilege(%s, '{AUDIT_TABLE}', '{verb}')", app):
            problems.append(_("the account {role} may not {verb} the audit log").format(role=app, verb=verb))
    if may(f"has_table_privilege(%s, '{VERSION_TABLE}', 'UPDATE')", app):
        problems.append(_("the account {role} may change the schema version").format(role=app))
    owned = conn.execute(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = %s",
        (app,),
    ).fetchone()
    if owned and owned[0]:
        problems.append(_("the account {role} owns tables (it could alter them)").format(role=app))
    return problems


def _ensure_app_role(conn: Any, app: str, password: str | None) -> str | None:
    import psycopg
    from psycopg import sql

    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (app,)).fetchone()
    chosen = password
    try:
        if exists is None:
            chosen = password or secrets.token_urlsafe(18)
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {}").format(
                    sql.Identifier(app), sql.Literal(chosen)
                )
            )
        elif password is not None:
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(app), sql.Literal(password))
            )
    except psycopg.errors.InsufficientPrivilege:
        conn.rollback()
        raise UserError(
            _(
                "The owner account may not create or change the account {role}. Ask the server's "
                "administrator to run: CREATE ROLE {role} LOGIN PASSWORD '…'; then run server init "
                "again with --app-role {role} --app-password …"
            ).format(role=app)
        ) from None
    return chosen


def init_server(
    owner_url: str, *, app_role: str = DEFAULT_APP_ROLE, app_password: str | None = None
) -> InitReport:
    """Create or update the schema as the owner and give the app role least privilege."""
    owner_url = _require_postgres(owner_url, _("The server URL"))
    app = _check_role_name(app_role)
    u = make_url(owner_url)
    conn = _pg_connect(owner_url)
    try:
        owner = str(conn.execute("SELECT current_user").fetchone()[0])
        database = str(conn.execute("SELECT current_database()").fetchone()[0])
        if owner == app:
            raise UserError(_("The app account must not be the owner account ({owner}).").format(owner=owner))
        if not conn.execute("SELECT has_schema_privilege('public', 'CREATE')").fetchone()[0]:
            raise UserError(
                _(
                    "The account {owner} may not create tables in the database {database}. Make it the "
                    "database's owner (ALTER DATABASE {database} OWNER TO {owner}) and run server init again."
                ).format(owner=owner, database=database)
            )
        password = _ensure_app_role(conn, app, app_password)
        conn.commit()
        _create_schema(owner_url)
        for statement in _grant_statements(database, owner, app):
            conn.execute(statement)
        conn.commit()
        problems = verify_app_role(conn, app)
        triggers = minutes_triggers(conn)
        conn.commit()
    finally:
        conn.close()
    return InitReport(
        host=u.host or "localhost",
        port=u.port or 5432,
        database=database,
        owner=owner,
        app_role=app,
        app_password=password,
        revision=SCHEMA_HEAD,
        minutes_triggers=triggers,
        problems=problems,
    )


def _create_schema(owner_url: str) -> None:
    from advisoryboard.opening import open_database

    open_database(owner_url).dispose()  # migrates (refusing a newer or foreign schema) and fills defaults


# ---------------------------------------------------------------------------- move
@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class MoveReport:
    counts: list[TableCount]

    @property
    def rows(self) -> int:
        return sum(c.target for c in self.counts)


def _counts(conn: Connection, tables: list[Any]) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}


def _refuse_non_empty(conn: Connection, tables: list[Any]) -> None:
    present = set(inspect(conn).get_table_names())
    busy = [n for n, c in _counts(conn, [t for t in tables if t.name in present]).items() if c]
    if busy:
        raise UserError(
            _(
                "The target database already holds a board ({tables} have rows); nothing was copied. "
                "Move into a new, empty database."
            ).format(tables=", ".join(sorted(busy)[:5]))
        )


def _refuse_unknown_tables(conn: Connection, tables: list[Any]) -> None:
    """A table this app does not know would be left behind: refuse rather than lose it."""
    known = {t.name for t in tables} | {VERSION_TABLE}
    extra = [
        n
        for n in inspect(conn).get_table_names()
        if n not in known and not n.startswith(UNMODELLED_PREFIXES) and not n.startswith("sqlite_")
    ]
    if extra:
        raise UserError(
            _("The board holds tables this version does not know ({tables}); nothing was copied.").format(
                tables=", ".join(sorted(extra))
            )
        )


def _copy_table(src: Connection, dst: Connection, table: Any, position: dict[str, int]) -> list[Any]:
    """Copy one table in id order; returns the links to fill in once every table is in.

    A link to a row not copied yet — of the same table (a duplicate of a newer issue) or of a
    table copied later (minutes approved by a motion) — goes in as NULL first."""
    order = list(table.primary_key.columns) or list(table.columns)
    here = position[table.name]
    later = sorted(
        {fk.parent.name for fk in table.foreign_keys if position.get(fk.column.table.name, -1) >= here}
    )
    pk = list(table.primary_key.columns)
    links: list[dict[str, Any]] = []
    result = src.execute(select(table).order_by(*order)).mappings()
    while batch := result.fetchmany(MOVE_BATCH):
        rows = [dict(r) for r in batch]
        if later and len(pk) == 1:
            for row in rows:
                if any(row[c] is not None for c in later):
                    links.append({"_pk": row[pk[0].name], **{c: row[c] for c in later}})
                    row.update(dict.fromkeys(later, None))
        dst.execute(insert(table), rows)
    if not links:
        return []
    values: dict[str, Any] = {c: bindparam(c) for c in later}
    return [update(table).where(pk[0] == bindparam("_pk")).values(values), links]


def move_board(source_url: str, target_url: str, progress: Progress | None = None) -> MoveReport:
    """Copy every row of the board at `source_url` onto the empty server at `target_url`."""
    from advisoryboard.opening import open_database

    target_url = _require_postgres(target_url, _("The target"))
    source_url = resolve_url(source_url)
    if not is_sqlite(source_url) and make_url(source_url) == make_url(target_url):
        raise UserError(_("The source and the target are the same database."))
    source = open_database(source_url, must_exist=True)  # checked, and brought up to date
    target = make_engine(target_url)
    try:
        try:
            state = inspect_state(target).state
        except DBAPIError as exc:
            raise UserError(_("Cannot connect to the target: {reason}").format(reason=exc.orig)) from None
        if state in (SchemaState.NEWER, SchemaState.FOREIGN):
            raise UserError(_("The target database holds something else; nothing was copied."))
        tables = list(Base.metadata.sorted_tables)
        if state is not SchemaState.EMPTY:
            with target.connect() as conn:
                _refuse_non_empty(conn, tables)
        upgrade(target)
        with source.engine.connect() as src, target.begin() as dst:
            _refuse_unknown_tables(src, tables)
            if state is SchemaState.EMPTY:
                # Rows a migration seeds into a schema just made here (nobody else's data) make
                # way for the board's own.
                for table in reversed(tables):
                    dst.execute(table.delete())
            _refuse_non_empty(dst, tables)  # again, inside the copying transaction
            names = [t.name for t in tables]
            position = {name: i for i, name in enumerate(names)}
            pending: list[list[Any]] = []
            for name in names:  # the lock-minutes triggers would refuse rows of approved minutes
                dst.execute(text(f'ALTER TABLE "{name}" DISABLE TRIGGER USER'))
            for index, table in enumerate(tables):
                if progress is not None:
                    progress(int(100 * index / len(tables)), table.name)
                pending.append(_copy_table(src, dst, table, position))
            for job in pending:
                if job:
                    dst.execute(job[0], job[1])
            for name in names:
                dst.execute(text(f'ALTER TABLE "{name}" ENABLE TRIGGER USER'))
            with Session(bind=dst) as session:
                reset_id_sequences(session)
            before, after = _counts(src, tables), _counts(dst, tables)
            counts = [TableCount(n, before[n], after[n]) for n in names]
            wrong = [c for c in counts if c.source != c.target]
            if wrong:
                raise UserError(
                    _(
                        "The copy does not match the original ({table}: {a} rows, {b} copied); "
                        "nothing was kept."
                    ).format(table=wrong[0].table, a=wrong[0].source, b=wrong[0].target)
                )
    except DBAPIError as exc:
        raise UserError(_("The move failed and nothing was kept: {reason}").format(reason=exc.orig)) from None
    finally:
        target.dispose()
        source.dispose()
    if progress is not None:
        progress(100, "")
    return MoveReport(counts)
