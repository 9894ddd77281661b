"""The form to record a new issue or edit one; errors show next to their field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.default_data import shown
from advisoryboard.labels import priority_label, source_label
from advisoryboard.services.community import EventChoice
from advisoryboard.services.districts import Area
from advisoryboard.services.issue_detail import Choice
from advisoryboard.services.issues import IssueDetail, IssueInput
from database.enums import IssuePriority, IssueSource
from ui.common.area_combo import AreaCombo
from ui.common.coordinates import CoordinateBox
from ui.common.formatting import date_edit_format, datetime_edit_format, format_date
from ui.common.optional_date import OptionalDateEdit
from ui.operations import Operation

NO_DUE = QDate(2000, 1, 1)
#: Given the form's values, the change that saves them (run by the dialog, which shows a
#: refusal next to its field): e.g. `lambda data: ChangeOp(tab, ctx, lambda s: create_issue(s, data))`.
Save = Callable[[IssueInput], Operation[Any]]


class IssueDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        categories: list[Choice],
        save: Save,
        detail: IssueDetail | None = None,
        areas: Sequence[Area] = (),
        *,
        events: Sequence[EventChoice] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueDialog")
        self.save = save
        self.result_value: object = None
        self.setWindowTitle(
            self.tr("New issue")
            if detail is None
            else self.tr("Edit issue {ref}").format(ref=detail.reference)
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.errors: dict[str, QLabel] = {}

        self.title = QLineEdit(self)
        self.title.setObjectName("titleEdit")
        self.title.setMaxLength(300)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("descriptionEdit")
        self.description.setTabChangesFocus(True)  # Tab moves on to the next field, as in the other forms
        self.category = QComboBox(self)
        self.category.setObjectName("categoryCombo")
        self.category.addItem(self.tr("(none)"), None)
        for c in categories:
            self.category.addItem(shown(c.label), c.id)
        self.priority = QComboBox(self)
        self.priority.setObjectName("priorityCombo")
        for p in IssuePriority:
            self.priority.addItem(priority_label(p), p.value)
        self.priority.setCurrentIndex(self.priority.findData(IssuePriority.NORMAL.value))
        self.source = QComboBox(self)
        self.source.setObjectName("sourceCombo")
        self.source.addItem(self.tr("(unknown)"), None)
        for s in IssueSource:
            self.source.addItem(source_label(s), s.value)
        self.source_event = QComboBox(self)  # the issue's side of "an issue's source can be an event"
        self.source_event.setObjectName("sourceEventCombo")
        self.source_event.addItem(self.tr("(not raised at an event)"), None)
        for e in events:
            self.source_event.addItem(f"{e.title}, {format_date(e.starts_at)}", e.id)
        self.location = QLineEdit(self)
        self.location.setObjectName("locationEdit")
        self.location.setPlaceholderText(self.tr("address, block or landmark"))
        self.district = AreaCombo(self, areas=areas)  # the board's districts and beats
        self.district.setObjectName("districtEdit")
        self.latitude = self._coordinate("latitudeEdit", 90)
        self.longitude = self._coordinate("longitudeEdit", 180)
        self.reported = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.reported.setObjectName("reportedEdit")
        self.reported.setCalendarPopup(True)
        self.reported.setDisplayFormat(datetime_edit_format())
        self.reporter_name = QLineEdit(self)
        self.reporter_name.setObjectName("reporterNameEdit")
        self.reporter_contact = QLineEdit(self)
        self.reporter_contact.setObjectName("reporterContactEdit")
        self.due = OptionalDateEdit(self)
        self.due.setObjectName("dueEdit")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_edit_format())
        self.due.setMinimumDate(NO_DUE)
        self.due.setSpecialValueText(self.tr("no due date"))
        self.due.setDate(NO_DUE)
        self.confidential = QCheckBox(
            self.tr("Confidential (named individuals, ongoing investigation)"), self
        )
        self.confidential.setObjectName("confidentialCheck")

        for key, label, widget in (
            ("title", self.tr("&Title *"), self.title),
            ("description", self.tr("&Description"), self.description),
            ("category_id", self.tr("&Category"), self.category),
            ("priority", self.tr("&Priority"), self.priority),
            ("source", self.tr("S&ource"), self.source),
            ("source_event_id", self.tr("Raised at &event"), self.source_event),
            ("location", self.tr("&Location"), self.location),
            ("district", self.tr("District / beat"), self.district),
            ("latitude", self.tr("Latitude"), self.latitude),
            ("longitude", self.tr("Longitude"), self.longitude),
            ("reported_on", self.tr("Reported on"), self.reported),
            ("reporter_name", self.tr("Reporter (private)"), self.reporter_name),
            ("reporter_contact", self.tr("Reporter contact (private)"), self.reporter_contact),
            ("due_on", self.tr("Due on"), self.due),
            ("confidential", "", self.confidential),
        ):
            widget.setAccessibleName(label.replace("&", "").replace(" *", ""))
            form.addRow(label, widget)
            error = QLabel(self)
            error.setObjectName(f"{key}Error")
            error.setStyleSheet("color: #b00020")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[key] = error
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("dialogError")
        self.general_error.setStyleSheet("color: #b00020")
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        if detail is not None:
            self._load(detail)
            from ui.office.presence import attach_presence

            attach_presence(self, "issues", detail.id)  # "<user> is editing this issue on <computer>"

    def _coordinate(self, name: str, limit: int) -> QDoubleSpinBox:
        return CoordinateBox(self, name, limit)

    def _load(self, d: IssueDetail) -> None:
        self.title.setText(d.title)
        self.description.setPlainText(d.description or "")
        self.category.setCurrentIndex(max(self.category.findData(d.category_id), 0))
        self.priority.setCurrentIndex(self.priority.findData(d.priority.value))
        self.source.setCurrentIndex(max(self.source.findData(d.source.value if d.source else None), 0))
        self.source_event.setCurrentIndex(max(self.source_event.findData(d.source_event_id), 0))
        self.location.setText(d.location or "")
        self.district.setText(d.district or "")
        if d.latitude is not None:
            self.latitude.setValue(d.latitude)
        if d.longitude is not None:
            self.longitude.setValue(d.longitude)
        r = d.reported_on
        self.reported.setDateTime(QDateTime(QDate(r.year, r.month, r.day), QTime(r.hour, r.minute, r.second)))
        self.reporter_name.setText(d.reporter_name or "")
        self.reporter_contact.setText(d.reporter_contact or "")
        if d.due_on:
            self.due.setDate(QDate(d.due_on.year, d.due_on.month, d.due_on.day))
        self.confidential.setChecked(d.confidential)

    def value(self) -> IssueInput:
        due = self.due.date()
        lat = self.latitude.value() if self.latitude.value() > self.latitude.minimum() else None
        lon = self.longitude.value() if self.longitude.value() > self.longitude.minimum() else None
        reported = self.reported.dateTime().toPython()
        assert isinstance(reported, dt.datetime)
        return IssueInput(
            title=self.title.text(),
            description=self.description.toPlainText(),
            category_id=self.category.currentData(),
            priority=IssuePriority(self.priority.currentData()),
            source=IssueSource(self.source.currentData()) if self.source.currentData() else None,
            location=self.location.text(),
            district=self.district.text(),
            latitude=lat,
            longitude=lon,
            reported_on=reported.replace(second=0, microsecond=0),
            reporter_name=self.reporter_name.text(),
            reporter_contact=self.reporter_contact.text(),
            due_on=None if due == NO_DUE else dt.date(due.year(), due.month(), due.day()),
            confidential=self.confidential.isChecked(),
            source_event_id=self.source_event.currentData(),
        )

    def _save(self) -> None:
        save = self.save(self.value()).show_errors_in(self.general_error, self.errors)
        if save.run():
            self.result_value = save.result
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        categories: list[Choice],
        save: Save,
        detail: IssueDetail | None = None,
        areas: Sequence[Area] = (),
        *,
        events: Sequence[EventChoice] = (),
    ) -> object:
        """Show the form until it is saved (returns save's result) or cancelled (None)."""
        dialog = cls(parent, categories, save, detail, areas, events=events)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
