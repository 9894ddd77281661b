"""The map in the Charts tab: same date range as the charts; a district click lists its issues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QVBoxLayout

from ui.maps.panel import MapPanel
from ui.tabbase import BoardTab

MAP_HEIGHT = 460


def add_map(tab: BoardTab, grid: QGridLayout, row: int) -> MapPanel:
    """Put a map across the charts grid at `row`, following the tab's date range."""
    box = QGroupBox(QCoreApplication.translate("ChartsMap", "Map of issues reported in the range"))
    box.setObjectName("chartsMapBox")
    panel = MapPanel(tab.ctx, box)
    panel.setMinimumHeight(MAP_HEIGHT)
    QVBoxLayout(box).addWidget(panel)
    grid.addWidget(box, row, 0, 1, 2)
    filters = getattr(tab, "filters", None)

    def follow() -> None:
        f = filters.current_filter() if filters is not None else None
        if f is not None:
            panel.set_filter(f.date_from, f.date_to)

    def open_area(area_id: int, name: str) -> None:
        f = filters.current_filter() if filters is not None else None
        request: dict[str, object] = {"area_id": area_id, "area": name, "status": "all"}
        if f is not None:
            request |= {"date_from": f.date_from.isoformat(), "date_to": f.date_to.isoformat()}
        tab.navigate.emit("issuesTab", request)

    def open_box(bbox: object) -> None:
        f = filters.current_filter() if filters is not None else None
        request: dict[str, object] = {"bbox": bbox, "status": "all"}
        if f is not None:
            request |= {"date_from": f.date_from.isoformat(), "date_to": f.date_to.isoformat()}
        tab.navigate.emit("issuesTab", request)

    if filters is not None:
        filters.changed.connect(follow)
    tab.ctx.hub.changed.connect(lambda areas: panel.mark_stale() if {"issues", "geo"} & set(areas) else None)
    panel.area_chosen.connect(open_area)
    panel.box_chosen.connect(open_box)
    follow()
    return panel
