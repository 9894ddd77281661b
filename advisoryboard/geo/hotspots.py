"""Where points cluster: hexagonal bins, the hotspot layer of the screen and printed maps.

Hex bins rather than a kernel density: each hexagon has a count a reader can check, and
binning is linear in the number of points. Longitude is scaled by cos(latitude) first,
so hexagons are regular on the ground, not stretched east–west.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

SQRT3 = math.sqrt(3.0)


@dataclass(frozen=True)
class HexBins:
    """Pointy-top hexagons: centres (lon, lat), counts, and the size in degrees of latitude."""

    lon: np.ndarray
    lat: np.ndarray
    count: np.ndarray
    size: float  # centre-to-corner distance, degrees of latitude
    x_scale: float  # degrees of longitude per degree of latitude on the ground

    def corners(self, index: int) -> list[tuple[float, float]]:
        """The six corners (lon, lat) of hexagon `index`, for drawing it."""
        return [(float(x), float(y)) for x, y in self.corners_of(np.array([index]))[0]]

    def corners_of(self, indices: np.ndarray) -> np.ndarray:
        """The corners of the hexagons `indices` at once: shape (len(indices), 6, 2), lon/lat."""
        angles = np.radians(60.0 * np.arange(6) - 30.0)
        dx = self.size * np.cos(angles) * self.x_scale
        dy = self.size * np.sin(angles)
        return np.stack([self.lon[indices][:, None] + dx, self.lat[indices][:, None] + dy], axis=2)


def _finite(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    keep = np.isfinite(lon) & np.isfinite(lat)
    return lon[keep], lat[keep]


def hex_bins(lon: np.ndarray, lat: np.ndarray, size: float, min_count: int = 1) -> HexBins:
    """Count points per hexagon of `size` (degrees of latitude, centre to corner)."""
    lon, lat = _finite(lon, lat)
    if lon.size == 0:
        empty = np.zeros(0)
        return HexBins(empty, empty, np.zeros(0, dtype=np.int64), size, 1.0)
    x_scale = 1.0 / max(math.cos(math.radians(float(np.mean(lat)))), 0.01)
    x = lon / x_scale / size
    y = lat / size
    # Axial coordinates of a pointy-top hex grid, then cube rounding to the nearest centre.
    q = (SQRT3 / 3.0) * x - y / 3.0
    r = (2.0 / 3.0) * y
    cx, cz = q, r
    cy = -cx - cz
    rx, ry, rz = np.round(cx), np.round(cy), np.round(cz)
    dx, dy, dz = np.abs(rx - cx), np.abs(ry - cy), np.abs(rz - cz)
    fix_x = (dx > dy) & (dx > dz)
    fix_y = ~fix_x & (dy > dz)
    rx = np.where(fix_x, -ry - rz, rx)
    ry = np.where(fix_y, -rx - rz, ry)
    rz = np.where(~fix_x & ~fix_y, -rx - ry, rz)
    # One integer key per cell, ordered as the (q, r) pairs are (np.unique over rows sorts
    # a structured view, several times slower).
    iq, ir = rx.astype(np.int64), rz.astype(np.int64)
    q0, r0 = int(iq.min()), int(ir.min())
    span = int(ir.max()) - r0 + 1
    keys, counts = np.unique((iq - q0) * span + (ir - r0), return_counts=True)
    unique = np.column_stack([keys // span + q0, keys % span + r0])
    keep = counts >= min_count
    unique, counts = unique[keep], counts[keep]
    aq, ar = unique[:, 0].astype(float), unique[:, 1].astype(float)
    centre_x = size * SQRT3 * (aq + ar / 2.0) * x_scale
    centre_y = size * 1.5 * ar
    return HexBins(centre_x, centre_y, counts.astype(np.int64), size, x_scale)


def auto_hex_size(bounds: tuple[float, float, float, float], across: int = 40) -> float:
    """A hexagon size giving about `across` hexagons over the height of `bounds`."""
    _lon0, lat0, _lon1, lat1 = bounds
    return max((lat1 - lat0) / across / 1.5, 1e-5)
