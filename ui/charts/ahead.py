"""The numbers the Charts tab opens on, counted ahead in idle time.

Once the window has painted its first tab and imported the other tabs' modules
(`ui.tabpages.TabPages.prefetch`), `ChartsTab.work_ahead` starts a `DashboardAhead`: it counts
the dashboard the tab first shows (the first preset range, every category and district:
`default_filter`) in a worker thread, as any refresh of the tab does. The tab's first show
then draws those numbers at once instead of counting them while the user waits; when the
tab is shown while the count still runs, it waits for that count instead of starting another.
Meanwhile, in idle turns of the GUI thread, the blank pyqtgraph plots of the first charts in
view are made (`PLOTS_AHEAD`, ≈ 10 ms each): the first show only draws on them.

Never stale: a change notice for an area the charts show (a save in this window, in another
window of the program, or on another PC through `ui.office.live`) drops the numbers counted
before it, and a count that was running when the notice came is thrown away when it ends;
they are counted again once no notice came for `RECOUNT_MS`. A tab shown before that counts
for itself, as it does without this. The numbers are used once, for the tab's first show;
later refreshes count as before.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from advisoryboard.analytics import Dashboard, compute_dashboard
from advisoryboard.analytics.filters import AnalyticsFilter, default_filter
from ui.context import AppContext
from ui.workers import Progress, run_in_background

if TYPE_CHECKING:
    import pyqtgraph as pg

log = logging.getLogger(__name__)

#: Where the main window's context keeps it (`AppContext.ahead`).
KEY = "chartsTab"
#: After a change notice, count again once no other notice came for this long.
RECOUNT_MS = 2000
#: Plots made ahead for the charts in view at the first show (two rows of two on a laptop).
PLOTS_AHEAD = 4
#: Idle time between two plots made ahead (each ≈ 10 ms on the GUI thread).
PLOT_GAP_MS = 30

Deliver = Callable[[Dashboard | None], None]


class DashboardAhead(QObject):
    """Counts of the default dashboard, ahead of the Charts tab's first show."""

    #: The work ahead has ended: the first count (its numbers kept, or dropped by a change
    #: notice or a failure) and the plots.
    finished = Signal()

    def __init__(self, ctx: AppContext, areas: frozenset[str], today: dt.date | None = None) -> None:
        super().__init__(ctx.hub)
        self.ctx = ctx
        self.areas = areas
        self.filter: AnalyticsFilter = default_filter(today or dt.date.today())
        self.dashboard: Dashboard | None = None
        self.running = False
        #: No change notice for the charts' areas came since the running count started.
        self._current = False
        self._waiting: Deliver | None = None
        self._used = False
        self._finished = False
        #: The database and user the numbers are counted for.
        self._counted_for: tuple[object, object] = (ctx.db, ctx.actor)
        #: Blank plots for the first charts in view, made in idle turns (`make_plots`).
        self.plots: list[pg.PlotWidget] = []
        self._plots_made = False
        self._holder: QWidget | None = None  # never shown: keeps the plots until they are taken
        # After a change, count again once the board has been quiet a while (never during a
        # burst of saves, whose own repaints come first).
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_MS)
        self._recount.timeout.connect(self.start)
        ctx.hub.changed.connect(self._changed)

    def start(self) -> None:
        """Count now (in a worker thread), unless a count runs or the tab has taken its numbers."""
        if self.running or self._used:
            return
        db, actor, f = self.ctx.db, self.ctx.actor, self.filter

        def work(progress: Progress) -> Dashboard:
            return compute_dashboard(db, f, actor)

        self._counted_for = (db, actor)  # another board or user (a switch) may not take them
        self.running, self._current = True, True
        run_in_background(None, work, on_success=self._counted, on_failure=self._failed, owner=self)

    def make_plots(self) -> None:
        """Make the blank plots of the first charts in view, one per idle turn (on the GUI thread,
        where widgets are made: the charts' first show then only draws on them)."""
        if self._used or len(self.plots) >= PLOTS_AHEAD:
            self._plots_made = True
            self._end()
            return
        from ui.charts.panel import make_plot  # imported ahead (ui.tabpages.BUILD_IMPORTS)

        if self._holder is None:
            self._holder = QWidget()
        self.plots.append(make_plot(self._holder))
        QTimer.singleShot(PLOT_GAP_MS, self, self.make_plots)

    # ------------------------------------------------------------------ a count's end, a change
    def _counted(self, dashboard: Dashboard) -> None:
        self.running = False
        if self._current:
            self.dashboard = dashboard
        elif not self._used:
            self._recount.start()  # a change came while counting: those numbers may be old
        self._hand_over()
        self._end()

    def _failed(self, exc: BaseException, tb: str) -> None:
        # Not the user's business yet: the tab counts for itself at its first show, and says why.
        log.warning("the Charts tab's numbers could not be counted ahead: %s", exc)
        self.running, self._current = False, False
        self._hand_over()
        self._end()

    def _end(self) -> None:
        if not self._finished and not self.running and (self._plots_made or self._used):
            self._finished = True
            self.finished.emit()

    def _changed(self, areas: object) -> None:
        if not (isinstance(areas, frozenset) and areas & self.areas):
            return
        self.dashboard, self._current = None, False
        self._hand_over()
        if not self._used and not self.running:
            self._recount.start()  # (re)started: counted once the changes stop coming

    def _hand_over(self) -> None:
        """Give the tab waiting for the running count its numbers (None: count for yourself)."""
        if self._waiting is not None and not (self.running and self._current):
            deliver, self._waiting = self._waiting, None
            deliver(self.dashboard if self._current else None)
        self._end_if_used()

    def _end_if_used(self) -> None:
        if self._used and not self.running and self._waiting is None:
            self._end()  # the plots not made yet never will be: the work ahead has ended
            self.dashboard = None
            self._recount.stop()
            self.ctx.hub.changed.disconnect(self._changed)
            if self._holder is not None:
                self._holder.deleteLater()  # with the plots not taken
            self.deleteLater()

    # ------------------------------------------------------------------ for the tab
    def take_plots(self, parent: QWidget) -> list[pg.PlotWidget]:
        """The plots made ahead, now `parent`'s (hidden until a chart shows one)."""
        plots, self.plots = self.plots, []
        for plot in plots:
            plot.setParent(parent)
        return plots

    def take(self, f: AnalyticsFilter, deliver: Deliver) -> bool:
        """Hand the numbers for `f` to `deliver`: now when counted, else when the running count
        ends (with None when a change notice came meanwhile: then count for yourself).

        False when there is nothing to hand for `f` (another range, a change since): the caller
        counts for itself. Either way this is used up.
        """
        self._used = True
        if self.ctx.ahead.get(KEY) is self:
            del self.ctx.ahead[KEY]
        handed = False
        same_board = self._counted_for == (self.ctx.db, self.ctx.actor)
        if f == self.filter and self._current and same_board:
            if self.dashboard is not None:
                deliver(self.dashboard)
                handed = True
            elif self.running:
                self._waiting = deliver
                handed = True
        self._end_if_used()
        return handed


def count_ahead(ctx: AppContext, areas: frozenset[str]) -> DashboardAhead | None:
    """Start counting the Charts tab's first numbers; None when that is done or running already."""
    if KEY in ctx.ahead:
        return None
    ahead = DashboardAhead(ctx, areas)
    ctx.ahead[KEY] = ahead
    ahead.start()
    QTimer.singleShot(PLOT_GAP_MS, ahead, ahead.make_plots)
    return ahead
