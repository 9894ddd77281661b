"""Community analytics at demo scale (issue 18): the figures behind the Charts tab's
community charts and the annual section, for one year and for all ten demo years.

Its own database: `demo --years 10` with few issues (the community tables do not grow
with issues), cached in benchmarks/work like the others.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

from benchmarks.databases import WORK, YEARS, cli
from benchmarks.harness import Result, at_most, info, median, timed_runs

#: The annual section and the Charts tab must not wait on these: well under a frame budget.
TARGET_MS = 150.0


def community_db() -> Path:
    WORK.mkdir(exist_ok=True)
    db = WORK / "community-10y.db"
    if not db.exists():
        cli("demo", "--issues", "500", "--years", str(YEARS), "--seed", "9", db=db)
    return db


def community(runs: int) -> list[Result]:
    from sqlalchemy import func, select

    from advisoryboard.analytics import community as ca
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import read_only
    from database.models import CommunityEvent, EventSignIn

    db = open_database(f"sqlite:///{community_db()}")
    try:
        with read_only(db) as s:
            first, last = s.execute(
                select(func.min(CommunityEvent.starts_at), func.max(CommunityEvent.starts_at))
            ).one()
            events = s.scalar(select(func.count()).select_from(CommunityEvent)) or 0
            signs = s.scalar(select(func.count()).select_from(EventSignIn)) or 0
        year = last.year - 1

        def all_figures(start: dt.date, end: dt.date) -> None:
            with read_only(db) as s:
                ca.totals(s, start, end)
                ca.by_month(s, start, end)
                ca.by_kind(s, start, end)
                ca.by_area(s, start, end)
                ca.watch_coverage(s)

        one_year = median(timed_runs(lambda: all_figures(dt.date(year, 1, 1), dt.date(year, 12, 31)), runs))
        ten_years = median(timed_runs(lambda: all_figures(first.date(), last.date()), runs))
    finally:
        db.dispose()
    scale = f"{events} events, {signs} named sign-ins"
    return [
        info("Community demo data (10 years)", float(events), "events", scale),
        at_most(f"Community figures, one year ({year})", one_year * 1000, "ms", TARGET_MS, scale),
        at_most("Community figures, all ten years", ten_years * 1000, "ms", TARGET_MS, scale),
    ]


if __name__ == "__main__":
    start = time.perf_counter()
    for r in community(5):
        print(json.dumps(r.as_json()))
    print(f"{time.perf_counter() - start:.1f} s")
