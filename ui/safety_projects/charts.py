"""The Safety tab's charts (pyqtgraph): trend lines with the response start marked,
before/after bars, and the incident mix by category."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

AREA = "#2f6690"
BUFFER = "#9aa5b1"
AFTER = "#d98c2b"
MARK = "#b22222"


class ChartBox(QWidget):
    """A title, a plot, and a message instead of the plot when there is nothing to draw."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel(title, self)
        self.title.setStyleSheet("font-weight: bold;")
        # The plot is made when there is something to draw (`plot`): four pyqtgraph plots
        # (≈ 0.1 s) are not built at the tab's first show for pages and data not shown yet.
        self._plot: pg.PlotWidget | None = None
        self.empty = QLabel(self.tr("Nothing to show yet."), self)
        self.empty.setObjectName(name + "Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.setMinimumHeight(150)
        self.stack.setCurrentWidget(self.empty)  # until there is something to draw
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.legend: pg.LegendItem | None = None

    @property
    def plot(self) -> pg.PlotWidget:
        """The chart's pyqtgraph plot, made the first time it is asked for."""
        if self._plot is None:
            name, title = self.objectName(), self.title.text()
            plot = pg.PlotWidget(self.stack, background="w")
            plot.setObjectName(name + "Plot")
            plot.setAccessibleName(title)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.showGrid(x=False, y=True, alpha=0.25)
            plot.setMinimumHeight(150)
            self.stack.insertWidget(0, plot)
            self._plot = plot
        return self._plot

    def clear(self, message: str | None = None) -> None:
        if self._plot is not None:
            self._plot.clear()
        if message is not None:
            self.empty.setText(message)
            self.stack.setCurrentWidget(self.empty)

    def _ticks(self, labels: Sequence[str], axis: str = "bottom", every: int = 1) -> None:
        ticks = [(i, text) for i, text in enumerate(labels) if i % every == 0]
        self.plot.getAxis(axis).setTicks([ticks])


def month_text(day: dt.date) -> str:
    return f"{day.month}/{day.year % 100:02d}"


class TrendChart(ChartBox):
    """Incidents per month as lines (area, and the buffer when given); a dashed line marks the response."""

    def show_series(
        self,
        series: Sequence[tuple[dt.date, int]],
        *,
        buffer: Sequence[tuple[dt.date, int]] = (),
        marker: dt.date | None = None,
        names: tuple[str, str] = ("", ""),
    ) -> None:
        self.plot.clear()
        if not series:
            self.clear(self.tr("No incidents for this choice."))
            return
        self.stack.setCurrentWidget(self.plot)
        if self.legend is None and names[0]:
            self.legend = self.plot.addLegend(offset=(-10, 5))
        months = [m for m, _n in series]
        x = list(range(len(series)))
        self.plot.plot(
            x,
            [n for _m, n in series],
            pen=pg.mkPen(AREA, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=AREA,
            name=names[0] or None,
        )
        if buffer:
            self.plot.plot(
                x[: len(buffer)],
                [n for _m, n in buffer],
                pen=pg.mkPen(BUFFER, width=2, style=Qt.PenStyle.DashLine),
                name=names[1] or None,
            )
        if marker is not None:
            key = marker.replace(day=1)
            if key in months:
                pos = months.index(key) + (marker.day - 1) / 31
                line = pg.InfiniteLine(
                    pos=pos,
                    angle=90,
                    pen=pg.mkPen(MARK, width=2, style=Qt.PenStyle.DashLine),
                    label=self.tr("response starts"),
                    labelOpts={"color": MARK, "position": 0.92},
                )
                self.plot.addItem(line)
        self._ticks([month_text(m) for m in months], every=max(1, len(months) // 10))
        self.plot.setYRange(0, max(n for _m, n in series) * 1.15 + 1)


class BarsChart(ChartBox):
    """Before/after pairs per group, or one bar per category (the incident mix)."""

    def show_pairs(self, groups: Sequence[str], before: Sequence[int], after: Sequence[int]) -> None:
        self.plot.clear()
        if not groups:
            self.clear(self.tr("No assessment yet: add a response with its start date."))
            return
        self.stack.setCurrentWidget(self.plot)
        x = list(range(len(groups)))
        self.plot.addItem(
            pg.BarGraphItem(x=[i - 0.2 for i in x], height=list(before), width=0.38, brush=AREA)
        )
        self.plot.addItem(
            pg.BarGraphItem(x=[i + 0.2 for i in x], height=list(after), width=0.38, brush=AFTER)
        )
        self._ticks(list(groups))
        self.plot.setXRange(-0.6, len(groups) - 0.4)
        self.plot.setYRange(0, max([*before, *after, 1]) * 1.15)

    def show_mix(self, mix: Sequence[tuple[str, int]]) -> None:
        self.plot.clear()
        if not mix:
            self.clear(self.tr("No incidents for this choice."))
            return
        self.stack.setCurrentWidget(self.plot)
        rows = list(reversed(mix))
        y = list(range(len(rows)))
        self.plot.addItem(pg.BarGraphItem(x0=0, y=y, height=0.7, width=[n for _c, n in rows], brush=AREA))
        self._ticks([c for c, _n in rows], axis="left")
        self.plot.setYRange(-0.6, len(rows) - 0.4)
        self.plot.setXRange(0, max(n for _c, n in rows) * 1.1)
