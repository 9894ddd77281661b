"""Point layers for maps: issues here; incidents and events plug in with one line each.

A layer is plain arrays (longitude, latitude, a label for hovering, a category for the
colour, optionally a date for the time filter and issue ids for selecting), made by a
provider function of a Session and a `MapFilter`. Another area registers its own:

    register_layer("incidents", N_("Incidents"), incident_points)   # branch crime
    register_layer("events", N_("Community events"), event_layer)

A provider may also return a plain (lon, lat, label, category) tuple.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry
from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from advisoryboard.geo.boundaries import AreaShape, find_set, load_areas
from advisoryboard.geo.issues import issue_counts
from advisoryboard.i18n import N_, _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.enums import CLOSED_STATUSES, OPEN_STATUSES
from database.models import Issue, IssueCategory

#: Outlines are simplified to about this many degrees (≈ 10 m) for drawing.
DRAW_TOLERANCE = 0.0001


@dataclass(frozen=True)
class MapFilter:
    """What a map shows: a date range (None: open-ended), a status, and public or not."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: str = "all"  # open | closed | all
    public: bool = False  # printed for the public: no confidential issues
    set_name: str | None = None  # None: the first district set


@dataclass(frozen=True)
class PointLayer:
    key: str
    title: str
    lon: np.ndarray
    lat: np.ndarray
    label: np.ndarray  # object array of str
    category: np.ndarray  # object array of str (the colour key)
    when: np.ndarray | None = None  # datetime64[D], for the time filter
    ids: np.ndarray | None = None  # issue ids (selection), int64
    #: Other ways to colour the same points ("category" for issues), same order as `category`.
    colourings: dict[str, np.ndarray] = field(default_factory=dict)
    #: The categories are message ids (N_), translated where they are shown (screen or paper).
    translatable: bool = False

    def __len__(self) -> int:
        return int(self.lon.size)

    def categories(self) -> list[str]:
        """The categories present, most common first (the legend's order)."""
        if not len(self):
            return []
        values, counts = np.unique(self.category.astype(str), return_counts=True)
        return [str(v) for v in values[np.argsort(-counts, kind="stable")]]


Provider = Callable[[Session, MapFilter], Any]


@dataclass(frozen=True)
class LayerSpec:
    key: str
    title: str  # untranslated (N_); shown with _()
    provider: Provider


LAYERS: dict[str, LayerSpec] = {}


def register_layer(key: str, title: str, provider: Provider) -> None:
    """Make a point layer available to every map (screen and paper)."""
    LAYERS[key] = LayerSpec(key, title, provider)


def as_layer(key: str, title: str, result: Any) -> PointLayer:
    """A provider's result as a PointLayer (a PointLayer, or a (lon, lat, label, category) tuple)."""
    if isinstance(result, PointLayer):
        return result
    lon, lat, label, category = (
        (getattr(result, n) for n in ("lon", "lat", "label", "category"))
        if hasattr(result, "lon")
        else result
    )
    return PointLayer(
        key,
        title,
        np.asarray(lon, dtype=float),
        np.asarray(lat, dtype=float),
        np.asarray(label, dtype=object),
        np.asarray(category, dtype=object),
    )


def issue_points(session: Session, flt: MapFilter) -> PointLayer:
    """Issues with coordinates: label 'reference · title', category = status value."""
    actor = require_permission(session, Permission.READ)
    stmt = select(
        Issue.id,
        Issue.longitude,
        Issue.latitude,
        Issue.reference,
        Issue.title,
        Issue.status,
        IssueCategory.name,
        Issue.reported_on,
        Issue.confidential,
    ).outerjoin(IssueCategory, IssueCategory.id == Issue.category_id)
    stmt = _issue_filter(stmt, flt)
    rows = session.execute(stmt).all()
    hide = not actor.can(Permission.VIEW_CONFIDENTIAL)
    withheld = _("(confidential)")
    n = len(rows)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=n)
    lon = np.fromiter((r[1] for r in rows), dtype=float, count=n)
    lat = np.fromiter((r[2] for r in rows), dtype=float, count=n)
    label = np.empty(n, dtype=object)
    label[:] = [f"{r[3]} · {withheld if (r[8] and hide) else r[4]}" for r in rows]
    status = np.empty(n, dtype=object)
    status[:] = [r[5].value for r in rows]
    when = np.array([r[7] for r in rows], dtype="datetime64[D]") if n else np.zeros(0, "datetime64[D]")
    category = np.empty(n, dtype=object)
    category[:] = [r[6] or "" for r in rows]
    return PointLayer("issues", N_("Issues"), lon, lat, label, status, when, ids, {"category": category})


