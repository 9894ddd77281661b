"""Engine and session factory for SQLite (default, one office PC) and PostgreSQL (shared server).

Nothing here writes to a database before it has been inspected (see database.schema), so a
foreign file or a database from a newer version of the app is left exactly as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "AdvisoryBoard"
ENV_VAR = "ADVISORYBOARD_DB"
SQLITE_BUSY_TIMEOUT_MS = 5000
#: How long a PostgreSQL statement waits for a row another PC has locked before it gives up
#: with "the database is busy" (read at connect time, like SQLite's busy timeout).
POSTGRES_LOCK_TIMEOUT_MS = 5000


def user_data_dir() -> Path:
    """The per-user data folder (platformdirs), created on demand."""
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_url() -> str:
    return f"sqlite:///{user_data_dir() / 'advisoryboard.db'}"


def resolve_url(explicit: str | None = None) -> str:
    """--db beats ADVISORYBOARD_DB beats the file in the user data folder.

    A bare path ('board.db') is accepted as shorthand for an SQLite file.
    """
    url = explicit or os.environ.get(ENV_VAR) or default_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def sqlite_path(url: str | URL) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    u = make_url(url) if isinstance(url, str) else url
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def is_sqlite(url: str | URL) -> bool:
    u = make_url(url) if isinstance(url, str) else url
    return u.get_backend_name() == "sqlite"


#: Each connection's page cache (KiB). SQLite's default is 2 MiB; a year's counts on a ten-year
#: board read more index pages than that several times over in one print, so the cache is 16 MiB.
SQLITE_CACHE_KIB = 16384


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin (documented recipe), so
    # that SAVEPOINTs and BEGIN IMMEDIATE behave.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed data
    cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")  # negative: in KiB, not pages
    cur.close()


#: Execution option for write transactions: SQLite begins them with BEGIN IMMEDIATE, taking the
#: write lock first (waiting up to the busy timeout), so two writers queue up instead of one
#: failing half-way with "database is locked" after it has read stale data.
WRITE_INTENT = "advisoryboard_write_intent"


def _sqlite_on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_INTENT) else "BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`. SQLite gets foreign keys and a busy timeout on every connection."""
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgres_on_connect)
    return engine


def _postgres_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Without a lock timeout a save that waits for another PC's open transaction would wait
    # for ever, with the window frozen on "Saving…"; this bounds it as SQLite's busy timeout does.
    cur = dbapi_conn.cursor()
    cur.execute(f"SET SESSION lock_timeout = {int(POSTGRES_LOCK_TIMEOUT_MS)}")
    cur.close()
    dbapi_conn.commit()  # the SET ran in an implicit transaction; keep it for the connection


def enable_wal(engine: Engine) -> None:
    """Write-ahead logging: readers never block the writer (several windows, backups)."""
    if engine.dialect.name == "sqlite" and sqlite_path(engine.url) is not None:
        raw = engine.raw_connection()  # outside any transaction: the pragma refuses one
        try:
            cur = raw.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()
        finally:
            raw.close()


def read_generation(engine: Engine) -> int:
    """The generation a restore stamped on the SQLite file (0 for one never restored)."""
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)


class Database:
    """An open database: its engine and the factory of per-action Sessions."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        #: SQLite: the file's generation when it was opened (PRAGMA user_version). A restore
        #: gives the restored file a new one, so a window that opened the old file can tell.
        self.generation: int | None = None
        #: Set while another window restores this file ("Mei on FRONT-DESK"): no writes meanwhile.
        self.restoring: str | None = None
        #: True once this window learnt that its file was replaced by a restore: reopen it.
        self.replaced = False
        if engine.dialect.name == "sqlite" and sqlite_path(url) is not None:
            self.generation = read_generation(engine)

    @property
    def display_name(self) -> str:
        """What the status bar shows: the file path, or the server and database name."""
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        u = make_url(self.url)
        return u.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session for one read (no commit); use the services' transaction for writes."""
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
