"""The filter bar the list tabs share: "Search:" with a box (Ctrl+F goes there; the list follows
once the person stops typing) and then the tab's filter combos (the list follows at once)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

SEARCH_DELAY_MS = 250


class SearchFilterBar(QWidget):
    """A search box and filter combos; `changed` fires when the filter they make changes."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        name: str,
        placeholder: str,
        accessible: str,
        combo_stretch: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Bar")
        self.combo_stretch = combo_stretch
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName(name)
        self.search.setPlaceholderText(placeholder)
        self.search.setAccessibleName(accessible)
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), parent)  # on the whole tab
        find.activated.connect(self.search.setFocus)
        label = QLabel(self.tr("&Search:"), self)
        label.setBuddy(self.search)
        self.row.addWidget(label)
        self.row.addWidget(self.search, 2)

    def add_combo(self, name: str, accessible: str, items: Iterable[tuple[str, object]]) -> QComboBox:
        """A filter combo after the search box: (shown text, value) items, the first selected."""
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.row.addWidget(combo, self.combo_stretch)
        return combo

    @staticmethod
    def refill(combo: QComboBox, items: Iterable[tuple[str, object]], keep: int = 1) -> None:
        """New choices after the first `keep` ("Any …"), keeping the chosen one if it is still
        there; quietly (the filter it makes is unchanged, or reset to the first item)."""
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > keep:
            combo.removeItem(keep)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
