"""Full-text search over issues and their timeline notes (what the Issues tab runs)."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.harness import Result, at_most, median

#: Words a secretary would type: common ones, rare ones, and a prefix while typing.
TERMS = ("graffiti", "streetlight", "noise", "park", "referred", "gra", "broken light")


def search(db_path: Path, runs: int) -> list[Result]:
    import datetime as dt

    from advisoryboard.opening import open_database
    from advisoryboard.services.base import read_only
    from advisoryboard.services.issue_filter import IssueFilter
    from advisoryboard.services.issue_listing import sorted_ids as issue_ids

    db = open_database(f"sqlite:///{db_path}")
    today = dt.date.today()
    times: list[float] = []
    hits = 0
    with read_only(db) as session:
        issue_ids(session, IssueFilter(status="all", text=TERMS[0]), today=today)  # warm the cache
        for _ in range(runs):
            for term in TERMS:
                start = time.perf_counter()
                found = issue_ids(session, IssueFilter(status="all", text=term), today=today)
                times.append(time.perf_counter() - start)
                hits = max(hits, len(found))
    db.dispose()
    note = f"{len(TERMS)} terms × {runs}; up to {hits} hits"
    return [at_most("full-text search, issues + notes", median(times) * 1000, "ms", 50.0, note)]
