"""Setting up a shared PostgreSQL server for the office, without an expert.

`init_server` creates (or updates) the schema as the **owner role** — the account named in
the URL, which owns every table — and makes an **app role** for the PCs with least
privilege: it may read and write the board's rows, add to and read the audit log (never
change or delete an entry), and nothing else: no DDL (it owns nothing and may not create in
the schema), no writes to the schema version. Locked minutes are protected by triggers
that come with the schema's migrations (see `minutes_triggers`). Everything is checked
afterwards from the server's own privilege functions, and what to give each PC is returned.
Moving an existing board onto the server is advisoryboard.server_move.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import make_url

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from database.engine import resolve_url
from database.schema import SCHEMA_HEAD

DEFAULT_APP_ROLE = "board_app"
#: The audit log: the app role may add and read entries, never change or remove one.
AUDIT_TABLE = "audit_log"
#: The schema version: read by every PC, written only by the owner (migrations).
VERSION_TABLE = "alembic_version"
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


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


def require_postgres(url: str, what: str) -> str:
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

    The triggers are created by migration 0004_trust from `database/triggers.py`; this only
    looks for them (non-internal triggers on `meetings` and `motions`), so nothing here
    duplicates their code.
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
    owner_url = require_postgres(owner_url, _("The server URL"))
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
