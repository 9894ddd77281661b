"""Issues on the outlines: keeping computed areas current, counts, and the outside report.

The recorded district of an issue is what the reporter or the 311 export said (`E-13`,
`009`, or nothing); the computed area is where its coordinates fall. Both are kept:
`issue_places` holds the computed one, refreshed for issues added or edited since their
last placement (a derived cache, like a search index, so reading is enough to refresh it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session, aliased

from advisoryboard.geo.boundaries import boundary_sets, load_areas, place_set
from advisoryboard.geo.names import normalise_name
from advisoryboard.geo.placement import OUTSIDE, locate, outside_points
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.base import utcnow
from database.models import BoundaryArea, Issue, IssuePlace

#: More stale issues than this and the whole set is placed again (cheaper than IN lists).
FULL_REPLACE = 20_000


def _stale_query(set_id: int) -> Any:
    place = aliased(IssuePlace)
    return (
        select(Issue.id)
        .outerjoin(place, and_(place.issue_id == Issue.id, place.set_id == set_id))
        .where(
            Issue.longitude.is_not(None),
            Issue.latitude.is_not(None),
            or_(place.issue_id.is_(None), Issue.updated_at > place.placed_at),
        )
    )


def _stale_ids(session: Session, set_id: int) -> list[int]:
    return list(session.scalars(_stale_query(set_id)))


def has_pending(session: Session) -> bool:
    """Whether any located issue was added or moved since it was last placed."""
    require_permission(session, Permission.READ)
    return any(session.scalar(_stale_query(info.id).limit(1)) is not None for info in boundary_sets(session))


def place_pending(session: Session) -> int:
    """Place the issues added or moved since the last placement, in every set; returns how many."""
    require_permission(session, Permission.READ)
    done = 0
    for info in boundary_sets(session):
        stale = _stale_ids(session, info.id)
        if not stale:
            continue
        if len(stale) > FULL_REPLACE:
            placed, outside = place_set(session, info.id)
            done += placed + outside
            continue
        shapes = load_areas(session, info.id)
        rows: list[tuple[int, float, float]] = []
        for start in range(0, len(stale), 500):
            chunk = stale[start : start + 500]
            rows += [
                (int(i), float(x or 0.0), float(y or 0.0))
                for i, x, y in session.execute(
                    select(Issue.id, Issue.longitude, Issue.latitude).where(Issue.id.in_(chunk))
                )
            ]
            session.execute(
                delete(IssuePlace).where(IssuePlace.set_id == info.id, IssuePlace.issue_id.in_(chunk))
            )
        data = np.asarray(rows, dtype=np.float64).reshape(-1, 3)
        located = locate([s.geometry for s in shapes], data[:, 1], data[:, 2])
        now = utcnow()
        session.execute(
            insert(IssuePlace),
            [
                {
                    "set_id": info.id,
                    "issue_id": int(i),
                    "area_id": shapes[k].id if k != OUTSIDE else None,
                    "placed_at": now,
                }
                for i, k in zip(data[:, 0].astype(np.int64).tolist(), located.tolist(), strict=True)
            ],
        )
        done += len(rows)
    if done:
        session.info.setdefault("bulk_areas", set()).add("geo")  # the maps reload (no audit: derived data)
    return done


@dataclass(frozen=True)
class AreaCount:
    area_id: int
    name: str
    issues: int


def issue_counts(session: Session, set_id: int) -> list[AreaCount]:
    """Issues per area of a set, counted in SQL from the computed places (every area listed)."""
    require_permission(session, Permission.READ)
    rows = session.execute(
        select(
            BoundaryArea.id, BoundaryArea.name, BoundaryArea.board_district, func.count(IssuePlace.issue_id)
        )
        .outerjoin(IssuePlace, IssuePlace.area_id == BoundaryArea.id)
        .where(BoundaryArea.set_id == set_id)
        .group_by(BoundaryArea.id, BoundaryArea.name, BoundaryArea.board_district)
        .order_by(BoundaryArea.id)
    ).all()
    return [AreaCount(int(i), b or n, int(c)) for i, n, b, c in rows]


@dataclass(frozen=True)
class PlacedIssue:
    """One issue with its recorded district and where its coordinates put it."""

    reference: str
    recorded: str | None
    computed: str | None  # None: outside every outline
    lon: float
    lat: float
    swapped: bool = False  # outside, but inside with latitude and longitude exchanged

    @property
    def disagrees(self) -> bool:
        """The recorded district is missing or names another area than the coordinates."""
        return self.computed is not None and normalise_name(self.recorded) != normalise_name(self.computed)


@dataclass(frozen=True)
class PlacementReport:
    set_name: str
    placed: int
    outside: list[PlacedIssue]
    disagreeing: list[PlacedIssue]  # missing or different recorded district


def placement_report(session: Session, set_id: int, set_name: str, limit: int = 200) -> PlacementReport:
    """Issues outside every outline, and issues whose recorded district differs from the computed."""
    require_permission(session, Permission.READ)
    area = aliased(BoundaryArea)
    rows = session.execute(
        select(
            Issue.reference,
            Issue.district,
            func.coalesce(area.board_district, area.name),
            Issue.longitude,
            Issue.latitude,
        )
        .join(IssuePlace, and_(IssuePlace.issue_id == Issue.id, IssuePlace.set_id == set_id))
        .outerjoin(area, area.id == IssuePlace.area_id)
        .order_by(Issue.id)
    ).all()
    outside_rows = [r for r in rows if r[2] is None]
    swapped: set[int] = set()
    if outside_rows:
        shapes = load_areas(session, set_id)
        lon = np.array([r[3] for r in outside_rows], dtype=float)
        lat = np.array([r[4] for r in outside_rows], dtype=float)
        geoms = [s.geometry for s in shapes]
        swapped = {p.row for p in outside_points(geoms, lon, lat, np.full(lon.shape, OUTSIDE)) if p.swapped}
    outside = [
        PlacedIssue(r[0], r[1], None, float(r[3] or 0.0), float(r[4] or 0.0), i in swapped)
        for i, r in enumerate(outside_rows)
    ]
    placed = [
        PlacedIssue(r[0], r[1], r[2], float(r[3] or 0.0), float(r[4] or 0.0))
        for r in rows
        if r[2] is not None
    ]
    return PlacementReport(set_name, len(placed), outside[:limit], [p for p in placed if p.disagrees][:limit])


def computed_places(session: Session, issue_id: int) -> list[tuple[str, str | None]]:
    """(set name, area name or None when outside) for one issue, per set it was placed on."""
    from database.models import BoundarySet

    require_permission(session, Permission.READ)
    area = aliased(BoundaryArea)
    rows = session.execute(
        select(BoundarySet.name, func.coalesce(area.board_district, area.name))
        .join(IssuePlace, IssuePlace.set_id == BoundarySet.id)
        .outerjoin(area, area.id == IssuePlace.area_id)
        .where(IssuePlace.issue_id == issue_id)
        .order_by(BoundarySet.name)
    ).all()
    return [(str(n), a) for n, a in rows]
