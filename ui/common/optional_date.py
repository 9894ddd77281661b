"""A date box with an "empty" value ("any date", "no due date") that Tab can leave."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget


class OptionalDateEdit(QDateEdit):
    """A date box whose lowest date shows a special text ("any date") that Tab can leave.

    QDateTimeEdit swallows Tab while it shows its special value text (it has no section to
    step to), so a keyboard user would be stuck in the box; here Tab and Shift+Tab then
    move the focus on as in any other control.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        showing_special = bool(self.specialValueText()) and self.date() == self.minimumDate()
        if showing_special and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, not backwards)
            event.accept()
            return
        super().keyPressEvent(event)
