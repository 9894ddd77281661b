"""Committees: create one, see its members, add members (and its chair) with dates, end a membership."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.errors import UserError
from advisoryboard.services.committees import (
    add_committee_member,
    committee_members,
    create_committee,
    end_committee_membership,
    list_committees,
)
from advisoryboard.services.roster import RosterFilter, roster
from database.enums import CommitteeKind, CommitteeRole
from ui.common.formatting import format_date
from ui.context import AppContext
from ui.errors import show_user_error
from ui.members.widgets import OptionalDate, date_edit, error_label, to_date
from ui.operations import ChangeOp, QueryOp


class NewCommitteeDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("newCommitteeDialog")
        self.setWindowTitle(self.tr("New committee"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("committeeNameEdit")
        self.name.setAccessibleName(self.tr("Committee name"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("committeeKindCombo")
        self.kind.addItem(self.tr("Standing"), CommitteeKind.STANDING.value)
        self.kind.addItem(self.tr("Ad hoc"), CommitteeKind.AD_HOC.value)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, CommitteeKind] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text(), CommitteeKind(dialog.kind.currentData())


class AddCommitteeMemberDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, committee_id: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.committee_id = committee_id
        self.setObjectName("addCommitteeMemberDialog")
        self.setWindowTitle(self.tr("Add committee member"))
        form = QFormLayout(self)
        self.member = QComboBox(self)
        self.member.setObjectName("committeeMemberCombo")
        self.member.setAccessibleName(self.tr("Member"))
        for row in QueryOp(self, ctx, lambda s: roster(s, RosterFilter(status="active"))).get():
            self.member.addItem(row.name, row.id)
        self.role = QComboBox(self)
        self.role.setObjectName("committeeRoleCombo")
        self.role.addItem(self.tr("Member"), CommitteeRole.MEMBER.value)
        self.role.addItem(self.tr("Chair"), CommitteeRole.CHAIR.value)
        self.start = date_edit(self, "committeeStartEdit", self.tr("From"))
        self.end = OptionalDate(self, "committeeEndEdit", self.tr("To"), self.tr("ends on"))
        self.error = error_label(self, "committee")
        form.addRow(self.tr("&Member"), self.member)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        committee_id, member_id = self.committee_id, int(self.member.currentData())
        role, start, end = (
            CommitteeRole(self.role.currentData()),
            to_date(self.start.date()),
            self.end.value(),
        )
        add = ChangeOp(
            self, self.ctx, lambda s: add_committee_member(s, committee_id, member_id, role, start, end)
        )
        if add.show_errors_in(self.error).run():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, committee_id: int) -> bool:
        return cls(parent, ctx, committee_id).exec() == QDialog.DialogCode.Accepted


class CommitteesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("committeesDialog")
        self.setWindowTitle(self.tr("Committees"))
        self.setAccessibleName(self.tr("Committees"))
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("committeesList")
        self.list.setAccessibleName(self.tr("Committees"))
        self.list.currentItemChanged.connect(lambda *_a: self._show_members())
        new = QPushButton(self.tr("&New committee…"), self)
        new.setObjectName("newCommitteeButton")
        new.clicked.connect(self.new_committee)
        left.addWidget(self.list, 1)
        left.addWidget(new)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.members = QTreeWidget(self)
        self.members.setObjectName("committeeMembers")
        self.members.setAccessibleName(self.tr("Committee members"))
        self.members.setRootIsDecorated(False)
        self.members.setHeaderLabels([self.tr("Member"), self.tr("Role"), self.tr("From"), self.tr("To")])
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Add member…"), self)
        add.setObjectName("addCommitteeMemberButton")
        add.clicked.connect(self.add_member)
        end = QPushButton(self.tr("&End membership…"), self)
        end.setObjectName("endCommitteeMemberButton")
        end.clicked.connect(self.end_membership)
        row.addWidget(add)
        row.addWidget(end)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        right.addWidget(self.heading)
        right.addWidget(self.members, 1)
        right.addLayout(row)
        right.addWidget(close)
        layout.addLayout(right, 2)
        self.resize(820, 460)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        current = select_id or self.committee_id()
        self.list.clear()
        committees = QueryOp(self, self.ctx, list_committees).get()
        for c in committees:
            chair = self.tr("chair: {name}").format(name=c.chair) if c.chair else self.tr("no chair")
            item = QListWidgetItem(f"{c.name} ({chair}; {c.members})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            if c.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_members()

    def committee_id(self) -> int | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_members(self) -> None:
        self.members.clear()
        cid = self.committee_id()
        if cid is None:
            self.heading.setText(self.tr("No committees yet."))
            return
        self.heading.setText(self.list.currentItem().text())
        rows = QueryOp(self, self.ctx, lambda s: committee_members(s, cid)).get()
        for m in rows:
            role = self.tr("Chair") if m.role is CommitteeRole.CHAIR else self.tr("Member")
            item = QTreeWidgetItem(self.members, [m.name, role, format_date(m.start), format_date(m.end)])
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)

    def new_committee(self) -> None:
        answer = NewCommitteeDialog.ask(self)
        if answer is None:
            return
        create = ChangeOp(self, self.ctx, lambda s: create_committee(s, answer[0], answer[1]))
        if create.run():
            self.refresh(create.result)

    def add_member(self) -> None:
        cid = self.committee_id()
        if cid is not None and AddCommitteeMemberDialog.ask(self, self.ctx, cid):
            self.refresh(cid)

    def end_membership(self) -> None:
        item = self.members.currentItem()
        if item is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("End membership"), self.tr("Last day on the committee (YYYY-MM-DD):")
        )
        if not ok:
            return
        import datetime as dt

        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            show_user_error(
                self, UserError(self.tr("'{text}' is not a date like 2026-05-31.").format(text=text))
            )
            return
        membership_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        if ChangeOp(self, self.ctx, lambda s: end_committee_membership(s, membership_id, day)).run():
            self.refresh(self.committee_id())

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> None:
        cls(parent, ctx).exec()
