"""The Charts tab: one filter bar, eight charts, refreshed off the GUI thread.

The plots (pyqtgraph) are created the first time the tab is shown, so start-up stays
fast. Each refresh computes every chart in a worker thread with its own read-only
session; the GUI thread only draws the plain results that come back, and only for the
charts in view: a chart scrolled out of view is drawn when it scrolls into view, and a
chart whose numbers did not change is not redrawn at all.

The numbers of the first show are counted ahead, in idle time once the window has settled
(ui/charts/ahead.py), unless a change came since: that show draws them at once.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from advisoryboard.analytics import AnalyticsFilter, Dashboard, compute_dashboard
from ui.charts.ahead import KEY as AHEAD_KEY
from ui.charts.ahead import DashboardAhead, count_ahead
from ui.common.formatting import format_date
from ui.context import AppContext
from ui.tabbase import BoardTab
from ui.workers import Progress, run_in_background

if TYPE_CHECKING:
    import pyqtgraph as pg

    from ui.charts.panel import ChartPanel

#: What the charts count: issues, meetings, attendance, referrals, community events.
WATCHED_AREAS = frozenset({"issues", "meetings", "members", "partners", "settings", "community"})


class ChartsTab(BoardTab):
    watched_areas = WATCHED_AREAS

    #: Emitted after the charts were drawn with fresh numbers.
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("chartsTab")
        from ui.charts.filterbar import FilterBar

        self.filters = FilterBar(dt.date.today(), self)
        self.filters.changed.connect(self.refresh)
        self.print_button = QPushButton(self.tr("&Print annual summary…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setAccessibleName(self.tr("Print the annual summary for the year of this range"))
        self.print_button.clicked.connect(self._print)
        self.message = QLabel(self)
        self.message.setObjectName("chartsMessage")
        self.message.setWordWrap(True)
        top = QVBoxLayout(self)
        bar = QGridLayout()
        bar.addWidget(self.filters, 0, 0)
        bar.addWidget(self.print_button, 0, 1)
        top.addLayout(bar)
        top.addWidget(self.message)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._draw_pending)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self._draw_pending)
        self.scroll_area.viewport().installEventFilter(self)
        top.addWidget(self.scroll_area, 1)
        from ui.maps.charts_hookup import ChartsMap

        self.charts_map = ChartsMap(self, bar, top)  # a Map view in place of the charts (ui/maps)
        self.panels: dict[str, ChartPanel] = {}
        self._spare_plots: list[pg.PlotWidget] = []  # made ahead, for the first charts drawn
        self._pending: set[str] = set()  # charts whose data changed while out of view
        self.dashboard: Dashboard | None = None
        self._generation = 0
        self._built = False
        self._stale = True
        self._closing = False
        refresh_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_key.activated.connect(self.refresh)

    def tab_title(self) -> str:
        return self.tr("Charts")

    @classmethod
    def work_ahead(cls, ctx: AppContext) -> QObject | None:
        """The numbers of the first show, counted in idle time (ui/charts/ahead.py)."""
        return count_ahead(ctx, WATCHED_AREAS)

    # ------------------------------------------------------------------ lazy build
    def ensure_built(self) -> None:
        if self._built:
            return
        from ui.charts.panel import ChartPanel
        from ui.charts.specs import chart_specs

        grid_host = QWidget(self.scroll_area)
        grid = QGridLayout(grid_host)
        for index, spec in enumerate(chart_specs()):
            panel = ChartPanel(spec, grid_host)
            panel.spare_plot = self._spare_plot
            self.panels[spec.name] = panel
            grid.addWidget(panel, index // 2, index % 2)
        self.panels["categories"].clicked.connect(self._category_clicked)
        self.scroll_area.setWidget(grid_host)
        self._built = True

    def _spare_plot(self) -> pg.PlotWidget | None:
        return self._spare_plots.pop(0) if self._spare_plots else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()  # builds the charts (the first time) while the pool counts
        else:
            self.ensure_built()
            QTimer.singleShot(0, self._draw_pending)  # once the charts have their geometry

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            # Charts may come into view when the window grows; the layout settles first.
            QTimer.singleShot(0, self._draw_pending)
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        f = self.filters.current_filter()
        if f is None or self._closing:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.message.setText(self.tr("Counting…"))
        ahead = self.ctx.ahead.get(AHEAD_KEY)
        if isinstance(ahead, DashboardAhead):
            # The first show: the plots made ahead are drawn on, and the numbers counted ahead
            # (if they are still current) drawn at once, or when their count ends.
            self._spare_plots.extend(ahead.take_plots(self))
            self.ensure_built()
            if ahead.take(f, lambda result: self._counted_ahead(generation, f, result)):
                return
        self._count(generation, f)
        # After the work has started: the first time, the eleven charts are built (≈ 0.1 s)
        # while the pool counts, instead of before. The result is drawn on a later turn.
        self.ensure_built()

    def _count(self, generation: int, f: AnalyticsFilter) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> Dashboard:
            return compute_dashboard(db, f, actor)

        run_in_background(
            self,
            work,
            on_success=lambda result: self._draw(generation, result),
            on_failure=self._failed,
            owner=self,  # a tab deleted meanwhile (its window closed) draws nothing
        )

    def _counted_ahead(self, generation: int, f: AnalyticsFilter, dashboard: Dashboard | None) -> None:
        if dashboard is not None:
            self._draw(generation, dashboard)
        elif generation == self._generation and not self._closing:
            self._count(generation, f)  # a change came while they were counted: count again

    def _failed(self, exc: BaseException, tb: str) -> None:
        from advisoryboard.errors import UserError
        from ui.errors import show_exception, show_user_error

        if isinstance(exc, UserError):
            self.message.setText(exc.message)
            show_user_error(self, exc)
        else:
            show_exception(self, exc, tb)

    def _draw(self, generation: int, dashboard: Dashboard) -> None:
        if generation != self._generation or self._closing:
            return  # a newer refresh is on its way
        from ui.charts.specs import chart_specs

        self.dashboard = dashboard
        self.filters.set_choices(dashboard.choices)
        self._pending = {spec.name for spec in chart_specs()}
        self._draw_pending()
        f = dashboard.filter
        if dashboard.empty:
            self.message.setText(
                self.tr(
                    "Nothing happened between {start} and {end}: no issue was reported or closed "
                    "and no meeting was held. Choose another date range or filter."
                ).format(start=format_date(f.date_from), end=format_date(f.date_to))
            )
        else:
            self.message.setText(
                self.tr("Showing {start} to {end}. Point at a bar for its exact numbers.").format(
                    start=format_date(f.date_from), end=format_date(f.date_to)
                )
            )
        self.refreshed.emit()

    def in_view(self, panel: ChartPanel) -> bool:
        return panel.isVisible() and not panel.visibleRegion().isEmpty()

    def _draw_pending(self) -> None:
        """Draw the charts in view whose numbers changed since they were last drawn."""
        if self.dashboard is None or not self._pending:
            return
        from ui.charts.specs import chart_specs

        for spec in chart_specs():
            panel = self.panels[spec.name]
            if spec.name in self._pending and self.in_view(panel):
                self._pending.discard(spec.name)
                panel.show_data(spec.build(self.dashboard))

    def show_chart(self, name: str) -> ChartPanel:
        """Scroll chart `name` into view (drawing it if it is behind) and return it."""
        panel = self.panels[name]
        self.scroll_area.ensureWidgetVisible(panel, 0, 0)
        self._draw_pending()
        return panel

    def on_changed(self, areas: frozenset[str]) -> None:
        if not areas & WATCHED_AREAS:
            return
        if self._built and self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def shutdown(self) -> None:
        self._closing = True

    # ------------------------------------------------------------------ actions
    def _category_clicked(self, index: int) -> None:
        if self.dashboard is None:
            return
        category = self.dashboard.categories[index]
        if category.category_id is None:
            self.status_message.emit(self.tr("Issues without a category cannot be listed by category."))
            return
        f: AnalyticsFilter = self.dashboard.filter
        self.navigate.emit(
            "issuesTab",
            {
                "category": category.category,
                "date_from": f.date_from.isoformat(),
                "date_to": f.date_to.isoformat(),
            },
        )

    def default_print_request(self) -> tuple[str, dict[str, object]] | None:
        f = self.filters.current_filter()
        year = f.date_to.year if f is not None else dt.date.today().year
        return "annual", {"year": year}

    def _print(self) -> None:
        request = self.default_print_request()
        if request is not None:
            self.print_request.emit(*request)
