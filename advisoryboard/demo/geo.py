"""Demo outlines: eight beats over the demo neighborhood, and issues that sit in them.

The demo board's issues name beats (`Beat 11` …) but their coordinates are scattered at
random; here the beats get outlines (Voronoi cells of jittered seeds, clipped to the
neighborhood), and each issue is moved into the beat it names, a third of them near a
few hotspots. One in thirty stays where it was, so the map shows recorded districts
that disagree with the coordinates, as real 311 data does.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import MultiPoint, box
from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from advisoryboard.audit import note_bulk_change
from database.models import BoundaryArea, BoundarySet, Issue

DEMO_SET = "Demo beats"
BOX = (-71.12, 42.30, -71.09, 42.33)


def _cells(names: list[str], rng: np.random.Generator) -> list[shapely.Geometry]:
    lon0, lat0, lon1, lat1 = BOX
    cols, rows = 4, 2
    seeds = [
        (
            lon0 + (c + 0.5 + rng.uniform(-0.3, 0.3)) * (lon1 - lon0) / cols,
            lat0 + (r + 0.5 + rng.uniform(-0.3, 0.3)) * (lat1 - lat0) / rows,
        )
        for r in range(rows)
        for c in range(cols)
    ][: len(names)]
    frame = box(*BOX)
    cells = shapely.get_parts(shapely.voronoi_polygons(MultiPoint(seeds), extend_to=frame))
    by_seed = []
    for seed in seeds:
        cell = next(c for c in cells if c.contains(shapely.Point(seed)))
        by_seed.append(cell.intersection(frame))
    return by_seed


def _points_in(geom: shapely.Geometry, n: int, rng: np.random.Generator, hotspots: np.ndarray) -> np.ndarray:
    """n points inside geom: a third near the hotspots inside it, the rest uniform."""
    minx, miny, maxx, maxy = geom.bounds
    shapely.prepare(geom)
    out = np.zeros((0, 2))
    while len(out) < n:
        k = max(n * 2, 16)
        uniform = np.column_stack([rng.uniform(minx, maxx, k), rng.uniform(miny, maxy, k)])
        centre = hotspots[rng.integers(0, len(hotspots), k)]
        near = centre + rng.normal(0, 0.0012, (k, 2))
        cand = np.where((rng.random(k) < 0.35)[:, None], near, uniform)
        cand = cand[shapely.contains_xy(geom, cand[:, 0], cand[:, 1])]
        out = np.concatenate([out, cand])
    return out[:n]


def add_demo_outlines(session: Session, seed: int) -> None:
    """Give the demo board outlines for its beats and move its issues into them."""
    from advisoryboard.geo.boundaries import place_set

    rng = np.random.default_rng(seed)
    rows = session.execute(select(Issue.id, Issue.district).where(Issue.latitude.is_not(None))).all()
    names = sorted({d for _i, d in rows if d})
    if not names:
        return
    cells = _cells(names, rng)
    lon0, lat0, lon1, lat1 = BOX
    hotspots = np.column_stack([rng.uniform(lon0, lon1, 5), rng.uniform(lat0, lat1, 5)])
    session.execute(delete(BoundarySet).where(BoundarySet.name == DEMO_SET))
    demo_set = BoundarySet(name=DEMO_SET, kind="beat", name_field="name", source_file=None)
    session.add(demo_set)
    session.flush()
    changes = []
    for name, cell in zip(names, cells, strict=True):
        ids = [i for i, d in rows if d == name]
        keep = rng.random(len(ids)) < 1 / 30  # left where they were: disagreeing examples
        moved = [i for i, k in zip(ids, keep, strict=True) if not k]
        points = _points_in(cell, len(moved), rng, hotspots)
        changes += [
            {"b_id": i, "b_lon": round(float(x), 6), "b_lat": round(float(y), 6)}
            for i, (x, y) in zip(moved, points, strict=True)
        ]
        minx, miny, maxx, maxy = cell.bounds
        session.add(
            BoundaryArea(
                set_id=demo_set.id,
                name=name,
                key=name.upper().replace(" ", ""),
                board_district=name,
                geometry=shapely.to_wkb(cell, hex=True),
                feature_count=1,
                min_lon=minx,
                min_lat=miny,
                max_lon=maxx,
                max_lat=maxy,
            )
        )
    table = Issue.__table__
    stmt = (
        update(table)  # type: ignore[arg-type]  # a Table, typed as FromClause by the mapper
        .where(table.c.id == bindparam("b_id"))
        .values(longitude=bindparam("b_lon"), latitude=bindparam("b_lat"))
    )
    for start in range(0, len(changes), 5000):
        session.connection().execute(stmt, changes[start : start + 5000])
    session.flush()
    place_set(session, demo_set.id)
    note_bulk_change(session, "geo", "boundary_areas", "demo outlines", len(names))
