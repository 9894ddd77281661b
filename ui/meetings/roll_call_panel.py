"""Roll call: voting members of the board on the meeting's date, quorum shown live."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.permissions import Permission
from advisoryboard.services import meetings
from database.enums import AttendanceStatus
from ui.common.formatting import time_edit_format
from ui.context import AppContext
from ui.meetings.labels import enum_data, label
from ui.operations import ChangeOp, QueryOp

STATUSES = [
    None,
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.LATE,
]


class RollCallPanel(QWidget):
    """Present / absent / excused / late for each member; the quorum line updates as you go."""

    quorum_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rollCallPanel")
        self.meeting_id: int | None = None
        self.call: meetings.RollCall | None = None
        self.starts = dt.time(18, 30)
        self._loading = False
        layout = QVBoxLayout(self)
        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setAccessibleName(self.tr("Quorum"))
        font = QFont(self.quorum_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.quorum_label.setFont(font)
        self.quorum_label.setWordWrap(True)
        layout.addWidget(self.quorum_label)
        layout.addWidget(QLabel(self.tr("Voting members"), self))
        self.voting_table = self._table("votingRollCallTable", self.tr("Voting members roll call"))
        layout.addWidget(self.voting_table, 3)
        layout.addWidget(
            QLabel(self.tr("Non-voting attendees (ex officio: police liaison, city staff, partners)"), self)
        )
        self.others_table = self._table("nonVotingRollCallTable", self.tr("Non-voting attendees"))
        layout.addWidget(self.others_table, 1)
        form = QFormLayout()
        self.public_count = QSpinBox(self)
        self.public_count.setObjectName("publicCountSpin")
        self.public_count.setRange(0, 100000)
        self.public_count.setAccessibleName(self.tr("Public attendance count"))
        form.addRow(self.tr("Members of the public:"), self.public_count)
        self.guests = QPlainTextEdit(self)
        self.guests.setTabChangesFocus(True)  # Tab moves on to the next control (keyboard users)
        self.guests.setObjectName("guestsEdit")
        self.guests.setAccessibleName(self.tr("Guests, one per line"))
        self.guests.setPlaceholderText(self.tr("Guests, one per line: Name, organization"))
        self.guests.setMaximumHeight(70)
        form.addRow(self.tr("Guests:"), self.guests)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_public = QPushButton(self.tr("Save attendance count and guests"), self)
        self.save_public.setObjectName("savePublicButton")
        self.save_public.clicked.connect(self.save_public_attendance)
        row.addWidget(self.save_public)
        layout.addLayout(row)

    def _table(self, name: str, accessible: str) -> QTableWidget:
        table = QTableWidget(0, 4, self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Seat / role"), self.tr("Attendance"), self.tr("Arrived")]
        )
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab goes through the attendance boxes and on, not cell by cell
        return table

    # ------------------------------------------------------------------ loading
    def load(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self._loading = True
        try:
            if meeting_id is None:
                self.call = None
                self.voting_table.setRowCount(0)
                self.others_table.setRowCount(0)
                self.quorum_label.setText(self.tr("Select a meeting to take roll call."))
                return
            self.call, self.starts = QueryOp(
                self,
                self.ctx,
                lambda s: (
                    meetings.roll_call(s, meeting_id),
                    meetings.get_meeting(s, meeting_id).starts_at.time(),
                ),
            ).get()
            editable = self.ctx.can(Permission.EDIT_MEETINGS) and not self.call.locked
            self._fill(self.voting_table, self.call.voting, editable)
            self._fill(self.others_table, self.call.non_voting, editable)
            self.public_count.setValue(self.call.public_count)
            self.guests.setPlainText(self.call.guests)
            for widget in (self.public_count, self.guests, self.save_public):
                widget.setEnabled(editable)
            self.show_quorum()
        finally:
            self._loading = False

    def _fill(self, table: QTableWidget, entries: list[meetings.RollCallEntry], editable: bool) -> None:
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            table.setItem(row, 0, QTableWidgetItem(entry.name))
            table.setItem(row, 1, QTableWidgetItem(entry.seat))
            combo = QComboBox(table)
            combo.setObjectName(f"attendance_{entry.member_id}")
            combo.setAccessibleName(self.tr("Attendance of {name}").format(name=entry.name))
            for status in STATUSES:
                combo.addItem(label(status) if status else self.tr("— not recorded —"), status)
            combo.setCurrentIndex(STATUSES.index(entry.status))
            combo.setEnabled(editable)
            time_edit = QTimeEdit(table)
            time_edit.setObjectName(f"arrival_{entry.member_id}")
            time_edit.setAccessibleName(self.tr("Arrival time of {name}").format(name=entry.name))
            time_edit.setDisplayFormat(time_edit_format())
            arrived = entry.arrived_at or self.starts
            time_edit.setTime(QTime(arrived.hour, arrived.minute))
            time_edit.setEnabled(editable and entry.status is AttendanceStatus.LATE)
            combo.currentIndexChanged.connect(
                lambda _i, m=entry.member_id, c=combo, t=time_edit: self._changed(m, c, t)
            )
            time_edit.editingFinished.connect(
                lambda m=entry.member_id, c=combo, t=time_edit: self._changed(m, c, t)
            )
            table.setCellWidget(row, 2, combo)
            table.setCellWidget(row, 3, time_edit)
        for column in (1, 2, 3):
            table.resizeColumnToContents(column)

    # ------------------------------------------------------------------ editing
    def _changed(self, member_id: int, combo: QComboBox, time_edit: QTimeEdit) -> None:
        if self._loading or self.meeting_id is None:
            return
        status = enum_data(combo, AttendanceStatus)
        time_edit.setEnabled(status is AttendanceStatus.LATE)
        qtime = time_edit.time()
        arrived = dt.time(qtime.hour(), qtime.minute()) if status is AttendanceStatus.LATE else None
        self.set_status(member_id, status, arrived)

    def set_status(
        self, member_id: int, status: AttendanceStatus | None, arrived: dt.time | None = None
    ) -> None:
        meeting_id = self.meeting_id
        assert meeting_id is not None
        # the change notice reloads the roll call and its quorum; a refusal shows it as it is
        ChangeOp(
            self, self.ctx, lambda s: meetings.set_attendance(s, meeting_id, member_id, status, arrived)
        ).failure(lambda _exc: self.load(meeting_id)).run()

    def save_public_attendance(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id, count, guests = self.meeting_id, self.public_count.value(), self.guests.toPlainText()
        version = self.call.meeting_version if self.call else None
        # a ConflictError says someone else saved first; the change notice reloads the new version
        ChangeOp(
            self,
            self.ctx,
            lambda s: meetings.set_public_attendance(s, meeting_id, count, guests, version=version),
        ).run()

    def show_quorum(self) -> None:
        if self.call is None:
            return
        q = self.call.quorum()
        if q.has_quorum:
            text = self.tr("✔ QUORUM PRESENT: {present} voting members present, {required} needed.")
            style = "color: #1b5e20;"
        else:
            text = self.tr(
                "✖ NO QUORUM: {present} voting members present, {required} needed ({missing} more)."
            )
            style = "color: #b71c1c;"
        self.quorum_label.setText(text.format(present=q.present, required=q.required, missing=q.missing))
        self.quorum_label.setStyleSheet(style)
        self.quorum_changed.emit(q.has_quorum)