register_layer("issues", N_("Issues"), issue_points)


def _issue_filter(stmt: Any, flt: MapFilter) -> Any:
    """`stmt` limited to the located issues that `flt` shows."""
    stmt = stmt.where(Issue.longitude.is_not(None), Issue.latitude.is_not(None))
    statuses = {"open": OPEN_STATUSES, "closed": CLOSED_STATUSES}.get(flt.status)
    if statuses is not None:
        stmt = stmt.where(Issue.status.in_(sorted(statuses)))
    if flt.date_from is not None:
        stmt = stmt.where(Issue.reported_on >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        stmt = stmt.where(
            Issue.reported_on < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        )
    if flt.public:
        stmt = stmt.where(Issue.confidential.is_(False))
    return stmt


def printed_issue_points(session: Session, flt: MapFilter) -> PointLayer:
    """The issue layer of a printed map: only what paper draws (place, and status for the
    colour), read as plain tuples. No labels (a printed map is public and writes none), no
    dates, ids or other colourings: the screen's `issue_points` builds those for ≈ 10 000
    points and more, which a print spends most of its map time on."""
    require_permission(session, Permission.READ)
    # The status as its stored string (the enum's value), not converted to IssueStatus.
    stmt = _issue_filter(select(Issue.longitude, Issue.latitude, type_coerce(Issue.status, String)), flt)
    rows = session.connection().execute(stmt).all()  # Core rows: no ORM row building
    n = len(rows)
    lons, lats, statuses = zip(*rows, strict=True) if n else ((), (), ())
    lon = np.array(lons, dtype=float)
    lat = np.array(lats, dtype=float)
    status = np.empty(n, dtype=object)
    status[:] = statuses
    label = np.full(n, "", dtype=object)
    return PointLayer("issues", N_("Issues"), lon, lat, label, status)


@dataclass(frozen=True)
class Outline:
    """One area ready to draw: its rings (closed, lon/lat), label, and where to write it."""

    area_id: int
    label: str
    rings: list[np.ndarray]
    label_at: tuple[float, float]
    issues: int = 0
    geometry: BaseGeometry | None = None  # for finding the area under a click


def outlines_of(shapes: list[AreaShape], counts: dict[int, int] | None = None) -> list[Outline]:
    result = []
    for shape in shapes:
        simple = shapely.simplify(shape.geometry, DRAW_TOLERANCE, preserve_topology=True)
        rings = [np.asarray(r.coords) for r in shapely.get_rings(shapely.get_parts(simple)) if r is not None]
        point = shape.geometry.representative_point()
        result.append(
            Outline(
                shape.id,
                shape.label,
                rings,
                (point.x, point.y),
                (counts or {}).get(shape.id, 0),
                shape.geometry,
            )
        )
    return result


def zoom_to(outlines: list[Outline], bounds: tuple[float, float, float, float]) -> list[Outline]:
    """The outlines cut to the box `bounds` (lon0, lat0, lon1, lat1), those outside it left out,
    so a map zoomed to part of the city draws nothing past its frame."""
    frame = shapely.box(*bounds)
    result = []
    for outline in outlines:
        if outline.geometry is None or not shapely.intersects(outline.geometry, frame):
            continue
        part = shapely.intersection(outline.geometry, frame)
        shape = AreaShape(outline.area_id, outline.label, "", None, part)
        result += outlines_of([shape], {outline.area_id: outline.issues})
    return result


def circle_ring(lon: float, lat: float, radius: float, steps: int = 72) -> np.ndarray:
    """A circle of `radius` degrees of latitude around (lon, lat), as a closed lon/lat ring."""
    t = np.linspace(0, 2 * np.pi, steps, endpoint=True)
    rx = radius / max(math.cos(math.radians(lat)), 0.01)
    return np.column_stack([lon + rx * np.cos(t), lat + radius * np.sin(t)])


def points_box(
    layer: PointLayer, margin: float = 0.15, least: float = 0.003, quantile: float = 0.01
) -> tuple[float, float, float, float] | None:
    """The box around most of a layer's points (the outer `quantile` on each side ignored, so
    a stray geocode does not zoom the map out), with `margin` of room; None without points."""
    keep = np.isfinite(layer.lon) & np.isfinite(layer.lat)
    if not keep.any():
        return None
    x0, x1 = np.quantile(layer.lon[keep], [quantile, 1 - quantile])
    y0, y1 = np.quantile(layer.lat[keep], [quantile, 1 - quantile])
    hx = max((x1 - x0) / 2 * (1 + margin), least)
    hy = max((y1 - y0) / 2 * (1 + margin), least)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return (float(cx - hx), float(cy - hy), float(cx + hx), float(cy + hy))


@dataclass(frozen=True)
class MapData:
    set_id: int | None
    set_name: str
    outlines: list[Outline]
    bounds: tuple[float, float, float, float]  # lon0, lat0, lon1, lat1
    layers: dict[str, PointLayer] = field(default_factory=dict)
    #: Areas shown as "the area" (a problem-solving project's districts or beats), and a
    #: circle (lon, lat, radius in degrees of latitude) for a project drawn around a point.
    marked: tuple[int, ...] = ()
    circle: tuple[float, float, float] | None = None
    zoomed: bool = False  # the outlines are cut to `bounds` (layers.zoom_to)

    def outline_key(self) -> tuple[object, ...]:
        """Equal for two loads that draw the same outlines (a screen map then keeps its view)."""
        ids = tuple(o.area_id for o in self.outlines)
        return (self.set_id, ids, self.marked, self.circle, self.bounds if self.zoomed else None)

    def area_label(self, area_id: int) -> str:
        return next((o.label for o in self.outlines if o.area_id == area_id), "")

    def area_at(self, lon: float, lat: float) -> Outline | None:
        """The outline under (lon, lat), if any."""
        for outline in self.outlines:
            if outline.geometry is not None and shapely.intersects_xy(outline.geometry, lon, lat):
                return outline
        return None


def _bounds(outlines: list[Outline], layers: dict[str, PointLayer]) -> tuple[float, float, float, float]:
    parts = [np.concatenate(o.rings) for o in outlines if o.rings]
    parts += [np.column_stack([layer.lon, layer.lat]) for layer in layers.values() if len(layer)]
    if not parts:
        return (-1.0, -1.0, 1.0, 1.0)
    xy = np.concatenate(parts)
    xy = xy[np.isfinite(xy).all(axis=1)]
    if not xy.size:
        return (-1.0, -1.0, 1.0, 1.0)
    return (float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()), float(xy[:, 1].max()))


