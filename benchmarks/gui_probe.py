"""GUI probes, run offscreen in a fresh process: `python -m benchmarks.gui_probe KIND URL`.

Real widgets, the event loop running; a time ends when the view has painted (the paint
event has been handled), not when a function returns. Prints one JSON line.
KINDS: memory (RSS with the Issues tab showing), issues (first rows, filter and sort
changes), charts (refresh of the Charts tab).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
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
    from ui.issues.tab import IssuesTab

    ensure_app()
    ctx = AppContext(db=open_database(url), hub=ChangeHub(), actor=_office())
    first: list[float] = []
    tab = None
    for _ in range(runs):
        if tab is not None:
            tab.shutdown()
            tab.deleteLater()
        start = time.perf_counter()
        tab = IssuesTab(ctx)
        tab.resize(1460, 860)
        _count_resets(tab)
        waiter = PaintWaiter(tab.table.viewport())
        tab.show()
        waiter.wait(lambda t=tab: t._bench_resets > 0 and t.model.rowCount() > 0)
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
    elif kind == "charts":
        from benchmarks.charts_probe import charts

        out = charts(url, runs)
    else:
        raise SystemExit(f"unknown probe {kind}")
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
