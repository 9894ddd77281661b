"""The map: district outlines, point layers, a hotspot layer and a time filter (offline).

Everything is drawn from a `MapData` (plain arrays from the core), with pyqtgraph: the
outlines as one curve each, each category of each layer as one ScatterPlotItem (so the
legend is the plot's own and 100 000 points paint as a handful of batched items), and
the hotspots as one path per intensity class of hexagons. No tiles, nothing fetched.

Hovering names the point under the pointer (or the district); clicking a district emits
`area_clicked`; with "Select area" on, dragging a rectangle emits `box_selected`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainterPath, QPen, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.geo.hotspots import auto_hex_size, hex_bins
from advisoryboard.geo.layers import MapData, Outline, PointLayer, circle_ring
from advisoryboard.i18n import _
from advisoryboard.services.issue_workflow import status_label
from database.enums import IssueStatus
from ui.charts import palette
from ui.common.date_range import DateRange
from ui.maps.items import MapViewBox, PointsItem

POINT_SIZE = 5
HOVER_PIXELS = 6
MAX_CATEGORIES = 7  # more share the colour "Other"
STATUS_COLOURS = {
    IssueStatus.NEW.value: palette.VERMILION,
    IssueStatus.ACKNOWLEDGED.value: palette.ORANGE,
    IssueStatus.REFERRED.value: palette.PURPLE,
    IssueStatus.IN_PROGRESS.value: palette.BLUE,
    IssueStatus.RESOLVED.value: palette.GREEN,
    IssueStatus.CLOSED_NO_ACTION.value: palette.SKY,
    IssueStatus.DUPLICATE.value: "#999999",
}
HOTSPOT_CLASSES = ("#fde0c5", "#facba6", "#f59e72", "#e8684a", "#c0392b")
LEGEND_OFFSET = 8  # pixels between the legend and the view's top right corner
LEGEND_GAP = 2 * LEGEND_OFFSET  # the room the legend takes: its size, its offset and a gap
FIT_PADDING = 0.03  # of the map's width and height, on each side


def _natural(label: str) -> tuple[object, ...]:
    """'Beat 2' before 'Beat 11': numbers compare as numbers."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in re.split(r"(\d+)", label))


def fit_beside_legend(
    bounds: tuple[float, float, float, float],
    ratio: float,
    view: tuple[float, float],
    legend: tuple[float, float],
    labels: Sequence[tuple[float, float, float, float]] = (),
) -> tuple[float, float, float, float] | None:
    """The view range (x0, x1, y0, y1) that shows the whole map as large as it can be in a
    view of `view` (width, height) pixels without going under the legend, whose box of
    `legend` (width, height) pixels sits in the top right corner.

    The map goes either left of the legend or below it, whichever lets it be larger.
    `ratio` is pixels per unit of x : of y (the view's locked aspect); `labels` are the
    outline labels (x, y, half width, half height in pixels), kept inside the room too, as
    they are drawn at a fixed size in pixels. None when the view has no size yet.
    """
    width, height = view
    lon0, lat0, lon1, lat1 = bounds
    if width <= 1 or height <= 1 or ratio <= 0:
        return None
    pad_x, pad_y = (lon1 - lon0) * FIT_PADDING, (lat1 - lat0) * FIT_PADDING
    if pad_x <= 0 or pad_y <= 0:
        return None  # a single point or a line: the plain fit copes
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    half_w, half_h = (lon1 - lon0) / 2 + pad_x, (lat1 - lat0) / 2 + pad_y
    lw, lh = legend
    rooms = [(0.0, 0.0, width, height)] if lw <= 0 or lh <= 0 else []
    if lw > 0 and lh > 0:
        if width - lw > 1:
            rooms.append((0.0, 0.0, width - lw, height))  # left of the legend
        if height - lh > 1:
            rooms.append((0.0, lh, width, height - lh))  # below it
    best: tuple[float, tuple[float, float, float, float]] | None = None
    for room in rooms:
        _x, _y, w, h = room
        # pixels per unit of y: the map's box, and each label's, within half the room each way
        scale = min(w / 2 / (half_w * ratio), h / 2 / half_h)
        for x, y, a, b in labels:
            if abs(x - cx) > 0 and w / 2 > a:
                scale = min(scale, (w / 2 - a) / (abs(x - cx) * ratio))
            if abs(y - cy) > 0 and h / 2 > b:
                scale = min(scale, (h / 2 - b) / abs(y - cy))
        if scale > 0 and (best is None or scale > best[0]):
            best = (scale, room)
    if best is None:
        return None
    scale, (x, y, w, h) = best
    x0 = cx - (x + w / 2) / (scale * ratio)
    y1 = cy + (y + h / 2) / scale  # pixels run down from the top
    return (x0, x0 + width / (scale * ratio), y1 - height / scale, y1)