def load_map(session: Session, flt: MapFilter, layers: tuple[str, ...] | None = None) -> MapData:
    """Outlines of the chosen set with issue counts, and the asked point layers (all by default)."""
    from advisoryboard.errors import NotFound

    require_permission(session, Permission.READ)
    try:
        info = find_set(session, flt.set_name)
    except NotFound:
        info = None
    outlines: list[Outline] = []
    if info is not None:
        counts = {c.area_id: c.issues for c in issue_counts(session, info.id)}
        outlines = outlines_of(load_areas(session, info.id), counts)
    chosen = {k: LAYERS[k] for k in (layers if layers is not None else tuple(LAYERS)) if k in LAYERS}
    points = {k: as_layer(k, spec.title, spec.provider(session, flt)) for k, spec in chosen.items()}
    return MapData(
        info.id if info else None, info.name if info else "", outlines, _bounds(outlines, points), points
    )


def load_printed_issue_map(session: Session, flt: MapFilter) -> MapData:
    """`load_map(session, flt, ("issues",))` as paper draws it: the same set, outlines and
    bounds, the issues from `printed_issue_points`, and no issue counts on the outlines (a
    printed map does not write them; counting reads every placed issue of the set)."""
    from advisoryboard.errors import NotFound

    require_permission(session, Permission.READ)
    try:
        info = find_set(session, flt.set_name)
    except NotFound:
        info = None
    outlines = outlines_of(load_areas(session, info.id)) if info is not None else []
    points = {"issues": printed_issue_points(session, flt)}
    return MapData(
        info.id if info else None, info.name if info else "", outlines, _bounds(outlines, points), points
    )


