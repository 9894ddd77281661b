"""Printing from the GUI: print preview, Print… and Save as PDF… (the Printing issue fills this in)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.context import AppContext

#: The documents a tab may ask for with BoardTab.print_request.
DOCUMENT_KINDS = ("agenda", "minutes", "sign-in", "annual", "roster", "issues")


def open_print(parent: QWidget, ctx: AppContext, kind: str, params: dict[str, object]) -> None:
    """Open the print preview of document `kind` ('' lets the user choose which)."""
    QMessageBox.information(
        parent,
        QCoreApplication.translate("printing", "Print"),
        QCoreApplication.translate("printing", "Printing is not available yet."),
    )
