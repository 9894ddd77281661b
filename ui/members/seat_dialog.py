"""Set up a seat (voting, alternate or ex officio); the number of seats comes from the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from advisoryboard.i18n import _
from advisoryboard.services.seats import SEAT_KIND_LABELS, create_seat
from database.enums import SeatKind
from ui.context import AppContext
from ui.members.widgets import error_label, run_action


class SeatDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.setObjectName("seatDialog")
        self.setWindowTitle(self.tr("New seat"))
        form = QFormLayout(self)
        self.label = QLineEdit(self)
        self.label.setObjectName("seatLabelEdit")
        self.label.setAccessibleName(self.tr("Seat name"))
        self.label.setPlaceholderText(self.tr("e.g. Seat 4 or District 2"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("seatKindCombo")
        self.kind.setAccessibleName(self.tr("Kind of seat"))
        for kind in SeatKind:
            self.kind.addItem(_(SEAT_KIND_LABELS[kind]), kind.value)
        self.district = QLineEdit(self)
        self.district.setObjectName("seatDistrictEdit")
        self.district.setAccessibleName(self.tr("District"))
        self.error = error_label(self, "label")
        form.addRow(self.tr("&Name"), self.label)
        form.addRow("", self.error)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&District"), self.district)
        form.addRow(QLabel(self.tr("A voting seat is held by one member at a time."), self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        label, kind = self.label.text(), SeatKind(self.kind.currentData())
        district = self.district.text().strip() or None
        ok, self.saved_id = run_action(
            self, self.ctx, lambda s: create_seat(s, label, kind, district), self.error
        )
        if ok:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> int | None:
        dialog = cls(parent, ctx)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