def incident_layer(session: Session, flt: MapFilter) -> PointLayer:
    """Police incidents with coordinates (issue 20): label 'number · offense', category = the
    board's offense category (the source's own group when it has none)."""
    from database.models import Incident, OffenseCategory

    require_permission(session, Permission.READ)
    stmt = (
        select(
            Incident.longitude,
            Incident.latitude,
            Incident.incident_number,
            Incident.offense_description,
            OffenseCategory.name,
            Incident.offense_group,
            Incident.occurred_at,
        )
        .outerjoin(OffenseCategory, OffenseCategory.id == Incident.category_id)
        .where(Incident.longitude.is_not(None), Incident.latitude.is_not(None))
    )
    if flt.date_from is not None:
        stmt = stmt.where(Incident.occurred_at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        stmt = stmt.where(
            Incident.occurred_at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        )
    rows = session.execute(stmt).all()
    n = len(rows)
    lon = np.fromiter((r[0] for r in rows), dtype=float, count=n)
    lat = np.fromiter((r[1] for r in rows), dtype=float, count=n)
    label = np.empty(n, dtype=object)
    label[:] = [f"{r[2]} · {r[3] or r[5] or ''}" for r in rows]
    category = np.empty(n, dtype=object)
    category[:] = [r[4] or r[5] or "" for r in rows]
    when = np.array([r[6] for r in rows], dtype="datetime64[D]") if n else np.zeros(0, "datetime64[D]")
    return PointLayer("incidents", N_("Police incidents"), lon, lat, label, category, when)


register_layer("incidents", N_("Police incidents"), incident_layer)


def event_layer(session: Session, flt: MapFilter) -> PointLayer:
    """Community events whose place has coordinates (typed or imported; nothing is geocoded):
    label 'date · title · place', category = the kind of event (translated where shown).
    Cancelled events are left out: nothing happened there."""
    from advisoryboard.labels import EVENT_KIND_LABELS
    from database.models import CommunityEvent
    from database.models.community import EventStatus

    require_permission(session, Permission.READ)
    stmt = select(
        CommunityEvent.longitude,
        CommunityEvent.latitude,
        CommunityEvent.title,
        CommunityEvent.place,
        CommunityEvent.kind,
        CommunityEvent.starts_at,
    ).where(
        CommunityEvent.longitude.is_not(None),
        CommunityEvent.latitude.is_not(None),
        CommunityEvent.status != EventStatus.CANCELLED,
    )
    if flt.date_from is not None:
        stmt = stmt.where(CommunityEvent.starts_at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        stmt = stmt.where(
            CommunityEvent.starts_at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        )
    rows = session.execute(stmt.order_by(CommunityEvent.starts_at)).all()
    n = len(rows)
    lon = np.fromiter((r[0] for r in rows), dtype=float, count=n)
    lat = np.fromiter((r[1] for r in rows), dtype=float, count=n)
    label = np.empty(n, dtype=object)
    label[:] = [" · ".join(p for p in (r[5].date().isoformat(), r[2], r[3]) if p) for r in rows]
    category = np.empty(n, dtype=object)
    category[:] = [EVENT_KIND_LABELS.get(r[4], "") for r in rows]
    when = np.array([r[5] for r in rows], dtype="datetime64[D]") if n else np.zeros(0, "datetime64[D]")
    return PointLayer("events", N_("Community events"), lon, lat, label, category, when, translatable=True)


register_layer("events", N_("Community events"), event_layer)
