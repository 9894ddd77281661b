"""Knowing a database's schema state cheaply, and bringing it up to date.

`inspect_state` reads one row with plain SQL, so opening an up-to-date database never
loads Alembic (start-up time matters). Alembic is imported only when a migration runs.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from database.revision import KNOWN_REVISIONS, SCHEMA_HEAD

__all__ = ["KNOWN_REVISIONS", "SCHEMA_HEAD"]  # also named here, where they were first

#: Database objects made by hand in migrations (full-text search) that the models do not
#: describe; schema comparison (autogenerate, tests) skips them.
UNMODELLED_PREFIXES = ("issues_fts", "issue_events_fts")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic `include_name` hook: skip the unmodelled full-text search objects."""
    return not (name or "").startswith(UNMODELLED_PREFIXES)


SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class SchemaState(enum.Enum):
    EMPTY = "empty"  # no tables: a new database
    CURRENT = "current"
    OLDER = "older"  # needs migrating
    NEWER = "newer"  # written by a newer app: refuse
    FOREIGN = "foreign"  # tables, but not ours


@dataclass(frozen=True)
class SchemaInfo:
    state: SchemaState
    revision: str | None


class NotADatabaseError(Exception):
    """The file exists but is not an SQLite database at all."""


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite, reading only its first bytes (never writing)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise NotADatabaseError(str(path))


def inspect_state(engine: Engine) -> SchemaInfo:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return SchemaInfo(SchemaState.EMPTY, None)
        if "alembic_version" not in tables:
            return SchemaInfo(SchemaState.FOREIGN, None)
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision == SCHEMA_HEAD:
        return SchemaInfo(SchemaState.CURRENT, revision)
    if revision in KNOWN_REVISIONS:
        return SchemaInfo(SchemaState.OLDER, revision)
    if revision is None:
        return SchemaInfo(SchemaState.FOREIGN, None)
    return SchemaInfo(SchemaState.NEWER, revision)


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]  # alembic is imported lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Apply every pending migration (batch mode on SQLite, see migrations/env.py)."""
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
