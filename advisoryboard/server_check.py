"""Trying a connection to a shared server and saying plainly what is wrong.

Used by File ▸ Connect to a shared server… and by `server init`: the server is down or the
address is wrong, the user name or password is wrong, the server wants or lacks encryption
(TLS), the database does not exist, or its schema is older or newer than this app.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url

from advisoryboard.i18n import _
from database.schema import SCHEMA_HEAD, SchemaState

#: Seconds a connection attempt may take before the server counts as not answering.
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class ServerSettings:
    """What a person types into the Connect dialog."""

    host: str
    port: int
    database: str
    user: str
    password: str = ""
    require_tls: bool = True

    def url(self, *, with_password: bool = True) -> str:
        query = {"sslmode": "require"} if self.require_tls else {}
        u = URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=(self.password or None) if with_password else None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        )
        return u.render_as_string(hide_password=False)

    @property
    def keyring_name(self) -> str:
        """The name the password is kept under in the system's keyring."""
        return f"{quote(self.user)}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> ServerSettings:
        u = make_url(url)
        return cls(
            host=u.host or "localhost",
            port=u.port or 5432,
            database=u.database or "",
            user=u.username or "",
            password=u.password or "",
            require_tls=u.query.get("sslmode") in ("require", "verify-ca", "verify-full"),
        )


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str
    #: The connection is encrypted (TLS); None when no connection was made.
    tls: bool | None = None
    state: SchemaState | None = None


def explain_connect_error(exc: BaseException, url: str) -> str:
    """A sentence a secretary understands for a failed connection (psycopg/libpq error)."""
    u = make_url(url)
    host, port, db, user = u.host or "localhost", u.port or 5432, u.database or "", u.username or ""
    raw = str(getattr(exc, "orig", None) or exc)
    text = raw.lower()
    if "password authentication failed" in text or "authentication failed" in text:
        return _("The server refused the user name or password ({user}). Check both and try again.").format(
            user=user
        )
    if "no password supplied" in text or "fe_sendauth" in text:
        return _("The server asks for a password for {user}.").format(user=user)
    if "server does not support ssl" in text:
        return _(
            "The server {host} does not offer an encrypted connection (TLS), which this connection "
            "requires. Ask your IT helper to turn on TLS on the server (see the README)."
        ).format(host=host)
    if "no encryption" in text or ("pg_hba.conf" in text and "ssl off" in text):
        return _(
            "The server {host} accepts only encrypted connections (TLS): "
            "tick “Require an encrypted connection”."
        ).format(host=host)
    if "permission denied" in text:
        return _(
            "The user {user} may sign in but not use this board. Ask your IT helper to run "
            "“advisoryboard server init --app-role {user}” with the owner account."
        ).format(user=user)
    if "pg_hba.conf" in text:
        return _("The server {host} does not let this PC or this user in (pg_hba.conf).").format(host=host)
    if "role" in text and "does not exist" in text:
        return _("There is no user {user} on the server.").format(user=user)
    if "database" in text and "does not exist" in text:
        return _("There is no database {db} on the server {host}.").format(db=db, host=host)
    if "could not translate host name" in text or "name or service not known" in text:
        return _("The server name {host} is not known. Check its spelling.").format(host=host)
    if any(
        w in text for w in ("connection refused", "timeout expired", "no route to host", "could not connect")
    ):
        return _(
            "The server {host}:{port} does not answer. Is it switched on and running PostgreSQL, "
            "and are the server name and port right?"
        ).format(host=host, port=port)
    first = raw.strip().splitlines()[0] if raw.strip() else type(exc).__name__
    return _("Cannot connect to the server {host}:{port}: {reason}").format(
        host=host, port=port, reason=first
    )


def explain_schema(state: SchemaState, revision: str | None) -> str | None:
    """What is wrong with the board's schema for this app; None when it can be used."""
    if state is SchemaState.NEWER:
        return _(
            "The database was set up by a newer version of Advisory Board (schema {revision}). "
            "Update the app on this PC first."
        ).format(revision=revision)
    if state is SchemaState.OLDER:
        return _(
            "The database is older than this app (schema {revision}, this app needs {head}). Ask your "
            "IT helper to run “advisoryboard server init” with the owner account to update it."
        ).format(revision=revision, head=SCHEMA_HEAD)
    if state is SchemaState.FOREIGN:
        return _("The database holds another program's data, not an Advisory Board.")
    if state is SchemaState.EMPTY:
        return _("The database is empty: your IT helper sets it up first with “advisoryboard server init”.")
    return None


def check_connection(settings: ServerSettings) -> CheckResult:
    """Connect once, as the app would, and report what is wrong (or that all is well)."""
    import psycopg

    from advisoryboard.live import conninfo
    from database.engine import make_engine
    from database.schema import inspect_state

    url = settings.url()
    try:
        with psycopg.connect(conninfo(url), connect_timeout=CONNECT_TIMEOUT_S) as conn:
            row: Any = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
            tls = bool(row and row[0])
    except psycopg.Error as exc:
        return CheckResult(False, explain_connect_error(exc, url))
    engine = make_engine(url)
    try:
        info = inspect_state(engine)
    except Exception as exc:  # permission or the connection: plain words, never a traceback
        return CheckResult(False, explain_connect_error(exc, url), tls)
    finally:
        engine.dispose()
    problem = explain_schema(info.state, info.revision)
    if problem is not None:
        return CheckResult(False, problem, tls, info.state)
    if tls:
        return CheckResult(True, _("Connected (encrypted). The board is ready to use."), tls, info.state)
    return CheckResult(
        True,
        _("Connected, but not encrypted (no TLS): use this only inside the office network."),
        tls,
        info.state,
    )
