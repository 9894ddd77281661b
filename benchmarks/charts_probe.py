"""Charts tab refresh (to the charts painted) vs. replaying the raw SQL behind it."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from sqlalchemy import event


def raw_sql_seconds(db: Any, path: str, runs: int) -> list[float]:
    """Record the statements one dashboard computation sends, then time them on bare sqlite3."""
    from advisoryboard.analytics.dashboard import compute_dashboard
    from ui.charts.filterbar import FilterBar

    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        statements.append((statement, parameters))

    flt = FilterBar(__import__("datetime").date.today()).current_filter()
    event.listen(db.engine, "before_cursor_execute", record)
    compute_dashboard(db, flt)
    event.remove(db.engine, "before_cursor_execute", record)
    statements = [(s, p) for s, p in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    conn = sqlite3.connect(path, isolation_level=None)
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        for statement, parameters in statements:
            conn.execute(statement, parameters).fetchall()
        out.append(time.perf_counter() - start)
    conn.close()
    return out


def charts(url: str, runs: int) -> dict[str, list[float]]:
    from advisoryboard.opening import open_database
    from advisoryboard.permissions import OFFICE
    from benchmarks.gui_probe import PaintWaiter
    from ui.app import ensure_app
    from ui.charts.tab import ChartsTab
    from ui.context import AppContext, ChangeHub

    ensure_app()
    db = open_database(url)
    ctx = AppContext(db=db, hub=ChangeHub(), actor=OFFICE)
    tab = ChartsTab(ctx)
    tab.resize(1460, 860)
    drawn = {"n": 0}
    tab.refreshed.connect(lambda: drawn.__setitem__("n", drawn["n"] + 1))
    tab.show()  # builds the panels and runs the first refresh
    waiter = PaintWaiter(tab, descendants=True)
    waiter.wait(lambda: drawn["n"] > 0)
    refresh = []
    for _ in range(runs):
        before = drawn["n"]
        start = time.perf_counter()
        tab.refresh()
        waiter.wait(lambda b=before: drawn["n"] > b)
        refresh.append(time.perf_counter() - start)
    raw = raw_sql_seconds(db, url.removeprefix("sqlite:///"), runs)
    tab.shutdown()
    return {"refresh": refresh, "raw_sql": raw}
