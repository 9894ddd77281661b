"""New meeting, and the recurring-schedule helper ('2nd Tuesday of every month, 6:30 pm')."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from advisoryboard.errors import UserError
from advisoryboard.services import meetings
from advisoryboard.services.base import transaction
from database.enums import MeetingKind
from ui.context import AppContext
from ui.meetings.forms import error_label, error_text, save_cancel
from ui.meetings.labels import enum_data, label


def _kind_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("meetingKindCombo")
    combo.setAccessibleName(parent.tr("Type of meeting"))
    for kind in MeetingKind:
        combo.addItem(label(kind), kind)
    return combo


def _buttons(dialog: QDialog, form: QFormLayout) -> QLabel:
    error = error_label(dialog, "dialogErrorLabel")
    form.addRow("", error)
    form.addRow(save_cancel(dialog, dialog.accept))
    return error


class MeetingDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.setWindowTitle(self.tr("New meeting"))
        self.ctx = ctx
        self.meeting_id: int | None = None
        form = QFormLayout(self)
        self.kind = _kind_combo(self)
        form.addRow(self.tr("&Type:"), self.kind)
        start = QDateTime(QDate.currentDate().addDays(7), QTime(18, 30))
        self.starts = QDateTimeEdit(start, self)
        self.starts.setObjectName("meetingStartsEdit")
        self.starts.setAccessibleName(self.tr("Date and time"))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(self.tr("&When:"), self.starts)
        self.place = QLineEdit(self)
        self.place.setObjectName("meetingPlaceEdit")
        self.place.setAccessibleName(self.tr("Place"))
        form.addRow(self.tr("&Place:"), self.place)
        self.title = QLineEdit(self)
        self.title.setObjectName("meetingTitleEdit")
        self.title.setAccessibleName(self.tr("Title (optional)"))
        form.addRow(self.tr("T&itle (optional):"), self.title)
        self.error = _buttons(self, form)

    def _starts_at(self) -> dt.datetime:
        when = self.starts.dateTime()
        day, time = when.date(), when.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def accept(self) -> None:
        try:
            with transaction(self.ctx.db, self.ctx.actor) as session:
                self.meeting_id = meetings.create_meeting(
                    session,
                    starts_at=self._starts_at(),
                    kind=enum_data(self.kind, MeetingKind) or MeetingKind.REGULAR,
                    location=self.place.text(),
                    title=self.title.text(),
                )
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget, ctx: AppContext) -> int | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.meeting_id


ORDINALS = [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (-1, "last")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class ScheduleDialog(QDialog):
    """Creates a year of meetings on a monthly rule; days that already have one are skipped."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.setWindowTitle(self.tr("Schedule regular meetings"))
        self.ctx = ctx
        self.created: list[int] = []
        form = QFormLayout(self)
        self.ordinal = QComboBox(self)
        self.ordinal.setObjectName("scheduleOrdinalCombo")
        self.ordinal.setAccessibleName(self.tr("Which week of the month"))
        for value, text in ORDINALS:
            self.ordinal.addItem(self.tr(text), value)
        self.ordinal.setCurrentIndex(1)
        self.weekday = QComboBox(self)
        self.weekday.setObjectName("scheduleWeekdayCombo")
        self.weekday.setAccessibleName(self.tr("Weekday"))
        for index, name in enumerate(WEEKDAYS):
            self.weekday.addItem(self.tr(name), index)
        self.weekday.setCurrentIndex(1)
        form.addRow(self.tr("Every:"), self.ordinal)
        form.addRow(self.tr("Weekday:"), self.weekday)
        self.time = QTimeEdit(QTime(18, 30), self)
        self.time.setObjectName("scheduleTimeEdit")
        self.time.setAccessibleName(self.tr("Start time"))
        self.time.setDisplayFormat("HH:mm")
        form.addRow(self.tr("&At:"), self.time)
        self.place = QLineEdit(self.tr("Community Room"), self)
        self.place.setObjectName("schedulePlaceEdit")
        self.place.setAccessibleName(self.tr("Place"))
        form.addRow(self.tr("&Place:"), self.place)
        self.kind = _kind_combo(self)
        form.addRow(self.tr("&Type:"), self.kind)
        today = QDate.currentDate()
        self.first = QDateEdit(QDate(today.year(), today.month(), 1), self)
        self.first.setObjectName("scheduleFromEdit")
        self.first.setAccessibleName(self.tr("Starting from"))
        self.first.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("&From:"), self.first)
        self.months = QSpinBox(self)
        self.months.setObjectName("scheduleMonthsSpin")
        self.months.setAccessibleName(self.tr("Number of months"))
        self.months.setRange(1, 36)
        self.months.setValue(12)
        form.addRow(self.tr("&Months:"), self.months)
        self.error = _buttons(self, form)

    def accept(self) -> None:
        try:
            with transaction(self.ctx.db, self.ctx.actor) as session:
                self.created = meetings.schedule_meetings(
                    session,
                    first_month=self.first.date().toPython(),  # type: ignore[arg-type]
                    weekday=self.weekday.currentData(),
                    ordinal=self.ordinal.currentData(),
                    start_time=dt.time(self.time.time().hour(), self.time.time().minute()),
                    location=self.place.text(),
                    kind=enum_data(self.kind, MeetingKind) or MeetingKind.REGULAR,
                    months=self.months.value(),
                )
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget, ctx: AppContext) -> list[int]:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.created
