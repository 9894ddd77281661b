"""GUI probes, run offscreen in a fresh process: `python -m benchmarks.gui_probe KIND URL`.

Real widgets, the event loop running; a time ends when the view has painted (the paint
event has been handled), not when a function returns. Prints one JSON line.
KINDS: memory (RSS with the Issues tab showing), issues (first rows, filter and sort
changes), jump (a scrollbar jump into the closed issues), charts (refresh of the Charts tab).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TIMEOUT_MS = 60_000


class PaintWaiter(QObject):
    """Runs a nested event loop until `widget` paints while `ready()` holds."""

    def __init__(self, widget: QWidget, descendants: bool = False) -> None:
        super().__init__(widget)
        self.widget = widget
        self.descendants = descendants
        self.loop: QEventLoop | None = None
        self.ready: Callable[[], bool] = lambda: True
        if descendants:  # any widget inside `widget` (e.g. the plots of the Charts tab)
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
        else:
            widget.installEventFilter(self)

    def _watched(self, obj: QObject) -> bool:
        if not self.descendants:
            return True
        return obj is self.widget or (isinstance(obj, QWidget) and self.widget.isAncestorOf(obj))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            self.loop is not None
            and event.type() == QEvent.Type.Paint
            and self._watched(obj)
            and self.ready()
        ):
            # Quit after this paint has been handled (the loop returns once the event is done).
            self.loop.quit()
            self.loop = None
        return False

    def wait(self, ready: Callable[[], bool] = lambda: True) -> None:
        self.ready = ready
        loop = QEventLoop()
        self.loop = loop
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        loop.exec()
        if self.loop is loop:
            raise TimeoutError("the view did not paint")


class BlockWatch:
    """The longest time the GUI thread did not get round to a 1 ms heartbeat (a freeze as
    the user feels it: nothing painted or answered meanwhile), from `start()` on. An upper
    bound: a gap also holds the heartbeat's own interval and the timer's slack."""

    def __init__(self) -> None:
        self.last: float | None = None
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.last = time.perf_counter()  # the work from here to the next tick counts
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.longest = max(self.longest, now - self.last)
        self.last = now


def rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def _window(url: str) -> Any:
    from ui.app import build_main_window

    window = build_main_window(url)
    window.resize(1460, 900)
    return window


def _issues_tab(window: Any) -> Any:
    tab = window.tab("issuesTab")  # built when first asked for (tabs are built when first shown)
    return window.tabs.indexOf(tab), tab


def _model_settled(tab: Any, before: int) -> Callable[[], bool]:
    """True once the issues model has been reset since `before` resets were counted."""
    return lambda: tab._bench_resets > before and not getattr(tab.model, "loading", False)


def _count_resets(tab: Any) -> None:
    tab._bench_resets = 0

    def bump() -> None:
        tab._bench_resets += 1

    tab.model.modelReset.connect(bump)


def shown_issues_tab(ctx: Any) -> tuple[Any, PaintWaiter]:
    """An Issues tab built, shown at 1460×860 and painted with its first rows, and the waiter
    for its table's paints."""
    from ui.issues.tab import IssuesTab

    tab = IssuesTab(ctx)
    tab.resize(1460, 860)
    _count_resets(tab)
    waiter = PaintWaiter(tab.table.viewport())
    tab.show()
    waiter.wait(lambda: tab._bench_resets > 0 and tab.model.rowCount() > 0)
    return tab, waiter


def memory(url: str) -> dict[str, float]:
    window = _window(url)
    index, tab = _issues_tab(window)
    window.tabs.setCurrentIndex(index)
    window.show()
    view = getattr(tab, "table", tab)
    waiter = PaintWaiter(view.viewport() if hasattr(view, "viewport") else view)
    model = getattr(tab, "model", None)
    waiter.wait(lambda: model is None or not getattr(model, "loading", False))
    QApplication.processEvents()
    return {"rss_mb": rss_mb(), "rows": float(model.rowCount() if model is not None else 0)}


