"""The partner organizations directory: list, add and edit (police district, agencies…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.permissions import Permission
from advisoryboard.services.partners import (
    PartnerInput,
    PartnerRecord,
    create_partner,
    list_partners,
    update_partner,
)
from database.enums import PartnerKind
from ui.context import AppContext
from ui.operations import ChangeOp, DbSession, QueryOp

KIND_LABELS = {
    PartnerKind.POLICE: "Police",
    PartnerKind.CITY_AGENCY: "City agency",
    PartnerKind.SCHOOL: "School",
    PartnerKind.BUSINESS: "Business",
    PartnerKind.FAITH: "Faith group",
    PartnerKind.NONPROFIT: "Nonprofit",
    PartnerKind.OTHER: "Other",
}


class PartnerDirectoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("partnerDirectory")
        self.setWindowTitle(self.tr("Partner organizations"))
        self.partners: list[PartnerRecord] = []
        self.editing: PartnerRecord | None = None
        layout = QHBoxLayout(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("partnerTable")
        self.table.setAccessibleName(self.tr("Partner organizations"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Contact"),
                self.tr("Phone"),
                self.tr("Email"),
                self.tr("Open referrals"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 2)

        side = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("partnerName")
        self.kind = QComboBox(self)
        self.kind.setObjectName("partnerKind")
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.contact = QLineEdit(self)
        self.contact.setObjectName("partnerContact")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("partnerPhone")
        self.email = QLineEdit(self)
        self.email.setObjectName("partnerEmail")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("partnerNotes")
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(True)
        self.errors: dict[str, QLabel] = {}
        for key, label, widget in (
            ("name", self.tr("&Name *"), self.name),
            ("kind", self.tr("&Type"), self.kind),
            ("contact_person", self.tr("&Contact person"), self.contact),
            ("phone", self.tr("&Phone"), self.phone),
            ("email", self.tr("&Email"), self.email),
            ("notes", self.tr("N&otes"), self.notes),
            ("active", "", self.active),
        ):
            widget.setAccessibleName(label.replace("&", "").replace(" *", "") or self.tr("Active"))
            form.addRow(label, widget)
            error = QLabel(self)
            error.setObjectName(f"partner_{key}Error")
            error.setStyleSheet("color: #b00020")
            error.hide()
            form.addRow("", error)
            self.errors[key] = error
        side.addLayout(form)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setObjectName("newPartnerButton")
        self.new_button.clicked.connect(self._new)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("savePartnerButton")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        side.addLayout(row)
        can_edit = ctx.can(Permission.MANAGE_PARTNERS)
        self.save_button.setEnabled(can_edit)
        self.new_button.setEnabled(can_edit)
        side.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        side.addWidget(close)
        layout.addLayout(side, 1)
        self.resize(980, 480)
        self.reload()

    def reload(self) -> None:
        self.partners = QueryOp(self, self.ctx, list_partners).get()
        self.table.setRowCount(len(self.partners))
        for r, p in enumerate(self.partners):
            name = p.name if p.active else self.tr("{name} (inactive)").format(name=p.name)
            for c, text in enumerate(
                (
                    name,
                    self.tr(KIND_LABELS[p.kind]),
                    p.contact_person,
                    p.phone,
                    p.email,
                    str(p.open_referrals),
                )
            ):
                self.table.setItem(r, c, QTableWidgetItem(text or ""))
        self.table.resizeColumnsToContents()

    def _selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return
        p = self.partners[rows.pop()]
        self.editing = p
        self.name.setText(p.name)
        self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
        self.contact.setText(p.contact_person or "")
        self.phone.setText(p.phone or "")
        self.email.setText(p.email or "")
        self.notes.setPlainText(p.notes or "")
        self.active.setChecked(p.active)

    def _new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for edit in (self.name, self.contact, self.phone, self.email):
            edit.clear()
        self.notes.clear()
        self.active.setChecked(True)
        self.name.setFocus()

    def value(self) -> PartnerInput:
        return PartnerInput(
            name=self.name.text(),
            kind=PartnerKind(self.kind.currentData()),
            contact_person=self.contact.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
        )

    def save(self) -> bool:
        data = self.value()
        editing = self.editing

        def save(session: DbSession) -> None:
            if editing is None:
                create_partner(session, data)
            else:
                update_partner(session, editing.id, data, editing.version)

        # a message about an unknown field (or none) goes under the name
        if not ChangeOp(self, self.ctx, save).show_errors_in(self.errors["name"], self.errors).run():
            return False
        self.reload()
        self._new()
        return True

    @classmethod
    def open_directory(cls, parent: QWidget | None, ctx: AppContext) -> None:
        dialog = cls(parent, ctx)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.exec()
