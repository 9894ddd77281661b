"""Charts tab refresh (to the charts painted) vs. replaying the raw SQL behind it."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from sqlalchemy import event


def recorded_selects(db: Any) -> list[tuple[str, Any]]:
    """The SELECTs one dashboard computation sends (as the Charts tab computes it)."""
    from advisoryboard.analytics.dashboard import compute_dashboard
    from ui.charts.filterbar import FilterBar

    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        statements.append((statement, parameters))

    flt = FilterBar(__import__("datetime").date.today()).current_filter()
    event.listen(db.engine, "before_cursor_execute", record)
    compute_dashboard(db, flt)
    event.remove(db.engine, "before_cursor_execute", record)
    return [(s, p) for s, p in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def replay_seconds(conn: sqlite3.Connection, statements: list[tuple[str, Any]]) -> float:
    """Run the statements on a bare sqlite3 connection, fetching every row."""
    start = time.perf_counter()
    for statement, parameters in statements:
        conn.execute(statement, parameters).fetchall()
    return time.perf_counter() - start


def charts(url: str, runs: int) -> dict[str, list[float]]:
    """Refreshes and raw replays alternate, so both see the same load on a shared machine."""
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
    statements = recorded_selects(db)
    conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    replay_seconds(conn, statements)  # warm-up, as the tab had its first refresh
    refresh, raw = [], []
    for _ in range(runs):
        before = drawn["n"]
        start = time.perf_counter()
        tab.refresh()
        waiter.wait(lambda b=before: drawn["n"] > b)
        refresh.append(time.perf_counter() - start)
        raw.append(replay_seconds(conn, statements))
    conn.close()
    tab.shutdown()
    return {"refresh": refresh, "raw_sql": raw}
