"""The Issues tab: filters, the issues table, the detail pane, and the tab's actions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.permissions import Permission
from advisoryboard.services import issues as issue_service
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.issue_detail import categories, get_issue
from advisoryboard.services.issue_export import export_issues
from advisoryboard.services.issue_search import IssueFilter
from advisoryboard.services.issues import IssueInput
from ui.context import AppContext
from ui.issues.categories_dialog import CategoriesDialog
from ui.issues.detail_pane import IssueDetailPane
from ui.issues.filter_bar import FilterBar
from ui.issues.import_ui import IssueImporter, show_failure
from ui.issues.issue_dialog import IssueDialog
from ui.issues.model import IssuesTableModel
from ui.issues.partner_dialog import PartnerDirectoryDialog
from ui.tabbase import BoardTab
from ui.workers import Progress, run_in_background


class IssuesTab(BoardTab):
    watched_areas = frozenset({"issues", "partners", "members", "meetings"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("issuesTab")
        layout = QVBoxLayout(self)

        self.filter_bar = FilterBar(ctx, self)
        layout.addWidget(self.filter_bar)

        toolbar = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("issueCount")
        self.count_label.setAccessibleName(self.tr("Number of matching issues"))
        toolbar.addWidget(self.count_label, 1)
        self.new_button = self._button("newIssueButton", self.tr("&New issue"), self.new_issue)
        self.new_button.setToolTip(self.tr("Record a new issue (Ctrl+N)"))
        self.import_button = self._button("importIssuesButton", self.tr("&Import…"), self.import_issues)
        self.export_button = self._button("exportIssuesButton", self.tr("E&xport…"), self.export_issues)
        self.partners_button = self._button("partnersButton", self.tr("&Partners…"), self.open_partners)
        self.categories_button = self._button(
            "categoriesButton", self.tr("&Categories…"), self.open_categories
        )
        self.print_button = self._button("printButton", self.tr("&Print…"), self.print_issues)
        for button in (
            self.new_button,
            self.import_button,
            self.export_button,
            self.partners_button,
            self.categories_button,
            self.print_button,
        ):
            toolbar.addWidget(button)
        layout.addLayout(toolbar)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = IssuesTableModel(ctx, self)
        self.table = QTableView(splitter)
        self.table.setObjectName("issuesTable")
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setAccessibleName(self.tr("Issues"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 300, 140, 105, 70, 80, 90, 150, 120)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(False)
        self.detail = IssueDetailPane(ctx, splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 560])
        layout.addWidget(splitter, 1)

        self.model.count_changed.connect(self._show_count)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.detail.edit_requested.connect(self.edit_issue)
        self.detail.meeting_requested.connect(
            lambda mid: self.navigate.emit("meetingsTab", {"meeting_id": mid})
        )
        QShortcut(QKeySequence.StandardKey.New, self, self.new_issue)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_bar.focus_search)
        self.new_button.setEnabled(ctx.can(Permission.EDIT_ISSUES))
        self.import_button.setEnabled(ctx.can(Permission.IMPORT_DATA))
        self.export_button.setEnabled(ctx.can(Permission.EXPORT_DATA))
        self.importer = IssueImporter(self, ctx)
        self._selected_id: int | None = None
        self.filter_bar.load_choices()
        self.model.set_filter(self.filter_bar.current_filter())

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def tab_title(self) -> str:
        return self.tr("Issues")

    # ------------------------------------------------------------------ refresh
    def on_changed(self, areas: frozenset[str]) -> None:
        if areas & {"issues", "partners", "members", "meetings"}:
            self.filter_bar.load_choices()
            self.model.reload()
            self.detail.show_issue(self._selected_id)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln matching issue(s)", "", total))

    def _after_reset(self) -> None:
        if self._selected_id is not None:
            row = self.model.row_of(self._selected_id)
            if row is not None:
                self.table.selectRow(row)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if len(rows) == 1:
            self._selected_id = self.model.keep_id = self.model.issue_id(rows.pop())
            self.detail.show_issue(self._selected_id)

    def open_issue(self, issue_id: int) -> None:
        """Show one issue in the detail pane (selecting it when it is in the list)."""
        self._selected_id = self.model.keep_id = issue_id
        row = self.model.row_of(issue_id)
        if row is not None:
            self.table.selectRow(row)
        self.detail.show_issue(issue_id)

    # ------------------------------------------------------------------ navigation
    def apply_navigation(self, request: object) -> None:
        """Show issues filtered as another tab asks: category (name), date_from, date_to,
        district, status ('open' | 'closed' | 'all'); also issue_id to open one issue."""
        if not isinstance(request, dict):
            return
        category_id = None
        if request.get("category"):
            with read_only(self.ctx.db, self.ctx.actor) as session:
                match = [
                    c.id for c in categories(session, include_inactive=True) if c.label == request["category"]
                ]
            category_id = match[0] if match else None

        def day(key: str) -> dt.date | None:
            value = request.get(key)
            if isinstance(value, dt.date):
                return value
            return dt.date.fromisoformat(str(value)[:10]) if value else None

        status = request.get("status") or "all"
        flt = IssueFilter(
            status=status if status in ("open", "closed", "all") else "all",
            category_id=category_id,
            district=request.get("district") or None,
            date_from=day("date_from"),
            date_to=day("date_to"),
        )
        self.filter_bar.set_filter(flt, emit=False)
        self.model.set_filter(self.filter_bar.current_filter())
        if request.get("issue_id"):
            self.open_issue(int(request["issue_id"]))

    # ------------------------------------------------------------------ actions
    def new_issue(self) -> None:
        if not self.ctx.can(Permission.EDIT_ISSUES):
            return
        with read_only(self.ctx.db, self.ctx.actor) as session:
            cats = categories(session)

        def save(data: IssueInput) -> int:
            with transaction(self.ctx.db, self.ctx.actor) as session:
                return issue_service.create_issue(session, data)

        new_id = IssueDialog.ask(self, cats, save)
        if isinstance(new_id, int):
            self.model.reload()
            self.open_issue(new_id)
            self.status_message.emit(self.tr("Issue saved."))

    def edit_issue(self, issue_id: int) -> None:
        with read_only(self.ctx.db, self.ctx.actor) as session:
            cats = categories(session, include_inactive=True)
            detail = get_issue(session, issue_id)

        def save(data: IssueInput) -> int:
            with transaction(self.ctx.db, self.ctx.actor) as session:
                issue_service.update_issue(session, issue_id, data, detail.version)
            return issue_id

        if IssueDialog.ask(self, cats, save, detail) is not None:
            self.detail.show_issue(issue_id)

    def open_partners(self) -> None:
        PartnerDirectoryDialog.open_directory(self, self.ctx)
        self.filter_bar.load_choices()
        self.detail.show_issue(self._selected_id)

    def open_categories(self) -> None:
        CategoriesDialog.open_list(self, self.ctx)
        self.filter_bar.load_choices()

    def import_issues(self) -> None:
        self.importer.start()

    @classmethod
    def ask_export_path(cls, parent: QWidget) -> str | None:
        path, _f = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("IssuesTab", "Export issues"),
            "issues.csv",
            QCoreApplication.translate("IssuesTab", "CSV (*.csv);;Excel (*.xlsx);;Open311 JSON (*.json)"),
        )
        return path or None

    def export_issues(self) -> None:
        path = self.ask_export_path(self)
        if not path:
            return
        status = self.filter_bar.current_filter().status
        db, actor = self.ctx.db, self.ctx.actor

        def work(_progress: Progress) -> int:
            with read_only(db, actor) as session:
                return export_issues(session, Path(path), status)

        def done(count: object) -> None:
            self.status_message.emit(
                self.tr("%Ln issue(s) exported (confidential issues left out).", "", int(count))  # type: ignore[call-overload]
            )

        run_in_background(
            self,
            work,
            on_success=done,
            on_failure=lambda exc, tb: show_failure(self, exc, tb),
            title=self.tr("Exporting issues…"),
        )

    def default_print_request(self) -> tuple[str, dict[str, object]] | None:
        return ("issues", {"status": "open"})

    def print_issues(self) -> None:
        self.print_request.emit("issues", {"status": "open"})
