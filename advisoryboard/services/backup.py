"""Backups and restore of the database file (SQLite's online backup API: consistent while in use).

Automatic copies are made when the app closes and before every migration. They live in
the board's backup folder (settings), or `backups/` in the user data folder, named
`<db>-daily-YYYY-MM-DD.db` and `<db>-monthly-YYYY-MM.db`; the newest 7 daily and 12
monthly copies are kept. Restoring checks the file, keeps a copy of the current database
first, then copies the backup into place; the caller reopens the database.
PostgreSQL is backed up on the server with pg_dump (see the README).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.permissions import Actor, Permission, current_actor, require
from database.engine import Database, sqlite_path, user_data_dir
from database.schema import KNOWN_REVISIONS, SQLITE_MAGIC

KEEP_DAILY = 7
KEEP_MONTHLY = 12
_DAILY = re.compile(r"^(?P<stem>.+)-daily-(?P<date>\d{4}-\d{2}-\d{2})\.db$")
_MONTHLY = re.compile(r"^(?P<stem>.+)-monthly-(?P<date>\d{4}-\d{2})\.db$")


@dataclass(frozen=True)
class BackupFileInfo:
    path: Path
    revision: str
    members: int
    issues: int
    meetings: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None


def _pg_refusal() -> UserError:
    return UserError(
        _("Backups of a PostgreSQL database are made on the server with pg_dump (see the README).")
    )


def _online_copy(source: Path, target: Path, read_only: bool = False) -> None:
    """SQLite's online backup API: a consistent copy even while others write to `source`."""
    src = (
        sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        if read_only
        else sqlite3.connect(source)
    )
    try:
        dst = sqlite3.connect(str(target), timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _copy_sqlite(source: Path, target: Path) -> None:
    """Copy with the online backup API into `target` (atomically replaced)."""
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _online_copy(source, tmp)
        tmp.replace(target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise UserError(
            _("The backup could not be written to {path}: {reason}").format(path=target, reason=_reason(exc))
        ) from exc


def _reason(exc: BaseException) -> str:
    text_ = str(getattr(exc, "strerror", None) or exc)
    low = text_.lower()
    if "no space" in low or "full" in low:
        return _("the disk is full")
    if "read-only" in low or "readonly" in low or "permission" in low:
        return _("the folder is read-only or you may not write there")
    return text_


def backup_to(db: Database, target: Path, actor: Actor | None = None) -> Path:
    """Copy the open SQLite database to `target`, consistently, even while it is in use."""
    require(actor or current_actor(), Permission.BACKUP)
    source = sqlite_path(db.url)
    if source is None:
        raise _pg_refusal()
    target = Path(target)
    if target.resolve() == source.resolve():
        raise UserError(
            _("Choose a different file: a backup cannot overwrite the database itself."), "target"
        )
    _copy_sqlite(source, target)
    return target


# ---------------------------------------------------------------------- automatic copies
def default_backup_folder() -> Path:
    return user_data_dir() / "backups"


def _chosen_folder(engine: Engine) -> Path | None:
    try:
        with engine.connect() as conn:
            chosen = conn.execute(text("SELECT backup_folder FROM board_settings WHERE id = 1")).scalar()
    except Exception:  # an old or damaged database: fall back to the default place
        return None
    return Path(chosen) if chosen else None


def backup_folder(db: Database) -> Path:
    """The board's chosen backup folder, or `backups/` in the user data folder."""
    return _chosen_folder(db.engine) or default_backup_folder()


def automatic_backup(db: Database, folder: Path | None = None, today: dt.date | None = None) -> Path | None:
    """Today's copy (replacing an earlier one of today) and this month's; prunes old ones.

    Returns the daily copy, or None for PostgreSQL (backed up on the server).
    """
    source = sqlite_path(db.url)
    if source is None or not source.exists():
        return None
    folder = folder or backup_folder(db)
    today = today or dt.date.today()
    daily = folder / f"{source.stem}-daily-{today.isoformat()}.db"
    _copy_sqlite(source, daily)
    monthly = folder / f"{source.stem}-monthly-{today:%Y-%m}.db"
    try:
        shutil.copy2(daily, monthly.with_name(monthly.name + ".partial"))
        monthly.with_name(monthly.name + ".partial").replace(monthly)
    except OSError as exc:
        raise UserError(
            _("The backup could not be written to {path}: {reason}").format(path=monthly, reason=_reason(exc))
        ) from exc
    prune(folder, source.stem)
    return daily


def prune(folder: Path, stem: str) -> list[Path]:
    """Delete all but the newest KEEP_DAILY daily and KEEP_MONTHLY monthly copies of `stem`."""
    removed: list[Path] = []
    for pattern, keep in ((_DAILY, KEEP_DAILY), (_MONTHLY, KEEP_MONTHLY)):
        found = []
        for path in folder.glob(f"{stem}-*.db"):
            m = pattern.match(path.name)
            if m and m.group("stem") == stem:
                found.append((m.group("date"), path))
        for _date, path in sorted(found, reverse=True)[keep:]:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def backup_before_migration(engine: Engine, revision: str | None) -> Path | None:
    """A copy of an SQLite file before it is migrated (kept; never pruned automatically)."""
    path = sqlite_path(engine.url)
    if path is None or not path.exists():
        return None
    chosen = _chosen_folder(engine)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = chosen or path.parent / "backups"
    target = folder / f"{path.stem}-before-migration-from-{revision or 'none'}-{stamp}.db"
    _copy_sqlite(path, target)
    return target


def list_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """The copies of the database at `db_path`, newest first (by modification time)."""
    folders = [folder] if folder else []
    folders += [default_backup_folder(), db_path.parent / "backups"]
    seen: dict[Path, None] = {}
    for f in folders:
        if f is not None and f.is_dir():
            for path in f.glob(f"{db_path.stem}-*.db"):
                seen[path.resolve()] = None
    return sorted(seen, key=lambda p: (p.stat().st_mtime, "-daily-" in p.name), reverse=True)


# ---------------------------------------------------------------------- restore
def check_backup_file(path: Path) -> BackupFileInfo:
    """Refuse anything but a healthy Advisory Board database of a schema this app knows."""
    path = Path(path)
    bad = _("{path} is not an Advisory Board backup").format(path=path)
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise UserError(bad + _(" (it is not an SQLite database)."))
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {reason}").format(path=path, reason=_reason(exc))) from None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UserError(bad + f" ({exc}).") from None
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()
        if not ok or ok[0] != "ok":
            raise UserError(_("{path} is damaged and cannot be restored.").format(path=path))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"alembic_version", "board_settings", "members", "issues", "meetings"} <= tables:
            raise UserError(bad + _(" (it holds another program's data)."))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if revision not in KNOWN_REVISIONS:
            raise UserError(
                _(
                    "{path} was written by a different version of Advisory Board (schema {rev}); "
                    "it cannot be restored with this version."
                ).format(path=path, rev=revision)
            )
        counts = [
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("members", "issues", "meetings")
        ]
    except sqlite3.DatabaseError as exc:
        raise UserError(
            _("{path} is damaged and cannot be restored ({reason}).").format(path=path, reason=exc)
        ) from None
    finally:
        conn.close()
    return BackupFileInfo(
        path=path, revision=str(revision), members=counts[0], issues=counts[1], meetings=counts[2]
    )


def restore_file(db_path: Path, source: Path, folder: Path | None = None) -> RestoreResult:
    """Put the backup `source` in place of the database file `db_path` (which may be open).

    The current file is copied to the backup folder first (if it can be read). The copy
    into place uses the backup API, so connections that hold the file open see the
    restored content; the caller should still reopen the database.
    """
    source = Path(source)
    check_backup_file(source)
    if source.resolve() == Path(db_path).resolve():
        raise UserError(_("This is the database itself; choose a backup file."))
    safety: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = (folder or default_backup_folder()) / f"{db_path.stem}-before-restore-{stamp}.db"
        try:
            _copy_sqlite(db_path, safety)
        except UserError:
            if _is_sqlite(db_path):
                raise  # a healthy database we could not copy: do not overwrite it
            safety = (folder or default_backup_folder()) / f"{db_path.stem}-damaged-{stamp}.db"
            shutil.copyfile(db_path, safety)  # a damaged file: keep its bytes as they are
    try:
        if db_path.exists() and not _is_sqlite(db_path):
            # A foreign or damaged file (its bytes are kept above), and its journal files.
            for extra in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
                extra.unlink(missing_ok=True)
        _online_copy(source, db_path, read_only=True)  # never write to the backup itself
    except (OSError, sqlite3.Error) as exc:
        raise UserError(
            _("The backup could not be restored to {path}: {reason}").format(
                path=db_path, reason=_reason(exc)
            )
        ) from exc
    return RestoreResult(restored_from=source, safety_copy=safety)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def restore_database(db: Database, source: Path, actor: Actor | None = None) -> RestoreResult:
    """Restore the open database from `source`; reopen it afterwards (open_database(db.url))."""
    require(actor or current_actor(), Permission.RESTORE)
    path = sqlite_path(db.url)
    if path is None:
        raise UserError(
            _("A PostgreSQL database is restored on the server with pg_restore (see the README).")
        )
    folder = backup_folder(db)
    db.engine.dispose()  # close our pooled connections; the file is replaced under them otherwise
    return restore_file(path, source, folder)
