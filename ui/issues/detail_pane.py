"""The pane beside the issues table: one issue's fields, timeline, links and actions."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.default_data import shown
from advisoryboard.errors import UserError
from advisoryboard.labels import label as enum_label
from advisoryboard.labels import priority_label, source_label, status_label
from advisoryboard.permissions import Permission
from advisoryboard.services import issues as issue_service
from advisoryboard.services.issue_detail import committees, get_issue, members
from advisoryboard.services.issue_workflow import allowed_next
from advisoryboard.services.issues import IssueDetail, TimelineEntry
from advisoryboard.services.partners import list_partners
from database.enums import IssueStatus, TimelineKind
from ui.common.formatting import format_date, format_datetime
from ui.community.issue_link import add_source_event_row
from ui.context import AppContext
from ui.operations import ChangeOp, DbSession, QueryOp


def plain(text: object) -> QLabel:
    """A label that shows user text literally (never as HTML)."""
    label = QLabel("" if text is None else str(text))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IssueDetailPane(QScrollArea):
    #: Ask the tab to open the edit dialog for this issue id.
    edit_requested = Signal(int)
    #: A link to a meeting was activated: (meeting id).
    meeting_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_id: int | None = None
        self.ctx = ctx
        self.setObjectName("issueDetail")
        self.setWidgetResizable(True)
        self.detail: IssueDetail | None = None
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.heading = QLabel(self.tr("Choose an issue in the list to see it here."), body)
        self.heading.setObjectName("issueHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.fields_box = QGroupBox(self.tr("Details"), body)
        self.form = QFormLayout(self.fields_box)
        layout.addWidget(self.fields_box)

        actions = QGroupBox(self.tr("Actions"), body)
        grid = QFormLayout(actions)
        self.note_edit = QPlainTextEdit(actions)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("A note for the timeline (needed to resolve or close)"))
        self.note_edit.setMaximumHeight(70)
        grid.addRow(self.tr("Note"), self.note_edit)
        self.note_error = QLabel(actions)
        self.note_error.setObjectName("noteError")
        self.note_error.setStyleSheet("color: #b00020")
        grid.addRow("", self.note_error)
        self.add_note_button = self._button(actions, "addNoteButton", self.tr("Add &note"), self._add_note)
        grid.addRow("", self.add_note_button)

        self.status_combo = QComboBox(actions)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.setAccessibleName(self.tr("New status"))
        self.duplicate_edit = QLineEdit(actions)
        self.duplicate_edit.setObjectName("duplicateOfEdit")
        self.duplicate_edit.setAccessibleName(self.tr("Duplicate of (reference)"))
        self.duplicate_edit.setPlaceholderText(self.tr("reference, e.g. 2025-0142"))
        self.status_button = self._button(
            actions, "changeStatusButton", self.tr("Change &status"), self._change_status
        )
        row = QHBoxLayout()
        row.addWidget(self.status_combo, 1)
        row.addWidget(self.status_button)
        grid.addRow(self.tr("Status"), row)
        grid.addRow(self.tr("Duplicate of"), self.duplicate_edit)

        self.partner_combo = QComboBox(actions)
        self.partner_combo.setObjectName("referPartnerCombo")
        self.partner_combo.setAccessibleName(self.tr("Partner to refer to"))
        self.refer_button = self._button(actions, "referButton", self.tr("&Refer"), self._refer)
        row = QHBoxLayout()
        row.addWidget(self.partner_combo, 1)
        row.addWidget(self.refer_button)
        grid.addRow(self.tr("Refer to"), row)

        self.assign_combo = QComboBox(actions)
        self.assign_combo.setObjectName("assignCombo")
        self.assign_combo.setAccessibleName(self.tr("Assign to"))
        self.assign_button = self._button(actions, "assignButton", self.tr("&Assign"), self._assign)
        row = QHBoxLayout()
        row.addWidget(self.assign_combo, 1)
        row.addWidget(self.assign_button)
        grid.addRow(self.tr("Assign to"), row)
        self.edit_button = self._button(actions, "editIssueButton", self.tr("&Edit issue…"), self._edit)
        self.history_button = self._button(actions, "issueHistoryButton", self.tr("Histor&y…"), self._history)
        self.history_button.setVisible(self.ctx.can(Permission.VIEW_AUDIT))
        row = QHBoxLayout()
        row.addWidget(self.edit_button, 1)
        row.addWidget(self.history_button)
        grid.addRow("", row)
        self.actions_box = actions
        layout.addWidget(actions)

        layout.addWidget(QLabel(self.tr("Timeline"), body))
        self.timeline = QListWidget(body)
        self.timeline.setObjectName("timelineList")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setMinimumHeight(160)
        layout.addWidget(self.timeline, 2)
        layout.addWidget(QLabel(self.tr("Mentioned in"), body))
        self.links = QListWidget(body)
        self.links.setObjectName("issueLinks")
        self.links.setAccessibleName(
            self.tr("Meetings, agenda items, motions and action items that mention it")
        )
        self.links.itemActivated.connect(self._link_activated)
        self.links.setMaximumHeight(110)
        layout.addWidget(self.links)
        self.show_issue(None)

    def _button(self, parent: QWidget, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ showing
    @property
    def shown_id(self) -> int | None:
        """The issue the pane shows (None: none, or it could not be read)."""
        return self._shown_id if self.detail is not None else None

    def show_issue(self, issue_id: int | None) -> None:
        self.note_error.clear()
        if issue_id is None:
            self.detail = None
            self._shown_id = None
            self.heading.setText(self.tr("Choose an issue in the list to see it here."))
            self._clear_form()
            self.timeline.clear()
            self.links.clear()
            self.actions_box.setEnabled(False)
            return

        def unavailable(exc: UserError) -> None:  # e.g. deleted, or confidential: say so in the heading
            self.show_issue(None)
            self.heading.setText(exc.message)

        def read_issue(s: DbSession) -> tuple[Any, ...]:
            from advisoryboard.geo.issues import computed_places  # shapely loads with the first issue

            return (
                get_issue(s, issue_id),
                list_partners(s, include_inactive=False),
                members(s),
                committees(s),
                computed_places(s, issue_id),  # where its coordinates fall (geo)
            )

        read = QueryOp(self, self.ctx, read_issue)
        if not read.show_errors_in(self.heading).failure(unavailable).run() or read.result is None:
            return
        self.detail, partners, mems, coms, self._places = read.result
        d = self.detail
        if d.id != self._shown_id:
            # Another issue (a new one just saved, too): start at its heading, not where the
            # last one was scrolled to. The same issue refreshed keeps its place.
            self.verticalScrollBar().setValue(0)
        self._shown_id = d.id
        self.heading.setText(f"{d.reference} · {d.title}")
        self._fill_form(d)
        add_source_event_row(self, issue_id)  # issue 18: the community event it was raised at
        self._fill_timeline(d.timeline)
        self.links.clear()
        for link in d.links:
            item = QListWidgetItem(link.label)
            item.setData(Qt.ItemDataRole.UserRole, link.meeting_id)
            self.links.addItem(item)
        if not d.links:
            self.links.addItem(self.tr("No meeting has mentioned this issue yet."))
        self.status_combo.clear()
        for status in allowed_next(d.status):
            self.status_combo.addItem(status_label(status), status.value)
        self.partner_combo.clear()
        for p in partners:
            self.partner_combo.addItem(p.name, p.id)
        self.partner_combo.setCurrentIndex(max(self.partner_combo.findData(d.partner_id), 0))
        self.assign_combo.clear()
        self.assign_combo.addItem(self.tr("Nobody"), None)
        for m in mems:
            self.assign_combo.addItem(m.label, userData=f"m:{m.id}")
        for c in coms:
            self.assign_combo.addItem(self.tr("Committee: {name}").format(name=c.label), f"c:{c.id}")
        current = (
            f"m:{d.assignee_member_id}"
            if d.assignee_member_id
            else (f"c:{d.assignee_committee_id}" if d.assignee_committee_id else None)
        )
        self.assign_combo.setCurrentIndex(max(self.assign_combo.findData(current), 0))
        editable = self.ctx.can(Permission.EDIT_ISSUES) and not d.withheld
        self.actions_box.setEnabled(editable)

    def _clear_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)

    def _fill_form(self, d: IssueDetail) -> None:
        self._clear_form()
        if d.confidential:
            mark = plain(self.tr("🔒 Confidential: never on public prints or exports"))
            mark.setObjectName("confidentialMark")
            self.form.addRow(self.tr("Confidential"), mark)
        overdue = self.tr(" (⚠ overdue)") if d.overdue else ""
        rows: list[tuple[str, object]] = [
            (self.tr("Status"), status_label(d.status)),
            (self.tr("Priority"), priority_label(d.priority)),
            (self.tr("Category"), shown(d.category)),
            (self.tr("Source category"), d.source_category),
            (self.tr("Source department"), d.source_agency),
            (self.tr("Description"), d.description),
            (self.tr("Location"), d.location),
            (self.tr("Coordinates"), f"{d.latitude}, {d.longitude}" if d.latitude is not None else None),
            (self.tr("District"), shown(d.district) or None),
            (self.tr("Reported on"), format_datetime(d.reported_on)),
            (self.tr("Source"), source_label(d.source)),
            (self.tr("Reporter"), d.reporter_name),
            (self.tr("Reporter contact"), d.reporter_contact),
            (self.tr("Assigned to"), d.assignee),
            (self.tr("Referred to"), d.partner),
            (self.tr("Due on"), f"{format_date(d.due_on)}{overdue}" if d.due_on else None),
            (self.tr("Resolved on"), format_date(d.resolved_on) or None),
            (self.tr("Duplicate of"), d.duplicate_of),
            (self.tr("External id"), f"{d.external_id} ({d.external_source})" if d.external_id else None),
        ]
        for label, value in rows:
            if value not in (None, ""):
                self.form.addRow(label, plain(value))
        for set_name, area in getattr(self, "_places", []):  # beside the recorded district
            where = area or self.tr("outside every outline")
            self.form.addRow(self.tr("On the map ({name})").format(name=set_name), plain(where))

    def _fill_timeline(self, entries: tuple[TimelineEntry, ...]) -> None:
        self.timeline.clear()
        for e in reversed(entries):
            what = self._describe(e)
            text = f"{format_datetime(e.at)} · {e.author}\n{what}"
            if e.text and e.text.strip().rstrip(".") != what:  # never the same line twice
                text += f"\n{e.text}"
            item = QListWidgetItem(text)
            item.setToolTip(html.escape(text))
            self.timeline.addItem(item)

    def _describe(self, e: TimelineEntry) -> str:
        if e.kind is TimelineKind.CREATED:
            return self.tr("Issue recorded")
        if e.kind is TimelineKind.REFERRAL:
            return self.tr("Referred to {partner}").format(partner=e.partner or "?")
        if e.kind is TimelineKind.STATUS and e.to_status is not None:
            old = status_label(e.from_status) if e.from_status else "—"
            return self.tr("Status: {old} → {new}").format(old=old, new=status_label(e.to_status))
        return enum_label(e.kind)

    def _link_activated(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(Qt.ItemDataRole.UserRole)
        if meeting_id:
            self.meeting_requested.emit(int(meeting_id))

    # ------------------------------------------------------------------ actions
    def _act(self, action: Callable[[DbSession], object]) -> bool:
        """One user action; an error about the note, status or assignment shows next to the
        note, others in the standard message. The change notice shows the result."""
        if self.detail is None:
            return False
        fields = dict.fromkeys(("note", "status", "duplicate_of", "partner", "assignee"), self.note_error)
        if not ChangeOp(self, self.ctx, action).show_errors_in(fields=fields).run():
            return False
        self.note_edit.clear()
        return True

    def _note(self) -> str:
        return self.note_edit.toPlainText()

    def _add_note(self) -> None:
        assert self.detail is not None
        iid = self.detail.id
        self._act(lambda s: issue_service.add_note(s, iid, self._note()))

    def _change_status(self) -> None:
        assert self.detail is not None
        d = self.detail
        value = self.status_combo.currentData()
        if not value:
            return
        status = IssueStatus(value)
        dup_id = None
        if status is IssueStatus.DUPLICATE:
            dup_id = self._duplicate_target()
            if dup_id is None:
                self.note_error.setText(self.tr("Type the reference of the issue this one duplicates."))
                return
        partner_id = self.partner_combo.currentData() if status is IssueStatus.REFERRED else None
        self._act(
            lambda s: issue_service.change_status(
                s,
                d.id,
                status,
                self._note(),
                version=d.version,
                duplicate_of_id=dup_id,
                partner_id=partner_id,
            )
        )

    def _duplicate_target(self) -> int | None:
        ref = self.duplicate_edit.text().strip()
        if not ref:
            return None
        from advisoryboard.services.issue_detail import find_by_reference

        return QueryOp(self, self.ctx, lambda s: find_by_reference(s, ref)).get()

    def _refer(self) -> None:
        assert self.detail is not None
        iid, version = self.detail.id, self.detail.version
        pid = self.partner_combo.currentData()
        if pid is None:
            self.note_error.setText(self.tr("Add partner organizations first (Partners…)."))
            return
        self._act(lambda s: issue_service.refer(s, iid, int(pid), self._note() or None, version=version))

    def _assign(self) -> None:
        assert self.detail is not None
        iid, version = self.detail.id, self.detail.version
        value = self.assign_combo.currentData()
        member_id = int(value[2:]) if value and value.startswith("m:") else None
        committee_id = int(value[2:]) if value and value.startswith("c:") else None
        self._act(
            lambda s: issue_service.assign(
                s, iid, member_id=member_id, committee_id=committee_id, version=version
            )
        )

    def _edit(self) -> None:
        if self.detail is not None:
            self.edit_requested.emit(self.detail.id)

    def _history(self) -> None:
        """Every change of this issue's record (the audit log), oldest first."""
        if self.detail is not None:
            from ui.safety.audit_view import HistoryDialog

            HistoryDialog.ask(self.ctx, "issues", self.detail.id, self.detail.reference, self)
