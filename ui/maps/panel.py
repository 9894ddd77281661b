"""A map that loads itself: picks a set of outlines, reads the layers off the GUI thread.

Tabs embed a `MapPanel` and listen to `area_chosen` / `box_chosen`; the panel refreshes
when it is shown after a change (`mark_stale`), never while hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from advisoryboard.geo.boundaries import BoundaryImport, boundary_sets
from advisoryboard.geo.issues import has_pending, place_pending
from advisoryboard.geo.layers import MapData, MapFilter, load_map
from advisoryboard.permissions import Permission
from ui.context import AppContext
from ui.maps.view import MapView
from ui.operations import ChangeOp, DbSession, QueryOp

#: Reads what a map shows: (session, filter) -> MapData, or None when there is nothing to draw.
Loader = Callable[[DbSession, MapFilter], MapData | None]


class MapPanel(QWidget):
    #: A district was clicked: (area id, name).
    area_chosen = Signal(int, str)
    #: A rectangle was selected: (lon0, lat0, lon1, lat1).
    box_chosen = Signal(object)
    #: "Every place" was chosen in the list of districts.
    area_cleared = Signal()
    #: The map was drawn with fresh data.
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, loader: Loader | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: What the map shows (default: the board's layers); a project's map passes its own.
        self.loader: Loader = loader or load_map
        self.empty_text = self.tr(
            "No outlines yet: import the city's districts with “advisoryboard import boundaries FILE”."
        )
        self.setObjectName("mapPanel")
        self.filter = MapFilter()
        self._stale = True
        self._generation = 0
        self._placing = False
        self.imported_text = ""  # the last import's summary, shown once with the map
        self.import_error = ""  # the last import's failure, shown until the next import
        self.sets = QComboBox(self)
        self.sets.setObjectName("mapSetCombo")
        self.sets.setAccessibleName(self.tr("Outlines shown"))
        self.sets.setToolTip(self.tr("Outlines shown"))
        self.sets.setMinimumContentsLength(11)  # its tooltip and accessible name say what it is
        self.sets.activated.connect(lambda _i: self.refresh())
        self.message = QLabel(self)
        self.message.setObjectName("mapMessage")
        self.message.setWordWrap(True)
        self.view = MapView(self)
        self.view.area_clicked.connect(self.area_chosen)
        self.view.box_selected.connect(self.box_chosen)
        self.view.area_cleared.connect(self.area_cleared)
        self.view.time_row.addWidget(self.sets)
        self.import_button = QPushButton(self.tr("Import o&utlines…"), self)
        self.import_button.setObjectName("mapImportButton")
        self.import_button.setToolTip(
            self.tr("Import the city's district, beat or precinct outlines (GeoJSON)")
        )
        self.import_button.setEnabled(ctx.can(Permission.IMPORT_DATA))
        self.import_button.clicked.connect(self.import_outlines)
        self.view.actions_row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def set_filter(self, date_from: dt.date | None, date_to: dt.date | None, status: str = "all") -> None:
        """Show only what was reported in this range (the Charts tab's range), with this status."""
        new = MapFilter(date_from=date_from, date_to=date_to, status=status)
        if new != self.filter:
            self.filter = new
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        chosen = self.sets.currentData()
        flt = MapFilter(self.filter.date_from, self.filter.date_to, self.filter.status, set_name=chosen)
        self._say(self.tr("Loading the map…"))

        loader = self.loader

        def read(session: DbSession) -> tuple[bool, list[str], MapData]:
            data = loader(session, flt) or MapData(None, flt.set_name or "", [], (-1.0, -1.0, 1.0, 1.0))
            return has_pending(session), [s.name for s in boundary_sets(session)], data

        QueryOp(self, self.ctx, read).show_errors_in(self.message).success(
            lambda result: self._show(generation, result)
        ).run_in_background()

    def import_outlines(self) -> None:
        from ui.maps.import_outlines import OutlineImport

        def done(result: BoundaryImport) -> None:
            self.filter = MapFilter(self.filter.date_from, self.filter.date_to, self.filter.status)
            self.sets.addItem(result.set_name, result.set_name)
            self.sets.setCurrentIndex(self.sets.findData(result.set_name))
            self.imported_text = result.summary()
            self.refresh()

        def failed(text: str) -> None:
            # Kept until the next import: a map reload (another PC's save, placing new
            # issues) must not wipe the reason before the user has read it.
            self.import_error = text

        self.import_error = ""
        OutlineImport.start(self, self.ctx, self.message, done, failed)

    def _place_pending(self) -> None:
        """Place issues added or moved since the last placement (the "geo" notice then reloads)."""
        if self._placing:
            return
        self._placing = True

        def done(_placed: object) -> None:
            self._placing = False

        ChangeOp(self, self.ctx, place_pending).show_errors_in(self.message).success(done).failure(
            lambda _exc: done(None)
        ).run_in_background()

    def _say(self, text: str) -> None:
        self.message.setText(f"{self.import_error}\n{text}" if self.import_error else text)

    def _show(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        assert isinstance(result, tuple)
        pending: bool = result[0]
        names: list[str] = result[1]
        data: MapData = result[2]
        if pending:
            self._place_pending()
        self.sets.blockSignals(True)
        self.sets.clear()
        for name in names:
            self.sets.addItem(name, name)
        self.sets.setCurrentIndex(max(self.sets.findData(data.set_name), 0))
        self.sets.blockSignals(False)
        self.view.show_map(data)
        if not data.outlines:
            self._say(self.empty_text)
        else:
            shown = self.tr("%Ln point(s) shown.", "", self.view.visible_points)
            self._say(f"{self.imported_text} {shown}".strip())
            self.imported_text = ""
        self.loaded.emit()
