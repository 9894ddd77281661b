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


def _count(db) -> int:
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


def _two_members(db) -> tuple[int, int]:
    with transaction(db) as s:
        ana, luis = Member(name="Ana"), Member(name="Luis")
        s.add_all([ana, luis])
    return ana.id, luis.id


def _names(db) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Member.name)))


def test_postgres_a_row_held_by_another_pc_is_waited_for_then_refused(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("database.engine.POSTGRES_LOCK_TIMEOUT_MS", 300)
    db = open_database(pg_url)
    ana, _luis = _two_members(db)
    other_pc = db.sessions()
    try:
        # Another PC has changed Ana and not yet saved (its transaction holds her row).
        held = other_pc.get(Member, ana)
        assert held is not None
        held.name = "Ana (other PC)"
        other_pc.flush()
        with pytest.raises(UserError, match="database is busy"):
            with transaction(db) as s:
                mine = s.get(Member, ana)
                assert mine is not None
                mine.name = "Ana (mine)"
                s.flush()
    finally:
        other_pc.rollback()
        other_pc.close()
    assert _names(db) == {"Ana", "Luis"}, "nothing half-saved"
    db.dispose()


def test_postgres_connections_bound_their_lock_waits(pg_url: str) -> None:
    from sqlalchemy import text

    db = open_database(pg_url)
    with db.session() as s:
        assert s.execute(text("SHOW lock_timeout")).scalar() == "5s"
    db.dispose()


def test_postgres_a_deadlock_between_two_pcs_is_a_clear_message_and_the_other_save_lands(
    pg_url: str,
) -> None:
    db = open_database(pg_url)
    ana, luis = _two_members(db)
    both_hold_one = threading.Barrier(2, timeout=30)
    outcomes: dict[str, BaseException | None] = {}

    def save(name: str, first: int, second: int) -> None:
        try:
            with transaction(db) as s:
                for k, ident in enumerate((first, second)):
                    member = s.get(Member, ident, with_for_update=True)
                    assert member is not None
                    member.name = f"{member.name} ({name})"
                    s.flush()
                    if k == 0:
                        both_hold_one.wait()  # each PC now holds the row the other wants next
            outcomes[name] = None
        except BaseException as exc:  # the outcome is what the test checks
            outcomes[name] = exc

    pcs = [
        threading.Thread(target=save, args=("pc1", ana, luis)),
        threading.Thread(target=save, args=("pc2", luis, ana)),
    ]
    for t in pcs:
        t.start()
    for t in pcs:
        t.join(60)
    failed = {n: e for n, e in outcomes.items() if e is not None}
    assert len(outcomes) == 2 and len(failed) == 1, outcomes
    ((loser, exc),) = failed.items()
    assert isinstance(exc, UserError) and "database is busy" in exc.message
    winner = "pc2" if loser == "pc1" else "pc1"
    assert _names(db) == {f"Ana ({winner})", f"Luis ({winner})"}, "the loser saved nothing"
    db.dispose()
