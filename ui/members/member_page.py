"""A member's page: details, seat terms and offices, committees, attendance, motions, issues."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.labels import (
    leave_reason_label,
    meeting_kind_label,
    motion_result_label,
    office_label,
    status_label,
)
from advisoryboard.services.member_page import MemberPage, member_page
from database.enums import CommitteeRole
from ui.common.formatting import format_date, format_datetime
from ui.context import AppContext
from ui.operations import QueryOp


def _tree(parent: QWidget, name: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QTreeWidget:
    """A small read-only list (a member's page holds at most a few hundred lines)."""
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(list(headers))
    for row in rows:
        QTreeWidgetItem(tree, list(row))
    for column in range(len(headers)):
        tree.resizeColumnToContents(column)
    return tree


def _date(value: object) -> str:
    return format_date(value) if isinstance(value, dt.date) else ""


def _rate(attended: int, total: int) -> str:
    if not total:
        return QCoreApplication.translate("MemberPage", "no meetings recorded")
    return f"{attended * 100 / total:.0f} % ({attended}/{total})"


class MemberPageDialog(QDialog):
    """Read-only; Edit… and Deactivate… ask the tab to open those dialogs."""

    edit_requested = Signal(int)
    deactivate_requested = Signal(int)
    reactivate_requested = Signal(int)

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, member_id: int, page: MemberPage | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.setObjectName("memberPage")
        if page is None:
            page = QueryOp(self, ctx, lambda s: member_page(s, member_id)).get()
        self.page = page
        m = page.member
        self.setWindowTitle(self.tr("Member: {name}").format(name=m.name))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        heading = QLabel(m.name, self)
        heading.setObjectName("memberName")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        tabs = QTabWidget(self)
        tabs.setObjectName("memberPageTabs")
        tabs.addTab(self._details(page), self.tr("Details"))
        tabs.addTab(self._terms(page), self.tr("Seat and offices"))
        tabs.addTab(
            _tree(
                self,
                "memberCommittees",
                [self.tr("Committee"), self.tr("Role"), self.tr("From"), self.tr("To")],
                [
                    (
                        n,
                        self.tr("Chair") if r is CommitteeRole.CHAIR else self.tr("Member"),
                        _date(s),
                        _date(e),
                    )
                    for n, r, s, e in page.committees
                ],
            ),
            self.tr("Committees ({n})").format(n=len(page.committees)),
        )
        tabs.addTab(self._attendance(page), self.tr("Attendance"))
        tabs.addTab(
            _tree(
                self,
                "memberMotions",
                [self.tr("Meeting"), self.tr("Motion"), self.tr("Result")],
                [(_date(x.when.date()), x.text, motion_result_label(x.result)) for x in page.motions],
            ),
            self.tr("Motions moved ({n})").format(n=len(page.motions)),
        )
        tabs.addTab(
            _tree(
                self,
                "memberIssues",
                [self.tr("Issue"), self.tr("Title"), self.tr("Status")],
                [(x.reference, x.title, status_label(x.status)) for x in page.issues],
            ),
            self.tr("Issues assigned ({n})").format(n=len(page.issues)),
        )
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        edit = QPushButton(self.tr("&Edit…"), self)
        edit.setObjectName("pageEditButton")
        edit.clicked.connect(lambda: self.edit_requested.emit(member_id))
        buttons.addButton(edit, QDialogButtonBox.ButtonRole.ActionRole)
        if m.active:
            leave = QPushButton(self.tr("&Deactivate…"), self)
            leave.setObjectName("pageDeactivateButton")
            leave.clicked.connect(lambda: self.deactivate_requested.emit(member_id))
            buttons.addButton(leave, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            back = QPushButton(self.tr("&Reactivate"), self)
            back.setObjectName("pageReactivateButton")
            back.setToolTip(
                self.tr("For a former member who returns (e.g. re-elected); give them a seat with Edit…")
            )
            back.clicked.connect(lambda: self.reactivate_requested.emit(member_id))
            buttons.addButton(back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _details(self, page: MemberPage) -> QWidget:
        m = page.member
        box = QWidget(self)
        form = QFormLayout(box)
        status = (
            self.tr("Active")
            if m.active
            else self.tr("Former member since {date} ({reason})").format(
                date=_date(m.left_on), reason=leave_reason_label(m.leave_reason) if m.leave_reason else ""
            )
        )
        contact_rows = [
            (self.tr("Status"), status),
            (self.tr("Email"), m.email or ""),
            (self.tr("Phone"), m.phone or ""),
            (self.tr("Address"), m.address or ""),
            (self.tr("District"), m.district or ""),
            (
                self.tr("Contact details"),
                self.tr("published on public rosters") if m.publish_contact else self.tr("private"),
            ),
            (self.tr("Joined"), _date(m.joined_on)),
            (self.tr("Notes"), m.notes or ""),
        ]
        for label, value in contact_rows:
            text = QLabel(value, box)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, text)
        return box

    def _terms(self, page: MemberPage) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Seat terms"), box))
        layout.addWidget(
            _tree(
                box,
                "memberTerms",
                [self.tr("Seat"), self.tr("From"), self.tr("To")],
                [(p.what, _date(p.start), _date(p.end) or self.tr("(no end date)")) for p in page.seat_terms],
            )
        )
        layout.addWidget(QLabel(self.tr("Office history"), box))
        layout.addWidget(
            _tree(
                box,
                "memberOffices",
                [self.tr("Office"), self.tr("From"), self.tr("To")],
                [
                    (office_label(o) + (f" ({q})" if q else ""), _date(s), _date(e) or self.tr("(current)"))
                    for o, s, e, q in page.offices
                ],
            )
        )
        return box

    def _attendance(self, page: MemberPage) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        summary = QLabel(
            self.tr("Last 12 months: {recent}. All time: {all}.").format(
                recent=_rate(page.attended_12m, page.meetings_12m),
                all=_rate(page.attended_all, page.meetings_all),
            ),
            box,
        )
        summary.setObjectName("attendanceSummary")
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Meetings missed ({n})").format(n=len(page.missed)), box))
        layout.addWidget(
            _tree(
                box,
                "missedMeetings",
                [self.tr("Date"), self.tr("Meeting"), self.tr("Recorded as")],
                [
                    (
                        format_datetime(x.when),
                        x.title or meeting_kind_label(x.kind),
                        self.tr("Absent (unexcused)") if x.status.value == "absent" else self.tr("Excused"),
                    )
                    for x in page.missed
                ],
            )
        )
        return box
