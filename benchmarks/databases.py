"""The benchmark databases, built with `advisoryboard demo` and cached under benchmarks/work/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

#: Where the databases are cached (git-ignored); BENCH_WORK overrides it (e.g. to keep the
#: databases of two branches apart).
WORK = Path(os.environ.get("BENCH_WORK") or Path(__file__).resolve().parent / "work")
#: Fixed so every run measures the same board.
SEED = 9
YEARS = 10


def cli(*args: str, db: Path) -> None:
    """Run the advisoryboard CLI in a fresh process on the SQLite file `db`."""
    subprocess.run(
        [sys.executable, "-m", "advisoryboard", "--db", f"sqlite:///{db}", *args],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def answer_first_start(db: Path) -> None:
    """Record the first start as answered (single-user mode), as after a user's first start,
    so the start-up figure measures an ordinary start rather than the first-start dialog."""
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction
    from advisoryboard.services.settings import mark_initialized

    database = open_database(f"sqlite:///{db}")
    try:
        with transaction(database) as session:
            mark_initialized(session)
    finally:
        database.dispose()


def _remove(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".json"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def demo_db(issues: int, fresh: bool = False) -> tuple[Path, float]:
    """The demo database with `issues` issues (10 years), and the seconds its generation took.

    Cached: a database built by an earlier run is reused (with the time recorded then)
    unless `fresh`.
    """
    WORK.mkdir(exist_ok=True)
    db = WORK / f"demo-{issues}.db"
    meta = Path(f"{db}.json")
    if not fresh and db.exists() and meta.exists():
        answer_first_start(db)
        return db, float(json.loads(meta.read_text())["seconds"])
    _remove(db)
    start = time.perf_counter()
    cli("demo", "--issues", str(issues), "--years", str(YEARS), "--seed", str(SEED), db=db)
    seconds = time.perf_counter() - start
    meta.write_text(json.dumps({"seconds": seconds, "built": time.strftime("%Y-%m-%d %H:%M")}))
    answer_first_start(db)
    return db, seconds


def empty_db() -> Path:
    """A current, empty database (the baseline of the memory figure)."""
    WORK.mkdir(exist_ok=True)
    db = WORK / "empty.db"
    if not db.exists():
        cli("init", db=db)
    answer_first_start(db)
    return db
