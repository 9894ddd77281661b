"""Graphics items of the map: a fast dot layer and a view box with rubber-band selection."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap


class PointsItem(pg.GraphicsObject):
    """Many same-coloured dots, painted as fragments of one pre-rendered dot pixmap.

    pyqtgraph's ScatterPlotItem keeps a record per point and takes most of a second to
    build for 100 000 points; a map's dots need no per-point style, so the points are
    kept as two arrays, mapped to the device in numpy and drawn in one
    `drawPixmapFragments` call (what ScatterPlotItem does when it paints).
    """

    def __init__(self, x: np.ndarray, y: np.ndarray, colour: str, size: int, square: bool = False) -> None:
        super().__init__()
        self.x = np.ascontiguousarray(x, dtype=float)
        self.y = np.ascontiguousarray(y, dtype=float)
        self.count = int(self.x.size)
        self.size = size
        self._dot = self._render_dot(colour, size, square)
        self._fragments = pg.Qt.internals.PrimitiveArray(QPainter.PixmapFragment, 10)
        if self.count:
            w, h = float(np.ptp(self.x)), float(np.ptp(self.y))
            self._rect = QRectF(
                float(self.x.min()) - w * 0.01 - 1e-6,
                float(self.y.min()) - h * 0.01 - 1e-6,
                w * 1.02 + 2e-6,
                h * 1.02 + 2e-6,
            )
        else:
            self._rect = QRectF()

    @staticmethod
    def _render_dot(colour: str, size: int, square: bool) -> QPixmap:
        pixmap = QPixmap(size + 2, size + 2)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        if square:
            painter.drawRect(QRectF(1, 1, size, size))
        else:
            painter.drawEllipse(QRectF(1, 1, size, size))
        painter.end()
        return pixmap

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: Any, *_args: Any) -> None:
        if not self.count:
            return
        t = painter.transform()
        px = t.m11() * self.x + t.m21() * self.y + t.dx()
        py = t.m12() * self.x + t.m22() * self.y + t.dy()
        device = painter.device()
        keep = (px > -10) & (py > -10) & (px < device.width() + 10) & (py < device.height() + 10)
        n = int(keep.sum())
        if not n:
            return
        painter.resetTransform()
        self._fragments.resize(n)
        frags = self._fragments.ndarray()
        frags[:, 0] = px[keep]
        frags[:, 1] = py[keep]
        side = float(self.size + 2)
        frags[:, 2:6] = [0.0, 0.0, side, side]  # the whole dot pixmap
        frags[:, 6:10] = [1.0, 1.0, 0.0, 1.0]  # scale x, scale y, rotation, opacity
        painter.drawPixmapFragments(*self._fragments.drawargs(), self._dot)


class MapViewBox(pg.ViewBox):
    """A view box whose left drag selects a rectangle (instead of panning) when asked."""

    box_dragged = Signal(float, float, float, float)

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.selecting = False

    def mouseDragEvent(self, ev: Any, axis: Any = None) -> None:
        if not self.selecting or ev.button() != Qt.MouseButton.LeftButton:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        if ev.isFinish():
            self.rbScaleBox.hide()
            p0 = self.mapToView(ev.buttonDownPos())
            p1 = self.mapToView(ev.pos())
            self.box_dragged.emit(
                min(p0.x(), p1.x()), min(p0.y(), p1.y()), max(p0.x(), p1.x()), max(p0.y(), p1.y())
            )
        else:
            self.updateScaleBox(ev.buttonDownPos(), ev.pos())
