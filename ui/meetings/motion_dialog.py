"""Recording a motion: wording, mover, seconder, method, and a roll-call vote grid with live tally."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.services import agenda, agenda_edit, meetings, motions
from advisoryboard.services.votes import (
    COUNTED_METHODS,
    DECLARED_RESULTS,
    Tally,
    ayes_needed,
    method_tally,
    motion_outcome,
)
from database.enums import MotionKind, MotionResult, VoteChoice, VoteThreshold, VotingMethod
from ui.common.fit import open_size
from ui.common.formatting import format_date
from ui.context import AppContext
from ui.meetings.forms import error_label, save_cancel
from ui.meetings.labels import enum_data, label
from ui.operations import ChangeOp, DbSession, QueryOp

CHOICES = [VoteChoice.AYE, VoteChoice.NAY, VoteChoice.ABSTAIN, VoteChoice.RECUSED]
DECLARABLE = [
    None,
    MotionResult.CARRIED,
    MotionResult.FAILED,
    MotionResult.TABLED,
    MotionResult.WITHDRAWN,
    MotionResult.REFERRED,
]


class MotionDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        agenda_item_id: int | None = None,
        approves_meeting_id: int | None = None,
        text: str = "",
        existing: motions.MotionRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.existing = existing
        self.setObjectName("motionDialog")
        self.setWindowTitle(self.tr("Record a motion"))
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.agenda_item_id = agenda_item_id
        self.motion_id: int | None = None
        self.call, self.drafts, self.base, self.partners, self.items, kind = QueryOp(
            self,
            ctx,
            lambda s: (
                meetings.roll_call(s, meeting_id),
                meetings.draft_minutes_before(s, meeting_id),
                meetings.threshold_base(s),
                motions.partner_choices(s),
                agenda.list_agenda(s, meeting_id),
                meetings.get_meeting(s, meeting_id).kind,
            ),
        ).get()
        self.present = [e for e in self.call.voting if e.status in meetings.PRESENT_STATUSES]
        self.absent = [e for e in self.call.voting if e.status not in meetings.PRESENT_STATUSES]
        # a forum's show of hands counts everyone present, not only the board's seats
        self.count_limit = motions.counted_vote_limit(kind, len(self.present))
        layout = QVBoxLayout(self)
        self.quorum_warning = QLabel(self)
        self.quorum_warning.setObjectName("motionQuorumWarning")
        self.quorum_warning.setWordWrap(True)
        self.quorum_warning.setStyleSheet("color: #b71c1c; font-weight: bold;")
        q = self.call.quorum()
        self.quorum_warning.setText(
            self.tr(
                "⚠ NO QUORUM ({present} present, {required} needed): the motion will be recorded and "
                "flagged as taken without a quorum."
            ).format(present=q.present, required=q.required)
        )
        self.quorum_warning.setVisible(not q.has_quorum)
        layout.addWidget(self.quorum_warning)
        form = QFormLayout()
        self.text = QPlainTextEdit(text, self)
        self.text.setTabChangesFocus(True)  # Tab moves on to the next control (keyboard users)
        self.text.setObjectName("motionTextEdit")
        self.text.setAccessibleName(self.tr("Motion wording"))
        self.text.setMaximumHeight(80)
        form.addRow(self.tr("&Motion:"), self.text)
        self.mover = self._member_combo("moverCombo", self.tr("Mover"))
        form.addRow(self.tr("Mo&ved by:"), self.mover)
        self.seconder = self._member_combo("seconderCombo", self.tr("Seconder"))
        form.addRow(self.tr("&Seconded by:"), self.seconder)
        self.kind = self._enum_combo("motionKindCombo", self.tr("Kind of motion"), list(MotionKind))
        form.addRow(self.tr("&Kind:"), self.kind)
        self.method = self._enum_combo("methodCombo", self.tr("Voting method"), list(VotingMethod))
        form.addRow(self.tr("Voting me&thod:"), self.method)
        self.threshold = self._enum_combo("thresholdCombo", self.tr("Threshold"), list(VoteThreshold))
        form.addRow(self.tr("T&hreshold:"), self.threshold)
        self.declared = QComboBox(self)
        self.declared.setObjectName("declaredResultCombo")
        self.declared.setAccessibleName(self.tr("Result as declared by the chair"))
        for result in DECLARABLE:
            self.declared.addItem(label(result) if result else self.tr("— from the vote —"), result)
        form.addRow(self.tr("&Result declared:"), self.declared)
        # Counts belong to a show of hands or a ballot only: for other methods the row is hidden,
        # not greyed out with zeros beside the real tally.
        self.counts_box = QWidget(self)
        counts_row = QHBoxLayout(self.counts_box)
        counts_row.setContentsMargins(0, 0, 0, 0)
        self.counts = []
        for name, accessible in (
            ("ayesSpin", self.tr("Ayes")),
            ("naysSpin", self.tr("Nays")),
            ("abstentionsSpin", self.tr("Abstentions")),
        ):
            spin = QSpinBox(self.counts_box)
            spin.setObjectName(name)
            spin.setAccessibleName(accessible)
            spin.setRange(0, max(self.count_limit, 0))
            spin.valueChanged.connect(self.update_tally)
            counts_row.addWidget(QLabel(accessible + ":", self.counts_box))
            counts_row.addWidget(spin)
            self.counts.append(spin)
        form.addRow(self.tr("Counts:"), self.counts_box)
        self._form = form
        self.approves = QComboBox(self)
        self.approves.setObjectName("approvesMinutesCombo")
        self.approves.setAccessibleName(self.tr("Approves the minutes of"))
        self.approves.addItem(self.tr("— no —"), None)
        for draft in self.drafts:
            self.approves.addItem(format_date(draft.starts_at), draft.id)
        if approves_meeting_id is not None:
            self.approves.setCurrentIndex(max(self.approves.findData(approves_meeting_id), 0))
        form.addRow(self.tr("Approves minutes of:"), self.approves)
        self.item = QComboBox(self)
        self.item.setObjectName("motionAgendaItemCombo")
        self.item.setAccessibleName(self.tr("Agenda item"))
        self.item.addItem(self.tr("— none —"), None)
        for row in self.items:
            self.item.addItem(f"{row.number}. {row.title}", row.id)
        self.item.setCurrentIndex(max(self.item.findData(agenda_item_id), 0))
        self.item.currentIndexChanged.connect(self._item_changed)
        form.addRow(self.tr("A&genda item:"), self.item)
        self.issue = QLineEdit(self)
        self.issue.setObjectName("motionIssueEdit")
        self.issue.setAccessibleName(self.tr("Linked issue reference"))
        self.issue.setPlaceholderText(self.tr("e.g. 2025-0142 (optional)"))
        form.addRow(self.tr("Linked iss&ue:"), self.issue)
        self.partner = QComboBox(self)
        self.partner.setObjectName("referPartnerCombo")
        self.partner.setAccessibleName(self.tr("Refer to partner organization"))
        self.partner.addItem(self.tr("— none —"), None)
        for pid, name in self.partners:
            self.partner.addItem(name, pid)
        form.addRow(self.tr("Refer to &partner:"), self.partner)
        self._item_changed()
        layout.addLayout(form)
        self.grid = self._vote_grid()
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.all_aye_button)
        self.tally_label = QLabel(self)
        self.tally_label.setObjectName("tallyLabel")
        self.tally_label.setAccessibleName(self.tr("Tally"))
        self.tally_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.tally_label)
        self.error_label = error_label(self, "motionErrorLabel")
        layout.addWidget(self.error_label)
        # Without the vote grid any room left over goes here, above the buttons, so the rows
        # stay together instead of spreading apart (the grid takes it back for a roll call).
        layout.addStretch(1)
        layout.addWidget(save_cancel(self, self.save))
        self._sized = False
        self.method.currentIndexChanged.connect(self._method_changed)
        self.threshold.currentIndexChanged.connect(self.update_tally)
        self.declared.currentIndexChanged.connect(self.update_tally)
        self._method_changed()
        if existing is not None:
            self._show_existing(existing)
        self._sized = True
        self._fit_height()

    def _show_existing(self, m: motions.MotionRow) -> None:
        """Fill the form from a recorded motion (to correct draft minutes)."""
        self.setWindowTitle(self.tr("Correct a motion"))
        self.text.setPlainText(m.text)
        for combo, value in (
            (self.mover, m.mover_id),
            (self.seconder, m.seconder_id),
            (self.kind, m.kind),
            (self.method, m.method),
            (self.threshold, m.threshold),
            (self.approves, m.approves_minutes_of_meeting_id),
            (self.item, m.agenda_item_id),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for member_id, choice in m.votes.items():
            if member_id in self.groups and choice in CHOICES:
                self.groups[member_id].button(CHOICES.index(choice)).setChecked(True)
        if m.tally is not None and m.method in COUNTED_METHODS:
            for spin, number in zip(
                self.counts, (m.tally.ayes, m.tally.nays, m.tally.abstentions), strict=True
            ):
                spin.setValue(int(number))
        if m.method in (VotingMethod.VOICE, VotingMethod.BALLOT) or m.result in DECLARED_RESULTS:
            self.declared.setCurrentIndex(max(self.declared.findData(m.result), 0))
        self.issue.setText(m.issue_reference or "")
        self.partner.setCurrentIndex(max(self.partner.findData(m.referred_partner_id), 0))
        self.update_tally()

    def _item_changed(self) -> None:
        row = next((r for r in self.items if r.id == self.item.currentData()), None)
        if row is not None and row.issue_reference and not self.issue.text():
            self.issue.setText(row.issue_reference)
        if row is not None and row.minutes_of_meeting_id is not None:
            self.approves.setCurrentIndex(max(self.approves.findData(row.minutes_of_meeting_id), 0))

    def _member_combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("— not recorded —"), None)
        for entry in self.present:
            combo.addItem(entry.name, entry.member_id)
        return combo

    def _enum_combo(self, name: str, accessible: str, values: list[object]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for value in values:
            combo.addItem(label(value), value)  # type: ignore[arg-type]
        return combo

    def _vote_grid(self) -> QTableWidget:
        members = self.present + self.absent
        grid = QTableWidget(len(members), 1 + len(CHOICES), self)
        grid.setObjectName("voteGrid")
        grid.setAccessibleName(self.tr("Roll-call vote"))
        grid.setHorizontalHeaderLabels([self.tr("Member")] + [label(c) for c in CHOICES])
        grid.verticalHeader().setVisible(False)
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.groups: dict[int, QButtonGroup] = {}
        for row, entry in enumerate(members):
            present = entry in self.present
            name = entry.name if present else self.tr("{name} (absent)").format(name=entry.name)
            grid.setItem(row, 0, QTableWidgetItem(name))
            if not present:
                continue
            group = QButtonGroup(grid)
            for col, choice in enumerate(CHOICES, start=1):
                button = QRadioButton(grid)
                button.setObjectName(f"vote_{entry.member_id}_{choice.value}")
                button.setAccessibleName(f"{entry.name}: {label(choice)}")
                group.addButton(button, col - 1)
                grid.setCellWidget(row, col, button)
            group.idClicked.connect(self.update_tally)
            self.groups[entry.member_id] = group
        grid.resizeColumnsToContents()
        grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        grid.setMinimumHeight(220)
        all_aye = QPushButton(self.tr("All present vote aye"), self)
        all_aye.setObjectName("allAyeButton")
        all_aye.clicked.connect(self.all_aye)
        self.all_aye_button = all_aye
        return grid

    def all_aye(self) -> None:
        for group in self.groups.values():
            group.button(0).setChecked(True)
        self.update_tally()

    def set_vote(self, member_id: int, choice: VoteChoice) -> None:
        self.groups[member_id].button(CHOICES.index(choice)).setChecked(True)
        self.update_tally()

    def _method(self) -> VotingMethod:
        return enum_data(self.method, VotingMethod) or VotingMethod.VOICE

    def _threshold(self) -> VoteThreshold:
        return enum_data(self.threshold, VoteThreshold) or VoteThreshold.MAJORITY

    def _method_changed(self) -> None:
        method = self._method()
        roll_call = method is VotingMethod.ROLL_CALL
        self.grid.setVisible(roll_call)
        self.all_aye_button.setVisible(roll_call)
        self._form.setRowVisible(self.counts_box, method in COUNTED_METHODS)
        self.update_tally()
        if self._sized:
            self._fit_height()

    def _fit_height(self) -> None:
        """Roll call: room for the vote grid (it scrolls, so the dialog fits a laptop screen).
        Other methods: just as tall as the form, so no empty grid space is left behind."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        if self.grid.isVisibleTo(self):
            open_size(self, max(self.width(), 720), 680)
        else:
            open_size(self, max(self.width(), 720), self.sizeHint().height())

    def votes(self) -> dict[int, VoteChoice]:
        return {m: CHOICES[g.checkedId()] for m, g in self.groups.items() if g.checkedId() >= 0}

    def current_tally(self) -> Tally | None:
        ayes, nays, abstentions = (s.value() for s in self.counts)
        return method_tally(
            self._method(),
            votes=self.votes().values(),
            counts=(ayes, nays, abstentions),
            present=len(self.present),
        )

    def update_tally(self) -> None:
        counts = self.current_tally()
        declared = enum_data(self.declared, MotionResult)
        threshold = self._threshold()
        result = motion_outcome(counts, declared, threshold, self.base)  # the service's rule
        if counts is None or counts.empty:
            text = self.tr("No count: choose the result the chair declared.")
            if declared is not None:
                text = self.tr("Result: {result}").format(result=label(declared).upper())
        else:
            assert result is not None  # a count always decides
            text = self.tr("Tally {tally} (ayes-nays-abstentions): {result}. {needed} ayes needed.").format(
                tally=counts.text,
                result=label(result).upper(),
                needed=ayes_needed(counts, threshold, self.base),
            )
            missing = len(self.present) - len(self.votes())
            if self._method() is VotingMethod.ROLL_CALL and missing:
                text += " " + self.tr("%n present member(s) have not voted yet.", "", missing)
        self.tally_label.setText(text)

    def motion_input(self) -> motions.MotionInput:
        counts = tuple(s.value() for s in self.counts)
        return motions.MotionInput(
            text=self.text.toPlainText(),
            mover_id=self.mover.currentData(),
            seconder_id=self.seconder.currentData(),
            kind=enum_data(self.kind, MotionKind) or MotionKind.MAIN,
            method=self._method(),
            threshold=self._threshold(),
            votes=self.votes(),
            counts=counts if self._method() in COUNTED_METHODS else None,  # type: ignore[arg-type]
            declared_result=enum_data(self.declared, MotionResult),
            agenda_item_id=self.item.currentData(),
            approves_minutes_of_meeting_id=self.approves.currentData(),
            approves_minutes_version=next(
                (d.version for d in self.drafts if d.id == self.approves.currentData()), None
            ),
            referred_partner_id=self.partner.currentData(),
        )

    def save(self) -> None:
        data, issue = self.motion_input(), self.issue.text()

        def action(session: DbSession) -> int:
            with_issue = replace(data, issue_id=agenda_edit.find_issue(session, issue))
            if self.existing is None:
                return motions.record_motion(session, self.meeting_id, with_issue)
            return motions.record_motion(
                session,
                self.meeting_id,
                with_issue,
                motion_id=self.existing.id,
                version=self.existing.version,
            )

        save = ChangeOp(self, self.ctx, action).show_errors_in(self.error_label)
        if save.run():
            self.motion_id = save.result
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        ctx: AppContext,
        meeting_id: int,
        *,
        agenda_item_id: int | None = None,
        approves_meeting_id: int | None = None,
        text: str = "",
        existing: motions.MotionRow | None = None,
    ) -> int | None:
        """Show the dialog; the id of the recorded (or corrected) motion, or None if cancelled."""
        dialog = cls(
            ctx,
            meeting_id,
            parent,
            agenda_item_id=agenda_item_id,
            approves_meeting_id=approves_meeting_id,
            text=text,
            existing=existing,
        )
        dialog.exec()
        return dialog.motion_id
