"""Upkeep of the full-text index of issues (SQLite FTS5 tables; PostgreSQL needs none)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session


def rebuild_search_index(session: Session) -> None:
    """Rebuild the SQLite FTS tables in one go (after bulk loads); PostgreSQL needs nothing."""
    if session.get_bind().dialect.name != "sqlite":
        return
    session.execute(text("INSERT INTO issues_fts(issues_fts) VALUES ('rebuild')"))
    session.execute(text("INSERT INTO issue_events_fts(issue_events_fts) VALUES ('rebuild')"))


@contextmanager
def bulk_load(session: Session) -> Iterator[None]:
    """Around a bulk insert: skip per-row indexing, then rebuild the search index once.

    On SQLite the insert triggers are dropped and re-created in the same transaction (so a
    rollback restores them); PostgreSQL's GIN indexes need nothing.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    saved = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('issues_fts_ai', "
            "'issue_events_fts_ai')"
        )
    ).all()
    for name, _sql in saved:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in saved:
        session.execute(text(sql))
    rebuild_search_index(session)


#: The page cache of the connection during a bulk append (KiB, as PRAGMA cache_size takes it
#: when negative): big enough that 18 indexes of 100 000 new rows stay in memory until the commit
#: instead of being spilled to the write-ahead log and read back while the rows go in.
BULK_CACHE_KIB = 256 * 1024

_INSERT_TRIGGERS = ("issues_fts_ai", "issue_events_fts_ai")


@contextmanager
def bulk_append(session: Session) -> Iterator[None]:
    """Around an insert of many *new* issues and timeline entries (an import).

    On SQLite the per-row full-text insert triggers are dropped for the insert and re-created
    in the same transaction (a rollback restores them with everything else); the rows added
    meanwhile (ids above the largest ones before) are then indexed with one INSERT … SELECT
    per table, which finds exactly what the triggers would have added. The index of the rows
    already there is not touched, so its cost does not grow with the board. The connection's
    page cache is enlarged for the duration. PostgreSQL (GIN expression indexes) needs nothing.

    Only inserts may happen inside: an update of a row added inside would reach the update
    trigger before the row is in the index.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    last_issue = int(session.scalar(text("SELECT coalesce(max(id), 0) FROM issues")) or 0)
    last_event = int(session.scalar(text("SELECT coalesce(max(id), 0) FROM issue_events")) or 0)
    names = ", ".join(f"'{n}'" for n in _INSERT_TRIGGERS)
    saved = session.execute(
        text(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})")
    ).all()
    cache = session.scalar(text("PRAGMA cache_size"))
    session.execute(text(f"PRAGMA cache_size = -{BULK_CACHE_KIB}"))
    try:
        for name, _sql in saved:
            session.execute(text(f'DROP TRIGGER "{name}"'))
        yield
        session.execute(
            text(
                "INSERT INTO issues_fts(rowid, title, description, location) "
                "SELECT id, title, description, location FROM issues WHERE id > :last ORDER BY id"
            ),
            {"last": last_issue},
        )
        session.execute(
            text(
                "INSERT INTO issue_events_fts(rowid, text) SELECT id, text FROM issue_events "
                "WHERE id > :last AND text IS NOT NULL ORDER BY id"
            ),
            {"last": last_event},
        )
        for _name, sql in saved:
            session.execute(text(sql))
    except BaseException:
        # the caller rolls the transaction back, which restores the triggers; give the pooled
        # connection its cache back without hiding the error
        with suppress(SQLAlchemyError):
            session.execute(text(f"PRAGMA cache_size = {int(cache)}"))
        raise
    session.execute(text(f"PRAGMA cache_size = {int(cache)}"))
