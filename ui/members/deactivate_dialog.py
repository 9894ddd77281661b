"""Deactivate a member (with a reason and a date), or delete one entered by mistake."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.labels import leave_reason_label
from advisoryboard.services.members import deactivate_member
from database.enums import LeaveReason
from ui.context import AppContext
from ui.members.widgets import date_edit, error_label, to_date
from ui.operations import ChangeOp


class DeactivateDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ctx: AppContext, member_id: int, name: str, version: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.version = version  # the member's version the list showed
        self.setObjectName("deactivateDialog")
        title = self.tr("Deactivate member")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{name} leaves the board. Their record, attendance and votes are kept; their seat "
                "term, offices and committee places end on the date below."
            ).format(name=name),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QComboBox(self)
        self.reason.setObjectName("leaveReasonCombo")
        self.reason.setAccessibleName(self.tr("Reason"))
        for reason in LeaveReason:
            self.reason.addItem(leave_reason_label(reason), reason.value)
        self.left_on = date_edit(self, "leftOnEdit", self.tr("Leaves on"))
        self.left_on_error = error_label(self, "left_on")
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Leaves on"), self.left_on)
        form.addRow("", self.left_on_error)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.addButton(self.tr("&Deactivate"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("deactivateButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        reason, day = LeaveReason(self.reason.currentData()), to_date(self.left_on.date())
        member_id, version = self.member_id, self.version
        deactivate = ChangeOp(self, self.ctx, lambda s: deactivate_member(s, member_id, reason, day, version))
        if deactivate.show_errors_in(self.left_on_error, validation_only=True).run():
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: AppContext, member_id: int, name: str, version: int | None = None
    ) -> bool:
        """True when the member was deactivated."""
        return cls(parent, ctx, member_id, name, version).exec() == QDialog.DialogCode.Accepted


class ConfirmDelete:
    """'Delete this member for good?' (monkeypatch `ask` in tests)."""

    @classmethod
    def ask(cls, parent: QWidget, name: str) -> bool:
        box = QMessageBox(parent)
        box.setObjectName("confirmDeleteBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ConfirmDelete", "Delete member"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate(
                "ConfirmDelete",
                "Delete {name} for good? Use this only for a record entered by mistake; "
                "members who served are deactivated instead.",
            ).format(name=name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
