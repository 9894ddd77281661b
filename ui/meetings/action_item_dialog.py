"""A new action item: what, who, by when, and the issue it is about."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from advisoryboard.services import action_items, agenda_edit, meetings
from ui.common.formatting import date_edit_format
from ui.context import AppContext
from ui.meetings.forms import error_label, save_cancel
from ui.operations import ChangeOp, DbSession, QueryOp


class ActionItemDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionItemDialog")
        self.setWindowTitle(self.tr("New action item"))
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.item_id: int | None = None
        call, start = QueryOp(
            self,
            ctx,
            lambda s: (
                meetings.roll_call(s, meeting_id),
                meetings.get_meeting(s, meeting_id).starts_at.date(),
            ),
        ).get()
        form = QFormLayout(self)
        self.description = QLineEdit(self)
        self.description.setObjectName("actionDescriptionEdit")
        self.description.setAccessibleName(self.tr("What is to be done"))
        form.addRow(self.tr("&What:"), self.description)
        self.owner = QComboBox(self)
        self.owner.setObjectName("actionOwnerCombo")
        self.owner.setAccessibleName(self.tr("Who will do it"))
        self.owner.setEditable(True)
        self.owner.addItem("", None)
        for entry in call.entries:
            self.owner.addItem(entry.name, entry.member_id)
        form.addRow(self.tr("W&ho:"), self.owner)
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.has_due.setObjectName("actionHasDueCheck")
        self.due = QDateEdit(QDate(start.year, start.month, start.day).addDays(30), self)
        self.due.setObjectName("actionDueEdit")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_edit_format())
        form.addRow(self.has_due, self.due)
        self.issue = QLineEdit(self)
        self.issue.setObjectName("actionIssueEdit")
        self.issue.setAccessibleName(self.tr("Linked issue reference"))
        self.issue.setPlaceholderText(self.tr("e.g. 2025-0142 (optional)"))
        form.addRow(self.tr("&Issue:"), self.issue)
        self.error = error_label(self, "actionErrorLabel")
        form.addRow("", self.error)
        form.addRow(save_cancel(self, self.save))

    def save(self) -> None:
        owner_id = (
            self.owner.currentData()
            if self.owner.currentText() == self.owner.itemText(self.owner.currentIndex())
            else None
        )
        owner_text = None if owner_id else self.owner.currentText()

        def add(session: DbSession) -> int:
            return action_items.add_action_item(
                session,
                self.meeting_id,
                description=self.description.text(),
                owner_member_id=owner_id,
                owner_text=owner_text,
                due_on=self.due.date().toPython() if self.has_due.isChecked() else None,  # type: ignore[arg-type]
                issue_id=agenda_edit.find_issue(session, self.issue.text()),
            )

        op = ChangeOp(self, self.ctx, add).show_errors_in(self.error)
        if op.run():
            self.item_id = op.result
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget, ctx: AppContext, meeting_id: int) -> int | None:
        dialog = cls(ctx, meeting_id, parent)
        dialog.exec()
        return dialog.item_id
