"""Real files for the geo tests, read independently of the code under test."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import shape
from sqlalchemy import insert

from database.enums import IssueStatus
from tests.support.shared_data import shared_data

DISTRICTS = ("geo", "chicago_police_districts.geojson")
BEATS = ("geo", "chicago_police_beats.geojson")
CRIMES = ("crime", "chicago_crimes_2024_sample.csv")


def crimes() -> pd.DataFrame:
    """The Chicago crime sample as a city publishes it (strings kept as written)."""
    frame = pd.read_csv(shared_data(*CRIMES), dtype=str, encoding="utf-8-sig")
    frame["lon"] = pd.to_numeric(frame["Longitude"], errors="coerce")
    frame["lat"] = pd.to_numeric(frame["Latitude"], errors="coerce")
    return frame


def shapely_groups(parts: tuple[str, str], field: str) -> dict[str, Any]:
    """name -> union of that name's features, straight from the file with shapely."""
    data = json.loads(shared_data(*parts).read_text())
    groups: dict[str, list[Any]] = {}
    for feature in data["features"]:
        groups.setdefault(str(feature["properties"][field]), []).append(shape(feature["geometry"]))
    return {name: shapely.union_all(geoms) for name, geoms in groups.items()}


def strtree_counts(geoms: dict[str, Any], lon: np.ndarray, lat: np.ndarray) -> dict[str, int]:
    """Points per outline as shapely's STRtree counts them (each point once: its first hit)."""
    names = list(geoms)
    tree = shapely.STRtree([geoms[n] for n in names])
    keep = np.isfinite(lon) & np.isfinite(lat)
    points = shapely.points(lon[keep], lat[keep])
    point_idx, tree_idx = tree.query(points, predicate="intersects")
    first: dict[int, int] = {}
    for p, t in sorted(zip(point_idx.tolist(), tree_idx.tolist(), strict=True)):
        first.setdefault(p, t)
    counts = dict.fromkeys(names, 0)
    for t in first.values():
        counts[names[t]] += 1
    return counts


def write_geojson(path: Path, features: list[dict[str, Any]], **extra: Any) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features, **extra}))
    return path


def add_issues_at(
    session: Any, lon: np.ndarray, lat: np.ndarray, districts: list[str | None], start: int = 1
) -> None:
    """Issues at these coordinates, recorded with these districts (Core insert, fast)."""
    rows = [
        {
            "reference": f"2024-{i:05d}",
            "ref_year": 2024,
            "ref_seq": i,
            "title": f"Issue {i}",
            "status": IssueStatus.NEW if i % 3 else IssueStatus.RESOLVED,
            "district": d,
            "longitude": None if not np.isfinite(x) else float(x),
            "latitude": None if not np.isfinite(y) else float(y),
            "reported_on": dt.datetime(2024, 1 + i % 12, 1 + i % 28, 10),
        }
        for i, (x, y, d) in enumerate(zip(lon, lat, districts, strict=True), start=start)
    ]
    from database.models import Issue

    session.execute(insert(Issue), rows)
