"""The project editor and the response editor of the Safety tab (scrolling forms that fit 1366×768)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.services import projects as svc
from database.enums import ProjectAreaKind
from ui.context import AppContext
from ui.operations import ChangeOp, QueryOp


def _checklist(
    name: str, items: Sequence[tuple[int, str]], checked: Sequence[int], parent: QWidget
) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    for ident, text in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, ident)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ident in checked else Qt.CheckState.Unchecked)
    widget.setMaximumHeight(90)
    return widget


def _checked(widget: QListWidget) -> tuple[int, ...]:
    out = []
    for i in range(widget.count()):
        item = widget.item(i)
        if item.checkState() == Qt.CheckState.Checked:
            out.append(int(item.data(Qt.ItemDataRole.UserRole)))
    return tuple(out)


def _text_box(name: str, text: str | None, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(text or "", parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(54)
    return box


class _OptionalDate(QWidget):
    """A date that may be left empty (a check box says whether there is one)."""

    def __init__(self, name: str, label: str, value: dt.date | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.check.setObjectName(name + "Check")
        self.edit = QDateEdit(self)
        self.edit.setObjectName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(label)
        self.check.setChecked(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        q = self.edit.date()
        return dt.date(q.year(), q.month(), q.day())


def _float(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


class ProjectDialog(QDialog):
    """New or existing project: the problem, its area and time frame, and the analysis."""

    def __init__(
        self,
        ctx: AppContext,
        choices: svc.EditorChoices,
        record: svc.ProjectRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.saved_id: int | None = None
        self.setObjectName("projectDialog")
        self.setWindowTitle(
            self.tr("Problem-solving project") if record else self.tr("New problem-solving project")
        )
        d = record.data if record else svc.ProjectInput("", ())
        body = QWidget(self)
        form = QFormLayout(body)
        self.title = QLineEdit(d.title, body)
        self.title.setObjectName("projectTitle")
        self.problem = _text_box("projectProblem", d.problem, body)
        self.categories = _checklist("projectCategories", choices.categories, d.category_ids, body)
        self.area_kind = QComboBox(body)
        self.area_kind.setObjectName("projectAreaKind")
        self.area_kind.addItem(self.tr("Districts or beats"), ProjectAreaKind.DISTRICTS)
        self.area_kind.addItem(self.tr("A radius around a point"), ProjectAreaKind.RADIUS)
        self.area_kind.setCurrentIndex(0 if d.area_kind is ProjectAreaKind.DISTRICTS else 1)
        self.districts = QLineEdit(d.districts or "", body)
        self.districts.setObjectName("projectDistricts")
        self.districts.setPlaceholderText(self.tr("e.g. 1, 18"))
        self.beats = QLineEdit(d.beats or "", body)
        self.beats.setObjectName("projectBeats")
        self.buffer_districts = QLineEdit(d.buffer_districts or "", body)
        self.buffer_districts.setObjectName("projectBufferDistricts")
        self.buffer_beats = QLineEdit(d.buffer_beats or "", body)
        self.buffer_beats.setObjectName("projectBufferBeats")
        self.center_address = QLineEdit(d.center_address or "", body)
        self.center_address.setObjectName("projectCenterAddress")
        self.center_lat = QLineEdit("" if d.center_lat is None else str(d.center_lat), body)
        self.center_lat.setObjectName("projectCenterLat")
        self.center_lon = QLineEdit("" if d.center_lon is None else str(d.center_lon), body)
        self.center_lon.setObjectName("projectCenterLon")
        self.radius = QSpinBox(body)
        self.radius.setObjectName("projectRadius")
        self.radius.setRange(0, 20000)
        self.radius.setSuffix(self.tr(" m"))
        self.radius.setValue(d.radius_m or 400)
        self.buffer = QSpinBox(body)
        self.buffer.setObjectName("projectBuffer")
        self.buffer.setRange(0, 20000)
        self.buffer.setSuffix(self.tr(" m"))
        self.buffer.setValue(d.buffer_m or 400)
        self.period_start = _OptionalDate("projectPeriodStart", self.tr("From"), d.period_start, body)
        self.period_end = _OptionalDate("projectPeriodEnd", self.tr("To"), d.period_end, body)
        self.window_days = QSpinBox(body)
        self.window_days.setObjectName("projectWindow")
        self.window_days.setRange(7, 730)
        self.window_days.setSuffix(self.tr(" days"))
        self.window_days.setValue(d.window_days)
        self.location = _text_box("projectTriangleLocation", d.triangle_location, body)
        self.offender = _text_box("projectTriangleOffender", d.triangle_offender, body)
        self.victim = _text_box("projectTriangleVictim", d.triangle_victim, body)
        self.factors = _text_box("projectFactors", d.contributing_factors, body)
        self.partners = _checklist("projectPartners", choices.partners, d.partner_ids, body)
        self.notes = _text_box("projectAssessmentNotes", d.assessment_notes, body)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Title:"), self.title),
            (self.tr("&Problem:"), self.problem),
            (self.tr("Offense &categories:"), self.categories),
            (self.tr("&Area:"), self.area_kind),
            (self.tr("&Districts:"), self.districts),
            (self.tr("&Beats:"), self.beats),
            (self.tr("Buffer districts:"), self.buffer_districts),
            (self.tr("Buffer beats:"), self.buffer_beats),
            (self.tr("Center (address):"), self.center_address),
            (self.tr("Center latitude:"), self.center_lat),
            (self.tr("Center longitude:"), self.center_lon),
            (self.tr("&Radius:"), self.radius),
            (self.tr("Buffer ring:"), self.buffer),
            (self.tr("Time frame from:"), self.period_start),
            (self.tr("Time frame to:"), self.period_end),
            (self.tr("Assessment &window:"), self.window_days),
            (self.tr("Triangle — location:"), self.location),
            (self.tr("Triangle — offender:"), self.offender),
            (self.tr("Triangle — victim or target:"), self.victim),
            (self.tr("Contributing &factors:"), self.factors),
            (self.tr("Pa&rtners:"), self.partners),
            (self.tr("Assessment notes:"), self.notes),
        ]
        self.labels: dict[str, QLabel] = {}
        for text, widget in rows:
            label = QLabel(text, body)
            label.setBuddy(widget)
            if not isinstance(widget, _OptionalDate):
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        scroll = QScrollArea(self)
        scroll.setObjectName("projectScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.message = QLabel(self)
        self.message.setObjectName("projectMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.area_kind.currentIndexChanged.connect(self._area_changed)
        self._area_changed()
        self.resize(640, 620)

    def _area_changed(self) -> None:
        radius = self.area_kind.currentData() is ProjectAreaKind.RADIUS
        for w in (self.center_address, self.center_lat, self.center_lon, self.radius, self.buffer):
            w.setEnabled(radius)
        for w in (self.districts, self.beats, self.buffer_districts, self.buffer_beats):
            w.setEnabled(not radius)

    def collect(self) -> svc.ProjectInput:
        def text(box: QPlainTextEdit) -> str:
            return box.toPlainText()

        radius = self.area_kind.currentData() is ProjectAreaKind.RADIUS
        return svc.ProjectInput(
            title=self.title.text(),
            category_ids=_checked(self.categories),
            problem=text(self.problem),
            area_kind=self.area_kind.currentData(),
            districts=self.districts.text(),
            beats=self.beats.text(),
            buffer_districts=self.buffer_districts.text(),
            buffer_beats=self.buffer_beats.text(),
            center_address=self.center_address.text() if radius else None,
            center_lat=_float(self.center_lat.text()) if radius else None,
            center_lon=_float(self.center_lon.text()) if radius else None,
            radius_m=self.radius.value() if radius else None,
            buffer_m=self.buffer.value() if radius else None,
            period_start=self.period_start.value(),
            period_end=self.period_end.value(),
            window_days=self.window_days.value(),
            triangle_location=text(self.location),
            triangle_offender=text(self.offender),
            triangle_victim=text(self.victim),
            contributing_factors=text(self.factors),
            assessment_notes=text(self.notes),
            partner_ids=_checked(self.partners),
        )

    def save(self) -> None:
        data = self.collect()
        record = self.record
        fields: dict[str, QWidget] = {
            "title": self.title,
            "categories": self.categories,
            "districts": self.districts,
            "center": self.center_lat,
            "radius_m": self.radius,
            "window_days": self.window_days,
        }
        if record is None:
            op = ChangeOp(self, self.ctx, lambda s: svc.create_project(s, data))
        else:

            def update(session: Any) -> int:
                svc.update_project(session, record.id, data, record.version)
                return record.id

            op = ChangeOp(self, self.ctx, update)
        op.show_errors_in(self.message, fields).success(self._saved).run()

    def _saved(self, project_id: int) -> None:
        self.saved_id = project_id
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, ctx: AppContext, project_id: int | None) -> int | None:
        """Edit (or create) a project; returns its id when saved."""
        op = QueryOp(
            parent,
            ctx,
            lambda s: (svc.editor_choices(s), svc.get_project(s, project_id) if project_id else None),
        )
        if not op.run() or op.result is None:
            return None
        choices, record = op.result
        dialog = cls(ctx, choices, record, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved_id


class ResponseDialog(QDialog):
    """A response: what is done, by whom, with which partner, from when; linked action items and motions."""

    def __init__(
        self,
        ctx: AppContext,
        project_id: int,
        choices: svc.EditorChoices,
        record: svc.ResponseRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project_id = project_id
        self.record = record
        self.setObjectName("responseDialog")
        self.setWindowTitle(self.tr("Response"))
        form = QFormLayout()
        self.what = _text_box("responseWhat", record.what if record else "", self)
        self.who = QLineEdit(record.who or "" if record else "", self)
        self.who.setObjectName("responseWho")
        self.partner = QComboBox(self)
        self.partner.setObjectName("responsePartner")
        self.partner.addItem(self.tr("(none)"), None)
        for ident, name in choices.partners:
            self.partner.addItem(name, ident)
        if record and record.partner_id is not None:
            self.partner.setCurrentIndex(max(0, self.partner.findData(record.partner_id)))
        self.started = QDateEdit(
            QDate(record.started_on.year, record.started_on.month, record.started_on.day)
            if record
            else QDate.currentDate(),
            self,
        )
        self.started.setObjectName("responseStarted")
        self.started.setCalendarPopup(True)
        self.action_list = _checklist(
            "responseActionItems", choices.action_items, record.action_item_ids if record else (), self
        )
        self.motions = _checklist(
            "responseMotions", choices.motions, record.motion_ids if record else (), self
        )
        for text, widget in (
            (self.tr("&What:"), self.what),
            (self.tr("&Who:"), self.who),
            (self.tr("&Partner:"), self.partner),
            (self.tr("&Started on:"), self.started),
            (self.tr("&Action items:"), self.action_list),
            (self.tr("&Motions:"), self.motions),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.message = QLabel(self)
        self.message.setObjectName("responseMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def collect(self) -> svc.ResponseInput:
        return svc.ResponseInput(
            what=self.what.toPlainText(),
            started_on=dt.date(
                self.started.date().year(), self.started.date().month(), self.started.date().day()
            ),
            who=self.who.text(),
            partner_id=self.partner.currentData(),
            action_item_ids=_checked(self.action_list),
            motion_ids=_checked(self.motions),
        )

    def save(self) -> None:
        data = self.collect()
        record, pid = self.record, self.project_id
        if record is None:
            op: ChangeOp[Any] = ChangeOp(self, self.ctx, lambda s: svc.add_response(s, pid, data))
        else:
            op = ChangeOp(self, self.ctx, lambda s: svc.update_response(s, record.id, data, record.version))
        op.show_errors_in(self.message, {"what": self.what}).success(lambda _r: self.accept()).run()

    @classmethod
    def ask(
        cls, parent: QWidget, ctx: AppContext, project_id: int, record: svc.ResponseRecord | None = None
    ) -> bool:
        op = QueryOp(parent, ctx, svc.editor_choices)
        if not op.run() or op.result is None:
            return False
        return cls(ctx, project_id, op.result, record, parent).exec() == QDialog.DialogCode.Accepted
