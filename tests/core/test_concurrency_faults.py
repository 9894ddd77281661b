"""Faults a secretary may meet: a busy database, a read-only file; clear words, nothing half-saved."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advisoryboard.errors import UserError
from advisoryboard.opening import open_database
from advisoryboard.services.base import transaction
from database.models import Member


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


def test_a_busy_database_is_waited_for_then_refused_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("database.engine.SQLITE_BUSY_TIMEOUT_MS", 2000)
    path = tmp_path / "board.db"
    db = open_database(f"sqlite:///{path}")
    other_pc = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    # Another window holds the write lock briefly: our save waits and then goes through.
    other_pc.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, lambda: other_pc.execute("COMMIT"))
    release.start()
    with transaction(db) as s:
        s.add(Member(name="Saved after waiting"))
    release.join()
    assert _count(db) == 1
    # It holds the lock too long: a clear message, and nothing half-saved.
    monkeypatch.setattr("database.engine.SQLITE_BUSY_TIMEOUT_MS", 200)
    db.dispose()
    other_pc.execute("BEGIN IMMEDIATE")
    with pytest.raises(UserError, match="database is busy"):
        with transaction(db) as s:
            s.add(Member(name="Not saved"))
    other_pc.execute("ROLLBACK")
    other_pc.close()
    assert _count(db) == 1
    db.dispose()


def test_a_read_only_database_says_so_and_saves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "board.db"
    db = open_database(f"sqlite:///{path}")
    with transaction(db) as s:
        s.add(Member(name="Ana"))
    db.dispose()
    read_only_db = open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(UserError, match="read-only"):
        with transaction(read_only_db) as s:
            s.add(Member(name="Luis"))
    assert _count(read_only_db) == 1
    read_only_db.dispose()
