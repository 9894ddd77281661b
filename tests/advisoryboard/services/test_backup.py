"""Backups: consistent copies while the database is open, rotation, checked restore, CLI."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advisoryboard.cli import main
from advisoryboard.errors import PermissionDenied, UserError
from advisoryboard.opening import open_database
from advisoryboard.permissions import Actor
from advisoryboard.services import backup
from advisoryboard.services.base import transaction
from database.enums import Role
from database.models import Member


def _names(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Member.name).order_by(Member.id)))


def test_backup_and_restore_round_trip_while_the_app_holds_the_database_open(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'board.db'}")
    with transaction(db) as s:
        s.add(Member(name="Ana García"))
    # The app keeps a reader open (a long-lived view) while the backup runs.
    holder = db.engine.connect()
    holder.exec_driver_sql("SELECT count(*) FROM members").scalar()
    copy = backup.backup_to(db, tmp_path / "copy.db")
    holder.rollback()
    holder.close()
    with transaction(db) as s:
        s.add(Member(name="Luis Ortega (added after the backup)"))
    assert _names(db) == ["Ana García", "Luis Ortega (added after the backup)"]

    result = backup.restore_database(db, copy)
    assert result.safety_copy is not None and result.safety_copy.exists()
    reopened = open_database(db.url)
    assert _names(reopened) == ["Ana García"]
    # The copy of the database as it was before the restore still has the later member.
    kept = open_database(f"sqlite:///{result.safety_copy}")
    assert _names(kept) == ["Ana García", "Luis Ortega (added after the backup)"]
    for d in (kept, reopened, db):
        d.dispose()
    with sqlite3.connect(tmp_path / "board.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_restore_refuses_files_that_are_not_advisory_board_backups(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'board.db'}")
    with transaction(db) as s:
        s.add(Member(name="Ana"))
    text_file = tmp_path / "notes.db"
    text_file.write_text("minutes of the March meeting")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    truncated = tmp_path / "truncated.db"
    good = backup.backup_to(db, tmp_path / "good.db")
    truncated.write_bytes(good.read_bytes()[:5000])
    for bad, message in (
        (text_file, "not an SQLite database"),
        (foreign, "another program"),
        (truncated, "damaged|not an Advisory Board"),
        (tmp_path / "missing.db", "Cannot read"),
    ):
        with pytest.raises(UserError, match=message):
            backup.restore_database(db, bad)
    assert _names(db) == ["Ana"], "a refused restore changes nothing"
    db.dispose()


def test_a_corrupt_database_file_can_be_replaced_by_the_newest_backup(tmp_path: Path) -> None:
    path = tmp_path / "board.db"
    db = open_database(f"sqlite:///{path}")
    with transaction(db) as s:
        s.add(Member(name="Ana"))
    folder = tmp_path / "backups"
    newest = backup.automatic_backup(db, folder=folder)
    db.dispose()
    path.write_bytes(b"garbage " * 1000)  # the file got overwritten by something else
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    with pytest.raises(UserError, match="not an Advisory Board database"):
        open_database(f"sqlite:///{path}")
    assert backup.list_backups(path, folder)[0] == newest
    result = backup.restore_file(path, newest, folder)
    assert result.safety_copy is not None and result.safety_copy.read_bytes().startswith(b"garbage")
    db = open_database(f"sqlite:///{path}")
    assert _names(db) == ["Ana"]
    db.dispose()


def test_automatic_backups_keep_seven_daily_and_twelve_monthly_copies(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'board.db'}")
    folder = tmp_path / "usb"
    start = dt.date(2025, 1, 1)
    days = [start + dt.timedelta(days=n) for n in range(0, 500, 3)]
    for day in days:
        backup.automatic_backup(db, folder=folder, today=day)
    db.dispose()
    daily = sorted(p.name for p in folder.glob("board-daily-*.db"))
    monthly = sorted(p.name for p in folder.glob("board-monthly-*.db"))
    assert daily == [f"board-daily-{d.isoformat()}.db" for d in days[-7:]]
    months = sorted({f"{d:%Y-%m}" for d in days})[-12:]
    assert monthly == [f"board-monthly-{m}.db" for m in months]
    assert not list(folder.glob("*.partial"))


def test_the_backup_folder_comes_from_the_board_settings(tmp_path: Path) -> None:
    from advisoryboard.services.settings import get_settings, update_settings

    db = open_database(f"sqlite:///{tmp_path / 'board.db'}")
    assert backup.backup_folder(db) == backup.default_backup_folder()
    with transaction(db) as s:
        update_settings(s, {"backup_folder": str(tmp_path / "stick")}, get_settings(s).version)
    copy = backup.automatic_backup(db)
    assert copy is not None and copy.parent == tmp_path / "stick"
    db.dispose()


def test_backup_to_an_unwritable_place_says_so_and_leaves_no_partial_file(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'board.db'}")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(UserError, match="could not be written"):
        backup.backup_to(db, blocker / "copy.db")
    with pytest.raises(UserError, match="cannot overwrite the database"):
        backup.backup_to(db, tmp_path / "board.db")
    db.dispose()


def test_restore_needs_the_restore_permission(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'board.db'}")
    copy = backup.backup_to(db, tmp_path / "copy.db")
    with pytest.raises(PermissionDenied):
        backup.restore_database(db, copy, Actor("mei", Role.SECRETARY))
    with pytest.raises(PermissionDenied):
        backup.backup_to(db, tmp_path / "c2.db", Actor("sam", Role.STAFF))
    db.dispose()


def test_cli_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'board.db'}"
    db = open_database(url)
    with transaction(db) as s:
        s.add(Member(name="Ana"))
    db.dispose()
    assert main(["backup", "--db", url, "-o", str(tmp_path / "copy.db")]) == 0
    db = open_database(url)
    with transaction(db) as s:
        s.add(Member(name="Luis"))
    db.dispose()
    assert main(["restore", "--db", url, str(tmp_path / "copy.db")]) == 0
    out = capsys.readouterr().out
    assert "copy.db" in out and "before-restore" in out
    db = open_database(url)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 1
    db.dispose()
    assert main(["restore", "--db", url, str(tmp_path / "nothing.db")]) == 1
    assert "Cannot read" in capsys.readouterr().err


def test_postgres_backups_point_to_pg_dump(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    with pytest.raises(UserError, match="pg_dump"):
        backup.backup_to(db, tmp_path / "x.db")
    assert backup.automatic_backup(db) is None
    db.dispose()
