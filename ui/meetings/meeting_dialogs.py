"""New meeting, and the recurring-schedule helper ('2nd Tuesday of every month, 6:30 pm')."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from advisoryboard.services import meetings
from advisoryboard.services.settings import get_settings
from database.enums import MeetingKind, MeetingStatus
from ui.common.formatting import date_edit_format, datetime_edit_format, format_datetime, time_edit_format
from ui.common.history import add_history_button
from ui.context import AppContext
from ui.meetings.forms import error_label, save_cancel
from ui.meetings.labels import QT_TRANSLATE_NOOP, enum_data, label, tr_meetings
from ui.operations import ChangeOp, DbSession, QueryOp


def _kind_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("meetingKindCombo")
    combo.setAccessibleName(QCoreApplication.translate("meeting_dialogs", "Type of meeting"))
    for kind in MeetingKind:
        combo.addItem(label(kind), kind)
    return combo


def _buttons(dialog: QDialog, form: QFormLayout) -> tuple[QLabel, QDialogButtonBox]:
    error = error_label(dialog, "dialogErrorLabel")
    form.addRow("", error)
    buttons = save_cancel(dialog, dialog.accept)
    form.addRow(buttons)
    return error, buttons


class MeetingDialog(QDialog):
    """A new meeting, or (with `existing`) its date, type, place and status: held or cancelled."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, existing: meetings.MeetingRow | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.setWindowTitle(self.tr("Edit meeting") if existing else self.tr("New meeting"))
        self.ctx = ctx
        self.existing = existing
        self.meeting_id: int | None = None
        form = QFormLayout(self)
        self.kind = _kind_combo(self)
        form.addRow(self.tr("&Type:"), self.kind)
        start = QDateTime(QDate.currentDate().addDays(7), QTime(18, 30))
        self.starts = QDateTimeEdit(start, self)
        self.starts.setObjectName("meetingStartsEdit")
        self.starts.setAccessibleName(self.tr("Date and time"))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(datetime_edit_format())
        form.addRow(self.tr("&When:"), self.starts)
        self.place = QLineEdit(self)
        self.place.setObjectName("meetingPlaceEdit")
        self.place.setAccessibleName(self.tr("Place"))
        # room for a usual place such as "Community Room, Curtis Hall, 20 South Street"
        self.place.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        form.addRow(self.tr("&Place:"), self.place)
        self.title = QLineEdit(self)
        self.title.setObjectName("meetingTitleEdit")
        self.title.setAccessibleName(self.tr("Title (optional)"))
        form.addRow(self.tr("T&itle (optional):"), self.title)
        self.status = QComboBox(self)
        self.status.setObjectName("meetingStatusCombo")
        self.status.setAccessibleName(self.tr("Status"))
        for status in MeetingStatus:
            self.status.addItem(label(status), status)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("cancelledReasonEdit")
        self.reason.setAccessibleName(self.tr("Why it was cancelled"))
        if existing is None:
            # A new meeting is scheduled; status and reason belong to editing it later.
            # (Unplaced, they drew as a stray text box over the "Type:" label.)
            self.status.hide()
            self.reason.hide()
            self.place.setText(self._usual_place())
        else:
            form.addRow(self.tr("&Status:"), self.status)
            form.addRow(self.tr("Cancelled &because:"), self.reason)
            self.status.currentIndexChanged.connect(self._status_changed)
            self.kind.setCurrentIndex(self.kind.findData(existing.kind))
            at = existing.starts_at
            self.starts.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))
            self.place.setText(existing.location or "")
            self.title.setText(existing.title or "")
            self.status.setCurrentIndex(self.status.findData(existing.status))
            self.reason.setText(existing.cancelled_reason or "")
            self._status_changed()
        self.error, buttons = _buttons(self, form)
        if existing is not None:
            when = format_datetime(existing.starts_at)
            title = f"{label(existing.kind)} {when}" + (f" — {existing.title}" if existing.title else "")
            add_history_button(buttons, ctx, "meetings", existing.id, title)

    def _usual_place(self) -> str:
        """Board settings' usual meeting place, to start a new meeting with."""
        query = QueryOp(self, self.ctx, get_settings)
        return (query.result.default_location or "") if query.run() and query.result else ""

    def _status_changed(self, *_args: object) -> None:
        cancelled = enum_data(self.status, MeetingStatus) is MeetingStatus.CANCELLED
        self.reason.setEnabled(cancelled)

    def _starts_at(self) -> dt.datetime:
        when = self.starts.dateTime()
        day, time = when.date(), when.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def accept(self) -> None:
        if self.existing is not None:
            self._update(self.existing)
            return

        def create(session: DbSession) -> int:
            return meetings.create_meeting(
                session,
                starts_at=self._starts_at(),
                kind=enum_data(self.kind, MeetingKind) or MeetingKind.REGULAR,
                location=self.place.text(),
                title=self.title.text(),
            )

        op = ChangeOp(self, self.ctx, create).show_errors_in(self.error)
        if op.run():
            self.meeting_id = op.result
            super().accept()

    def _update(self, row: meetings.MeetingRow) -> None:
        def update(session: DbSession) -> None:
            meetings.update_meeting(
                session,
                row.id,
                row.version,
                starts_at=self._starts_at(),
                kind=enum_data(self.kind, MeetingKind) or row.kind,
                location=self.place.text(),
                status=enum_data(self.status, MeetingStatus) or row.status,
                title=self.title.text(),
                cancelled_reason=self.reason.text().strip() or None,
            )

        if ChangeOp(self, self.ctx, update).show_errors_in(self.error).run():
            self.meeting_id = row.id
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget, ctx: AppContext, existing: meetings.MeetingRow | None = None) -> int | None:
        """The new (or edited) meeting's id; None when cancelled."""
        dialog = cls(ctx, parent, existing)
        dialog.exec()
        return dialog.meeting_id


