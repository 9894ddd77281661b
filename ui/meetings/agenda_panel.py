"""The agenda builder: template, items and sub-items, running clock, reorder by keyboard or drag."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.default_data import shown
from advisoryboard.errors import UserError, ValidationError
from advisoryboard.permissions import Permission
from advisoryboard.services import agenda, agenda_edit, meetings
from database.enums import AgendaSection, MinutesStatus
from ui.common.button_bar import ButtonBar
from ui.context import AppContext
from ui.meetings.agenda_tree import AgendaTree
from ui.meetings.forms import add_button, error_label
from ui.operations import ChangeOp, DbSession, QueryOp


class AgendaPanel(QWidget):
    #: An agenda was built from the template (meeting id).
    built = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("agendaPanel")
        self.meeting_id: int | None = None
        self.rows: list[agenda.AgendaRow] = []
        self.editable = False
        self._select_next: int | None = None  # the item to select when the change notice reloads
        self._edit_title_next = False
        layout = QVBoxLayout(self)
        buttons = ButtonBar(self, "agendaButtons")
        self.build_button = add_button(
            self, buttons, "buildAgendaButton", self.tr("&Build from template"), self.build
        )
        self.add_button = add_button(
            self, buttons, "addItemButton", self.tr("Add &item"), lambda: self.add(False)
        )
        self.add_sub_button = add_button(
            self, buttons, "addSubItemButton", self.tr("Add &sub-item"), lambda: self.add(True)
        )
        self.delete_button = add_button(
            self, buttons, "deleteItemButton", self.tr("&Delete item"), self.delete
        )
        self.up_button = add_button(
            self, buttons, "moveUpButton", self.tr("Move up (Ctrl+Up)"), lambda: self.move_current(-1)
        )
        self.down_button = add_button(
            self, buttons, "moveDownButton", self.tr("Move down (Ctrl+Down)"), lambda: self.move_current(1)
        )
        buttons.add_stretch()
        layout.addWidget(buttons)
        self.tree = AgendaTree(self.apply_drop, self)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_item())
        layout.addWidget(self.tree, 3)
        for keys, delta in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda d=delta: self.move_current(d))
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setObjectName("itemTitleEdit")
        self.title.setAccessibleName(self.tr("Item title"))
        form.addRow(self.tr("&Title:"), self.title)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)  # Tab moves on to the next control (keyboard users)
        self.description.setObjectName("itemDescriptionEdit")
        self.description.setAccessibleName(self.tr("Item description"))
        self.description.setMaximumHeight(60)
        form.addRow(self.tr("Descri&ption:"), self.description)
        self.presenter = QLineEdit(self)
        self.presenter.setObjectName("itemPresenterEdit")
        self.presenter.setAccessibleName(self.tr("Presenter"))
        form.addRow(self.tr("Presen&ter:"), self.presenter)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("itemMinutesSpin")
        self.minutes.setAccessibleName(self.tr("Minutes allotted"))
        self.minutes.setRange(0, 600)
        form.addRow(self.tr("&Minutes allotted:"), self.minutes)
        self.issue = QLineEdit(self)
        self.issue.setObjectName("itemIssueEdit")
        self.issue.setAccessibleName(self.tr("Linked issue reference"))
        self.issue.setPlaceholderText(self.tr("e.g. 2025-0142 (optional)"))
        form.addRow(self.tr("Linked iss&ue:"), self.issue)
        self.consent = QCheckBox(self.tr("Part of the consent agenda"), self)
        self.consent.setObjectName("itemConsentCheck")
        form.addRow("", self.consent)
        self.closed = QCheckBox(self.tr("Closed session"), self)
        self.closed.setObjectName("itemClosedCheck")
        self.closed_reason = QLineEdit(self)
        self.closed_reason.setObjectName("itemClosedReasonEdit")
        self.closed_reason.setAccessibleName(self.tr("Legal reason for the closed session"))
        self.closed_reason.setPlaceholderText(self.tr("Legal reason, e.g. personnel matter"))
        form.addRow(self.closed, self.closed_reason)
        self.error = error_label(self, "itemErrorLabel")
        form.addRow("", self.error)
        layout.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = add_button(self, save_row, "saveItemButton", self.tr("Sa&ve item"), self.save)
        layout.addLayout(save_row)

    # ------------------------------------------------------------------ loading
    def load(self, meeting_id: int | None, select_id: int | None = None) -> None:
        """Show the agenda of `meeting_id`, selecting `select_id` (by default: the item the
        last change was about, else the item selected now when the meeting stays the same).
        A reload of the same meeting keeps what the user typed into the selected item's form
        but has not saved yet."""
        same_meeting = meeting_id is not None and meeting_id == self.meeting_id
        keep_id = self.tree.current_id() if same_meeting else None
        unsaved = self._unsaved_input() if same_meeting else None
        if select_id is None:
            select_id = self._select_next
            if select_id is None and same_meeting:
                select_id = keep_id
        self._select_next = None
        self.meeting_id = meeting_id
        self.rows = []
        locked = True
        if meeting_id is not None:
            self.rows, locked = QueryOp(
                self,
                self.ctx,
                lambda s: (
                    agenda.list_agenda(s, meeting_id),
                    meetings.get_meeting(s, meeting_id).minutes_status is MinutesStatus.APPROVED,
                ),
            ).get()
        self.editable = meeting_id is not None and not locked and self.ctx.can(Permission.EDIT_MEETINGS)
        self.tree.show_rows(self.rows, select_id)
        self.tree.setDragEnabled(self.editable)
        self.tree.setAcceptDrops(self.editable)
        self.build_button.setEnabled(self.editable and not self.rows)
        for w in (
            self.add_button,
            self.add_sub_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.save_button,
        ):
            w.setEnabled(self.editable)
        self._show_item()
        if unsaved is not None and self.tree.current_id() == keep_id:
            self._restore_input(unsaved)
        if self._edit_title_next:
            self._edit_title_next = False
            self.title.setFocus()
            self.title.selectAll()

    def _unsaved_input(self) -> tuple[object, ...] | None:
        """The form's values when they differ from the selected item as stored, else None."""
        row = self.current()
        if row is None:
            return None
        typed = self._form_values()
        stored = (
            shown(row.title),
            row.description or "",
            shown(row.presenter),
            row.minutes_allotted or 0,
            row.issue_reference or "",
            bool(row.consent),
            bool(row.closed_session),
            row.closed_reason or "",
        )
        return typed if typed != stored else None

    def _form_values(self) -> tuple[object, ...]:
        return (
            self.title.text(),
            self.description.toPlainText(),
            self.presenter.text(),
            self.minutes.value(),
            self.issue.text(),
            self.consent.isChecked(),
            self.closed.isChecked(),
            self.closed_reason.text(),
        )

    def _restore_input(self, values: tuple[object, ...]) -> None:
        title, description, presenter, minutes, issue, consent, closed, reason = values
        self.title.setText(str(title))
        self.description.setPlainText(str(description))
        self.presenter.setText(str(presenter))
        self.minutes.setValue(int(minutes))  # type: ignore[call-overload]
        self.issue.setText(str(issue))
        self.consent.setChecked(bool(consent))
        self.closed.setChecked(bool(closed))
        self.closed_reason.setText(str(reason))

    def current(self) -> agenda.AgendaRow | None:
        ident = self.tree.current_id()
        return next((r for r in self.rows if r.id == ident), None)

    def _show_item(self) -> None:
        row = self.current()
        self.error.setText("")
        self.title.setText(shown(row.title) if row else "")
        self.description.setPlainText(row.description or "" if row else "")
        self.presenter.setText(shown(row.presenter) if row else "")
        self.minutes.setValue(row.minutes_allotted or 0 if row else 0)
        self.issue.setText(row.issue_reference or "" if row else "")
        self.consent.setChecked(bool(row and row.consent))
        self.closed.setChecked(bool(row and row.closed_session))
        self.closed_reason.setText(row.closed_reason or "" if row else "")

    def _input(self, section: object = None) -> agenda_edit.ItemInput:
        row = self.current()
        return agenda_edit.ItemInput(
            title=self.title.text(),
            description=self.description.toPlainText(),
            presenter=self.presenter.text(),
            minutes_allotted=self.minutes.value() or None,
            issue_id=None,
            consent=self.consent.isChecked(),
            closed_session=self.closed.isChecked(),
            closed_reason=self.closed_reason.text(),
            section=row.section if row else AgendaSection.OTHER,
        )

    # ------------------------------------------------------------------ actions
    def _run(self, action: Callable[[DbSession], object], select_id: int | None = None) -> bool:
        """One change; the change notice reloads the agenda, selecting `select_id` (or the
        new item's id the action returns). A refused change shows the agenda as it is."""

        def refused(exc: UserError) -> None:
            if not isinstance(exc, ValidationError):
                self.load(self.meeting_id, self.tree.current_id())

        op = ChangeOp(self, self.ctx, action).failure(refused)
        if not op.show_errors_in(self.error, validation_only=True).run():
            return False
        result = op.result
        self._select_next = result if isinstance(result, int) and select_id is None else select_id
        return True

    def build(self) -> None:
        """Fill the agenda from the template in the background (pre-filling reads many issues)."""
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        self.build_button.setEnabled(False)
        # the change notice shows the new agenda; a failure shows the agenda as it was
        ChangeOp(self, self.ctx, lambda s: agenda.build_agenda_from_template(s, meeting_id)).success(
            lambda _count: self.built.emit(meeting_id)
        ).after_failure(lambda: self.load(self.meeting_id)).with_progress(
            self.tr("Building the agenda…")
        ).run_in_background()

    def add(self, sub: bool) -> None:
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        row = self.current()
        parent_id = (row.parent_id or row.id) if sub and row else None
        if sub and row is None:
            self.error.setText(self.tr("Select the numbered item the sub-item belongs under."))
            return
        data = agenda_edit.ItemInput(
            title=self.tr("New item"), section=row.section if row else AgendaSection.OTHER
        )
        if self._run(lambda s: agenda_edit.add_item(s, meeting_id, data, parent_id)):
            self._edit_title_next = True  # once the notice has shown the new item

    def save(self) -> None:
        row = self.current()
        if row is None:
            self.error.setText(
                self.tr("Select an agenda item in the list to save it, or press Add item to start a new one.")
            )
            return
        issue_text = self.issue.text()

        data = self._input()

        def action(session: DbSession) -> None:
            issue_id = agenda_edit.find_issue(session, issue_text)
            agenda_edit.update_item(session, row.id, row.version, replace(data, issue_id=issue_id))

        self._run(action, row.id)

    def delete(self) -> None:
        row = self.current()
        if row is not None:
            self._run(lambda s: agenda_edit.delete_item(s, row.id))

    def move_current(self, delta: int) -> None:
        row = self.current()
        if row is not None and self.editable:
            self._run(lambda s: agenda_edit.move_item(s, row.id, delta), row.id)

    def apply_drop(self, item_id: int, parent_id: int | None, index: int) -> None:
        self._run(lambda s: agenda_edit.move_item_to(s, item_id, parent_id, index), item_id)
