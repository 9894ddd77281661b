"""Backups of the database file (SQLite's online backup API: consistent while in use)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from database.engine import Database, sqlite_path


def backup_to(db: Database, target: Path) -> Path:
    """Copy the open SQLite database to `target`, consistently, even while it is in use."""
    source = sqlite_path(db.url)
    if source is None:
        raise UserError(
            _("Backups of a PostgreSQL database are made on the server with pg_dump (see the README).")
        )
    target = Path(target)
    if target.resolve() == source.resolve():
        raise UserError(
            _("Choose a different file: a backup cannot overwrite the database itself."), "target"
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".partial")
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(target)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(
            _("The backup could not be written to {path}: {reason}").format(path=target, reason=exc)
        ) from exc
    return target
