"""Small pieces the member dialogs share: date fields, error labels next to fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from ui.common.formatting import date_edit_format


def date_edit(parent: QWidget, name: str, accessible: str, value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def error_label(parent: QWidget, field: str) -> QLabel:
    """A message shown next to a field; the text itself says what is wrong (not only colour)."""
    label = QLabel(parent)
    label.setObjectName(f"{field}Error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    label.setAccessibleName(QCoreApplication.translate("widgets", "Problem with this field"))
    label.hide()
    return label


class OptionalDate(QWidget):
    """A date that may be left empty (e.g. a term with no end date yet)."""

    def __init__(self, parent: QWidget, name: str, accessible: str, check_text: str) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(check_text, self)
        self.check.setObjectName(f"{name}Set")
        self.check.setAccessibleName(check_text)
        self.edit = date_edit(self, name, accessible)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))
