"""Publishing the website of a demo board: a full build into an empty folder, then an
incremental one with nothing changed (it must reuse the PDFs and write no file)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, at_most, median

FULL_TARGET_S = 40.0  # measured 20 s for 10 000 issues over 10 years (148 meetings), 2 busy cores
INCREMENTAL_TARGET_S = 8.0  # measured 4 s: PDFs reused, no file written


def publishing(db_path: Path, runs: int, issues: int) -> list[Result]:
    from advisoryboard.opening import open_database
    from advisoryboard.publish.site import publish_site
    from advisoryboard.services.base import read_only

    db = open_database(f"sqlite:///{db_path}")
    full, incremental = [], []
    written = -1
    try:
        for _ in range(max(1, runs)):
            folder = Path(tempfile.mkdtemp(prefix="ab-site-")) / "site"
            try:
                start = time.perf_counter()
                with read_only(db) as s:
                    publish_site(s, folder, "en")
                full.append(time.perf_counter() - start)
                start = time.perf_counter()
                with read_only(db) as s:
                    result = publish_site(s, folder, "en")
                incremental.append(time.perf_counter() - start)
                written = result.stats.written
            finally:
                shutil.rmtree(folder.parent, ignore_errors=True)
    finally:
        db.dispose()
    return [
        at_most(f"publish website, {issues} issues, full", median(full), "s", FULL_TARGET_S),
        at_most(
            f"publish website, {issues} issues, again unchanged",
            median(incremental),
            "s",
            INCREMENTAL_TARGET_S,
            f"{written} files rewritten",
        ),
    ]
