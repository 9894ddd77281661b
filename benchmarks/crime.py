"""Police incidents: importing a 100 000-row export, and the crime trends at 500 000 incidents."""

from __future__ import annotations

import csv
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, at_most, median

GROUPS = [
    ("THEFT", "0820", "$500 AND UNDER"),
    ("BATTERY", "0486", "DOMESTIC BATTERY SIMPLE"),
    ("CRIMINAL DAMAGE", "1320", "TO VEHICLE"),
    ("ASSAULT", "0560", "SIMPLE"),
    ("MOTOR VEHICLE THEFT", "0910", "AUTOMOBILE"),
    ("BURGLARY", "0610", "FORCIBLE ENTRY"),
    ("ROBBERY", "031A", "ARMED - HANDGUN"),
    ("NARCOTICS", "2027", "POSSESS - CRACK"),
]


def write_csv(path: Path, rows: int, seed: int = 11) -> None:
    """A Chicago-style export (the real file's columns and date format)."""
    rnd = random.Random(seed)
    start = dt.datetime(2022, 1, 1)
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow(
            [
                "ID",
                "Case Number",
                "Date",
                "Block",
                "IUCR",
                "Primary Type",
                "Description",
                "Beat",
                "District",
                "Latitude",
                "Longitude",
            ]
        )
        for i in range(rows):
            group, code, desc = rnd.choice(GROUPS)
            when = start + dt.timedelta(minutes=rnd.randint(0, 3 * 365 * 24 * 60))
            district = rnd.randint(1, 25)
            out.writerow(
                [
                    20000000 + i,
                    f"JK{100000 + i}",
                    when.strftime("%m/%d/%Y %I:%M:%S %p"),
                    f"0{rnd.randint(10, 99)}XX W MADISON ST",
                    code,
                    group,
                    desc,
                    f"{district:02d}{rnd.randint(11, 34)}",
                    f"{district:03d}",
                    f"{41.75 + rnd.random() * 0.2:.9f}",
                    f"{-87.75 + rnd.random() * 0.15:.9f}",
                ]
            )


def import_seconds(csv_path: Path, url: str) -> tuple[float, int]:
    from advisoryboard.importing.incidents import import_file
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction

    db = open_database(url)
    start = time.perf_counter()
    with transaction(db) as session:
        report = import_file(session, csv_path)
    seconds = time.perf_counter() - start
    db.dispose()
    return seconds, report.imported


def fill(url: str, rows: int, seed: int = 5) -> None:
    """`rows` incidents over six years, written directly (the import is measured apart)."""
    from sqlalchemy import insert

    from advisoryboard.importing.offenses import category_ids_for
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction
    from database.models import Incident

    rnd = random.Random(seed)
    db = open_database(url)
    start = dt.datetime(2020, 1, 1)
    with transaction(db) as session:
        cats = category_ids_for(session, [g for g, _c, _d in GROUPS])
        batch = []
        for i in range(rows):
            group, code, desc = rnd.choice(GROUPS)
            district = rnd.randint(1, 25)
            batch.append(
                {
                    "source": "bench",
                    "incident_number": f"B{i}",
                    "occurred_at": start + dt.timedelta(minutes=rnd.randint(0, 6 * 365 * 24 * 60)),
                    "offense_code": code,
                    "offense_group": group,
                    "offense_description": desc,
                    "category_id": cats[group],
                    "district": str(district),
                    "beat": f"{district}{rnd.randint(11, 34)}",
                    "latitude": 41.75 + rnd.random() * 0.2,
                    "longitude": -87.75 + rnd.random() * 0.15,
                }
            )
            if len(batch) == 20000:
                session.execute(insert(Incident), batch)
                batch = []
        if batch:
            session.execute(insert(Incident), batch)
    db.dispose()


def trends_seconds(url: str, runs: int) -> dict[str, list[float]]:
    from advisoryboard.analytics.crime import (
        AreaSpec,
        IncidentFilter,
        count_in_area,
        police_report,
        trends_view,
    )
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import read_only

    db = open_database(url)
    out: dict[str, list[float]] = {"report": [], "tab": [], "assess": []}
    for _ in range(runs):
        with read_only(db) as session:
            t = time.perf_counter()
            police_report(session, dt.date(2025, 6, 10))
            out["report"].append(time.perf_counter() - t)
            t = time.perf_counter()
            trends_view(session, IncidentFilter(dt.date(2023, 6, 1), dt.date(2025, 6, 1), districts=("7",)))
            out["tab"].append(time.perf_counter() - t)
            t = time.perf_counter()
            for days in (
                (dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
                (dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
            ):
                f = IncidentFilter(*days)
                count_in_area(session, AreaSpec(beats=("712", "713")), f)
                count_in_area(session, AreaSpec(center=(41.85, -87.68), radius_m=800), f)
            out["assess"].append(time.perf_counter() - t)
    db.dispose()
    return out


def crime(import_rows: int, incidents: int, runs: int) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "incidents.csv"
        write_csv(csv_path, import_rows)
        times, imported = [], 0
        for run in range(max(1, runs // 2)):
            seconds, imported = import_seconds(csv_path, f"sqlite:///{folder}/import{run}.db")
            times.append(seconds)
        url = f"sqlite:///{folder}/trends.db"
        fill(url, incidents)
        trends = trends_seconds(url, runs)
    return [
        at_most("incident import", median(times), "s", 30.0, f"{import_rows} rows, {imported} imported"),
        at_most(
            "police report (all categories and districts)",
            median(trends["report"]),
            "s",
            1.0,
            f"{incidents} incidents",
        ),
        at_most(
            "Safety tab trends (24 months, one district)",
            median(trends["tab"]),
            "s",
            0.5,
            f"{incidents} incidents",
        ),
        at_most(
            "project assessment (beats and a radius)",
            median(trends["assess"]),
            "s",
            1.0,
            f"{incidents} incidents",
        ),
    ]


if __name__ == "__main__":
    import sys

    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for result in crime(rows, rows * 5, 3):
        print(result)
