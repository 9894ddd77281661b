"""Minutes: times, who presided, notes per agenda item; approved minutes are locked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.permissions import Permission
from advisoryboard.services import agenda, meetings, minutes
from ui.common.formatting import format_date, format_datetime, format_time, parse_time
from ui.context import AppContext
from ui.meetings.amend_dialog import AmendDialog
from ui.meetings.forms import error_label
from ui.operations import ChangeOp, DbSession, QueryOp

#: What the panel reads for one meeting: header, agenda, roll call, amendments, approving meeting.
_MinutesView = tuple[
    minutes.MinutesHeader,
    list[agenda.AgendaRow],
    meetings.RollCall,
    list[minutes.AmendmentRow],
    meetings.MeetingRow | None,
]


class MinutesPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("minutesPanel")
        self.meeting_id: int | None = None
        self.header: minutes.MinutesHeader | None = None
        self.items: list[agenda.AgendaRow] = []
        layout = QVBoxLayout(self)
        self.lock_label = QLabel(self)
        self.lock_label.setObjectName("minutesLockLabel")
        self.lock_label.setAccessibleName(self.tr("Minutes status"))
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.lock_label)
        form = QFormLayout()
        self.called = QLineEdit(self)
        self.called.setObjectName("calledToOrderEdit")
        self.called.setAccessibleName(self.tr("Called to order at"))
        self.called.setPlaceholderText(format_time(dt.time(18, 32)))
        form.addRow(self.tr("Called to &order at:"), self.called)
        self.adjourned = QLineEdit(self)
        self.adjourned.setObjectName("adjournedEdit")
        self.adjourned.setAccessibleName(self.tr("Adjourned at"))
        self.adjourned.setPlaceholderText(format_time(dt.time(20, 5)))
        form.addRow(self.tr("&Adjourned at:"), self.adjourned)
        self.presiding = QComboBox(self)
        self.presiding.setObjectName("presidingCombo")
        self.presiding.setAccessibleName(self.tr("Presiding member"))
        form.addRow(self.tr("&Presiding:"), self.presiding)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)  # Tab moves on to the next control (keyboard users)
        self.summary.setObjectName("minutesSummaryEdit")
        self.summary.setAccessibleName(self.tr("Summary of the minutes"))
        self.summary.setPlaceholderText(self.tr("What was done (not a transcript)"))
        self.summary.setMaximumHeight(70)
        form.addRow(self.tr("S&ummary:"), self.summary)
        self.header_error = error_label(self, "minutesHeaderError")
        form.addRow("", self.header_error)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_header_button = QPushButton(self.tr("Save times, presiding member and summary"), self)
        self.save_header_button.setObjectName("saveMinutesHeaderButton")
        self.save_header_button.clicked.connect(self.save_header)
        buttons.addWidget(self.save_header_button)
        self.amend_button = QPushButton(self.tr("Record a &correction (amendment)…"), self)
        self.amend_button.setObjectName("amendMinutesButton")
        self.amend_button.clicked.connect(self.amend)
        buttons.addWidget(self.amend_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        notes_row = QHBoxLayout()
        self.item_list = QListWidget(self)
        self.item_list.setObjectName("minutesItemList")
        self.item_list.setAccessibleName(self.tr("Agenda items"))
        self.item_list.currentRowChanged.connect(self._show_notes)
        notes_row.addWidget(self.item_list, 2)
        notes_box = QVBoxLayout()
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab moves on to the next control (keyboard users)
        self.notes.setObjectName("itemNotesEdit")
        self.notes.setAccessibleName(self.tr("Minutes notes for the selected item"))
        notes_box.addWidget(self.notes)
        self.save_notes_button = QPushButton(self.tr("Save &notes"), self)
        self.save_notes_button.setObjectName("saveNotesButton")
        self.save_notes_button.clicked.connect(self.save_notes)
        notes_box.addWidget(self.save_notes_button)
        notes_row.addLayout(notes_box, 3)
        layout.addLayout(notes_row, 1)
        self.amendments = QLabel(self)
        self.amendments.setObjectName("amendmentsLabel")
        self.amendments.setWordWrap(True)
        self.amendments.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.amendments)

    def load(self, meeting_id: int | None) -> None:
        """Show the minutes of `meeting_id` (staying on the same agenda item when it is the
        same meeting, as after a change notice)."""
        keep_row = max(self.item_list.currentRow(), 0) if meeting_id == self.meeting_id else 0
        self.meeting_id = meeting_id
        self.item_list.clear()
        self.presiding.clear()
        if meeting_id is None:
            self.header = None
            self.lock_label.setText(self.tr("Select a meeting."))
            return

        def read(session: DbSession) -> _MinutesView:
            header = minutes.minutes_header(session, meeting_id)
            approved = header.approved_at_meeting_id
            return (
                header,
                agenda.list_agenda(session, meeting_id),
                meetings.roll_call(session, meeting_id),
                minutes.list_amendments(session, meeting_id),
                meetings.get_meeting(session, approved) if approved else None,
            )

        self.header, self.items, call, amendments, approved_at = QueryOp(self, self.ctx, read).get()
        h = self.header
        if h.locked:
            self.lock_label.setText(
                self.tr(
                    "🔒 APPROVED on {date} at the meeting of {meeting}: these minutes are locked. "
                    "Corrections are recorded as amendments."
                ).format(
                    date=format_date(h.approved_on) or "?",
                    meeting=format_date(approved_at.starts_at) if approved_at else "?",
                )
            )
        else:
            self.lock_label.setText(self.tr("Minutes: DRAFT (approved by motion at a later meeting)."))
        self.called.setText(format_time(h.called_to_order_at))
        self.adjourned.setText(format_time(h.adjourned_at))
        self.summary.setPlainText(h.summary or "")
        self.presiding.addItem(self.tr("— not recorded —"), None)
        for entry in call.voting:
            self.presiding.addItem(entry.name, entry.member_id)
        self.presiding.setCurrentIndex(max(self.presiding.findData(h.presiding_member_id), 0))
        for item in self.items:
            indent = "    " if item.parent_id else ""
            text = f"{indent}{item.number}. {item.title}"
            if item.closed_session:
                text += " " + self.tr("[closed session]")
            if item.minutes_notes:
                text += " ✎"
            list_item = QListWidgetItem(text, self.item_list)
            list_item.setData(Qt.ItemDataRole.UserRole, item.id)
        editable = self.ctx.can(Permission.EDIT_MINUTES) and not h.locked
        for widget in (
            self.called,
            self.adjourned,
            self.presiding,
            self.save_header_button,
            self.notes,
            self.save_notes_button,
        ):
            widget.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        self.amend_button.setEnabled(h.locked and self.ctx.can(Permission.EDIT_MINUTES))
        self.amendments.setText(
            "\n".join(
                self.tr("Amendment {when} by {who}: {why} ({old} → {new})").format(
                    when=format_datetime(a.made_at),
                    who=a.made_by,
                    why=a.reason,
                    old=a.old_text or "—",
                    new=a.new_text or "—",
                )
                for a in amendments
            )
        )
        if self.items:
            self.item_list.setCurrentRow(min(keep_row, len(self.items) - 1))

    def _show_notes(self, row: int) -> None:
        item = self.items[row] if 0 <= row < len(self.items) else None
        if item is not None and item.notes_hidden:
            self.notes.setPlainText("")
            self.notes.setPlaceholderText(self.tr("Closed-session notes are confidential."))
            self.notes.setEnabled(False)
            return
        self.notes.setPlaceholderText("")
        self.notes.setPlainText(item.minutes_notes or "" if item else "")
        locked = self.header is None or self.header.locked
        self.notes.setEnabled(item is not None and not locked and self.ctx.can(Permission.EDIT_MINUTES))

    def save_header(self) -> None:
        if self.meeting_id is None or self.header is None:
            return
        try:
            called = parse_time(self.called.text())
        except ValueError:
            self.header_error.setText(self.tr("Call to order: enter a time like 18:32."))
            self.called.setFocus()
            return
        try:
            adjourned = parse_time(self.adjourned.text())
        except ValueError:
            self.header_error.setText(self.tr("Adjournment: enter a time like 20:05."))
            self.adjourned.setFocus()
            return
        meeting_id, version = self.meeting_id, self.header.version
        presiding, summary = self.presiding.currentData(), self.summary.toPlainText()
        ChangeOp(
            self,
            self.ctx,
            lambda s: minutes.set_minutes_header(
                s,
                meeting_id,
                version,
                called_to_order_at=called,
                adjourned_at=adjourned,
                presiding_member_id=presiding,
                summary=summary,
            ),
        ).show_errors_in(self.header_error, validation_only=True).run()  # the notice reloads the panel

    def save_notes(self) -> None:
        row = self.item_list.currentRow()
        if not 0 <= row < len(self.items):
            return
        item, notes = self.items[row], self.notes.toPlainText()
        # the change notice reloads the panel, staying on this item
        ChangeOp(self, self.ctx, lambda s: minutes.set_item_notes(s, item.id, item.version, notes)).run()

    def amend(self) -> None:
        if self.meeting_id is None:
            return
        targets = [
            ("meeting.minutes_summary", self.tr("Summary"), self.header.summary if self.header else None)
        ]
        targets += [
            (f"agenda_item:{i.id}.minutes_notes", f"{i.number}. {i.title}", i.minutes_notes)
            for i in self.items
            if not i.notes_hidden
        ]
        version = self.header.version if self.header else None
        AmendDialog.ask(self, self.ctx, self.meeting_id, targets, version)  # the change notice reloads
