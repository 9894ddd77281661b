"""Small shared pieces of the meetings forms: error labels, Save/Cancel, saving with messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.services.base import transaction
from ui.context import AppContext


def error_label(parent: QWidget, name: str) -> QLabel:
    """A red message line shown next to a form (text, not colour alone, carries the meaning)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("color: #b71c1c;")
    label.setWordWrap(True)
    return label


def save_cancel(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def error_text(exc: UserError) -> str:
    return "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else exc.message


def save_with_message(ctx: AppContext, label: QLabel, action: Callable[[Any], Any]) -> tuple[bool, Any]:
    """Run `action(session)` as one transaction; on a user error show it in `label` (input is kept)."""
    try:
        with transaction(ctx.db, ctx.actor) as session:
            result = action(session)
    except UserError as exc:
        label.setText(error_text(exc))
        return False, None
    label.setText("")
    return True, result


def add_button(
    owner: QWidget, row: QBoxLayout, name: str, text: str, slot: Callable[[], object]
) -> QPushButton:
    button = QPushButton(text, owner)
    button.setObjectName(name)
    button.clicked.connect(slot)
    row.addWidget(button)
    return button
