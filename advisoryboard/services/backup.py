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
import secrets
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.permissions import Actor, Permission, current_actor, require
from advisoryboard.services import presence
from database.engine import SQLITE_BUSY_TIMEOUT_MS, Database, sqlite_path, user_data_dir
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


def restore_file(
    db_path: Path,
    source: Path,
    folder: Path | None = None,
    *,
    wait_s: float = 0.0,
    waiting: Callable[[], object] | None = None,
) -> RestoreResult:
    """Put the backup `source` in place of the database file `db_path`.

    Restoring is exclusive: it is refused while another window, PC or program has the file
    open, and the copy of the current file (kept in the backup folder) and the restore
    happen under one exclusive lock, so no save lands between them and is lost. A damaged
    file (not SQLite) is kept byte for byte and replaced.

    It tries again for `wait_s` seconds while other windows let go of the file (calling
    `waiting` between tries, or pausing briefly). The restored file gets a new generation
    (PRAGMA user_version), so a window that had the old one open refuses to write to it.
    """
    source = Path(source)
    check_backup_file(source)
    if source.resolve() == Path(db_path).resolve():
        raise UserError(_("This is the database itself; choose a backup file."))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safety: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0 and _is_sqlite(db_path):
        safety = (folder or default_backup_folder()) / f"{db_path.stem}-before-restore-{stamp}.db"
        return _restore_exclusively(db_path, source, safety, wait_s, waiting)
    if db_path.exists() and db_path.stat().st_size > 0:
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


class RestoreRefused(UserError):
    """Another window, PC or program kept the file open: nothing was changed."""


#: Pause between two tries to take the file exclusively (other windows check twice a second).
RETRY_S = 0.1


def _exclusive_connection(
    db_path: Path, wait_s: float = 0.0, waiting: Callable[[], object] | None = None
) -> sqlite3.Connection:
    """A connection holding the database exclusively, or a RestoreRefused naming why not.

    Leaving WAL mode needs every other connection closed, so this refuses while another
    window, PC or program has the file open, after trying again for `wait_s` seconds. In
    EXCLUSIVE locking mode the lock is then kept until the connection says so.
    """
    deadline = time.monotonic() + wait_s
    while True:
        conn = sqlite3.connect(str(db_path), isolation_level=None, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() >= deadline:
                raise RestoreRefused(
                    _(
                        "Another window or program has {path} open. Close Advisory Board everywhere "
                        "else that uses this file, then restore again; nothing was changed."
                    ).format(path=db_path)
                ) from exc
        if waiting is not None:
            waiting()
        else:
            time.sleep(RETRY_S)  # another process lets go of the file: nothing to wait on here


def _stamp_new_generation(conn: sqlite3.Connection) -> None:
    """A new generation for the restored file, and no presence left over from the backup."""
    old = int(conn.execute("PRAGMA user_version").fetchone()[0])
    new = old
    while new in (old, 0):
        new = secrets.randbelow(2**31 - 1) + 1
    conn.execute(f"PRAGMA user_version = {new}")
    with contextlib.suppress(sqlite3.OperationalError):  # a backup older than the leases table
        conn.execute("DELETE FROM edit_leases")


def _restore_exclusively(
    db_path: Path, source: Path, safety: Path, wait_s: float, waiting: Callable[[], object] | None
) -> RestoreResult:
    """Safety copy and restore under one exclusive lock: no save can fall between them."""
    conn = _exclusive_connection(db_path, wait_s, waiting)
    try:
        tmp = safety.with_name(safety.name + ".partial")
        try:
            safety.parent.mkdir(parents=True, exist_ok=True)
            out = sqlite3.connect(str(tmp))
            try:
                conn.backup(out)
            finally:
                out.close()
            tmp.replace(safety)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise UserError(
                _("The backup could not be written to {path}: {reason}").format(
                    path=safety, reason=_reason(exc)
                )
            ) from exc
        try:
            src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
            try:
                src.backup(conn)  # into the locked connection: nobody else reads or writes meanwhile
            finally:
                src.close()
            _stamp_new_generation(conn)
        except (OSError, sqlite3.Error) as exc:
            raise UserError(
                _("The backup could not be restored to {path}: {reason}").format(
                    path=db_path, reason=_reason(exc)
                )
            ) from exc
        conn.execute("PRAGMA locking_mode=NORMAL")
        conn.execute("PRAGMA journal_mode=WAL").fetchone()  # also releases the exclusive lock
    finally:
        conn.close()
    return RestoreResult(restored_from=source, safety_copy=safety)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


#: How long a restore from a window waits for the other windows to let go of the file.
RESTORE_WAIT_S = 3.0


def restore_database(
    db: Database,
    source: Path,
    actor: Actor | None = None,
    *,
    wait_s: float = RESTORE_WAIT_S,
    waiting: Callable[[], object] | None = None,
) -> RestoreResult:
    """Restore the open database from `source`; reopen it afterwards (open_database(db.url)).

    The other windows are told first (a RESTORE lease): they let go of the file and reopen
    the restored one. One that does not let go in `wait_s` seconds is named in the refusal.
    """
    actor = actor or current_actor()
    require(actor, Permission.RESTORE)
    path = sqlite_path(db.url)
    if path is None:
        raise UserError(
            _("A PostgreSQL database is restored on the server with pg_restore (see the README).")
        )
    check_backup_file(source)
    folder = backup_folder(db)
    announcement = presence.announce_restore(db, actor)
    db.engine.dispose()  # close our pooled connections; the file is replaced under them otherwise
    # and open no new ones meanwhile (an open form's presence beat, say): the restore needs the file
    db.restoring = _("{user} on {computer}").format(user=actor.label, computer=presence.this_computer())
    try:
        result = restore_file(path, source, folder, wait_s=wait_s, waiting=waiting)
    except UserError as exc:
        db.restoring = None
        holders = presence.windows_open(db, actor) if isinstance(exc, RestoreRefused) else []
        presence.close_window(db, actor, announcement)  # the other windows carry on
        db.engine.dispose()
        if holders:
            raise RestoreRefused(
                _(
                    "{who} has this database open. Ask them to close Advisory Board there (or wait "
                    "for that window to finish saving), then restore again; nothing was changed."
                ).format(who=presence.describe(holders))
            ) from exc
        raise
    finally:
        db.restoring = None
    db.replaced = True  # this Database object still points at the old file's generation
    return result
