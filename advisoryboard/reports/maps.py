"""Maps on paper: district outlines, points or hotspots and a legend, with reportlab graphics.

A printed map is public: confidential issues are left out, and points carry no labels.
Longitude is scaled by cos(latitude) so districts keep their shape. With many points the
hotspots (hex bins, advisoryboard.geo.hotspots) say more than dots, so beyond
`DOTS_MAX` points only the hotspots are drawn.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from typing import Any

import numpy as np
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Circle, Drawing, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether
from sqlalchemy.orm import Session

from advisoryboard.geo.hotspots import auto_hex_size, hex_bins
from advisoryboard.geo.layers import (
    MapData,
    MapFilter,
    PointLayer,
    circle_ring,
    load_map,
    load_printed_issue_map,
    points_box,
    zoom_to,
)
from advisoryboard.reports.bilingual import one_line
from advisoryboard.reports.fonts import BODY, BOLD, register_fonts
from advisoryboard.reports.labels import label
from advisoryboard.reports.layout import CONTENT_WIDTH, Translator, empty_note, fixed, styles
from database.enums import IssueStatus

#: The annual summary's data (reports/annual_data.AnnualData); not imported, as that module
#: imports this one.
AnnualData = Any

DOTS_MAX = 4000
OUTLINE = colors.HexColor("#555555")
LAND = colors.HexColor("#f4f6f8")
#: The same status colours as the screen map (Okabe–Ito).
STATUS_COLOURS = {
    IssueStatus.NEW: "#D55E00",
    IssueStatus.ACKNOWLEDGED: "#E69F00",
    IssueStatus.REFERRED: "#CC79A7",
    IssueStatus.IN_PROGRESS: "#0072B2",
    IssueStatus.RESOLVED: "#009E73",
    IssueStatus.CLOSED_NO_ACTION: "#56B4E9",
    IssueStatus.DUPLICATE: "#999999",
}
HOTSPOT_CLASSES = ("#fde0c5", "#facba6", "#f59e72", "#e8684a", "#c0392b")
#: A project's area: a light blue wash under the hotspots and a darker line.
AREA = colors.Color(0.35, 0.6, 0.85, alpha=0.22)
AREA_LINE = colors.HexColor("#0b3d91")


class _Projection:
    """lon/lat → points on the drawing, keeping the aspect of the ground."""

    def __init__(
        self, bounds: tuple[float, float, float, float], x: float, y: float, w: float, h: float
    ) -> None:
        lon0, lat0, lon1, lat1 = bounds
        self.x_scale = 1.0 / max(math.cos(math.radians((lat0 + lat1) / 2)), 0.01)
        ground_w = max((lon1 - lon0) / self.x_scale, 1e-9)
        ground_h = max(lat1 - lat0, 1e-9)
        self.k = min(w / ground_w, h / ground_h)
        self.ox = x + (w - ground_w * self.k) / 2 - lon0 / self.x_scale * self.k
        self.oy = y + (h - ground_h * self.k) / 2 - lat0 * self.k

    def xy(self, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.ox + lon / self.x_scale * self.k, self.oy + lat * self.k


def _polygon(proj: _Projection, ring: np.ndarray, **style: object) -> Polygon:
    x, y = proj.xy(ring[:, 0], ring[:, 1])
    return Polygon(np.column_stack([x, y]).ravel().tolist(), **style)


def _inside(layer: PointLayer, bounds: tuple[float, float, float, float]) -> PointLayer:
    lon0, lat0, lon1, lat1 = bounds
    keep = (layer.lon >= lon0) & (layer.lon <= lon1) & (layer.lat >= lat0) & (layer.lat <= lat1)
    if keep.all():
        return layer
    return replace(
        layer,
        lon=layer.lon[keep],
        lat=layer.lat[keep],
        label=layer.label[keep],
        category=layer.category[keep],
        when=None if layer.when is None else layer.when[keep],
        ids=None if layer.ids is None else layer.ids[keep],
        colourings={k: v[keep] for k, v in layer.colourings.items()},
    )


def map_drawing(
    data: MapData,
    title: str,
    width: float,
    _: Translator,
    height: float = 130 * mm,
    layer_key: str = "issues",
) -> Drawing:
    """The map of `data`: outlines with names, hotspots and points of one layer, a legend.

    Issues are coloured by status; another layer (incidents, events) by its categories,
    the most common first (the crime handout passes `layer_key="incidents"`). The data's
    `marked` areas and `circle` are shaded as "the area" (a problem-solving project's)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, one_line(title), fontName=BOLD, fontSize=10))
    # A wide, low box (the room left on a handout) puts the legend in a column beside the
    # map; otherwise four rows in two columns under it (long bilingual names fit).
    beside = width > 2.6 * height
    legend_h = 0.0 if beside else 52.0
    map_w, map_h = (width * 0.5 if beside else width), height - 18 - legend_h
    proj = _Projection(data.bounds, 0, legend_h, map_w, map_h)
    (fx0, fx1), (fy0, fy1) = proj.xy(np.array(data.bounds[::2]), np.array(data.bounds[1::2]))
    fx0, fy0 = max(float(fx0) - 3, 0.0), max(float(fy0) - 3, legend_h)  # a little room, inside the box
    fx1, fy1 = min(float(fx1) + 3, map_w), min(float(fy1) + 3, legend_h + map_h)
    drawing.add(Rect(fx0, fy0, fx1 - fx0, fy1 - fy0, fillColor=None, strokeColor=colors.lightgrey))
    rings = [ring for outline in data.outlines for ring in outline.rings]
    for ring in rings:
        drawing.add(_polygon(proj, ring, fillColor=LAND, strokeColor=None, strokeWidth=0))
    pairs: list[tuple[colors.Color, str]] = []
    area_rings = [ring for o in data.outlines if o.area_id in data.marked for ring in o.rings]
    if data.circle is not None:
        area_rings.append(circle_ring(*data.circle))
    for ring in area_rings:
        drawing.add(_polygon(proj, ring, fillColor=AREA, strokeColor=AREA_LINE, strokeWidth=1.4))
    if area_rings:
        pairs.append((AREA, one_line(_("The project's area"))))
    layer = data.layers.get(layer_key) or next(iter(data.layers.values()), None)
    if layer is not None:
        layer = _inside(layer, data.bounds)  # a zoomed map draws nothing past its frame
    if layer is not None and len(layer):
        pairs += _hotspots(drawing, proj, data, layer, _)
    for ring in rings:
        drawing.add(_polygon(proj, ring, fillColor=None, strokeColor=OUTLINE, strokeWidth=0.6))
    for ring in area_rings:
        drawing.add(_polygon(proj, ring, fillColor=None, strokeColor=AREA_LINE, strokeWidth=1.4))
    if layer is not None and 0 < len(layer) <= DOTS_MAX:
        x, y = proj.xy(layer.lon, layer.lat)
        values = layer.category.astype(str)
        for value, colour, name in _categories(layer, values, _):
            pick = values == value if value is not None else ~np.isin(values, list(_shown(layer, values)))
            for px, py in zip(x[pick], y[pick], strict=True):
                drawing.add(Circle(float(px), float(py), 0.9, fillColor=colour, strokeColor=None))
            pairs.append((colour, f"{name} ({int(pick.sum())})"))
    if len(data.outlines) <= (40 if map_h >= 60 * mm else 8):  # a small map: names would pile up
        for outline in data.outlines:
            x, y = proj.xy(np.array([outline.label_at[0]]), np.array([outline.label_at[1]]))
            drawing.add(
                String(
                    float(x[0]), float(y[0]), outline.label, fontName=BOLD, fontSize=6.5, textAnchor="middle"
                )
            )
    if pairs:
        legend = Legend()
        legend.x, legend.y = (map_w + 10, map_h - 4) if beside else (2, legend_h - 7)
        legend.fontName = BODY
        legend.fontSize = 7.5
        legend.alignment = "right"
        legend.columnMaximum = max(int(map_h // 10), 1) if beside else 4
        legend.dx = legend.dy = 6
        legend.deltay = 10
        legend.deltax = width / 2 if not beside else (width - map_w) / 2
        legend.colorNamePairs = pairs
        drawing.add(legend)
    return drawing


OTHER_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442")


def _shown(layer: PointLayer, values: np.ndarray) -> list[str]:
    if layer.key == "issues":
        return [s.value for s in IssueStatus if (values == s.value).any()]
    return layer.categories()[: len(OTHER_COLOURS)]


def _categories(
    layer: PointLayer, values: np.ndarray, _: Translator
) -> list[tuple[str | None, colors.Color, str]]:
    """(category value or None for "other", colour, legend name) in legend order."""
    if layer.key == "issues":
        return [
            (s.value, colors.HexColor(STATUS_COLOURS[s]), one_line(label(s, _)))
            for s in IssueStatus
            if (values == s.value).any()
        ]
    shown = _shown(layer, values)
    result: list[tuple[str | None, colors.Color, str]] = [
        (v, colors.HexColor(c), one_line(_(v)) if layer.translatable and v else v)
        for v, c in zip(shown, OTHER_COLOURS, strict=False)
    ]
    if len(set(values.tolist())) > len(shown):
        result.append((None, colors.HexColor("#777777"), one_line(_("Other"))))
    return result


def _hotspots(
    drawing: Drawing, proj: _Projection, data: MapData, layer: PointLayer, _: Translator
) -> list[tuple[colors.Color, str]]:
    """Hexagons holding more points than the median hexagon, shaded by count class."""
    bins = hex_bins(layer.lon, layer.lat, auto_hex_size(data.bounds, across=30), min_count=2)
    if not bins.count.size:
        return []
    edges = np.quantile(bins.count, [0.5, 0.75, 0.9, 0.97])
    classes = np.searchsorted(edges, bins.count, side="right")
    shades = [colors.HexColor(shade) for shade in HOTSPOT_CLASSES]
    shaded = np.flatnonzero(classes >= 1)
    for index, corners in zip(shaded.tolist(), bins.corners_of(shaded), strict=True):
        colour = shades[int(classes[index])]
        drawing.add(_polygon(proj, corners, fillColor=colour, strokeColor=None, strokeWidth=0))
    top = int(classes.max())
    drawn = classes >= 1
    least = int(bins.count[drawn].min()) if drawn.any() else int(bins.count.max())
    words = {
        "issues": _("Hotspot: {n} or more issues"),
        "incidents": _("Hotspot: {n} or more incidents"),
    }.get(layer.key, _("Hotspot: {n} or more points"))
    return [(colors.HexColor(HOTSPOT_CLASSES[top]), one_line(words.format(n=least)))]


def load_printed_map(
    session: Session, date_from: dt.date | None, date_to: dt.date | None, status: str = "all"
) -> MapData | None:
    """The public map of the issues reported in the range, or None without outlines."""
    data = load_printed_issue_map(session, MapFilter(date_from, date_to, status, public=True))
    return data if data.outlines else None


def map_section(data: MapData | None, title: str, _: Translator) -> list[Flowable]:
    """A heading and the map, or a note saying how to get one."""
    heading = fixed(_("Map"), styles().h2)
    if data is None:
        return [heading, empty_note(_("No district outlines have been imported, so there is no map."))]
    return [
        KeepTogether(
            [
                heading,
                map_drawing(data, title, CONTENT_WIDTH, _),
                empty_note(
                    _(
                        "Issues reported in the period at their recorded coordinates, on the outlines "
                        "{name!r}; hexagons shade where they cluster. Confidential issues are left out."
                    ).format(name=data.set_name)
                ),
            ]
        )
    ]


# ------------------------------------------------------------------ the annual summary
def load_annual_map(session: Session, data: AnnualData) -> None:
    """Annual-summary step: the map of the issues reported in the period (`data.issue_map`)."""
    data.issue_map = load_printed_map(session, data.period.start, data.period.end)


def annual_map(data: AnnualData, _: Translator) -> list[Flowable]:
    """Annual-summary section: the map (after the issue tables)."""
    return map_section(data.issue_map, _("Where issues were reported"), _)


# ------------------------------------------------------------------ a map in the room left
class RoomMap(Flowable):
    """A map as tall as the room left on the page (up to `most`), or nothing below `least`.

    The one-page crime handout has tables of varying length: the map takes what they
    leave, and is left out rather than pushing the handout onto a second page."""

    def __init__(
        self, data: MapData, title: str, _: Translator, least: float, most: float, **drawing: Any
    ) -> None:
        super().__init__()
        self.data, self.title, self._ = data, title, _
        self.least, self.most, self.options = least, most, drawing
        self.drawing: Drawing | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        height = min(avail_height, self.most)
        if height < self.least:
            self.drawing = None
            return avail_width, 0
        self.drawing = map_drawing(self.data, self.title, avail_width, self._, height=height, **self.options)
        return avail_width, height

    def draw(self) -> None:
        if self.drawing is not None:
            self.drawing.drawOn(self.canv, 0, 0)


# ------------------------------------------------------------------ the crime-trends handout
def load_incident_map(session: Session, date_from: dt.date, date_to: dt.date) -> MapData | None:
    """The police incidents of the range on the outlines, or None without outlines or incidents."""
    data = load_map(session, MapFilter(date_from, date_to, public=True), ("incidents",))
    layer = data.layers.get("incidents")
    bounds = points_box(layer) if layer is not None else None
    if not data.outlines or bounds is None:
        return None
    return replace(data, outlines=zoom_to(data.outlines, bounds), bounds=bounds)  # where they happened


def incident_map(data: MapData | None, title: str, _: Translator) -> list[Flowable]:
    """The handout's map in the room the tables left (nothing without outlines)."""
    if data is None:
        return []
    return [RoomMap(data, title, _, least=38 * mm, most=110 * mm, layer_key="incidents")]


# ------------------------------------------------------------------ the project report
def project_map_section(project: MapData | None, _: Translator) -> list[Flowable]:
    """The project report's map (advisoryboard.geo.project_map), or a note."""
    heading = fixed(_("Map"), styles().h2)
    if project is None:
        return [
            heading,
            empty_note(
                _("No district outlines have been imported, or nothing of the project has coordinates.")
            ),
        ]
    return [
        KeepTogether(
            [
                heading,
                map_drawing(
                    project,
                    _("The project's area"),
                    CONTENT_WIDTH,
                    _,
                    height=110 * mm,
                    layer_key="project",
                ),
                empty_note(
                    _(
                        "The problem's incidents in the area and the linked community issues at their "
                        "recorded coordinates, on the outlines {name!r}. Confidential issues are left out."
                    ).format(name=project.set_name)
                ),
            ]
        )
    ]
