"""The board's seats: set one up (voting, alternate, ex officio), retire one, see who holds each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.labels import seat_kind_label
from advisoryboard.permissions import Permission
from advisoryboard.services.seats import create_seat, list_seats, retire_seat
from database.enums import SeatKind
from ui.common.area_combo import AreaCombo
from ui.context import AppContext
from ui.members.widgets import error_label
from ui.operations import ChangeOp, QueryOp


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
            self.kind.addItem(seat_kind_label(kind), kind.value)
        self.district = AreaCombo(self, ctx)  # the board's districts and beats
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
        create = ChangeOp(self, self.ctx, lambda s: create_seat(s, label, kind, district))
        if create.show_errors_in(self.error, validation_only=True).run():
            self.saved_id = create.result
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> int | None:
        dialog = cls(parent, ctx)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None


class SeatsDialog(QDialog):
    """The board's seats: who holds each today, vacant ones, and seats retired after redistricting."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("seatsDialog")
        self.setWindowTitle(self.tr("Seats"))
        self.setAccessibleName(self.tr("Seats"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("seatsList")
        self.tree.setAccessibleName(self.tr("Seats"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Seat"), self.tr("Kind"), self.tr("District"), self.tr("Held by")])
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New seat…"), self)
        self.new_button.setObjectName("newSeatButton")
        self.new_button.clicked.connect(self.new_seat)
        self.retire_button = QPushButton(self.tr("&Retire or restore seat"), self)
        self.retire_button.setObjectName("retireSeatButton")
        self.retire_button.setToolTip(
            self.tr("A retired seat (e.g. after redistricting) is no longer a vacancy")
        )
        self.retire_button.clicked.connect(self.toggle_retired)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(self.new_button)
        row.addWidget(self.retire_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        can_edit = ctx.can(Permission.EDIT_MEMBERS)
        self.new_button.setEnabled(can_edit)
        self.retire_button.setEnabled(can_edit)
        self.resize(640, 480)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        seats = QueryOp(self, self.ctx, lambda s: list_seats(s, include_retired=True)).get()
        for seat in seats:
            holder = seat.holder_name or self.tr("(vacant)")
            if not seat.active:
                holder = self.tr("(retired)")
            item = QTreeWidgetItem(
                self.tree, [seat.label, seat_kind_label(seat.kind), seat.district or "", holder]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, seat.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, seat.active)
        for column in range(4):
            self.tree.resizeColumnToContents(column)

    def new_seat(self) -> None:
        if SeatDialog.ask(self, self.ctx) is not None:
            self.refresh()

    def toggle_retired(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        seat_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        retire = bool(item.data(0, Qt.ItemDataRole.UserRole + 1))
        if ChangeOp(self, self.ctx, lambda s: retire_seat(s, seat_id, retired=retire)).run():
            self.refresh()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> None:
        cls(parent, ctx).exec()
