"""File ▸ Publish website…, installed by the main window with one call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from ui.workers import Progress, run_in_background


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


def publish_in_worker(db: Any, actor: Any, folder: Path, language: str, progress: Progress) -> Any:
    """Runs on the thread pool with its own Session."""
    from advisoryboard.publish.site import publish_site
    from advisoryboard.services.base import read_only

    with read_only(db, actor) as session:
        return publish_site(session, folder, language, progress=progress.report)


def publish(window: QMainWindow) -> None:
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

    run_in_background(
        window,
        lambda progress: publish_in_worker(ctx.db, ctx.actor, folder, language, progress),
        on_success=done,
        title=QCoreApplication.translate("menu", "Publishing the website…"),
    )
