"""The district / beat field of the forms: the board's list of areas, with typing and completion.

The list comes from Board settings ▸ Districts and beats (services/districts.py). Names the
app wrote ("District 4") are shown in the window's language ("Distrito 4") but stored as
written; a name not on the list can still be typed (the service keeps it as entered).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from advisoryboard.default_data import shown
from advisoryboard.labels import label
from advisoryboard.services.districts import Area, board_areas
from ui.context import AppContext
from ui.operations import QueryOp


class AreaCombo(QComboBox):
    """An editable combo of the board's areas; `text()` / `setText()` like the line edit it replaces."""

    def __init__(
        self, parent: QWidget, ctx: AppContext | None = None, areas: Sequence[Area] | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()
        assert edit is not None  # editable
        edit.setPlaceholderText(self.tr("Choose or type a district or beat"))
        if areas is None and ctx is not None:
            areas = QueryOp(self, ctx, board_areas).get() or []
        self.set_areas(areas or [])

    def set_areas(self, areas: Sequence[Area]) -> None:
        typed = self.text()
        self.clear()
        self.addItem("", None)  # no district
        for area in areas:
            self.addItem(shown(area.name), area.name)
            self.setItemData(self.count() - 1, label(area.kind), Qt.ItemDataRole.ToolTipRole)
        self.setText(typed)

    def setText(self, value: str | None) -> None:  # the QLineEdit spelling it replaces
        """Show `value` (a stored name): its entry on the list, or the text as it was stored."""
        index = self.findData(value) if value else 0
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setCurrentIndex(-1)
            self.setEditText(value or "")

    def text(self) -> str:
        """The stored name of the chosen area, or what was typed (shown names map back to the list's)."""
        typed = self.currentText().strip()
        if not typed:
            return ""
        for index in range(1, self.count()):
            if self.itemText(index).casefold() == typed.casefold():
                return str(self.itemData(index))
        return typed
