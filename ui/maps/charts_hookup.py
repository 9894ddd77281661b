"""The map in the Charts tab: a "Map" button shows it in place of the charts.

It covers the charts' date range; a district clicked (or a box dragged) opens the
Issues tab filtered to it. The map is built the first time it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout

if TYPE_CHECKING:
    from ui.maps.panel import MapPanel


class ChartsMap:
    """The Charts tab's map toggle and (once shown) its map panel."""

    def __init__(self, tab: Any, bar: QGridLayout, top: QVBoxLayout) -> None:
        self.tab = tab
        self.top = top
        self.panel: MapPanel | None = None
        self.button = QPushButton(QCoreApplication.translate("ChartsMap", "&Map"), tab)
        self.button.setObjectName("chartsMapButton")
        self.button.setCheckable(True)
        self.button.setToolTip(
            QCoreApplication.translate(
                "ChartsMap", "Show the issues of this range on the map instead of the charts (Ctrl+M)"
            )
        )
        self.button.toggled.connect(self.show_map)
        bar.addWidget(self.button, 0, bar.columnCount())
        QShortcut(QKeySequence("Ctrl+M"), tab, self.button.toggle)
        tab.filters.changed.connect(self._follow)
        tab.ctx.hub.changed.connect(self._changed)

    def show_map(self, on: bool) -> None:
        if on and self.panel is None:
            from ui.maps.panel import MapPanel  # pyqtgraph and shapely load on first use

            self.panel = MapPanel(self.tab.ctx, self.tab)
            self.panel.area_chosen.connect(self._open_area)
            self.panel.box_chosen.connect(lambda box: self._open({"bbox": box}))
            self.top.addWidget(self.panel, 1)
            self._follow()
        self.tab.scroll_area.setVisible(not on)
        if self.panel is not None:
            self.panel.setVisible(on)

    def _follow(self) -> None:
        f = self.tab.filters.current_filter()
        if self.panel is not None and f is not None:
            self.panel.set_filter(f.date_from, f.date_to)

    def _changed(self, areas: object) -> None:
        if self.panel is not None and isinstance(areas, frozenset) and areas & {"issues", "geo"}:
            self.panel.mark_stale()

    def _open_area(self, area_id: int, name: str) -> None:
        self._open({"area_id": area_id, "area": name})

    def _open(self, request: dict[str, object]) -> None:
        f = self.tab.filters.current_filter()
        request = {**request, "status": "all"}
        if f is not None:
            request |= {"date_from": f.date_from.isoformat(), "date_to": f.date_to.isoformat()}
        self.tab.navigate.emit("issuesTab", request)
