"""Finding 5 of issue 16: restore is exclusive; no committed save is lost to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from advisoryboard import live
from advisoryboard.errors import DatabaseReplaced, UserError
from advisoryboard.opening import open_database
from advisoryboard.permissions import Actor
from advisoryboard.services import backup, issues, presence
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import Role
from database.models import EditLease, Issue


def _titles(url: str) -> list[str]:
    db = open_database(url)
    try:
        with read_only(db) as s:
            return sorted(s.scalars(select(Issue.title)))
    finally:
        db.dispose()


def test_restore_is_refused_while_another_window_has_the_database_open(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'board.db'}"
    mine = open_database(url)
    with transaction(mine) as s:
        issues.create_issue(s, issues.IssueInput("In the backup"))
    copy = backup.backup_to(mine, tmp_path / "copy.db")
    other = open_database(url)  # another window, saving after the backup was made
    with transaction(other) as s:
        issues.create_issue(s, issues.IssueInput("Saved by the other window"))
    with pytest.raises(UserError, match="Another window or program has"):
        backup.restore_database(mine, copy)
    assert _titles(url) == ["In the backup", "Saved by the other window"]  # nothing changed
    with transaction(other) as s:  # and the other window still works
        issues.create_issue(s, issues.IssueInput("Still saving"))
    other.dispose()
    result = backup.restore_database(mine, copy)
    mine.dispose()
    assert _titles(url) == ["In the backup"]
    assert result.safety_copy is not None
    safety = open_database(f"sqlite:///{result.safety_copy}")
    try:
        with read_only(safety) as s:  # every committed save is in the copy kept before restoring
            assert s.scalar(select(func.count()).select_from(Issue)) == 3
    finally:
        safety.dispose()


SAM = Actor("sam", Role.SECRETARY, display_name="Sam Staff")
MEI = Actor("mei", Role.ADMIN, display_name="Mei Chen")


def _restore_leases(db: Database) -> int:
    with read_only(db) as s:
        return int(
            s.scalar(select(func.count()).select_from(EditLease).where(EditLease.entity == "restore")) or 0
        )


def test_a_refused_restore_names_the_window_and_pc_that_hold_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'board.db'}"
    mine = open_database(url)
    with transaction(mine) as s:
        issues.create_issue(s, issues.IssueInput("In the backup"))
    copy = backup.backup_to(mine, tmp_path / "copy.db")
    other = open_database(url)  # a window on FRONT-DESK, in the middle of a long save
    assert presence.open_window(other, SAM, computer="FRONT-DESK") is not None
    busy = other.engine.connect()
    try:
        with pytest.raises(UserError, match=r"Sam Staff on FRONT-DESK has this database open"):
            backup.restore_database(mine, copy, MEI, wait_s=0.0)
    finally:
        busy.close()
    assert _titles(url) == ["In the backup"]
    assert _restore_leases(other) == 0  # the announcement was withdrawn: the others carry on
    with transaction(other) as s:
        issues.create_issue(s, issues.IssueInput("Still saving"))
    mine.dispose()
    other.dispose()


def test_other_windows_let_go_for_a_restore_and_reopen_the_restored_database(tmp_path: Path) -> None:
    """Two app contexts on one SQLite file: the other one follows the restore made in mine."""
    url = f"sqlite:///{tmp_path / 'board.db'}"
    mine = open_database(url)
    with transaction(mine) as s:
        issues.create_issue(s, issues.IssueInput("In the backup"))
    copy = backup.backup_to(mine, tmp_path / "copy.db")
    other = open_database(url)
    token = presence.open_window(other, SAM, computer="FRONT-DESK")
    watcher = live.SqliteWatcher(
        other.engine, other, on_pause=lambda: presence.close_window(other, SAM, token)
    )
    with transaction(other, SAM) as s:  # its pool keeps the connection open
        issues.create_issue(s, issues.IssueInput("Saved after the backup"))
    watcher.poll()
    seen: list[str | None] = []
    refusals: list[str] = []

    def other_window_ticks() -> None:  # what the other window's timer does while mine waits
        watcher.poll()
        seen.append(other.restoring)
        with pytest.raises(DatabaseReplaced) as refused, transaction(other, SAM) as s:
            issues.create_issue(s, issues.IssueInput("Saved while the restore waits"))
        refusals.append(refused.value.message)
        with read_only(other, SAM) as s:  # reads go on, on a connection closed straight after
            assert s.scalar(select(func.count()).select_from(Issue)) == 2

    result = backup.restore_database(mine, copy, MEI, waiting=other_window_ticks)
    mine.dispose()
    assert seen[-1] == f"Mei Chen on {presence.this_computer()}"  # the other window was told who
    assert "is restoring this database from a backup" in refusals[0]
    watcher.poll()  # the next tick: the file has a new generation
    assert watcher.replaced and other.replaced
    with pytest.raises(DatabaseReplaced, match="restored from a backup after this window opened it"):
        with transaction(other, SAM) as s:
            issues.create_issue(s, issues.IssueInput("Into the replaced file"))
    watcher.close()
    other.dispose()
    reopened = open_database(url)  # the window reopens the database
    try:
        with transaction(reopened, SAM) as s:
            issues.create_issue(s, issues.IssueInput("After reopening"))
        with read_only(reopened, SAM) as s:
            assert presence.others_editing(s, presence.WINDOW, 0) == []  # nobody from the backup
    finally:
        reopened.dispose()
    assert _titles(url) == ["After reopening", "In the backup"]
    assert result.safety_copy is not None
    assert _titles(f"sqlite:///{result.safety_copy}") == ["In the backup", "Saved after the backup"]


def test_a_window_without_a_connection_does_not_write_into_the_restored_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'board.db'}"
    mine = open_database(url)
    copy = backup.backup_to(mine, tmp_path / "copy.db")
    other = open_database(url)
    other.engine.dispose()  # idle: no connection open, so nothing holds up the restore
    backup.restore_database(mine, copy, wait_s=0.0)
    mine.dispose()
    with pytest.raises(DatabaseReplaced, match="restored from a backup after this window opened it"):
        with transaction(other) as s:
            issues.create_issue(s, issues.IssueInput("Lost in the replaced file"))
    other.dispose()
    assert _titles(url) == []
