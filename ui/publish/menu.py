"""File ▸ Publish website…, installed by the main window with one call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from ui.workers import Progress


def install_publish_menu(window: QMainWindow) -> QAction:
    """Add the action before File ▸ Print…; enabled once the window has a database."""
    action = QAction(QCoreApplication.translate("menu", "Publish &website…"), window)
    action.setObjectName("publishWebsiteAction")
    action.setEnabled(False)
    action.triggered.connect(lambda: publish(window))
    file_menu = window.file_menu  # type: ignore[attr-defined]
    print_action = window.print_action  # type: ignore[attr-defined]
    file_menu.insertAction(print_action, action)
    window.ready.connect(lambda: action.setEnabled(True))  # type: ignore[attr-defined]
    return action


def publish_work(folder: Path, language: str) -> Any:
    """The operation: runs on the thread pool in the runner's read-only database session."""

    def work(session: Any, progress: Progress) -> Any:
        from advisoryboard.publish.site import publish_site

        return publish_site(session, folder, language, progress=progress.report)

    return work


def publish(window: QMainWindow) -> None:
    from ui.operations import QueryOp
    from ui.publish.dialog import PublishDialog

    answer = PublishDialog.ask(window)
    if answer is None:
        return
    folder, language = answer
    ctx = window.ctx  # type: ignore[attr-defined]

    def done(result: Any) -> None:
        s = result.stats
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "menu",
                "Website published to {folder}: {written} files written, {unchanged} unchanged, {removed} removed.",  # noqa: E501 (one literal for Qt's extractor)
            ).format(folder=result.folder, written=s.written, unchanged=s.unchanged, removed=s.removed),
            10000,
        )

    QueryOp.reporting(window, ctx, publish_work(folder, language)).success(done).with_progress(
        QCoreApplication.translate("menu", "Publishing the website…")
    ).run_in_background()
