"""The map of a problem-solving project: its area's incidents and linked issues on the outlines.

Zoomed to the project: the view is the box around the problem's incidents, its linked
issues, its districts and (a radius project) its circle, with some room around; outlines
are cut to that box (layers.zoom_to) so a printed map stays inside its frame. The
project's own districts or beats are `MapData.marked` (a radius project's circle is
`MapData.circle`), so both the screen and the paper can shade them.
"""

from __future__ import annotations

import math

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.analytics.crime import EARTH_RADIUS_M, in_area_ids
from advisoryboard.errors import NotFound
from advisoryboard.geo.boundaries import AreaShape, find_set, load_areas
from advisoryboard.geo.layers import MapData, PointLayer, outlines_of, zoom_to
from advisoryboard.geo.names import normalise_name
from advisoryboard.i18n import N_
from advisoryboard.permissions import Permission
from advisoryboard.services.base import get_or_404, require_permission
from advisoryboard.services.projects import area_of, problem_filter, split_list
from database.enums import ProjectAreaKind
from database.models import Incident, Issue, Project, ProjectIssue

#: The legend's words for the two kinds of point (translated where shown).
IN_AREA = N_("Problem incidents in the area")
LINKED = N_("Linked community issues")
#: Room around the project's points, as a share of their extent (and at least ≈ 300 m).
MARGIN = 0.25
MIN_HALF_SPAN = 0.003


def _points(session: Session, project: Project, public: bool) -> PointLayer:
    ids = in_area_ids(session, area_of(project), problem_filter(session, project))
    lon: list[float] = []
    lat: list[float] = []
    label: list[str] = []
    category: list[str] = []
    for start in range(0, len(ids), 900):  # under SQLite's bound-parameter limit
        for x, y, number, offense in session.execute(
            select(
                Incident.longitude, Incident.latitude, Incident.incident_number, Incident.offense_description
            )
            .where(Incident.id.in_(ids[start : start + 900]), Incident.longitude.is_not(None))
            .where(Incident.latitude.is_not(None))
        ):
            lon.append(float(x or 0.0))
            lat.append(float(y or 0.0))
            label.append(f"{number} · {offense or ''}")
            category.append(IN_AREA)
    issues = select(Issue.longitude, Issue.latitude, Issue.reference, Issue.title).join(
        ProjectIssue, ProjectIssue.issue_id == Issue.id
    )
    issues = issues.where(
        ProjectIssue.project_id == project.id, Issue.longitude.is_not(None), Issue.latitude.is_not(None)
    )
    if public or not require_permission(session, Permission.READ).can(Permission.VIEW_CONFIDENTIAL):
        issues = issues.where(Issue.confidential.is_(False))
    for x, y, reference, title in session.execute(issues):
        lon.append(float(x or 0.0))
        lat.append(float(y or 0.0))
        label.append(f"{reference} · {title}")
        category.append(LINKED)
    n = len(lon)
    labels = np.empty(n, dtype=object)
    labels[:] = label
    categories = np.empty(n, dtype=object)
    categories[:] = category
    return PointLayer(
        "project", N_("Project"), np.array(lon, float), np.array(lat, float), labels, categories,
        translatable=True,
    )  # fmt: skip


def _view_box(
    layer: PointLayer, circle: tuple[float, float, float] | None, chosen: list[AreaShape]
) -> tuple[float, float, float, float] | None:
    xs = [layer.lon[np.isfinite(layer.lon)]]
    ys = [layer.lat[np.isfinite(layer.lat)]]
    if circle is not None:
        lon, lat, r = circle
        rx = r / max(math.cos(math.radians(lat)), 0.01)
        xs.append(np.array([lon - rx, lon + rx]))
        ys.append(np.array([lat - r, lat + r]))
    for shape in chosen:
        x0, y0, x1, y1 = shape.geometry.bounds
        xs.append(np.array([x0, x1]))
        ys.append(np.array([y0, y1]))
    x, y = np.concatenate(xs), np.concatenate(ys)
    if not x.size:
        return None
    cx, cy = (x.min() + x.max()) / 2, (y.min() + y.max()) / 2
    hx = max((x.max() - x.min()) / 2 * (1 + MARGIN), MIN_HALF_SPAN)
    hy = max((y.max() - y.min()) / 2 * (1 + MARGIN), MIN_HALF_SPAN)
    return (float(cx - hx), float(cy - hy), float(cx + hx), float(cy + hy))


def project_map(
    session: Session, project_id: int, *, public: bool = False, set_name: str | None = None
) -> MapData | None:
    """The project's map (its districts or circle `marked`), or None when no outlines are
    imported or nothing of the project can be placed."""
    require_permission(session, Permission.READ)
    project = get_or_404(session, Project, project_id, N_("Project"))
    try:
        info = find_set(session, set_name)
    except NotFound:
        return None
    shapes = load_areas(session, info.id)
    # The project names districts and beats; the outlines are one kind (beats: `Beat 21` = `21`).
    names = split_list(project.beats) if info.kind == "beat" else split_list(project.districts)
    wanted = {normalise_name(n, info.kind) for n in names} - {""}
    chosen = [
        s
        for s in shapes
        if project.area_kind is ProjectAreaKind.DISTRICTS
        and wanted & {normalise_name(s.board_district, info.kind), normalise_name(s.name, info.kind)}
    ]
    circle = None
    if project.area_kind is ProjectAreaKind.RADIUS and project.center_lat is not None and project.radius_m:
        radius = math.degrees(project.radius_m / EARTH_RADIUS_M)
        circle = (float(project.center_lon or 0.0), float(project.center_lat), radius)
    layer = _points(session, project, public)
    bounds = _view_box(layer, circle, chosen)
    if bounds is None:
        return None
    outlines = zoom_to(outlines_of(shapes), bounds)
    return MapData(
        info.id, info.name, outlines, bounds, {"project": layer}, tuple(s.id for s in chosen), circle, True
    )