class MapView(QWidget):
    #: A district was clicked: area id and its name.
    area_clicked = Signal(int, str)
    #: A rectangle was selected: (lon0, lat0, lon1, lat1).
    box_selected = Signal(object)
    #: "Every place" was chosen in the list of districts (the keyboard's way to undo a choice).
    area_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.data: MapData | None = None
        self._point_items: list[PointsItem] = []
        self._outline_items: dict[int, pg.PlotCurveItem] = {}
        self._text_items: list[pg.TextItem] = []
        self._hotspot_items: list[QGraphicsPathItem] = []
        self._marked_items: list[QGraphicsPathItem] = []
        self._area_swatch: pg.ScatterPlotItem | None = None
        self._hover_xy: np.ndarray | None = None  # visible points (lon / x_scale, lat)
        self._tree_labels: list[str] = []
        self._x_scale = 1.0
        self.selected_area: int | None = None
        self.visible_points = 0
        self._fitted = False  # the view shows the whole map (fit) and the user has not moved it
        self._fitting = False

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        self.layer_boxes: dict[str, QCheckBox] = {}
        self.controls = controls
        self.hotspots = QCheckBox(self.tr("&Hotspots"), self)
        self.hotspots.setObjectName("mapHotspots")
        self.hotspots.setAccessibleName(
            self.tr("Show hotspots (hexagons shaded by how many points they hold)")
        )
        self.hotspots.toggled.connect(self._redraw_points)
        self.colour_by = QComboBox(self)
        self.colour_by.setObjectName("mapColourBy")
        self.colour_by.setAccessibleName(self.tr("Colour issues by"))
        self.colour_by.setToolTip(self.tr("Colour issues by"))
        self.colour_by.addItem(self.tr("By status"), "status")
        self.colour_by.addItem(self.tr("By category"), "category")
        self.colour_by.currentIndexChanged.connect(self._redraw_points)
        #: The time filter (the same pair of dates as the Issues filter bar).
        self.dates = DateRange(
            self,
            ("mapDateFrom", "mapDateTo"),
            (self.tr("Points from"), self.tr("until")),
            (self.tr("Show points from"), self.tr("Show points until")),
        )
        self.dates.changed.connect(self._redraw_points)
        self.date_from, self.date_to = self.dates.date_from, self.dates.date_to
        self.select_button = QPushButton(self.tr("&Select area"), self)
        self.select_button.setObjectName("mapSelectButton")
        self.select_button.setCheckable(True)
        self.select_button.setToolTip(self.tr("Drag a rectangle on the map to list the issues inside it"))
        self.select_button.toggled.connect(self._set_selecting)
        self.fit_button = QPushButton(self.tr("&Whole map"), self)
        self.fit_button.setObjectName("mapFitButton")
        self.fit_button.clicked.connect(self.fit)
        # The districts as a list, so a district can be chosen without a mouse (as a click does).
        self.areas = QComboBox(self)
        self.areas.setObjectName("mapAreaCombo")
        self.areas.setAccessibleName(self.tr("District on the map"))
        self.areas.setToolTip(self.tr("Choose a district to list its issues, as a click on the map does"))
        self.areas.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.areas.setMinimumContentsLength(10)
        self.areas.activated.connect(self._area_picked)
        self.areas_label = QLabel(self.tr("&District:"), self)
        self.areas_label.setBuddy(self.areas)
        controls.addWidget(self.hotspots)
        controls.addWidget(self.colour_by)
        controls.addStretch(1)
        #: Selecting and the view, on a row of their own (a panel adds its own buttons here).
        self.actions_row = QHBoxLayout()
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.addWidget(self.areas_label)
        self.actions_row.addWidget(self.areas)
        self.actions_row.addWidget(self.select_button)
        self.actions_row.addWidget(self.fit_button)
        self.actions_row.addStretch(1)
        #: The time filter, on a row of its own (the panel puts the outline choice beside it).
        self.time_row = QHBoxLayout()
        self.time_row.setContentsMargins(0, 0, 0, 0)
        self.time_row.addWidget(self.dates, 1)

        self.viewbox = MapViewBox()
        self.viewbox.box_dragged.connect(self._box_dragged)
        self.viewbox.sigRangeChangedManually.connect(self._view_moved_by_user)
        self.viewbox.sigResized.connect(self._view_resized)
        self.plot = pg.PlotWidget(self, viewBox=self.viewbox, background="w")
        self.plot.setObjectName("mapPlot")
        self.plot.setAccessibleName(self.tr("Map"))
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.legend = self.plot.addLegend(
            offset=(-LEGEND_OFFSET, LEGEND_OFFSET), labelTextSize="8pt", labelTextColor="#222222"
        )
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.legend.geometryChanged.connect(self._view_resized)  # a longer legend: fit again
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.setMinimumSize(260, 220)

        self.hover = QLabel(
            self.tr("Point at a point or a district for its name; click a district to list its issues."), self
        )
        self.hover.setObjectName("mapHover")
        self.hover.setWordWrap(True)
        self.hover.setAccessibleName(self.tr("What is under the pointer"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(self.time_row)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hover)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, lambda: self.select_button.setChecked(False))

    # ------------------------------------------------------------------ data
    def show_map(self, data: MapData) -> None:
        """Draw `data` (outlines, labels, points); keeps the view if the outlines are the same."""
        same_outlines = (
            self.data is not None
            and self.data.outline_key() == data.outline_key()
            and bool(self._outline_items)
        )
        self.data = data
        lat0 = (data.bounds[1] + data.bounds[3]) / 2
        self._x_scale = 1.0 / max(math.cos(math.radians(lat0)), 0.01)
        # pixels per degree of longitude : of latitude = cos(latitude), so places keep their shape
        self.viewbox.setAspectLocked(True, ratio=1.0 / self._x_scale)
        self._sync_layer_boxes(data)
        if not same_outlines:
            self._draw_outlines(data.outlines)
            self._draw_marked(data)
            self._fill_areas(data.outlines)
        else:
            for outline in data.outlines:  # only the counts changed
                item = self._outline_items.get(outline.area_id)
                if item is not None:
                    item.setToolTip(outline.label)
        self._redraw_points()
        if not same_outlines:
            self.fit()

    def fit(self) -> None:
        """Show the whole map, beside or below the legend so that it covers no district's
        name; the view fits again when it is resized or the legend grows, until the user
        zooms, pans or picks a district."""
        if self.data is None:
            return
        if self._fitting:
            return  # measuring the legend resized it: the fit under way sees its new size
        self._fitting = True
        try:
            self._show_beside_legend(self.data.bounds, self._text_items, FIT_PADDING)
        finally:
            self._fitting = False
        self._fitted = True

    def _show_beside_legend(
        self, bounds: tuple[float, float, float, float], labels: list[pg.TextItem], padding: float
    ) -> None:
        """Show the box `bounds` (and the outline `labels`) as large as the view allows beside or
        below the legend (`fit_beside_legend`); before the view has a size, with `padding`."""
        lon0, lat0, lon1, lat1 = bounds
        size = self.viewbox.size()
        view_range = fit_beside_legend(
            bounds,
            1.0 / self._x_scale,
            (size.width(), size.height()),
            self._legend_room(),
            [(t.pos().x(), t.pos().y(), *self._label_half_size(t)) for t in labels],
        )
        if view_range is None:  # no room measured yet (not shown): the plain range
            self.viewbox.setRange(QRectF(lon0, lat0, lon1 - lon0, lat1 - lat0), padding=padding)
        else:
            x0, x1, y0, y1 = view_range
            self.viewbox.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _legend_room(self) -> tuple[float, float]:
        """The pixels the legend takes from the view's top right corner (its offset included)."""
        if not self.legend.items or not self.legend.isVisible():
            return (0.0, 0.0)
        self.legend.layout.activate()  # its rows' sizes, which Qt otherwise sets later
        self.legend.updateSize()
        rect = self.legend.boundingRect()
        return (rect.width() + LEGEND_GAP, rect.height() + LEGEND_GAP)

    @staticmethod
    def _label_half_size(text: pg.TextItem) -> tuple[float, float]:
        rect = text.textItem.boundingRect()
        return (rect.width() / 2, rect.height() / 2)

    def _view_moved_by_user(self, *_args: object) -> None:
        if not self._fitting:
            self._fitted = False

    def _view_resized(self, *_args: object) -> None:
        if self._fitted and not self._fitting:
            self.fit()

    def _sync_layer_boxes(self, data: MapData) -> None:
        self.colour_by.setVisible("issues" in data.layers)  # the other layers have one colouring
        for key, layer in data.layers.items():
            if key not in self.layer_boxes:
                box = QCheckBox(_(layer.title), self)
                box.setObjectName(f"mapLayer_{key}")
                box.setAccessibleName(self.tr("Show layer: {name}").format(name=_(layer.title)))
                # The issues show first; other layers (police incidents …) when ticked, so
                # thousands of incidents do not hide the board's own issues.
                box.setChecked(key == "issues" or "issues" not in data.layers)
                box.toggled.connect(self._redraw_points)
                self.layer_boxes[key] = box
                self.controls.insertWidget(len(self.layer_boxes) - 1, box)

    def _draw_marked(self, data: MapData) -> None:
        """A project's area: its districts (or its circle) washed in light blue under the points."""
        for item in self._marked_items:
            self.plot.removeItem(item)
        self._marked_items.clear()
        rings = [ring for o in data.outlines if o.area_id in data.marked for ring in o.rings]
        if data.circle is not None:
            rings.append(circle_ring(*data.circle))
        if not rings:
            return
        path = QPainterPath()
        for ring in rings:
            path.moveTo(QPointF(*ring[0]))
            for x, y in ring[1:]:
                path.lineTo(QPointF(float(x), float(y)))
            path.closeSubpath()
        item = QGraphicsPathItem(path)
        wash = QColor("#5a99d9")
        wash.setAlpha(60)
        item.setBrush(QBrush(wash))
        pen = QPen(QColor("#0b3d91"), 2.5)
        pen.setCosmetic(True)  # pixels, not degrees
        item.setPen(pen)
        item.setZValue(6)
        self.plot.addItem(item)
        self._marked_items.append(item)
        swatch = pg.ScatterPlotItem(symbol="s", size=10, pen=pg.mkPen("#0b3d91"), brush=pg.mkBrush(wash))
        self._area_swatch = swatch

    def _fill_areas(self, outlines: list[Outline]) -> None:
        self.areas.blockSignals(True)
        self.areas.clear()
        self.areas.addItem(self.tr("Every place"), None)
        for outline in sorted(outlines, key=lambda o: _natural(o.label)):
            self.areas.addItem(outline.label, outline.area_id)
        self.areas.setCurrentIndex(max(self.areas.findData(self.selected_area), 0))
        self.areas.setEnabled(bool(outlines))
        self.areas.blockSignals(False)

    def _area_picked(self, index: int) -> None:
        area_id = self.areas.itemData(index)
        if area_id is None:
            self.highlight(None)
            self.area_cleared.emit()
            return
        self.choose_area(int(area_id))

    def choose_area(self, area_id: int) -> None:
        """Choose a district as a click on it does: highlight it, zoom to it, say so."""
        label = self.data.area_label(area_id) if self.data is not None else ""
        self.highlight(area_id)
        outline = next((o for o in self.data.outlines if o.area_id == area_id), None) if self.data else None
        if outline is not None and outline.rings:
            xy = np.concatenate(outline.rings)
            lon0, lat0 = xy.min(axis=0)
            lon1, lat1 = xy.max(axis=0)
            self._fitted = False  # the district stays in view
            # Beside or below the legend too, so the chosen district and its name are not under it.
            own = [t for t in self._text_items if t.toPlainText() == label]
            self._show_beside_legend((float(lon0), float(lat0), float(lon1), float(lat1)), own, 0.2)
        self.area_clicked.emit(area_id, label)

    def _draw_outlines(self, outlines: list[Outline]) -> None:
        for item in [*self._outline_items.values(), *self._text_items]:
            self.plot.removeItem(item)
        self._outline_items.clear()
        self._text_items.clear()
        pen = pg.mkPen("#555555", width=1.2)
        for outline in outlines:
            parts = [np.vstack([ring, [np.nan, np.nan]]) for ring in outline.rings]
            xy = np.concatenate(parts) if parts else np.zeros((0, 2))
            curve = pg.PlotCurveItem(xy[:, 0], xy[:, 1], pen=pen, connect="finite", antialias=True)
            curve.setZValue(5)
            self.plot.addItem(curve)
            self._outline_items[outline.area_id] = curve
        if len(outlines) <= 60:  # beats (hundreds) would be a wall of text: hover names them
            for outline in outlines:
                text = pg.TextItem(
                    outline.label, color="#222222", anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 170)
                )
                text.setPos(*outline.label_at)
                text.setZValue(20)  # above the points and hotspots
                self.plot.addItem(text)
                self._text_items.append(text)

    # ------------------------------------------------------------------ points
    def visible_mask(self, layer: PointLayer) -> np.ndarray:
        """The points of `layer` the time filter keeps."""
        mask = np.isfinite(layer.lon) & np.isfinite(layer.lat)
        start, end = self.dates.span()
        if layer.when is not None and (start or end):
            if start:
                mask &= layer.when >= np.datetime64(start, "D")
            if end:
                mask &= layer.when <= np.datetime64(end, "D")
        return mask

    def _legend_name(self, layer: PointLayer, colour_by: str, value: str) -> str:
        if layer.key == "issues" and colour_by == "status" and value in STATUS_COLOURS:
            return status_label(IssueStatus(value))
        if value and layer.translatable:
            return _(value)
        return value or self.tr("(no category)")

    def _redraw_points(self, *_args: object) -> None:
        for item in self._point_items:
            self.plot.removeItem(item)
        for path in self._hotspot_items:
            self.plot.removeItem(path)
        self._point_items.clear()
        self._hotspot_items.clear()
        self.legend.clear()
        if self.data is None:
            return
        if self._marked_items and self._area_swatch is not None:
            self.legend.addItem(self._area_swatch, self.tr("The project's area"))
        colour_by = self.colour_by.currentData() or "status"
        xs: list[np.ndarray] = []
        ys: list[np.ndarray] = []
        labels: list[np.ndarray] = []
        colours = iter(palette.SERIES * 4)
        shapes = iter(["o", "s", "t", "d"])
        for key, layer in self.data.layers.items():
            box = self.layer_boxes.get(key)
            if box is not None and not box.isChecked():
                continue
            mask = self.visible_mask(layer)
            category = layer.colourings.get(colour_by, layer.category) if key == "issues" else layer.category
            values = category[mask].astype(str)
            x, y = layer.lon[mask], layer.lat[mask]
            xs.append(x)
            ys.append(y)
            labels.append(layer.label[mask])
            names, counts = (
                np.unique(values, return_counts=True) if values.size else (np.array([]), np.array([]))
            )
            order = [str(n) for n in names[np.argsort(-counts, kind="stable")]]
            shown, rest = order[:MAX_CATEGORIES], order[MAX_CATEGORIES:]
            symbol = next(shapes, "o")
            for value in shown:
                pick = values == value
                self._add_scatter(
                    x[pick],
                    y[pick],
                    self._colour(key, colour_by, value, colours),
                    symbol,
                    f"{self._legend_name(layer, colour_by, value)} ({int(pick.sum())})",
                )
            if rest:
                pick = np.isin(values, rest)
                self._add_scatter(
                    x[pick], y[pick], "#777777", symbol, self.tr("Other ({n})").format(n=int(pick.sum()))
                )
        x_all = np.concatenate(xs) if xs else np.zeros(0)
        y_all = np.concatenate(ys) if ys else np.zeros(0)
        self.visible_points = int(x_all.size)
        self._hover_xy = np.column_stack([x_all / self._x_scale, y_all]) if x_all.size else None
        self._tree_labels = [str(v) for v in np.concatenate(labels)] if labels else []
        if self.hotspots.isChecked() and x_all.size:
            self._draw_hotspots(x_all, y_all)
        if self._fitted:
            self.fit()  # the legend may have grown: keep it off the map

    def _colour(self, key: str, colour_by: str, value: str, colours: Any) -> str:
        if key == "issues" and colour_by == "status" and value in STATUS_COLOURS:
            return STATUS_COLOURS[value]
        return str(next(colours))

    def _add_scatter(self, x: np.ndarray, y: np.ndarray, colour: str, symbol: str, name: str) -> None:
        item = PointsItem(x, y, colour, POINT_SIZE, square=symbol != "o")
        item.setZValue(10)
        self.plot.addItem(item)
        self._point_items.append(item)
        swatch = pg.ScatterPlotItem(symbol=symbol, size=8, pen=None, brush=pg.mkBrush(colour))
        self.legend.addItem(swatch, name)

    def _draw_hotspots(self, x: np.ndarray, y: np.ndarray) -> None:
        assert self.data is not None
        bins = hex_bins(x, y, auto_hex_size(self.data.bounds), min_count=2)
        if not bins.count.size:
            return
        edges = np.quantile(bins.count, [0.5, 0.75, 0.9, 0.97])
        classes = np.searchsorted(edges, bins.count, side="right")
        for level, colour in enumerate(HOTSPOT_CLASSES):
            if level < 2:
                continue  # only the busiest quarter of the hexagons counts as a hotspot
            members = np.flatnonzero(classes == level)
            if not members.size:
                continue
            path = QPainterPath()
            for index in members:
                corners = bins.corners(int(index))
                path.moveTo(QPointF(*corners[0]))
                for corner in corners[1:]:
                    path.lineTo(QPointF(*corner))
                path.closeSubpath()
            item = QGraphicsPathItem(path)
            colour_ = QColor(colour)
            colour_.setAlpha(170)
            item.setBrush(QBrush(colour_))
            item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setZValue(12)  # over the dots: where they pile up is the point of this layer
            self.plot.addItem(item)
            self._hotspot_items.append(item)
        low = int(bins.count[classes >= 2].min()) if (classes >= 2).any() else int(bins.count.max())
        swatch = pg.ScatterPlotItem(symbol="h", size=12, pen=None, brush=pg.mkBrush(HOTSPOT_CLASSES[-1]))
        self.legend.addItem(swatch, self.tr("Hotspot: {n} or more points").format(n=low))

    # ------------------------------------------------------------------ pointer
    def _view_pos(self, scene_pos: QPointF) -> QPointF | None:
        if not self.viewbox.sceneBoundingRect().contains(scene_pos):
            return None
        return self.viewbox.mapSceneToView(scene_pos)

    def point_at(self, lon: float, lat: float, pixels: float = HOVER_PIXELS) -> str | None:
        """The label of the nearest visible point within `pixels` of (lon, lat)."""
        if self._hover_xy is None:
            return None
        px, py = self.viewbox.viewPixelSize()
        radius = pixels * max(py, px / self._x_scale)
        x, y = lon / self._x_scale, lat
        near = np.flatnonzero(
            (np.abs(self._hover_xy[:, 0] - x) <= radius) & (np.abs(self._hover_xy[:, 1] - y) <= radius)
        )
        if not near.size:
            return None
        distance = np.hypot(self._hover_xy[near, 0] - x, self._hover_xy[near, 1] - y)
        best = int(np.argmin(distance))
        return self._tree_labels[int(near[best])] if distance[best] <= radius else None

    def describe(self, lon: float, lat: float) -> str:
        label = self.point_at(lon, lat)
        if label is not None:
            return label
        area = self.data.area_at(lon, lat) if self.data is not None else None
        if area is not None:
            return self.tr("{name}: {n} issues — click to list them").format(name=area.label, n=area.issues)
        return ""

    def _hover(self, scene_pos: QPointF) -> None:
        pos = self._view_pos(scene_pos)
        text = self.describe(pos.x(), pos.y()) if pos is not None else ""
        if text:
            self.hover.setText(text)
        self.plot.setToolTip(text)

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.viewbox.selecting:
            return
        pos = self._view_pos(event.scenePos())
        if pos is not None:
            self.click_at(pos.x(), pos.y())

    def click_at(self, lon: float, lat: float) -> None:
        """What a click at (lon, lat) does: choose the district there."""
        area = self.data.area_at(lon, lat) if self.data is not None else None
        if area is None:
            return
        self.highlight(area.area_id)
        self.area_clicked.emit(area.area_id, area.label)  # the view stays: the user chose by pointing

    def highlight(self, area_id: int | None) -> None:
        for key, item in self._outline_items.items():
            chosen = key == area_id
            item.setPen(pg.mkPen("#0b3d91" if chosen else "#555555", width=3 if chosen else 1.2))
            item.setZValue(7 if chosen else 5)
        self.selected_area = area_id
        self.areas.blockSignals(True)
        self.areas.setCurrentIndex(max(self.areas.findData(area_id), 0))
        self.areas.blockSignals(False)

    def _set_selecting(self, on: bool) -> None:
        self.viewbox.selecting = on
        self.hover.setText(
            self.tr("Drag a rectangle to list the issues inside it (Esc: stop selecting).")
            if on
            else self.tr("Point at a point or a district for its name; click a district to list its issues.")
        )

    def _box_dragged(self, lon0: float, lat0: float, lon1: float, lat1: float) -> None:
        self.select_button.setChecked(False)
        if lon1 - lon0 > 0 and lat1 - lat0 > 0:
            self.highlight(None)
            self.box_selected.emit((lon0, lat0, lon1, lat1))
