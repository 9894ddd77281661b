"""Board settings ▸ Districts and beats: the board's named list of areas, kind and name per row.

Names the app wrote ("District 4") are shown in the window's language and saved as written
unless changed; the list is what the member, issue, program and event forms offer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.default_data import shown
from advisoryboard.labels import choices
from advisoryboard.services.districts import Area
from database.enums import AreaKind

#: Where a row keeps the name as stored, to save it unchanged when its shown text was not edited.
_STORED = 256


class AreaListEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("areasTable")
        self.table.setAccessibleName(self.tr("Districts and beats"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setFixedHeight(170)
        self.add_button = QPushButton(self.tr("Add ar&ea"), self)
        self.add_button.setObjectName("addAreaButton")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Re&move area"), self)
        self.remove_button.setObjectName("removeAreaButton")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, kind: AreaKind = AreaKind.DISTRICT, name: str = "", *, edit: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Kind"))
        for text, value in choices(AreaKind):
            combo.addItem(text, value.value)
        combo.setCurrentIndex(max(0, combo.findData(kind.value)))
        self.table.setCellWidget(row, 0, combo)
        item = QTableWidgetItem(shown(name))
        item.setData(_STORED, name)
        self.table.setItem(row, 1, item)
        if edit:
            self.table.setCurrentCell(row, 1)
            self.table.editItem(item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def set_value(self, areas: Sequence[Area]) -> None:
        self.table.setRowCount(0)
        for area in areas:
            self.add_row(area.kind, area.name, edit=False)
        self.table.resizeColumnToContents(0)

    def value(self) -> list[tuple[str, str]]:
        """(kind, name) per row, names as stored unless their shown text was edited."""
        out = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            item = self.table.item(row, 1)
            assert isinstance(combo, QComboBox)
            stored = (item.data(_STORED) if item is not None else None) or ""
            text = item.text().strip() if item is not None else ""
            name = stored if stored and text == shown(stored) else text
            out.append((str(combo.currentData()), name))
        return out
