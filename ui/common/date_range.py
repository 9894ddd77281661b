"""A "from … until …" pair of optional dates, as the Issues filter bar and the map show it.

Each box starts at "any date" (Tab can leave it, see OptionalDateEdit); `changed` is
emitted when either moves, and `span()` gives the days chosen (None: open-ended).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from ui.common.formatting import date_edit_format
from ui.common.optional_date import OptionalDateEdit

#: The lowest date of a box: shown as "any date".
NO_DATE = QDate(2000, 1, 1)


def day_of(edit: QDateEdit) -> dt.date | None:
    """The day in `edit`, or None while it shows "any date"."""
    d = edit.date()
    return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())


def set_day(edit: QDateEdit, day: dt.date | None) -> None:
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)


class DateRange(QWidget):
    """Two optional dates with their labels on one row (a layout of their own, no margins)."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        names: tuple[str, str],
        labels: tuple[str, str],
        accessible: tuple[str, str],
    ) -> None:
        super().__init__(parent)
        self.date_from = self._date(names[0], accessible[0])
        self.date_to = self._date(names[1], accessible[1])
        self.from_label = QLabel(labels[0], self)
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel(labels[1], self)
        self.to_label.setBuddy(self.date_to)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            row.addWidget(widget)
        row.addStretch(1)

    def _date(self, name: str, accessible: str) -> QDateEdit:
        edit = OptionalDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def span(self) -> tuple[dt.date | None, dt.date | None]:
        return day_of(self.date_from), day_of(self.date_to)

    def set_span(self, start: dt.date | None, end: dt.date | None) -> None:
        set_day(self.date_from, start)
        set_day(self.date_to, end)
