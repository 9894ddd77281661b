"""The one date range and the category/district filters every chart follows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from advisoryboard.analytics import AnalyticsFilter, date_ranges
from advisoryboard.analytics.filters import PRESET_CUSTOM, FilterChoices
from ui.common.formatting import date_edit_format


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FilterBar(QWidget):
    """Emits `changed` whenever the range or a filter changes."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsFilterBar")
        self.presets = {r.key: r for r in date_ranges(today)}
        self.range_combo = QComboBox(self)
        self.range_combo.setObjectName("rangeCombo")
        self.range_combo.setAccessibleName(self.tr("Date range"))
        for preset in self.presets.values():
            self.range_combo.addItem(preset.label, preset.key)
        self.from_edit = self._date_edit("dateFromEdit", self.tr("From"))
        self.to_edit = self._date_edit("dateToEdit", self.tr("To"))
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.addItem(self.tr("All categories"), None)
        self.district_combo = QComboBox(self)
        self.district_combo.setObjectName("districtFilter")
        self.district_combo.setAccessibleName(self.tr("District"))
        self.district_combo.addItem(self.tr("All districts"), None)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("rangeError")
        self.error_label.setStyleSheet("color: #B00020;")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        range_label = QLabel(self.tr("&Range:"), self)
        range_label.setBuddy(self.range_combo)
        layout.addWidget(range_label)
        layout.addWidget(self.range_combo)
        layout.addWidget(QLabel(self.tr("from"), self))
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.to_edit)
        category_label = QLabel(self.tr("Ca&tegory:"), self)
        category_label.setBuddy(self.category_combo)
        layout.addWidget(category_label)
        layout.addWidget(self.category_combo)
        district_label = QLabel(self.tr("&District:"), self)
        district_label.setBuddy(self.district_combo)
        layout.addWidget(district_label)
        layout.addWidget(self.district_combo)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self._preset_selected()
        self.range_combo.currentIndexChanged.connect(self._preset_selected)
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        self.category_combo.currentIndexChanged.connect(self.changed)
        self.district_combo.currentIndexChanged.connect(self.changed)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        return edit

    def _preset_selected(self) -> None:
        key = self.range_combo.currentData()
        preset = self.presets[key]
        custom = key == PRESET_CUSTOM
        for edit, day in ((self.from_edit, preset.date_from), (self.to_edit, preset.date_to)):
            edit.blockSignals(True)
            if not custom:
                edit.setDate(_qdate(day))
            edit.setEnabled(custom)
            edit.blockSignals(False)
        self.changed.emit()

    def _dates_edited(self) -> None:
        if self.range_combo.currentData() == PRESET_CUSTOM:
            self.changed.emit()

    def set_custom_range(self, date_from: dt.date, date_to: dt.date) -> None:
        """Choose 'Custom range' with these dates (one `changed`)."""
        self.blockSignals(True)
        self.range_combo.setCurrentIndex(self.range_combo.findData(PRESET_CUSTOM))
        self.from_edit.setDate(_qdate(date_from))
        self.to_edit.setDate(_qdate(date_to))
        self.blockSignals(False)
        self.changed.emit()

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the category and district lists, keeping what is selected."""
        for combo, items in (
            (self.category_combo, [(name, cid) for cid, name in choices.categories]),
            (self.district_combo, [(d, d) for d in choices.districts]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> AnalyticsFilter | None:
        """The filter shown, or None (with a message beside the dates) when the range is impossible."""
        date_from, date_to = _date(self.from_edit.date()), _date(self.to_edit.date())
        if date_from > date_to:
            self.error_label.setText(self.tr("The start date is after the end date."))
            return None
        self.error_label.clear()
        category = self.category_combo.currentData()
        district = self.district_combo.currentData()
        return AnalyticsFilter(
            date_from,
            date_to,
            (int(category),) if category is not None else (),
            (str(district),) if district is not None else (),
        )
