"""A correction to approved minutes: what, the new text, and why (recorded, never silent)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from advisoryboard.services import minutes
from ui.context import AppContext
from ui.meetings.forms import error_label, save_cancel
from ui.operations import ChangeOp


class AmendDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        targets: list[tuple[str, str, str | None]],
        parent: QWidget | None,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amendDialog")
        self.setWindowTitle(self.tr("Correct approved minutes"))
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.version = version  # the minutes' version the texts above were read from
        self.saved = False
        form = QFormLayout(self)
        self.target = QComboBox(self)
        self.target.setObjectName("amendTargetCombo")
        self.target.setAccessibleName(self.tr("What to correct"))
        for key, name, old in targets:
            self.target.addItem(name, (key, old))
        form.addRow(self.tr("&Correct:"), self.target)
        self.old = QLabel(self)
        self.old.setObjectName("amendOldText")
        self.old.setWordWrap(True)
        form.addRow(self.tr("Now reads:"), self.old)
        self.new = QPlainTextEdit(self)
        self.new.setTabChangesFocus(True)  # Tab moves on to the next control (keyboard users)
        self.new.setObjectName("amendNewText")
        self.new.setAccessibleName(self.tr("Corrected text"))
        form.addRow(self.tr("&Corrected text:"), self.new)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("amendReasonEdit")
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        form.addRow(self.tr("&Why:"), self.reason)
        self.error = error_label(self, "amendErrorLabel")
        form.addRow("", self.error)
        form.addRow(save_cancel(self, self.save))
        self.target.currentIndexChanged.connect(self._target_changed)
        self._target_changed()

    def _target_changed(self) -> None:
        data = self.target.currentData()
        old = data[1] if data else None
        self.old.setText(old or self.tr("(empty)"))
        self.new.setPlainText(old or "")

    def save(self) -> None:
        key, new, reason = self.target.currentData()[0], self.new.toPlainText(), self.reason.text()
        meeting_id, version = self.meeting_id, self.version
        save = ChangeOp(
            self, self.ctx, lambda s: minutes.amend_minutes(s, meeting_id, key, new, reason, version=version)
        )
        if save.show_errors_in(self.error).run():
            self.saved = True
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        ctx: AppContext,
        meeting_id: int,
        targets: list[tuple[str, str, str | None]],
        version: int | None = None,
    ) -> bool:
        dialog = cls(ctx, meeting_id, targets, parent, version)
        dialog.exec()
        return dialog.saved
