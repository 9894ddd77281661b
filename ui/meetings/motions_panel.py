"""Motions and action items of the selected meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.permissions import Permission
from advisoryboard.services import action_items, meetings, motions
from database.enums import ActionItemStatus, MinutesStatus
from ui.common.formatting import format_date
from ui.context import AppContext
from ui.meetings.action_item_dialog import ActionItemDialog
from ui.meetings.labels import label
from ui.meetings.motion_dialog import MotionDialog
from ui.operations import ChangeOp, QueryOp


def _table(parent: QWidget, name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)  # the whole text, also where a narrow window wraps or cuts it
    return item


def _fit_columns(table: QTableWidget, wide: int) -> None:
    """Short columns (tally, result, dates) fit their contents and stay in view; the `wide` text
    column takes at most half the table and wraps, so what matters is never pushed off-screen."""
    table.setWordWrap(True)
    table.resizeColumnsToContents()
    limit = max(table.viewport().width() // 2, 240)
    if table.columnWidth(wide) > limit:
        table.setColumnWidth(wide, limit)
    table.resizeRowsToContents()


class MotionsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("motionsPanel")
        self.meeting_id: int | None = None
        self.rows: list[motions.MotionRow] = []
        self.action_rows: list[action_items.ActionItemRow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Motions"), self))
        self.motions_table = _table(
            self,
            "motionsTable",
            self.tr("Motions"),
            [
                self.tr("Motion"),
                self.tr("Moved"),
                self.tr("Seconded"),
                self.tr("Method"),
                self.tr("Tally"),
                self.tr("Result"),
                self.tr("Quorum"),
            ],
        )
        self.motions_table.doubleClicked.connect(lambda _index: self.correct_motion())
        self.motions_table.setToolTip(self.tr("Double-click a motion to correct it (draft minutes only)."))
        layout.addWidget(self.motions_table, 2)
        row = QHBoxLayout()
        self.record_button = QPushButton(self.tr("&Record motion…"), self)
        self.record_button.setObjectName("recordMotionButton")
        self.record_button.clicked.connect(self.record_motion)
        row.addWidget(self.record_button)
        self.approve_button = QPushButton(self.tr("A&pprove minutes…"), self)
        self.approve_button.setObjectName("approveMinutesButton")
        self.approve_button.clicked.connect(self.approve_minutes)
        row.addWidget(self.approve_button)
        self.delete_button = QPushButton(self.tr("Delete motion"), self)
        self.delete_button.setObjectName("deleteMotionButton")
        self.delete_button.clicked.connect(self.delete_motion)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Action items from this meeting"), self))
        self.carried = QCheckBox(self.tr("Also show items still open from earlier meetings"), self)
        self.carried.setObjectName("carriedActionItemsCheck")
        self.carried.setChecked(True)
        self.carried.toggled.connect(lambda _on: self.load(self.meeting_id))
        heading.addWidget(self.carried)
        heading.addStretch(1)
        layout.addLayout(heading)
        self.actions_table = _table(
            self,
            "actionItemsTable",
            self.tr("Action items"),
            [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Status"), self.tr("From")],
        )
        layout.addWidget(self.actions_table, 1)
        row = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("&Add action item…"), self)
        self.add_action_button.setObjectName("addActionItemButton")
        self.add_action_button.clicked.connect(self.add_action_item)
        row.addWidget(self.add_action_button)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setObjectName("actionDoneButton")
        self.done_button.clicked.connect(lambda: self.close_action(ActionItemStatus.DONE))
        row.addWidget(self.done_button)
        self.drop_button = QPushButton(self.tr("Drop"), self)
        self.drop_button.setObjectName("actionDropButton")
        self.drop_button.clicked.connect(lambda: self.close_action(ActionItemStatus.DROPPED))
        row.addWidget(self.drop_button)
        row.addStretch(1)
        layout.addLayout(row)

    def load(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.rows, self.action_rows = [], []
        self.drafts: list[meetings.MeetingRow] = []
        locked = True
        names: dict[int, str] = {}
        if meeting_id is not None:
            carried = self.carried.isChecked()
            self.rows, self.action_rows, call, locked, self.drafts = QueryOp(
                self,
                self.ctx,
                lambda s: (
                    motions.list_motions(s, meeting_id),
                    action_items.list_action_items(s, meeting_id=meeting_id, with_carried=carried),
                    meetings.roll_call(s, meeting_id),
                    meetings.get_meeting(s, meeting_id).minutes_status is MinutesStatus.APPROVED,
                    meetings.draft_minutes_before(s, meeting_id),
                ),
            ).get()
            names = {e.member_id: e.name for e in call.entries}
        self.motions_table.setRowCount(len(self.rows))
        for r, m in enumerate(self.rows):
            quorum = self.tr("yes") if m.quorum_present else self.tr("⚠ NO QUORUM")
            cells = [
                m.text,
                names.get(m.mover_id or 0, ""),
                names.get(m.seconder_id or 0, ""),
                label(m.method),
                m.tally or "",
                label(m.result),
                quorum,
            ]
            for c, text in enumerate(cells):
                self.motions_table.setItem(r, c, _cell(text))
        _fit_columns(self.motions_table, wide=0)
        self.actions_table.setRowCount(len(self.action_rows))
        for r, a in enumerate(self.action_rows):
            status = label(a.status) + (f" {format_date(a.closed_on)}" if a.closed_on else "")
            if a.meeting_id == meeting_id:
                origin = self.tr("this meeting")
            elif a.meeting_date is not None:
                origin = format_date(a.meeting_date)
            else:
                origin = self.tr("an earlier meeting")
            cells = [a.description, a.owner, format_date(a.due_on), status, origin]
            for c, text in enumerate(cells):
                self.actions_table.setItem(r, c, _cell(text))
        _fit_columns(self.actions_table, wide=0)
        can_edit = self.ctx.can(Permission.EDIT_MINUTES) and meeting_id is not None
        for button in (self.record_button, self.delete_button, self.add_action_button):
            button.setEnabled(can_edit and not locked)
        self.approve_button.setEnabled(
            can_edit and not locked and bool(self.drafts) and self.ctx.can(Permission.APPROVE_MINUTES)
        )
        for button in (self.done_button, self.drop_button):
            button.setEnabled(can_edit)

    def record_motion(self, approves_meeting_id: int | None = None, text: str = "") -> None:
        if self.meeting_id is None:
            return
        # the change notice reloads this panel (ui/tabbase.py); no reload by hand
        MotionDialog.ask(self, self.ctx, self.meeting_id, approves_meeting_id=approves_meeting_id, text=text)

    def correct_motion(self) -> None:
        row = self.motions_table.currentRow()
        if self.meeting_id is None or not 0 <= row < len(self.rows) or not self.record_button.isEnabled():
            return
        MotionDialog.ask(self, self.ctx, self.meeting_id, existing=self.rows[row])

    def approve_minutes(self) -> None:
        """A motion to approve the oldest draft minutes (the dialog lets you pick another)."""
        if not self.drafts:
            return
        first = self.drafts[0]
        text = self.tr("To approve the minutes of the meeting of {date} as presented.").replace(
            "{date}", format_date(first.starts_at)
        )
        self.record_motion(first.id, text)

    def delete_motion(self) -> None:
        row = self.motions_table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        answer = QMessageBox.question(
            self, self.tr("Delete motion"), self.tr("Delete the selected motion and its votes?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        motion_id = self.rows[row].id
        ChangeOp(self, self.ctx, lambda s: motions.delete_motion(s, motion_id)).run()

    def add_action_item(self) -> None:
        if self.meeting_id is not None:
            ActionItemDialog.ask(self, self.ctx, self.meeting_id)

    def close_action(self, status: ActionItemStatus) -> None:
        row = self.actions_table.currentRow()
        if not 0 <= row < len(self.action_rows):
            return
        item = self.action_rows[row]
        ChangeOp(
            self,
            self.ctx,
            lambda s: action_items.close_action_item(s, item.id, item.version, status, dt.date.today()),
        ).run()
