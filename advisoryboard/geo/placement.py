"""Point-in-polygon for many points at once (shapely's vectorised `contains_xy`).

Each outline first keeps only the points inside its bounding box (a numpy mask), then
tests those exactly. A point strictly inside wins; a point exactly on the line between
two areas goes to the first area whose outline touches it, so every point is counted
at most once. Points that fall outside every outline are reported, and marked
"swapped" when latitude and longitude exchanged would put them inside.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

OUTSIDE = -1


def _bbox_candidates(geom: BaseGeometry, lon: np.ndarray, lat: np.ndarray, free: np.ndarray) -> np.ndarray:
    minx, miny, maxx, maxy = geom.bounds
    return np.flatnonzero(free & (lon >= minx) & (lon <= maxx) & (lat >= miny) & (lat <= maxy))


def locate(geoms: Sequence[BaseGeometry], lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """For each point, the index in `geoms` of the area holding it, or OUTSIDE (-1)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    result = np.full(lon.shape, OUTSIDE, dtype=np.int64)
    finite = np.isfinite(lon) & np.isfinite(lat)
    for geom in geoms:
        shapely.prepare(geom)
    for predicate in (shapely.contains_xy, shapely.intersects_xy):  # inside first, then on a line
        for index, geom in enumerate(geoms):
            candidates = _bbox_candidates(geom, lon, lat, finite & (result == OUTSIDE))
            if candidates.size:
                hit = predicate(geom, lon[candidates], lat[candidates])
                result[candidates[hit]] = index
    return result


def counts_per_area(located: np.ndarray, n_areas: int) -> np.ndarray:
    """How many points fell in each area (index order), from `locate`'s result."""
    inside = located[located != OUTSIDE]
    return np.bincount(inside, minlength=n_areas)


@dataclass(frozen=True)
class OutsidePoint:
    """A row whose coordinates fall outside every outline."""

    row: int  # position in the input (0-based)
    lon: float
    lat: float
    swapped: bool  # latitude and longitude exchanged would put it inside an outline


def outside_points(
    geoms: Sequence[BaseGeometry], lon: np.ndarray, lat: np.ndarray, located: np.ndarray
) -> list[OutsidePoint]:
    """The points `locate` left outside (rows without coordinates are not points)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    rows = np.flatnonzero((located == OUTSIDE) & np.isfinite(lon) & np.isfinite(lat))
    swapped = locate(geoms, lat[rows], lon[rows]) != OUTSIDE if rows.size else np.zeros(0, bool)
    return [
        OutsidePoint(int(r), float(lon[r]), float(lat[r]), bool(s))
        for r, s in zip(rows, swapped, strict=True)
    ]
