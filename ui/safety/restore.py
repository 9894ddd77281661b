"""Restore…: check the chosen backup, say what it holds, keep a copy of the current database, reopen."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from advisoryboard.errors import UserError
from advisoryboard.services import backup
from advisoryboard.services.backup import BackupFileInfo, RestoreResult
from database.engine import sqlite_path
from ui.common.formatting import format_number
from ui.context import AppContext
from ui.errors import show_user_error


class _Reopens(Protocol):
    ctx: AppContext

    def switch_database(self, url: str) -> bool: ...


class RestoreQuestions:
    """The two questions of a restore (monkeypatch in tests)."""

    @classmethod
    def choose_file(cls, parent: QWidget, start: Path) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("RestoreQuestions", "Restore from a backup"),
            str(start),
            QCoreApplication.translate("RestoreQuestions", "Databases (*.db);;All files (*)"),
        )
        return Path(path) if path else None

    @classmethod
    def confirm(cls, parent: QWidget, info: BackupFileInfo) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("RestoreQuestions", "Restore this backup?"),
            QCoreApplication.translate(
                "RestoreQuestions",
                "{path}\nholds {members} members, {issues} issues and {meetings} meetings.\n\n"
                "Restoring replaces the database that is open now. A copy of the current database "
                "is kept in the backup folder first. Restore?",
            ).format(
                path=info.path,
                members=format_number(info.members),
                issues=format_number(info.issues),
                meetings=format_number(info.meetings),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


def restore_into_window(window: _Reopens, parent: QWidget) -> RestoreResult | None:
    """File ▸ Restore…: the whole flow on the window's open database."""
    db = window.ctx.db
    if sqlite_path(db.url) is None:
        show_user_error(
            parent,
            UserError(
                QCoreApplication.translate(
                    "restore",
                    "A PostgreSQL database is restored on the server with pg_restore (see the README).",
                )
            ),
        )
        return None
    source = RestoreQuestions.choose_file(parent, backup.backup_folder(db))
    if source is None:
        return None
    from ui.office.live import follow_database, stop_live

    try:
        info = backup.check_backup_file(source)
        if not RestoreQuestions.confirm(parent, info):
            return None
        # The window's own live-update poll holds the file open too: restore is exclusive.
        stop_live(window)  # type: ignore[arg-type]
        result = backup.restore_database(db, info.path, window.ctx.actor, waiting=_let_others_let_go)
    except UserError as exc:
        follow_database(window)  # type: ignore[arg-type]
        show_user_error(parent, exc)
        return None
    window.switch_database(db.url)
    return result


def _let_others_let_go() -> None:
    """Between two tries of a restore: other windows of this process check the file (their
    timers) and let go of it; those of other processes do so on their own."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    QThread.msleep(int(backup.RETRY_S * 1000))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Restore", text)


class NewestBackupOffer:
    """After a failed open: offer the newest backup (monkeypatch `ask` in tests)."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, newest: Path) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Restore", "Advisory Board"),
            QCoreApplication.translate(
                "Restore",
                "{message}\n\nRestore the newest backup,\n{path}?\nThe damaged file is kept beside it.",
            ).format(message=message, path=newest),
        )
        return answer == QMessageBox.StandardButton.Yes


def offer_newest_backup(parent: QWidget | None, url: str, error: UserError) -> bool:
    """A corrupt or foreign database file: offer to restore the newest good backup. True if restored."""
    path = sqlite_path(url)
    if path is None or not path.exists():
        return False
    for candidate in backup.list_backups(path):
        try:
            backup.check_backup_file(candidate)
        except UserError:
            continue
        if not NewestBackupOffer.ask(parent, error.message, candidate):
            return False
        try:
            backup.restore_file(path, candidate)
        except UserError as exc:
            QMessageBox.critical(parent, QCoreApplication.translate("Restore", "Advisory Board"), exc.message)
            return False
        return True
    return False
