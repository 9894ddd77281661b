"""Importing outline files into boundary sets, and reading them back as shapes.

One import is one transaction: the whole file is read and checked before anything is
written, a set of the same name is replaced, and every located issue is placed on the
new outlines in the same transaction, so a failure leaves the old set as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from advisoryboard.audit import note_bulk_change
from advisoryboard.errors import NotFound, UserError
from advisoryboard.geo.geojson import ParsedArea, read_outlines
from advisoryboard.geo.names import board_names
from advisoryboard.geo.placement import OUTSIDE, locate
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.base import utcnow
from database.models import BoundaryArea, BoundarySet, Issue, IssuePlace
from database.models.geo import BOUNDARY_KINDS

#: Below this many located issues, a file is not judged "swapped" from the issues.
SWAP_EVIDENCE = 10


@dataclass(frozen=True)
class AreaShape:
    """One outline, ready for point-in-polygon and drawing."""

    id: int
    name: str
    key: str
    board_district: str | None
    geometry: BaseGeometry

    @property
    def label(self) -> str:
        """The name people know: the board's own spelling when issues use one."""
        return self.board_district or self.name


@dataclass(frozen=True)
class SetInfo:
    id: int
    name: str
    kind: str
    areas: int


@dataclass(frozen=True)
class BoundaryImport:
    """What an import did, for the confirmation message."""

    set_id: int
    set_name: str
    areas: int
    features: int
    merged: list[str]  # names drawn as several features, now one outline each
    matched: dict[str, str]  # outline name -> the board district it was matched to
    unmatched_board: list[str]  # districts issues name that no outline has
    placed: int
    outside: int

    def summary(self) -> str:
        text = _("{areas} outlines from {features} features saved as {name!r}.").format(
            areas=self.areas, features=self.features, name=self.set_name
        )
        if self.merged:
            text += " " + _("Merged from several features: {names}.").format(names=", ".join(self.merged))
        text += " " + _("{placed} issues placed; {outside} fall outside every outline.").format(
            placed=self.placed, outside=self.outside
        )
        if self.unmatched_board:
            text += " " + _("Districts the board uses that no outline has: {names}.").format(
                names=", ".join(self.unmatched_board)
            )
        return text


def _district_spellings(session: Session) -> list[tuple[str | None, int]]:
    rows = session.execute(select(Issue.district, func.count()).group_by(Issue.district)).all()
    return [(d, int(n)) for d, n in rows]


def _located_issues(session: Session) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = session.execute(
        select(Issue.id, Issue.longitude, Issue.latitude).where(
            Issue.longitude.is_not(None), Issue.latitude.is_not(None)
        )
    ).all()
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0)
    data = np.array(rows, dtype=float)
    return data[:, 0].astype(np.int64), data[:, 1], data[:, 2]


def _refuse_misplaced(
    areas: list[ParsedArea], lon: np.ndarray, lat: np.ndarray, name: str, allow_outside: bool
) -> None:
    """Outlines that hold none of the board's issues are swapped (if swapping fits) or elsewhere."""
    if lon.size < SWAP_EVIDENCE:
        return
    geoms = [a.geometry for a in areas]
    if (locate(geoms, lon, lat) != OUTSIDE).any():
        return
    if (locate(geoms, lat, lon) != OUTSIDE).mean() > 0.5:
        raise UserError(
            _(
                "The outlines in {name} hold none of the board's issues, but would hold most of them "
                "with latitude and longitude swapped: the file's coordinates are swapped. Nothing was "
                "imported."
            ).format(name=name),
            "file",
        )
    if not allow_outside:
        raise UserError(
            _(
                "None of the board's {n} issues with coordinates falls inside the outlines in {name}: "
                "is it the file of another city? Nothing was imported (import it anyway with "
                "--even-if-outside)."
            ).format(n=lon.size, name=name),
            "file",
        )