ORDINALS = [
    (1, QT_TRANSLATE_NOOP("meetings", "1st")),
    (2, QT_TRANSLATE_NOOP("meetings", "2nd")),
    (3, QT_TRANSLATE_NOOP("meetings", "3rd")),
    (4, QT_TRANSLATE_NOOP("meetings", "4th")),
    (-1, QT_TRANSLATE_NOOP("meetings", "last")),
]
WEEKDAYS = [
    QT_TRANSLATE_NOOP("meetings", "Monday"),
    QT_TRANSLATE_NOOP("meetings", "Tuesday"),
    QT_TRANSLATE_NOOP("meetings", "Wednesday"),
    QT_TRANSLATE_NOOP("meetings", "Thursday"),
    QT_TRANSLATE_NOOP("meetings", "Friday"),
    QT_TRANSLATE_NOOP("meetings", "Saturday"),
    QT_TRANSLATE_NOOP("meetings", "Sunday"),
]


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
            self.ordinal.addItem(tr_meetings(text), value)
        self.ordinal.setCurrentIndex(1)
        self.weekday = QComboBox(self)
        self.weekday.setObjectName("scheduleWeekdayCombo")
        self.weekday.setAccessibleName(self.tr("Weekday"))
        for index, name in enumerate(WEEKDAYS):
            self.weekday.addItem(tr_meetings(name), index)
        self.weekday.setCurrentIndex(1)
        form.addRow(self.tr("Every:"), self.ordinal)
        form.addRow(self.tr("Weekday:"), self.weekday)
        self.time = QTimeEdit(QTime(18, 30), self)
        self.time.setObjectName("scheduleTimeEdit")
        self.time.setAccessibleName(self.tr("Start time"))
        self.time.setDisplayFormat(time_edit_format())
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
        self.first.setDisplayFormat(date_edit_format())
        form.addRow(self.tr("&From:"), self.first)
        self.months = QSpinBox(self)
        self.months.setObjectName("scheduleMonthsSpin")
        self.months.setAccessibleName(self.tr("Number of months"))
        self.months.setRange(1, 36)
        self.months.setValue(12)
        form.addRow(self.tr("&Months:"), self.months)
        self.error, _buttons_box = _buttons(self, form)

    def accept(self) -> None:
        def schedule(session: DbSession) -> list[int]:
            return meetings.schedule_meetings(
                session,
                first_month=self.first.date().toPython(),  # type: ignore[arg-type]
                weekday=self.weekday.currentData(),
                ordinal=self.ordinal.currentData(),
                start_time=dt.time(self.time.time().hour(), self.time.time().minute()),
                location=self.place.text(),
                kind=enum_data(self.kind, MeetingKind) or MeetingKind.REGULAR,
                months=self.months.value(),
            )

        op = ChangeOp(self, self.ctx, schedule).show_errors_in(self.error)
        if op.run():
            self.created = op.result or []
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget, ctx: AppContext) -> list[int]:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.created
