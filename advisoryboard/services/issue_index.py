"""Upkeep of the full-text index of issues (SQLite FTS5 tables; PostgreSQL needs none)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
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
