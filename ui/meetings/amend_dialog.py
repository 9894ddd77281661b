"""A correction to approved minutes: what, the new text, and why (recorded, never silent)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.services import minutes
from advisoryboard.services.base import transaction
from ui.context import AppContext


class AmendDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        targets: list[tuple[str, str, str | None]],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amendDialog")
        self.setWindowTitle(self.tr("Correct approved minutes"))
        self.ctx = ctx
        self.meeting_id = meeting_id
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
        self.new.setObjectName("amendNewText")
        self.new.setAccessibleName(self.tr("Corrected text"))
        form.addRow(self.tr("&Corrected text:"), self.new)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("amendReasonEdit")
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        form.addRow(self.tr("&Why:"), self.reason)
        self.error = QLabel(self)
        self.error.setObjectName("amendErrorLabel")
        self.error.setStyleSheet("color: #b71c1c;")
        form.addRow("", self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.target.currentIndexChanged.connect(self._target_changed)
        self._target_changed()

    def _target_changed(self) -> None:
        data = self.target.currentData()
        old = data[1] if data else None
        self.old.setText(old or self.tr("(empty)"))
        self.new.setPlainText(old or "")

    def save(self) -> None:
        key = self.target.currentData()[0]
        try:
            with transaction(self.ctx.db, self.ctx.actor) as session:
                minutes.amend_minutes(
                    session, self.meeting_id, key, self.new.toPlainText(), self.reason.text()
                )
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.saved = True
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget, ctx: AppContext, meeting_id: int, targets: list[tuple[str, str, str | None]]
    ) -> bool:
        dialog = cls(ctx, meeting_id, targets, parent)
        dialog.exec()
        return dialog.saved
