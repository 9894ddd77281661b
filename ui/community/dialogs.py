"""The event and program dialogs: one form each, errors next to their fields, saved by ChangeOp."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.labels import label
from advisoryboard.services import community as svc
from database.models.community import EventKind, EventStatus, ProgramKind, ProgramStatus
from ui.common.area_combo import AreaCombo
from ui.common.coordinates import CoordinateBox
from ui.common.formatting import date_edit_format, datetime_edit_format
from ui.context import AppContext
from ui.operations import ChangeOp, QueryOp

NO_VALUE = -1  # a spin box at its minimum shows "—": not recorded


def _error_label(parent: QWidget, name: str) -> QLabel:
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #b00020;")
    lab.hide()
    return lab


def _count_box(parent: QWidget, name: str, accessible: str, optional: bool) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setRange(NO_VALUE if optional else 0, svc.MAX_COUNT * 10)
    if optional:
        box.setSpecialValueText("—")
    return box


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _pydt(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class _FormDialog(QDialog):
    """A scrolling form (fits 1366×768 in any language) with an error line per field."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.form = QFormLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.message = _error_label(self, "formMessage")
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(560, 640)
        self.saved_id: int | None = None

    def row(self, text: str, widget: QWidget, field: str) -> None:
        lab = QLabel(text, self)
        lab.setBuddy(widget)
        self.form.addRow(lab, widget)
        err = _error_label(self, f"{field}Error")
        self.form.addRow("", err)
        self.errors[field] = err

    def line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def area_combo(self, name: str, accessible: str) -> AreaCombo:
        """The board's districts and beats, with typing and completion."""
        box = AreaCombo(self, self.ctx)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        return box

    def combo(self, name: str, accessible: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        for text, data in items:
            box.addItem(text, data)
        return box

    def save(self) -> None:
        raise NotImplementedError

    def _saved(self, ident: int) -> None:
        self.saved_id = ident
        self.accept()


class EventDialog(_FormDialog):
    """New or edit a community event."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, event_id: int | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("eventDialog")
        self.event_id = event_id
        self.setWindowTitle(self.tr("Edit event") if event_id else self.tr("New event"))
        programs = QueryOp(self, ctx, lambda s: svc.list_programs(s))
        programs.run()
        record = None
        if event_id is not None:
            load = QueryOp(self, ctx, lambda s: svc.get_event(s, event_id))
            load.run()
            record = load.result
        self.version = record.version if record else None
        self.title_edit = self.line("eventTitle", self.tr("Title"))
        self.row(self.tr("&Title:"), self.title_edit, "title")
        self.kind = self.combo("eventKind", self.tr("Kind of event"), [(label(k), k) for k in EventKind])
        self.row(self.tr("&Kind:"), self.kind, "kind")
        self.status = self.combo("eventStatus", self.tr("Status"), [(label(k), k) for k in EventStatus])
        self.row(self.tr("Stat&us:"), self.status, "status")
        self.program = self.combo(
            "eventProgram",
            self.tr("Program"),
            [(self.tr("(no program)"), None), *((p.name, p.id) for p in programs.result or [])],
        )
        self.row(self.tr("&Program:"), self.program, "program_id")
        self.starts = QDateTimeEdit(self)
        self.starts.setObjectName("eventStarts")
        self.starts.setAccessibleName(self.tr("Starts"))
        self.starts.setDisplayFormat(datetime_edit_format())
        self.starts.setCalendarPopup(True)
        self.row(self.tr("&Starts:"), self.starts, "starts_at")
        self.ends = QDateTimeEdit(self)
        self.ends.setObjectName("eventEnds")
        self.ends.setAccessibleName(self.tr("Ends"))
        self.ends.setDisplayFormat(datetime_edit_format())
        self.ends.setCalendarPopup(True)
        self.row(self.tr("&Ends:"), self.ends, "ends_at")
        self.place = self.line("eventPlace", self.tr("Place"))
        self.row(self.tr("P&lace:"), self.place, "place")
        self.district = self.area_combo("eventDistrict", self.tr("District or beat"))
        self.row(self.tr("&District or beat:"), self.district, "district")
        # Coordinates of the place (from a map or a GPS), so the event shows on the maps.
        self.latitude = CoordinateBox(self, "eventLatitude", 90)
        self.latitude.setAccessibleName(self.tr("Latitude of the place"))
        self.row(self.tr("Lat&itude:"), self.latitude, "latitude")
        self.longitude = CoordinateBox(self, "eventLongitude", 180)
        self.longitude.setAccessibleName(self.tr("Longitude of the place"))
        self.row(self.tr("Lo&ngitude:"), self.longitude, "longitude")
        self.cohosts = self.line("eventCohosts", self.tr("Co-hosting partners"))
        self.row(self.tr("C&o-hosts:"), self.cohosts, "cohosts")
        self.languages = self.line("eventLanguages", self.tr("Languages offered, as codes"))
        self.languages.setPlaceholderText(self.tr("en, es"))
        self.row(self.tr("Lan&guages:"), self.languages, "languages")
        self.accessibility = self.line("eventAccessibility", self.tr("Interpretation and accessibility"))
        self.row(self.tr("&Accessibility:"), self.accessibility, "accessibility")
        self.bring = self.line("eventBring", self.tr("What to bring"))
        self.row(self.tr("What to &bring:"), self.bring, "what_to_bring")
        self.expected = _count_box(self, "eventExpected", self.tr("Expected attendance"), True)
        self.row(self.tr("E&xpected:"), self.expected, "expected_attendance")
        self.head_count = _count_box(self, "eventHeadCount", self.tr("Head count"), True)
        self.row(self.tr("&Head count:"), self.head_count, "head_count")
        self.volunteers = _count_box(self, "eventVolunteers", self.tr("Volunteers"), False)
        self.row(self.tr("&Volunteers:"), self.volunteers, "volunteers")
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("eventHours")
        self.hours.setAccessibleName(self.tr("Volunteer hours"))
        self.hours.setRange(0, 1_000_000)
        self.hours.setDecimals(1)
        self.row(self.tr("Volunteer hou&rs:"), self.hours, "volunteer_hours")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("eventNotes")
        self.notes.setAccessibleName(self.tr("Outcome notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.row(self.tr("Outco&me notes:"), self.notes, "outcome_notes")
        self._fill(record)

    def _fill(self, r: svc.EventRecord | None) -> None:
        now = dt.datetime.now().replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=7)
        if r is None:
            self.starts.setDateTime(_qdt(now.replace(hour=18)))
            self.ends.setDateTime(_qdt(now.replace(hour=20)))
            self.expected.setValue(NO_VALUE)
            self.head_count.setValue(NO_VALUE)
            return
        self.title_edit.setText(r.title)
        self.kind.setCurrentIndex(max(self.kind.findData(r.kind), 0))
        self.status.setCurrentIndex(max(self.status.findData(r.status), 0))
        self.program.setCurrentIndex(max(self.program.findData(r.program_id), 0))
        self.starts.setDateTime(_qdt(r.starts_at))
        self.ends.setDateTime(_qdt(r.ends_at or r.starts_at + dt.timedelta(hours=2)))
        self.place.setText(r.place or "")
        self.district.setText(r.district or "")
        self.latitude.set_coordinate(r.latitude)
        self.longitude.set_coordinate(r.longitude)
        self.cohosts.setText(r.cohosts or "")
        self.languages.setText(", ".join(r.languages))
        self.accessibility.setText(r.accessibility or "")
        self.bring.setText(r.what_to_bring or "")
        self.expected.setValue(NO_VALUE if r.expected_attendance is None else r.expected_attendance)
        self.head_count.setValue(NO_VALUE if r.head_count is None else r.head_count)
        self.volunteers.setValue(r.volunteers)
        self.hours.setValue(r.volunteer_hours)
        self.notes.setPlainText(r.outcome_notes or "")

    def collect(self) -> svc.EventInput:
        def opt(box: QSpinBox) -> int | None:
            return None if box.value() == NO_VALUE else box.value()

        return svc.EventInput(
            title=self.title_edit.text(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            starts_at=_pydt(self.starts.dateTime()),
            ends_at=_pydt(self.ends.dateTime()),
            program_id=self.program.currentData(),
            place=self.place.text(),
            district=self.district.text(),
            cohosts=self.cohosts.text(),
            languages=self.languages.text(),
            accessibility=self.accessibility.text(),
            what_to_bring=self.bring.text(),
            expected_attendance=opt(self.expected),
            head_count=opt(self.head_count),
            volunteers=self.volunteers.value(),
            volunteer_hours=self.hours.value(),
            outcome_notes=self.notes.toPlainText(),
            latitude=self.latitude.coordinate(),
            longitude=self.longitude.coordinate(),
        )

    def save(self) -> None:
        data = self.collect()
        event_id, version = self.event_id, self.version

        def op(s: Any) -> int:
            if event_id is None:
                return svc.create_event(s, data)
            svc.update_event(s, event_id, data, version)
            return event_id

        ChangeOp(self, self.ctx, op).show_errors_in(self.message, self.errors).success(self._saved).run()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, event_id: int | None = None) -> int | None:
        dialog = cls(ctx, parent, event_id)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None


class ProgramDialog(_FormDialog):
    """New or edit a community program."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, program_id: int | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("programDialog")
        self.program_id = program_id
        self.setWindowTitle(self.tr("Edit program") if program_id else self.tr("New program"))
        record = None
        if program_id is not None:
            load = QueryOp(self, ctx, lambda s: svc.get_program(s, program_id))
            load.run()
            record = load.result
        self.version = record.version if record else None
        self.name = self.line("programName", self.tr("Program name"))
        self.row(self.tr("&Name:"), self.name, "name")
        self.kind = self.combo(
            "programKind", self.tr("Kind of program"), [(label(k), k) for k in ProgramKind]
        )
        self.row(self.tr("&Kind:"), self.kind, "kind")
        self.status = self.combo("programStatus", self.tr("Status"), [(label(k), k) for k in ProgramStatus])
        self.row(self.tr("Stat&us:"), self.status, "status")
        self.district = self.area_combo("programDistrict", self.tr("District or beat"))
        self.row(self.tr("&District or beat:"), self.district, "district")
        self.area = self.line("programArea", self.tr("Streets or blocks covered"))
        self.row(self.tr("&Area covered:"), self.area, "area")
        self.coordinator = self.line("programCoordinator", self.tr("Coordinator (a volunteer)"))
        self.row(self.tr("&Coordinator:"), self.coordinator, "coordinator_name")
        self.partners = self.line("programPartners", self.tr("Partner organizations"))
        self.row(self.tr("&Partners:"), self.partners, "partners")
        self.households = _count_box(self, "programHouseholds", self.tr("Participating households"), True)
        self.row(self.tr("&Households:"), self.households, "households")
        self.start = QDateEdit(self)
        self.start.setObjectName("programStart")
        self.start.setAccessibleName(self.tr("Starts on"))
        self.start.setDisplayFormat(date_edit_format())
        self.start.setCalendarPopup(True)
        self.row(self.tr("&Starts on:"), self.start, "start_date")
        self.has_end = QCheckBox(self.tr("Has an &end date"), self)
        self.has_end.setObjectName("programHasEnd")
        self.end = QDateEdit(self)
        self.end.setObjectName("programEnd")
        self.end.setAccessibleName(self.tr("Ends on"))
        self.end.setDisplayFormat(date_edit_format())
        self.end.setCalendarPopup(True)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.form.addRow("", self.has_end)
        self.row(self.tr("Ends &on:"), self.end, "end_date")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("programNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.row(self.tr("No&tes:"), self.notes, "notes")
        today = dt.date.today()
        self.start.setDate(QDate(today.year, today.month, today.day))
        self.end.setDate(QDate(today.year, today.month, today.day))
        self.end.setEnabled(False)
        self.households.setValue(NO_VALUE)
        if record is not None:
            self.name.setText(record.name)
            self.kind.setCurrentIndex(max(self.kind.findData(record.kind), 0))
            self.status.setCurrentIndex(max(self.status.findData(record.status), 0))
            self.district.setText(record.district or "")
            self.area.setText(record.area or "")
            self.coordinator.setText(record.coordinator_name or "")
            self.partners.setText(record.partners or "")
            self.households.setValue(NO_VALUE if record.households is None else record.households)
            if record.start_date:
                d = record.start_date
                self.start.setDate(QDate(d.year, d.month, d.day))
            if record.end_date:
                d = record.end_date
                self.end.setDate(QDate(d.year, d.month, d.day))
                self.has_end.setChecked(True)
            self.notes.setPlainText(record.notes or "")

    def collect(self) -> svc.ProgramInput:
        def day(edit: QDateEdit) -> dt.date:
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())

        return svc.ProgramInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            district=self.district.text(),
            area=self.area.text(),
            coordinator_name=self.coordinator.text(),
            partners=self.partners.text(),
            households=None if self.households.value() == NO_VALUE else self.households.value(),
            start_date=day(self.start),
            end_date=day(self.end) if self.has_end.isChecked() else None,
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        data = self.collect()
        program_id, version = self.program_id, self.version

        def op(s: Any) -> int:
            if program_id is None:
                return svc.create_program(s, data)
            svc.update_program(s, program_id, data, version)
            return program_id

        ChangeOp(self, self.ctx, op).show_errors_in(self.message, self.errors).success(self._saved).run()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, program_id: int | None = None) -> int | None:
        dialog = cls(ctx, parent, program_id)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
