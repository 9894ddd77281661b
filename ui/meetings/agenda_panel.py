"""The agenda builder: template, items and sub-items, running clock, reorder by keyboard or drag."""

from __future__ import annotations

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
from advisoryboard.services.base import read_only, transaction
from database.enums import AgendaSection, MinutesStatus
from ui.context import AppContext
from ui.errors import show_exception, show_user_error
from ui.meetings.agenda_tree import AgendaTree
from ui.meetings.forms import add_button, error_label
from ui.workers import Progress, run_in_background


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
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
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
        buttons.addStretch(1)
        layout.addLayout(buttons)
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
        """Show `meeting_id`'s agenda. A reload of the same meeting (a change notice) keeps the
        selected item, and keeps what the user has typed into its form but not saved yet."""
        same_meeting = meeting_id is not None and meeting_id == self.meeting_id
        keep_id = self.tree.current_id() if same_meeting else None
        unsaved = self._unsaved_input() if same_meeting else None
        if select_id is None:
            select_id = keep_id
        self.meeting_id = meeting_id
        self.rows = []
        locked = True
        if meeting_id is not None:
            with read_only(self.ctx.db, self.ctx.actor) as session:
                self.rows = agenda.list_agenda(session, meeting_id)
                locked = meetings.get_meeting(session, meeting_id).minutes_status is MinutesStatus.APPROVED
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
    def _run(self, action: object, select_id: int | None = None) -> bool:
        try:
            with transaction(self.ctx.db, self.ctx.actor) as session:
                result = action(session)  # type: ignore[operator]
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return False
        except UserError as exc:
            show_user_error(self, exc)
            self.load(self.meeting_id, self.tree.current_id())
            return False
        self.load(self.meeting_id, result if isinstance(result, int) and select_id is None else select_id)
        return True

    def build(self) -> None:
        """Fill the agenda from the template in the background (pre-filling reads many issues)."""
        if self.meeting_id is None:
            return
        meeting_id, db, actor = self.meeting_id, self.ctx.db, self.ctx.actor
        self.build_button.setEnabled(False)

        def work(progress: Progress) -> int:
            with transaction(db, actor) as session:
                return agenda.build_agenda_from_template(session, meeting_id)

        def done(_count: object) -> None:
            if self.meeting_id == meeting_id:
                self.load(meeting_id)
            self.built.emit(meeting_id)

        def failed(exc: BaseException, tb: str) -> None:
            self.load(self.meeting_id)
            show_exception(self, exc, tb)

        run_in_background(
            self, work, on_success=done, on_failure=failed, title=self.tr("Building the agenda…")
        )

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
        self._run(lambda s: agenda_edit.add_item(s, meeting_id, data, parent_id))
        self.title.setFocus()
        self.title.selectAll()

    def save(self) -> None:
        row = self.current()
        if row is None:
            self.error.setText(
                self.tr("Select an agenda item in the list to save it, or press Add item to start a new one.")
            )
            return
        issue_text = self.issue.text()

        def action(session: object) -> None:
            data = self._input()
            issue_id = agenda_edit.find_issue(session, issue_text)  # type: ignore[arg-type]
            data = agenda_edit.ItemInput(**{**data.__dict__, "issue_id": issue_id})
            agenda_edit.update_item(session, row.id, row.version, data)  # type: ignore[arg-type]

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