def issues(url: str, runs: int) -> dict[str, list[float]]:
    """First rows painted (tab built → rows painted), then filter and sort changes."""
    from advisoryboard.opening import open_database
    from advisoryboard.services.issue_filter import IssueFilter
    from ui.app import ensure_app
    from ui.context import AppContext, ChangeHub

    ensure_app()
    ctx = AppContext(db=open_database(url), hub=ChangeHub(), actor=_office())
    first: list[float] = []
    tab = None
    for _ in range(runs):
        if tab is not None:
            tab.shutdown()
            tab.deleteLater()
        start = time.perf_counter()
        tab, waiter = shown_issues_tab(ctx)
        first.append(time.perf_counter() - start)
    assert tab is not None
    filters = [IssueFilter(status="all"), IssueFilter(status="closed"), IssueFilter(status="open")]
    filter_times: list[float] = []
    for i in range(runs):
        before = tab._bench_resets
        start = time.perf_counter()
        tab.filter_bar.set_filter(filters[i % len(filters)])
        waiter.wait(_model_settled(tab, before))
        filter_times.append(time.perf_counter() - start)
    tab.filter_bar.set_filter(IssueFilter(status="all"))
    waiter.wait(_model_settled(tab, 0))
    sort_times: list[float] = []
    from PySide6.QtCore import Qt

    columns = [
        (1, Qt.SortOrder.AscendingOrder),
        (6, Qt.SortOrder.DescendingOrder),
        (3, Qt.SortOrder.AscendingOrder),
    ]
    for i in range(runs):
        before = tab._bench_resets
        column, order = columns[i % len(columns)]
        start = time.perf_counter()
        tab.table.sortByColumn(column, order)
        waiter.wait(_model_settled(tab, before))
        sort_times.append(time.perf_counter() - start)
    return {"first_rows": first, "filter": filter_times, "sort": sort_times}


def jump(url: str, runs: int) -> dict[str, list[float]]:
    """The Issues tab on the closed issues (sorted by date reported, as it opens): the
    scrollbar jumps to a place far from any row read (a drag let go, a click on the
    groove) → the rows in view painted with their issues; and the longest time the GUI
    thread was busy without a pause meanwhile (a freeze)."""
    from advisoryboard.opening import open_database
    from advisoryboard.services.issue_filter import IssueFilter
    from ui.app import ensure_app
    from ui.context import AppContext, ChangeHub
    from ui.issues.model import PAGE

    ensure_app()
    ctx = AppContext(db=open_database(url), hub=ChangeHub(), actor=_office())
    tab, waiter = shown_issues_tab(ctx)
    before = tab._bench_resets
    tab.filter_bar.set_filter(IssueFilter(status="closed"))
    waiter.wait(_model_settled(tab, before))
    table, model = tab.table, tab.model
    bar = table.verticalScrollBar()

    def rows_shown() -> bool:
        """True when the paint about to be handled shows every row in view with its issue
        (asked as the paint asks: a page read when first shown is read now, either way)."""
        top = table.rowAt(0)
        bottom = table.rowAt(table.viewport().height() - 1)
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        rows = range(top, bottom + 1)
        return (
            top >= 0
            and all([model.index(r, 0).data() is not None for r in rows])
            and all(r // PAGE in model.pages for r in rows)
        )

    watch = BlockWatch()
    painted: list[float] = []
    blocks: list[float] = []
    # far from one another and from the top: no page near is held, no row read as a key
    places = [0.5, 0.3, 0.7, 0.4, 0.6, 0.35, 0.55, 0.45, 0.65, 0.25]
    for i in range(runs):
        value = int(bar.maximum() * places[i % len(places)]) + i * 7 * PAGE // len(places)
        QApplication.processEvents()
        start = time.perf_counter()
        watch.start()
        bar.setValue(value)
        waiter.wait(rows_shown)
        painted.append(time.perf_counter() - start)
        blocks.append(watch.stop())
    # a drag: ten moves 16 ms apart (a frame each), then the rows where it stopped
    dragged: list[float] = []
    drag_blocks: list[float] = []
    for i in range(runs):
        QApplication.processEvents()
        begin = places[(i + 3) % len(places)] - 0.12
        moves = [int(bar.maximum() * (begin + 0.02 * step)) + i * PAGE for step in range(10)]
        watch.start()
        for value in moves:
            bar.setValue(value)
            loop = QEventLoop()
            QTimer.singleShot(16, loop.quit)
            loop.exec()  # the paints and reads of this place, as the user moves on
        start = time.perf_counter()
        table.viewport().update()  # the next paint, or the one on its way, shows the rows?
        waiter.wait(rows_shown)
        dragged.append(time.perf_counter() - start)
        drag_blocks.append(watch.stop())
    return {
        "painted": painted,
        "longest_block": blocks,
        "drag_painted": dragged,
        "drag_longest_block": drag_blocks,
        "rows": [float(model.rowCount())],
    }


def _office() -> Any:
    from advisoryboard.permissions import OFFICE

    return OFFICE


def main(argv: list[str]) -> int:
    kind, url = argv[0], argv[1]
    runs = int(argv[2]) if len(argv) > 2 else 5
    if kind == "memory":
        out: object = memory(url)
    elif kind == "issues":
        out = issues(url, runs)
    elif kind == "jump":
        out = jump(url, runs)
    elif kind == "charts":
        from benchmarks.charts_probe import charts

        out = charts(url, runs)
    else:
        raise SystemExit(f"unknown probe {kind}")
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
