"""The Issues tab: filters, the issues table, the detail pane, and the tab's actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.exporting.issues import export_issues
from advisoryboard.permissions import Permission
from advisoryboard.services import issues as issue_service
from advisoryboard.services.community import EventChoice, event_choices
from advisoryboard.services.districts import Area, board_areas
from advisoryboard.services.issue_detail import Choice, categories, get_issue
from advisoryboard.services.issue_filter import IssueFilter
from advisoryboard.services.issues import IssueDetail, IssueInput
from ui.common.button_bar import ButtonBar
from ui.context import AppContext
from ui.issues.categories_dialog import CategoriesDialog
from ui.issues.detail_pane import IssueDetailPane
from ui.issues.filter_bar import FilterBar
from ui.issues.import_ui import IssueImporter
from ui.issues.issue_dialog import IssueDialog
from ui.issues.model import IssuesTableModel
from ui.issues.partner_dialog import PartnerDirectoryDialog
from ui.operations import ChangeOp, DbSession, QueryOp
from ui.tabbase import BoardTab

if TYPE_CHECKING:
    from ui.maps.panel import MapPanel

T = TypeVar("T")


class IssuesTab(BoardTab):
    watched_areas = frozenset({"issues", "partners", "members", "meetings", "geo"})  # geo: the map

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
        toolbar.addWidget(self.count_label)
        toolbar.addWidget(self.filter_bar.map_chip)
        self.buttons = ButtonBar(self, "issueButtons")  # what does not fit goes into "More ▾"
        self.buttons.add_stretch()
        self.new_button = self._button("newIssueButton", self.tr("&New issue"), self.new_issue)
        self.new_button.setToolTip(self.tr("Record a new issue (Ctrl+N)"))
        self.import_button = self._button("importIssuesButton", self.tr("&Import…"), self.import_issues)
        self.export_button = self._button("exportIssuesButton", self.tr("E&xport…"), self.export_issues)
        self.partners_button = self._button("partnersButton", self.tr("&Partners…"), self.open_partners)
        self.categories_button = self._button(
            "categoriesButton", self.tr("&Categories…"), self.open_categories
        )
        self.print_button = self._button("printButton", self.tr("&Print…"), self.print_issues)
        self.map_button = QPushButton(self.tr("&Map"), self)
        self.map_button.setObjectName("mapToggleButton")
        self.map_button.setCheckable(True)
        self.map_button.toggled.connect(self.toggle_map)
        self.map_button.setToolTip(self.tr("Show the map beside the issues (Ctrl+M)"))
        for button in (
            self.new_button,
            self.import_button,
            self.export_button,
            self.partners_button,
            self.categories_button,
            self.print_button,
            self.map_button,
        ):
            self.buttons.add(button, always=button is self.new_button)
        toolbar.addWidget(self.buttons, 1)
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
        self.side = QStackedWidget(splitter)  # the detail pane, or the map (ui/maps)
        self.detail = IssueDetailPane(ctx, self.side)
        self.side.addWidget(self.detail)
        self.map_panel: MapPanel | None = None
        splitter.addWidget(self.table)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 560])
        layout.addWidget(splitter, 1)

        self.model.count_changed.connect(self._show_count)
        self.model.modelReset.connect(self._after_reset)
        self.model.rows_in_view = self._rows_in_view
        self.model.dataChanged.connect(self._rows_filled)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.detail.edit_requested.connect(self.edit_issue)
        self.detail.meeting_requested.connect(
            lambda mid: self.navigate.emit("meetingsTab", {"meeting_id": mid})
        )
        QShortcut(QKeySequence.StandardKey.New, self, self.new_issue)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_bar.focus_search)
        QShortcut(QKeySequence("Ctrl+M"), self, self.map_button.toggle)
        self.new_button.setEnabled(ctx.can(Permission.EDIT_ISSUES))
        self.import_button.setEnabled(ctx.can(Permission.IMPORT_DATA))
        self.export_button.setEnabled(ctx.can(Permission.EXPORT_DATA))
        self.importer = IssueImporter(self, ctx)
        self._selected_id: int | None = None
        self._form_loading = False  # the issue form's choices are being read (_open_form)
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
        if areas & {"issues", "partners", "members"}:  # rows, names and pick lists
            self.filter_bar.load_choices()
            self.model.reload()
        elif "geo" in areas and self.filter_bar.current_filter().area_id is not None:
            self.model.reload()  # issues were placed again: the district filter may list others
        # meetings show only in the open issue's links and timeline (linking an issue to a
        # motion or an agenda item also records an issue event, so "issues" comes along then)
        self.detail.show_issue(self._selected_id)
        if self.map_panel is not None and areas & {"issues", "geo"}:
            self.map_panel.mark_stale()

    # ------------------------------------------------------------------ map
    def toggle_map(self, on: bool) -> None:
        """Show the map instead of the detail pane; a district clicked there filters the table."""
        if on and self.map_panel is None:
            from ui.maps.panel import MapPanel

            self.map_panel = MapPanel(self.ctx, self.side)
            self.map_panel.area_chosen.connect(
                lambda area, name: self.filter_bar.set_map_filter(area, None, name)
            )
            self.map_panel.box_chosen.connect(lambda box: self.filter_bar.set_map_filter(None, box, ""))
            self.map_panel.area_cleared.connect(lambda: self.filter_bar.set_map_filter(None, None, ""))
            self.side.addWidget(self.map_panel)
            self.filter_bar.filter_changed.connect(self._map_follows_filter)
            self._map_follows_filter(self.filter_bar.current_filter())
        self.side.setCurrentWidget(self.map_panel if on and self.map_panel is not None else self.detail)

    def _map_follows_filter(self, flt: IssueFilter) -> None:
        if self.map_panel is not None:
            self.map_panel.set_filter(flt.date_from, flt.date_to, flt.status)
            if flt.area_id != self.map_panel.view.selected_area:  # e.g. the chip cleared it
                self.map_panel.view.highlight(flt.area_id)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln matching issue(s)", "", total))

    def _after_reset(self) -> None:
        if self._selected_id is not None:
            row = self.model.row_of(self._selected_id)
            if row is not None:
                self.table.selectRow(row)

    def _rows_in_view(self) -> tuple[int, int]:
        """The first and last rows the table shows ((-1, -1) before it is laid out)."""
        height = self.table.viewport().height()
        top = self.table.rowAt(0)
        if height <= 0 or top < 0:
            return -1, -1
        bottom = self.table.rowAt(height - 1)
        return top, bottom if bottom >= 0 else self.model.rowCount() - 1

    def _rows_filled(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """Rows that said "Loading…" got their issues: a selected one now opens its issue."""
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if len(rows) == 1 and top_left.row() <= next(iter(rows)) <= bottom_right.row():
            self._selection_changed(QItemSelection(), QItemSelection())

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if len(rows) == 1:
            self._selected_id = self.model.keep_id = self.model.issue_id(rows.pop())
            # The same issue selected again after the list was read again (a change notice,
            # a filter): on_changed has already refreshed the pane, or nothing changed.
            if self._selected_id != self.detail.shown_id:
                self.detail.show_issue(self._selected_id)

    def open_issue(self, issue_id: int) -> None:
        """Show one issue in the detail pane (selecting it when it is in the list)."""
        self._selected_id = self.model.keep_id = issue_id
        row = self.model.row_of(issue_id)
        if row is not None:
            self.table.selectRow(row)  # shows it in the pane (_selection_changed)
        if self.detail.shown_id != issue_id:
            self.detail.show_issue(issue_id)

    # ------------------------------------------------------------------ navigation
    def apply_navigation(self, request: object) -> None:
        """Show issues filtered as another tab asks: category (name), date_from, date_to,
        district, status ('open' | 'closed' | 'all'); also issue_id to open one issue."""
        if not isinstance(request, dict):
            return
        category_id = None
        if request.get("category"):
            every = QueryOp(self, self.ctx, lambda s: categories(s, include_inactive=True)).get()
            match = [c.id for c in every if c.label == request["category"]]
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
        if request.get("area_id") is not None or request.get("bbox"):
            flt = replace(flt, area_id=request.get("area_id"), bbox=request.get("bbox"))  # from a map
        self.filter_bar.set_filter(flt, emit=False)
        if request.get("area"):
            self.filter_bar.set_map_filter(flt.area_id, flt.bbox, str(request["area"]), emit=False)
        self.model.set_filter(self.filter_bar.current_filter())
        if request.get("issue_id"):
            self.open_issue(int(request["issue_id"]))

    # ------------------------------------------------------------------ actions
    def new_issue(self) -> None:
        if not self.ctx.can(Permission.EDIT_ISSUES):
            return

        def save(data: IssueInput) -> ChangeOp[int]:  # the dialog runs it, showing a refusal by its field
            return ChangeOp(self, self.ctx, lambda s: issue_service.create_issue(s, data))

        def show(choices: tuple[list[Choice], list[EventChoice], list[Area]]) -> None:
            cats, events, areas = choices
            new_id = IssueDialog.ask(self, cats, save, areas=areas, events=events)
            if isinstance(new_id, int):
                # The change notice reloads the list and shows the new issue in the pane (once);
                # then it is selected in the list.
                self._selected_id = self.model.keep_id = new_id
                self.flush_changes()
                self.open_issue(new_id)
                self.status_message.emit(self.tr("Issue saved."))

        self._open_form(lambda s: (categories(s), event_choices(s), board_areas(s)), show)

    def edit_issue(self, issue_id: int) -> None:
        def read(s: DbSession) -> tuple[list[Choice], IssueDetail, list[EventChoice], list[Area]]:
            cats = categories(s, include_inactive=True)
            return cats, get_issue(s, issue_id), event_choices(s), board_areas(s)

        def show(loaded: tuple[list[Choice], IssueDetail, list[EventChoice], list[Area]]) -> None:
            cats, detail, events, areas = loaded

            def save(data: IssueInput) -> ChangeOp[int]:  # the dialog runs it, showing a refusal by its field
                def update(session: DbSession) -> int:
                    issue_service.update_issue(session, issue_id, data, detail.version)
                    return issue_id

                return ChangeOp(self, self.ctx, update)

            IssueDialog.ask(self, cats, save, detail, areas=areas, events=events)  # the notice shows it

        self._open_form(read, show)

    def _open_form(self, read: Callable[[DbSession], T], show: Callable[[T], object]) -> None:
        """Read what the issue form offers (categories, events, the board's areas, the issue)
        in one background read, then show the form; the window stays responsive meanwhile.
        A second request while one is being read is ignored (one form, not two)."""
        if self._form_loading:
            return
        self._form_loading = True
        self.setCursor(Qt.CursorShape.BusyCursor)

        def done() -> None:
            self._form_loading = False
            self.unsetCursor()

        def ready(result: T) -> None:
            done()
            show(result)

        QueryOp(self, self.ctx, read).success(ready).after_failure(done).run_in_background()

    def open_partners(self) -> None:
        PartnerDirectoryDialog.open_directory(self, self.ctx)  # its changes arrive as change notices

    def open_categories(self) -> None:
        CategoriesDialog.open_list(self, self.ctx)  # its changes arrive as change notices

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

        def done(count: int) -> None:
            self.status_message.emit(
                self.tr("%Ln issue(s) exported (confidential issues left out).", "", count)
            )

        QueryOp(self, self.ctx, lambda s: export_issues(s, Path(path), status)).success(done).with_progress(
            self.tr("Exporting issues…")
        ).run_in_background()

    def default_print_request(self) -> tuple[str, dict[str, object]] | None:
        return ("issues", {"status": "open"})

    def print_issues(self) -> None:
        self.print_request.emit("issues", {"status": "open"})
