"""Map probes, offscreen in a fresh process: `python -m benchmarks.map_probe ISSUES RUNS`.

- paint: `MapView.show_map` with every located issue (100 000) until the plot has painted;
- district filter: a district chosen on the map until the Issues table has painted its rows.

The database is the demo board (with its beat outlines) cached as benchmarks/work/maps-N.db.
Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.databases import SEED, WORK, YEARS, answer_first_start, cli


def maps_db(issues: int) -> Path:
    """A demo database with outlines (built once; the plain benchmark databases may predate them)."""
    WORK.mkdir(exist_ok=True)
    db = WORK / f"maps-{issues}.db"
    if not db.exists():
        cli("demo", "--issues", str(issues), "--years", str(YEARS), "--seed", str(SEED), db=db)
    answer_first_start(db)
    return db


def measure(url: str, runs: int) -> dict[str, list[float]]:
    from advisoryboard.geo.boundaries import find_set, load_areas
    from advisoryboard.geo.layers import MapFilter, load_map
    from advisoryboard.opening import open_database
    from advisoryboard.permissions import OFFICE
    from advisoryboard.services.base import read_only
    from benchmarks.gui_probe import PaintWaiter, _model_settled, shown_issues_tab
    from ui.app import ensure_app
    from ui.context import AppContext, ChangeHub
    from ui.maps.view import MapView

    ensure_app()
    db = open_database(url)
    with read_only(db) as session:
        data = load_map(session, MapFilter(), ("issues",))
        areas = load_areas(session, find_set(session, None).id)
    points = len(data.layers["issues"])
    view = MapView()
    view.resize(900, 700)
    view.show()
    waiter = PaintWaiter(view.plot.viewport())
    paint: list[float] = []
    for i in range(runs):
        view.colour_by.blockSignals(True)
        view.colour_by.setCurrentIndex(i % 2)  # status, then category: every item rebuilt
        view.colour_by.blockSignals(False)
        start = time.perf_counter()
        view.show_map(data)
        view.plot.viewport().update()
        waiter.wait()
        paint.append(time.perf_counter() - start)

    ctx = AppContext(db=db, hub=ChangeHub(), actor=OFFICE)
    tab, table_waiter = shown_issues_tab(ctx)
    district: list[float] = []
    for i in range(runs):
        area = areas[i % len(areas)]
        before = tab._bench_resets
        start = time.perf_counter()
        tab.filter_bar.set_map_filter(area.id, None, area.label)
        table_waiter.wait(_model_settled(tab, before))
        district.append(time.perf_counter() - start)
    return {"paint": paint, "district_filter": district, "points": [float(points)]}


def main(argv: list[str]) -> int:
    issues, runs = int(argv[0]), int(argv[1]) if len(argv) > 1 else 5
    out = measure(f"sqlite:///{maps_db(issues)}", runs)
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
