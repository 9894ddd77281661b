"""A History… button for any form that edits one record: every change of it, from the audit log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from advisoryboard.permissions import Permission
from ui.context import AppContext


def add_history_button(
    box: QDialogButtonBox, ctx: AppContext, entity: str, entity_id: int, title: str
) -> QPushButton | None:
    """Add "History…" to `box` for the record `entity` #`entity_id` (a table name, as the audit
    log names it); None for accounts that may not read the audit log."""
    if not ctx.can(Permission.VIEW_AUDIT):
        return None
    button = QPushButton(QCoreApplication.translate("HistoryButton", "Histor&y…"), box)
    button.setObjectName("historyButton")
    button.setAccessibleName(QCoreApplication.translate("HistoryButton", "History of this record"))
    button.setToolTip(
        QCoreApplication.translate("HistoryButton", "Every change of this record: who, when, what")
    )
    box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    def show() -> None:
        from ui.safety.audit_view import HistoryDialog  # the audit log view, only when asked for

        HistoryDialog.ask(ctx, entity, entity_id, title, box.window())

    button.clicked.connect(show)
    return button
