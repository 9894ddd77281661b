"""Add or edit a member: details, contact privacy, seat term and offices, with messages by each field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.default_data import shown
from advisoryboard.errors import UserError, ValidationError
from advisoryboard.labels import office_label, seat_kind_label
from advisoryboard.services.members import MemberInput, create_member, get_member, update_member
from advisoryboard.services.seats import list_seats
from database.enums import Office
from ui.common.area_combo import AreaCombo
from ui.common.history import add_history_button
from ui.context import AppContext
from ui.members.widgets import OptionalDate, date_edit, error_label, to_date, to_qdate
from ui.operations import ChangeOp, DbSession, QueryOp

FIELDS = ("name", "email", "phone", "joined_on", "seat", "term_start", "term_end", "offices")


class MemberDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, member_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.setObjectName("memberDialog")
        title = self.tr("Add member") if member_id is None else self.tr("Edit member")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.errors = {f: error_label(self, f) for f in FIELDS}
        layout = QVBoxLayout(self)

        person = QGroupBox(self.tr("Person"), self)
        form = QFormLayout(person)
        self.name = self._line("nameEdit", self.tr("Name"))
        self.email = self._line("emailEdit", self.tr("Email"))
        self.phone = self._line("phoneEdit", self.tr("Phone"))
        self.address = self._line("addressEdit", self.tr("Address"))
        self.district = AreaCombo(self, ctx)  # the board's districts and beats
        self.district.setObjectName("districtEdit")
        self.district.setAccessibleName(self.tr("District"))
        self.publish = QCheckBox(self.tr("Publish contact details on public rosters"), self)
        self.publish.setObjectName("publishContactCheck")
        self.publish.setAccessibleName(self.publish.text())
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab moves on to the next control (keyboard users)
        self.notes.setObjectName("notesEdit")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(60)
        self.joined = OptionalDate(self, "joinedEdit", self.tr("Joined the board on"), self.tr("joined on"))
        self._row(form, self.tr("&Name *"), self.name, "name")
        self._row(form, self.tr("&Email"), self.email, "email")
        self._row(form, self.tr("&Phone"), self.phone, "phone")
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&District"), self.district)
        self._row(form, self.tr("&Joined"), self.joined, "joined_on")
        form.addRow("", self.publish)
        form.addRow(self.tr("N&otes"), self.notes)
        layout.addWidget(person)

        term = QGroupBox(self.tr("Seat and term"), self)
        tform = QFormLayout(term)
        self.seat = QComboBox(self)
        self.seat.setObjectName("seatCombo")
        self.seat.setAccessibleName(self.tr("Seat"))
        self.seat.addItem(self.tr("(no seat)"), None)
        for seat in QueryOp(self, ctx, lambda s: list_seats(s, include_retired=True)).get():
            holder = f" — {seat.holder_name}" if seat.holder_name else self.tr(" — vacant")
            if not seat.active:
                holder = self.tr(" — retired")
            self.seat.addItem(f"{shown(seat.label)} ({seat_kind_label(seat.kind)}){holder}", seat.id)
        self.term_start = date_edit(self, "termStartEdit", self.tr("Term starts"))
        self.term_end = OptionalDate(self, "termEndEdit", self.tr("Term ends"), self.tr("ends on"))
        self._row(tform, self.tr("&Seat"), self.seat, "seat")
        self._row(tform, self.tr("Term &starts"), self.term_start, "term_start")
        self._row(tform, self.tr("Term &ends"), self.term_end, "term_end")
        layout.addWidget(term)

        offices = QGroupBox(self.tr("Current offices (tick two for a combined title)"), self)
        oform = QFormLayout(offices)
        self.offices = QListWidget(self)
        self.offices.setObjectName("officesList")
        self.offices.setAccessibleName(self.tr("Current offices"))
        for office in Office:
            item = QListWidgetItem(office_label(office), self.offices)
            item.setData(Qt.ItemDataRole.UserRole, office.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.offices.setMaximumHeight(130)
        self.office_start = date_edit(self, "officeStartEdit", self.tr("New offices start"))
        self._row(oform, self.tr("O&ffices"), self.offices, "offices")
        oform.addRow(self.tr("New offices start"), self.office_start)
        layout.addWidget(offices)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("memberButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        if member_id is not None:
            self._load(member_id)
            add_history_button(buttons, ctx, "members", member_id, self.name.text())

    # ------------------------------------------------------------------ building
    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(widget)
        inner.addWidget(self.errors[field])
        form.addRow(label, box)

    def _load(self, member_id: int) -> None:
        record = QueryOp(self, self.ctx, lambda s: get_member(s, member_id)).get()
        self.version = record.version
        self.name.setText(record.name)
        self.email.setText(record.email or "")
        self.phone.setText(record.phone or "")
        self.address.setText(record.address or "")
        self.district.setText(record.district or "")
        self.publish.setChecked(record.publish_contact)
        self.notes.setPlainText(record.notes or "")
        self.joined.set_value(record.joined_on)
        self.seat.setCurrentIndex(max(self.seat.findData(record.seat_id), 0))
        if record.term_start:
            self.term_start.setDate(to_qdate(record.term_start))
        self.term_end.set_value(record.term_end)
        for i in range(self.offices.count()):
            item = self.offices.item(i)
            held = Office(item.data(Qt.ItemDataRole.UserRole)) in record.offices
            item.setCheckState(Qt.CheckState.Checked if held else Qt.CheckState.Unchecked)

    # ------------------------------------------------------------------ saving
    def value(self) -> MemberInput:
        seat_id = self.seat.currentData()
        checked = [
            Office(self.offices.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.offices.count())
            if self.offices.item(i).checkState() == Qt.CheckState.Checked
        ]
        return MemberInput(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            district=self.district.text(),
            publish_contact=self.publish.isChecked(),
            notes=self.notes.toPlainText(),
            joined_on=self.joined.value(),
            seat_id=seat_id,
            term_start=to_date(self.term_start.date()) if seat_id is not None else None,
            term_end=self.term_end.value() if seat_id is not None else None,
            offices=tuple(checked),
            office_start=to_date(self.office_start.date()),
        )

    def focus_first_error(self, exc: UserError) -> None:
        errors = exc.errors if isinstance(exc, ValidationError) else {}
        first = next((f for f in FIELDS if f in errors), None)
        focus = {
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "joined_on": self.joined.check,
            "seat": self.seat,
        }
        if first in focus:
            focus[first].setFocus()

    def save(self) -> None:
        data, member_id, version = self.value(), self.member_id, self.version

        def save(session: DbSession) -> int:
            if member_id is None:
                return create_member(session, data)
            update_member(session, member_id, data, version)
            return member_id

        # a message about a field goes under it; one about no known field under the name
        op = ChangeOp(self, self.ctx, save).show_errors_in(
            self.errors["name"], self.errors, validation_only=True
        )
        if op.failure(self.focus_first_error).run():
            self.saved_id = op.result
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, member_id: int | None = None) -> int | None:
        """Show the dialog; the id of the saved member, or None when cancelled."""
        dialog = cls(parent, ctx, member_id)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
