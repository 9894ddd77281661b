"""Showing errors: a plain message for user errors, a friendly dialog for bugs.

An unexpected exception in the GUI is logged with its traceback (rotating log file in
the user log folder) and shown with "Copy details"; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from advisoryboard.errors import UserError

log = logging.getLogger("advisoryboard.ui")


def show_user_error(parent: QWidget | None, error: UserError, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setObjectName("userErrorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QApplication.translate("errors", "Advisory Board"))
    box.setText(error.message)
    box.setAccessibleName(QApplication.translate("errors", "Error message"))
    box.open()


class BugDialog(QMessageBox):
    """'Something went wrong' with the details one click away (and copyable)."""

    def __init__(self, parent: QWidget | None, details: str) -> None:
        super().__init__(parent)
        self.setObjectName("bugDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setText(
            self.tr(
                "Something went wrong inside Advisory Board. Your saved work is safe; "
                "the last action may not have finished. The details were written to the log."
            )
        )
        self.setDetailedText(details)
        self.details = details
        copy = self.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copyDetailsButton")
        copy.clicked.disconnect()
        copy.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def show_exception(parent: QWidget | None, exc: BaseException, tb: str | None = None) -> None:
    if isinstance(exc, UserError):
        show_user_error(parent, exc)
        return
    details = tb or "".join(traceback.format_exception(exc))
    log.error("unexpected error:\n%s", details)
    BugDialog(parent, details).open()


def install_excepthook() -> None:
    """Route uncaught exceptions in slots to the bug dialog instead of aborting."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        parent = QApplication.activeWindow()
        show_exception(parent, exc, details)

    sys.excepthook = hook
