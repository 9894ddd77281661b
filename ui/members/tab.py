"""The Members tab: roster with search and filters, warnings, and the member dialogs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.labels import office_label
from advisoryboard.permissions import Permission
from advisoryboard.services.member_page import member_page
from advisoryboard.services.member_warnings import member_warnings
from advisoryboard.services.members import delete_member, districts, reactivate_member
from advisoryboard.services.roster import RosterFilter
from database.enums import Office
from ui.common.button_bar import ButtonBar
from ui.common.fit import fit_columns_once, remember_columns
from ui.common.formatting import format_number
from ui.common.search_bar import SearchFilterBar
from ui.context import AppContext
from ui.members.committees_dialog import CommitteesDialog
from ui.members.deactivate_dialog import ConfirmDelete, DeactivateDialog
from ui.members.import_export import export_members, import_members
from ui.members.member_dialog import MemberDialog
from ui.members.member_page import MemberPageDialog
from ui.members.roster_model import RosterModel
from ui.members.seat_dialog import SeatsDialog
from ui.members.warnings_panel import WarningsPanel
from ui.operations import ChangeOp, QueryOp
from ui.tabbase import BoardTab


class MembersTab(BoardTab):
    watched_areas = frozenset({"members", "meetings", "settings"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("membersTab")
        layout = QVBoxLayout(self)
        layout.addWidget(self._filters())
        layout.addLayout(self._buttons())

        self.model = RosterModel(ctx, self)
        self.table = QTableView(self)
        self.table.setObjectName("membersTable")
        self.table.setAccessibleName(self.tr("Members"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # `activated` is a double-click (or a single click, where the desktop says so) and Enter:
        # connecting doubleClicked as well opened the member's page twice.
        self.table.activated.connect(self._double_clicked)
        self.warnings = WarningsPanel(self)
        self.warnings.open_member.connect(self.open_member)
        splitter = QSplitter(self)
        splitter.setObjectName("membersSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.warnings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("membersCount")
        layout.addWidget(self.count_label)

        self.member_page: MemberPageDialog | None = None
        self._apply_permissions()
        self.refresh()
        self.table.verticalHeader().hide()
        fit_columns_once(self.table)
        remember_columns(self.table, "members")

    # ------------------------------------------------------------------ building
    def _filters(self) -> SearchFilterBar:
        bar = SearchFilterBar(
            self,
            name="membersSearch",
            placeholder=self.tr("Search name, email or district…"),
            accessible=self.tr("Search members"),
        )
        self.filter_bar = bar
        self.search = bar.search
        self.search_timer = bar.timer
        self.status_filter = bar.add_combo(
            "membersStatusFilter",
            self.tr("Show active, former or all members"),
            [(self.tr("Active"), "active"), (self.tr("Former"), "former"), (self.tr("All"), "all")],
        )
        self.voting_filter = bar.add_combo(
            "membersVotingFilter",
            self.tr("Voting or non-voting"),
            [
                (self.tr("Voting and non-voting"), "all"),
                (self.tr("Voting seats"), "voting"),
                (self.tr("Non-voting"), "non_voting"),
            ],
        )
        self.office_filter = bar.add_combo(
            "membersOfficeFilter",
            self.tr("Office"),
            [(self.tr("Any office"), None), *((office_label(o), o.value) for o in Office)],
        )
        self.district_filter = bar.add_combo(
            "membersDistrictFilter", self.tr("District"), [(self.tr("Any district"), None)]
        )
        bar.changed.connect(self.apply_filter)
        return bar

    def _button(self, text: str, name: str, slot: object, shortcut: str | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(shortcut)
        return button

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        bar = ButtonBar(self, "memberButtons")  # what does not fit goes into "More ▾"
        row.addWidget(bar)
        self.add_button = self._button(self.tr("&Add member…"), "addMemberButton", self.add_member, "Ctrl+N")
        self.open_button = self._button(self.tr("&Open"), "openMemberButton", self.open_selected)
        self.edit_button = self._button(self.tr("&Edit…"), "editMemberButton", self.edit_selected, "Ctrl+E")
        self.deactivate_button = self._button(
            self.tr("&Deactivate…"), "deactivateMemberButton", self.deactivate_selected
        )
        self.delete_button = self._button(self.tr("De&lete…"), "deleteMemberButton", self.delete_selected)
        self.seat_button = self._button(self.tr("&Seats…"), "seatsButton", self.seats)
        self.committees_button = self._button(
            self.tr("&Committees…"), "committeesButton", lambda: CommitteesDialog.ask(self, self.ctx)
        )
        self.import_button = self._button(
            self.tr("&Import…"), "importMembersButton", lambda: import_members(self, self.ctx)
        )
        self.export_button = self._button(self.tr("E&xport…"), "exportMembersButton", self.export)
        self.print_button = self._button(
            self.tr("&Print roster…"),
            "printButton",
            lambda: self.print_request.emit("roster", {"public": True}),
        )
        for button in (
            self.add_button,
            self.open_button,
            self.edit_button,
            self.deactivate_button,
            self.delete_button,
            self.seat_button,
            self.committees_button,
        ):
            bar.add(button, always=button is self.add_button)
        bar.add_stretch()
        for button in (self.import_button, self.export_button, self.print_button):
            bar.add(button)
        return row

    def _apply_permissions(self) -> None:
        can_edit = self.ctx.can(Permission.EDIT_MEMBERS)
        for button in (
            self.add_button,
            self.edit_button,
            self.deactivate_button,
            self.delete_button,
        ):
            button.setEnabled(can_edit)
        self.import_button.setEnabled(self.ctx.can(Permission.IMPORT_DATA))
        self.export_button.setEnabled(self.ctx.can(Permission.EXPORT_DATA))
        self.print_button.setEnabled(self.ctx.can(Permission.PRINT))

    # ------------------------------------------------------------------ BoardTab
    def tab_title(self) -> str:
        return self.tr("Members")

    def on_changed(self, areas: frozenset[str]) -> None:
        if areas & {"members", "meetings", "settings"}:
            self.refresh()

    def default_print_request(self) -> tuple[str, dict[str, object]] | None:
        return ("roster", {"public": True})

    def view_state(self) -> object:
        member_id = self.selected_id()
        return {"member_id": member_id} if member_id is not None else None

    def apply_navigation(self, request: object) -> None:
        if isinstance(request, dict) and isinstance(request.get("member_id"), int):
            self.select_member(request["member_id"])

    # ------------------------------------------------------------------ data
    def current_filter(self) -> RosterFilter:
        office = self.office_filter.currentData()
        return RosterFilter(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            voting=self.voting_filter.currentData(),
            office=Office(office) if office else None,
            district=self.district_filter.currentData(),
        )

    def apply_filter(self) -> None:
        self.search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()

    def refresh(self) -> None:
        selected = self.selected_id()
        names, warnings = QueryOp(self, self.ctx, lambda s: (districts(s), member_warnings(s))).get()
        SearchFilterBar.refill(self.district_filter, ((name, name) for name in names))
        self.model.filter = self.current_filter()
        self.model.reload()
        self.warnings.set_warnings(warnings)
        self._update_count()
        if selected is not None:
            self.select_member(selected)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{n} members shown").format(n=format_number(self.model.rowCount())))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.member_id(rows[0].row()) if rows else None

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _selected_or_say(self) -> int | None:
        member_id = self.selected_id()
        if member_id is None:
            self.status_message.emit(self.tr("Select a member first."))
        return member_id

    # ------------------------------------------------------------------ actions
    def _double_clicked(self, index: QModelIndex) -> None:
        member_id = self.model.member_id(index.row())
        if member_id is not None:
            self.open_member(member_id)

    def open_selected(self) -> None:
        member_id = self._selected_or_say()
        if member_id is not None:
            self.open_member(member_id)

    def open_member(self, member_id: int) -> None:
        read = QueryOp(self, self.ctx, lambda s: member_page(s, member_id))
        if not read.run():  # e.g. deleted meanwhile: the runner said so
            return
        page = MemberPageDialog(self, self.ctx, member_id, read.result)

        def edit(mid: int) -> None:
            page.accept()
            self.edit_member(mid)

        def deactivate(mid: int) -> None:
            page.accept()
            self.deactivate_member(mid)

        def reactivate(mid: int) -> None:
            page.accept()
            row = self.model.row_at(self.model.row_of(mid))
            version = row.version if row else None
            if ChangeOp(self, self.ctx, lambda s: reactivate_member(s, mid, version)).run():
                self.status_message.emit(self.tr("Member reactivated; give them a seat with Edit…"))

        page.edit_requested.connect(edit)
        page.deactivate_requested.connect(deactivate)
        page.reactivate_requested.connect(reactivate)
        self.member_page = page
        page.open()

    def add_member(self) -> None:
        member_id = MemberDialog.ask(self, self.ctx)
        if member_id is not None:
            self.flush_changes()  # the change notice shows the new member; then select them
            self.select_member(member_id)
            self.status_message.emit(self.tr("Member added."))

    def edit_selected(self) -> None:
        member_id = self._selected_or_say()
        if member_id is not None:
            self.edit_member(member_id)

    def edit_member(self, member_id: int) -> None:
        if MemberDialog.ask(self, self.ctx, member_id) is not None:
            self.status_message.emit(self.tr("Member saved."))

    def deactivate_selected(self) -> None:
        member_id = self._selected_or_say()
        if member_id is not None:
            self.deactivate_member(member_id)

    def deactivate_member(self, member_id: int) -> None:
        row = self.model.row_at(self.model.row_of(member_id))
        name = row.name if row else ""
        if DeactivateDialog.ask(self, self.ctx, member_id, name, row.version if row else None):
            self.status_message.emit(self.tr("{name} is now a former member.").format(name=name))

    def delete_selected(self) -> None:
        member_id = self._selected_or_say()
        if member_id is None:
            return
        row = self.model.row_at(self.model.row_of(member_id))
        name = row.name if row else ""
        if not ConfirmDelete.ask(self, name):
            return
        version = row.version if row else None
        if ChangeOp(self, self.ctx, lambda s: delete_member(s, member_id, version)).run():
            self.status_message.emit(self.tr("{name} was deleted.").format(name=name))

    def seats(self) -> None:
        SeatsDialog.ask(self, self.ctx)  # its changes reach this tab as change notices

    def export(self) -> None:
        export_members(self, self.ctx, self.current_filter(), self.model.sort_column, self.model.ascending)
