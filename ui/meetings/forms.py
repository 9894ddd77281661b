"""Small shared pieces of the meetings forms: error labels, Save/Cancel buttons (saving: ui/operations.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from ui.common.button_bar import ButtonBar


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


def add_button(
    owner: QWidget, row: QBoxLayout | ButtonBar, name: str, text: str, slot: Callable[[], object]
) -> QPushButton:
    button = QPushButton(text, owner)
    button.setObjectName(name)
    button.clicked.connect(slot)
    if isinstance(row, ButtonBar):
        row.add(button)  # moves into "More ▾" when the row is wider than the window
    else:
        row.addWidget(button)
    return button