def import_boundaries(
    session: Session,
    path: Path,
    name_field: str,
    *,
    set_name: str | None = None,
    kind: str = "district",
    allow_outside: bool = False,
) -> BoundaryImport:
    """Import the outlines of `path`, named by `name_field`, as boundary set `set_name`."""
    require_permission(session, Permission.IMPORT_DATA)
    if kind not in BOUNDARY_KINDS:
        raise UserError(
            _("The kind of outline must be one of: {kinds}.").format(kinds=", ".join(BOUNDARY_KINDS)), "kind"
        )
    name = (set_name or path.stem).strip()[:100]
    if not name:
        raise UserError(_("Give the set of outlines a name."), "set_name")
    parsed = read_outlines(path, name_field, kind)
    ids, lon, lat = _located_issues(session)
    _refuse_misplaced(parsed, lon, lat, path.name, allow_outside)
    spelling = board_names(_district_spellings(session), kind)
    existing = session.scalar(select(BoundarySet).where(BoundarySet.name == name))
    if existing is None:
        existing = BoundarySet(name=name, kind=kind, name_field=name_field, source_file=path.name)
        session.add(existing)
        session.flush()
    else:
        session.execute(delete(IssuePlace).where(IssuePlace.set_id == existing.id))
        session.execute(delete(BoundaryArea).where(BoundaryArea.set_id == existing.id))
        existing.kind, existing.name_field, existing.source_file = kind, name_field, path.name
        existing.imported_at = utcnow()
    rows = []
    for area in parsed:
        minx, miny, maxx, maxy = area.geometry.bounds
        rows.append(
            {
                "set_id": existing.id,
                "name": area.name[:100],
                "key": area.key[:100],
                "board_district": spelling.get(area.key),
                "geometry": shapely.to_wkb(area.geometry, hex=True),
                "feature_count": area.feature_count,
                "min_lon": minx,
                "min_lat": miny,
                "max_lon": maxx,
                "max_lat": maxy,
            }
        )
    session.execute(insert(BoundaryArea), rows)
    note_bulk_change(session, "geo", "boundary_areas", f"{name}: {path.name}", len(rows))
    placed, outside = place_set(session, existing.id, (ids, lon, lat))
    keys = {a.key for a in parsed}
    return BoundaryImport(
        set_id=existing.id,
        set_name=name,
        areas=len(parsed),
        features=sum(a.feature_count for a in parsed),
        merged=[a.name for a in parsed if a.feature_count > 1],
        matched={a.name: spelling[a.key] for a in parsed if a.key in spelling},
        unmatched_board=sorted(s for k, s in spelling.items() if k not in keys) if kind == "district" else [],
        placed=placed,
        outside=outside,
    )


def place_set(
    session: Session, set_id: int, points: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
) -> tuple[int, int]:
    """(Re)compute every located issue's area in set `set_id`; returns (placed, outside)."""
    ids, lon, lat = points if points is not None else _located_issues(session)
    shapes = load_areas(session, set_id)
    located = locate([s.geometry for s in shapes], lon, lat)
    session.execute(delete(IssuePlace).where(IssuePlace.set_id == set_id))
    now = utcnow()
    area_ids = [s.id for s in shapes]
    rows = [
        {
            "set_id": set_id,
            "issue_id": int(i),
            "area_id": area_ids[k] if k != OUTSIDE else None,
            "placed_at": now,
        }
        for i, k in zip(ids.tolist(), located.tolist(), strict=True)
    ]
    for start in range(0, len(rows), 5000):
        session.execute(insert(IssuePlace), rows[start : start + 5000])
    if rows:
        session.info.setdefault("bulk_areas", set()).add("geo")
    outside = int((located == OUTSIDE).sum())
    return len(rows) - outside, outside


def boundary_sets(session: Session) -> list[SetInfo]:
    """Every imported set of outlines, by name."""
    require_permission(session, Permission.READ)
    rows = session.execute(
        select(BoundarySet.id, BoundarySet.name, BoundarySet.kind, func.count(BoundaryArea.id))
        .outerjoin(BoundaryArea, BoundaryArea.set_id == BoundarySet.id)
        .group_by(BoundarySet.id, BoundarySet.name, BoundarySet.kind)
        .order_by(BoundarySet.name)
    ).all()
    return [SetInfo(int(i), n, k, int(c)) for i, n, k, c in rows]


def find_set(session: Session, name: str | None) -> SetInfo:
    """The set called `name`, or (None) the set holding most of the board's located issues."""
    sets = boundary_sets(session)
    if name is not None:
        for s in sets:
            if s.name == name:
                return s
        raise NotFound(_("There is no set of outlines called {name!r}.").format(name=name))
    if not sets:
        raise NotFound(_("No outlines have been imported yet (advisoryboard import boundaries FILE)."))
    # Counted by the areas of each set (a place's area is always one of its own set's): the
    # (area_id, issue_id) index answers it without reading the places themselves.
    placed = dict(
        session.execute(
            select(BoundaryArea.set_id, func.count())
            .select_from(BoundaryArea)
            .join(IssuePlace, IssuePlace.area_id == BoundaryArea.id)
            .group_by(BoundaryArea.set_id)
        ).all()
    )
    # The outlines that hold the most of the board's issues; districts before beats on a tie.
    return max(sets, key=lambda s: (placed.get(s.id, 0), s.kind == "district", -s.id))


@lru_cache(maxsize=2048)
def _geometry(wkb_hex: str) -> BaseGeometry:
    geom = shapely.from_wkb(wkb_hex)
    shapely.prepare(geom)
    return geom


def load_areas(session: Session, set_id: int) -> list[AreaShape]:
    """The outlines of set `set_id`, in a stable order (by id)."""
    require_permission(session, Permission.READ)
    rows = session.execute(
        select(
            BoundaryArea.id,
            BoundaryArea.name,
            BoundaryArea.key,
            BoundaryArea.board_district,
            BoundaryArea.geometry,
        )
        .where(BoundaryArea.set_id == set_id)
        .order_by(BoundaryArea.id)
    ).all()
    return [AreaShape(int(i), n, k, b, _geometry(g)) for i, n, k, b, g in rows]
