"""Importing a 100 000-row 311-style CSV vs. pandas.read_csv plus a bulk insert of the rows."""

from __future__ import annotations

import csv
import random
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, at_most, median, ratio

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


def baseline(csv_path: Path, url: str) -> float:
    """pandas.read_csv, then one Core bulk insert of the same rows into issues."""
    import pandas as pd
    from sqlalchemy import insert

    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction
    from database.models import Issue

    db = open_database(url)
    start = time.perf_counter()
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    dates = pd.to_datetime(frame["CreatedDate"], format="%m/%d/%Y %I:%M:%S %p").dt.to_pydatetime()
    rows = [
        {
            "reference": f"2017-{i:06d}",
            "ref_year": 2017,
            "ref_seq": i,
            "title": title,
            "location": address,
            "status": "new",
            "priority": "normal",
            "reported_on": when,
            "confidential": False,
        }
        for i, (title, address, when) in enumerate(
            zip(frame["RequestType"], frame["Address"], dates, strict=True), 1
        )
    ]
    with transaction(db) as session:
        session.execute(insert(Issue), rows)
    seconds = time.perf_counter() - start
    db.dispose()
    return seconds


def ours(csv_path: Path, url: str) -> tuple[float, int]:
    from advisoryboard.importing.issues import import_file
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction

    db = open_database(url)
    start = time.perf_counter()
    with transaction(db) as session:
        report = import_file(session, csv_path)
    seconds = time.perf_counter() - start
    db.dispose()
    return seconds, report.imported


def importing(rows: int, runs: int) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "requests.csv"
        write_csv(csv_path, rows)
        base_times, our_times, imported = [], [], 0
        for run in range(runs):
            base_times.append(baseline(csv_path, f"sqlite:///{folder}/base{run}.db"))
            seconds, imported = ours(csv_path, f"sqlite:///{folder}/ours{run}.db")
            our_times.append(seconds)
    ratios = [ratio(o, b) for o, b in zip(our_times, base_times, strict=True)]
    note = f"{rows} rows, {imported} imported, {runs} run(s); import {median(our_times):.1f} s"
    return [at_most("CSV import / (read_csv + bulk insert)", median(ratios), "ratio", 2.0, note)]
