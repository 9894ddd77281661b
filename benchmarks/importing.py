"""Importing a 100 000-row 311-style CSV vs. a raw `sqlite3.executemany` of the same rows into
the same schema, each as a whole process (see benchmarks/import_probe.py)."""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, at_most, median, probe_env, ratio

REQUEST_TYPES = (
    "Graffiti Removal",
    "Bulky Items",
    "Illegal Dumping Pickup",
    "Homeless Encampment",
    "Single Streetlight Issue",
    "Dead Animal Removal",
    "Metal/Household Appliances",
    "Electronic Waste",
)
STREETS = ("W BELLEVUE AVE", "N ALVARADO ST", "S MAIN ST", "E 5TH ST", "SUNSET BLVD", "VERMONT AVE")


def write_csv(path: Path, rows: int, seed: int = 9) -> None:
    """Synthetic 311-like service requests (the columns of the LA 311 export)."""
    rnd = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["SRNumber", "CreatedDate", "RequestType", "Status", "Address", "ClosedDate", "NCName"])
        for i in range(rows):
            month, day = rnd.randint(1, 12), rnd.randint(1, 28)
            hour, minute = rnd.randint(1, 12), rnd.randint(0, 59)
            ampm = rnd.choice(("AM", "PM"))
            created = f"{month:02d}/{day:02d}/2017 {hour:02d}:{minute:02d}:00 {ampm}"
            closed = rnd.random() < 0.7
            out.writerow(
                [
                    f"1-{870000000 + i}",
                    created,
                    rnd.choice(REQUEST_TYPES),
                    "Closed" if closed else "Open",
                    f"{rnd.randint(100, 9999)} {rnd.choice(STREETS)}, 900{rnd.randint(10, 99)}",
                    f"{min(month + 1, 12):02d}/{day:02d}/2017 09:00:00 AM" if closed else "",
                    f"NC {rnd.randint(1, 9)}",
                ]
            )


def template(folder: Path) -> Path:
    """A current, empty database (as `open_database` creates it): each run starts from a copy."""
    from advisoryboard.opening import open_database

    path = folder / "template.db"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    return path


def whole_process(side: str, csv_path: Path, db_path: Path) -> tuple[float, int]:
    """Seconds from starting `python -m benchmarks.import_probe side …` to its exit, and its rows."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.import_probe", side, str(csv_path), str(db_path)],
        capture_output=True,
        text=True,
        env=probe_env(),
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"import_probe {side} failed: {last}")
    return seconds, int(json.loads(done.stdout.strip().splitlines()[-1])["rows"])


def importing(rows: int, runs: int) -> list[Result]:
    """Our import vs. raw executemany, whole processes, alternating, each into a fresh copy
    of the same empty database; the figure is the median of the per-pair ratios."""
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_WORK")) as tmp:
        folder = Path(tmp)
        csv_path = folder / "requests.csv"
        write_csv(csv_path, rows)
        empty = template(folder)
        raw_times, our_times, imported = [], [], 0
        for run in range(runs):
            raw_db, our_db = folder / f"raw{run}.db", folder / f"ours{run}.db"
            shutil.copyfile(empty, raw_db)
            shutil.copyfile(empty, our_db)
            seconds, written = whole_process("raw", csv_path, raw_db)
            if written != rows:
                raise AssertionError(f"the raw insert wrote {written} rows, not {rows}")
            raw_times.append(seconds)
            seconds, imported = whole_process("ours", csv_path, our_db)
            our_times.append(seconds)
            raw_db.unlink()
            our_db.unlink()
    ratios = [ratio(o, b) for o, b in zip(our_times, raw_times, strict=True)]
    note = (
        f"{rows} rows, {imported} imported, {runs} run(s), whole processes; "
        f"import {median(our_times):.1f} s, raw {median(raw_times):.1f} s"
    )
    return [at_most("CSV import / raw sqlite3 executemany", median(ratios), "ratio", 1.2, note)]
