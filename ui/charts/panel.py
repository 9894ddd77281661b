"""One chart: title, pyqtgraph plot (or an empty-state message), hover readout, exports."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.charts.export import ExportPathDialog, write_csv
from ui.charts.specs import ChartData, ChartSpec

BAR_SPAN = 0.8  # share of a position's width the bars of all series take
MAX_TICKS = 7  # labels along the bottom of a half-width chart before they collide
LABEL_CHARS = 32  # 'Housing and code enforcement' whole; the hover names any longer one


def _shape(data: ChartData) -> tuple[object, ...]:
    """What the plot items of `data` depend on besides the numbers."""
    return (data.horizontal, tuple((s.name, s.color, s.line, s.dashed) for s in data.series))


def _elide(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def make_plot(parent: QWidget | None = None) -> pg.PlotWidget:
    """A blank plot as every chart has it (a chart names it and draws on it)."""
    # No context menus (they are never offered): ≈ a third of a plot's making.
    plot = pg.PlotWidget(parent, background="w", viewBox=pg.ViewBox(enableMenu=False))
    plot.setMenuEnabled(False)
    for axis in ("left", "bottom", "top", "right"):
        # Counts, never "k" or "M" prefixed; and each range change re-lays out no label.
        plot.getAxis(axis).enableAutoSIPrefix(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.25)
    return plot


class ChartPanel(QFrame):
    """Draws a ChartData; emits `clicked(position)` when a bar or point is clicked."""

    clicked = Signal(int)

    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.data: ChartData | None = None
        self.items: list[tuple[str, pg.GraphicsObject]] = []
        self._shape: tuple[object, ...] | None = None  # of the items drawn (see _shape())
        self._axis_labels: tuple[bool, str] | None = None
        self.setObjectName(f"{spec.name}Chart")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Keyboard: Tab into a chart, arrows step through its bars, Enter acts like a click.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cursor_index: int | None = None
        self.setMinimumHeight(330)

        self.canvas = QWidget(self)  # what the PNG shows: title and plot
        canvas_layout = QVBoxLayout(self.canvas)
        canvas_layout.setContentsMargins(4, 4, 4, 0)
        self.title = QLabel(spec.title, self.canvas)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold;")
        # The plot is made when first needed (`plot`): a chart out of view costs no pyqtgraph
        # widgets (≈ 20 ms each) until it is scrolled to, so the tab's first show is quick.
        self._plot: pg.PlotWidget | None = None
        # Where a plot made ahead comes from, if any (None: make one).
        self.spare_plot: Callable[[], pg.PlotWidget | None] = lambda: None
        self.empty_label = QLabel(self.tr("No data in this date range."), self.canvas)
        self.empty_label.setObjectName(f"{spec.name}Empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self.canvas)
        self.stack.addWidget(QWidget(self.stack))  # blank until the plot is made
        self.stack.addWidget(self.empty_label)
        canvas_layout.addWidget(self.title)
        canvas_layout.addWidget(self.stack, 1)

        self.readout = QLabel(
            self.tr("Point at a bar (or use the arrow keys) to see its exact numbers."), self
        )
        self.readout.setObjectName(f"{spec.name}Readout")
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setWordWrap(True)
        self.png_button = QPushButton(self.tr("Save as &picture…"), self)
        self.png_button.setObjectName(f"{spec.name}PngButton")
        self.png_button.setAccessibleName(self.tr("Save {chart} as a PNG picture").format(chart=spec.title))
        self.png_button.clicked.connect(self.ask_export_png)
        self.csv_button = QPushButton(self.tr("Save numbers as &CSV…"), self)
        self.csv_button.setObjectName(f"{spec.name}CsvButton")
        self.csv_button.setAccessibleName(
            self.tr("Save the numbers of {chart} as CSV").format(chart=spec.title)
        )
        self.csv_button.clicked.connect(self.ask_export_csv)
        buttons = QHBoxLayout()
        buttons.addWidget(self.readout, 1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)

    @property
    def plot(self) -> pg.PlotWidget:
        """The chart's pyqtgraph plot, made the first time it is asked for (or a spare one)."""
        if self._plot is None:
            spare = self.spare_plot()
            plot = spare if spare is not None else make_plot(self.stack)
            plot.setObjectName(f"{self.spec.name}Plot")
            plot.setAccessibleName(self.spec.title)
            plot.scene().sigMouseMoved.connect(self._hovered)
            plot.scene().sigMouseClicked.connect(self._clicked)
            blank = self.stack.widget(0)
            self.stack.insertWidget(0, plot)
            if blank is not None:
                if self.stack.currentWidget() is blank:
                    self.stack.setCurrentWidget(plot)
                self.stack.removeWidget(blank)
                blank.deleteLater()
            self._plot = plot
        return self._plot

    # ------------------------------------------------------------------ drawing
    def show_data(self, data: ChartData) -> bool:
        """Draw `data`; False (and nothing redrawn) when it is what the chart shows already.

        When only the numbers changed (same series, same orientation) the plot items are
        updated in place instead of being rebuilt with their legend.
        """
        if data == self.data:
            return False
        shape = _shape(data)
        self.data = data
        self.cursor_index = None
        empty = data.empty
        self.stack.setCurrentWidget(self.empty_label if empty else self.plot)
        self.png_button.setEnabled(not empty)
        self.csv_button.setEnabled(not empty and bool(data.rows))  # no numbers to save on an empty chart
        if empty:
            self._clear()
            return True
        if shape == self._shape:
            self._update_items(data)
        else:
            self._clear()
            self._build_items(data)
            self._shape = shape
        self._axes(data)
        return True

    def _clear(self) -> None:
        self.plot.clear()
        self.items = []
        self._shape = None
        legend = self.plot.plotItem.legend
        if legend is not None:
            legend.clear()

    def _bar_geometry(self, data: ChartData) -> tuple[float, list[list[float]]]:
        """The width of one bar and, per bar series, the centre of each of its bars."""
        bars = [s for s in data.series if not s.line]
        width = BAR_SPAN / max(len(bars), 1)
        centres = [
            [p + (index - (len(bars) - 1) / 2) * width for p in range(len(data.labels))]
            for index in range(len(bars))
        ]
        return width, centres

    def _build_items(self, data: ChartData) -> None:
        legend = self.plot.plotItem.legend
        if len(data.series) > 1 and legend is None:
            # One row of entries at the top left, in the headroom kept above the data (see _axes),
            # so the legend never covers a line.
            legend = self.plot.addLegend(
                offset=(10, 5),
                brush=pg.mkBrush(255, 255, 255, 230),
                labelTextColor="k",
                colCount=len(data.series),
            )
        width, centres = self._bar_geometry(data)
        for series, at in zip((s for s in data.series if not s.line), centres, strict=True):
            brush = pg.mkBrush(series.color)
            if data.horizontal:
                item = pg.BarGraphItem(x0=0, y=at, height=width * 0.95, width=series.values, brush=brush)
            else:
                item = pg.BarGraphItem(x=at, height=series.values, width=width * 0.95, brush=brush)
            self.plot.addItem(item)
            self.items.append((series.name, item))
            if legend is not None:
                legend.addItem(item, series.name)
        positions = list(range(len(data.labels)))
        for series in (s for s in data.series if s.line):
            style = Qt.PenStyle.DashLine if series.dashed else Qt.PenStyle.SolidLine
            pen = pg.mkPen(series.color, width=2, style=style)
            xs, ys = (series.values, positions) if data.horizontal else (positions, series.values)
            line = self.plot.plot(xs, ys, pen=pen, symbol="o", symbolSize=6, symbolBrush=series.color)
            self.items.append((series.name, line))
            if legend is not None:
                legend.addItem(line, series.name)

    def _update_items(self, data: ChartData) -> None:
        """New numbers for the items drawn already (the same series in the same order)."""
        width, centres = self._bar_geometry(data)
        bars = iter(centres)
        positions = list(range(len(data.labels)))
        for series, (_name, item) in zip(data.series, self.items, strict=True):
            if isinstance(item, pg.BarGraphItem):
                at = next(bars)
                if data.horizontal:
                    item.setOpts(x0=0, y=at, height=width * 0.95, width=series.values)
                else:
                    item.setOpts(x=at, height=series.values, width=width * 0.95)
            else:
                xs, ys = (series.values, positions) if data.horizontal else (positions, series.values)
                item.setData(xs, ys)

    def _axes(self, data: ChartData) -> None:
        n = len(data.labels)
        step = 1 if data.horizontal else max(1, math.ceil(n / MAX_TICKS))
        ticks = [(float(i), _elide(label)) for i, label in enumerate(data.labels) if i % step == 0]
        category_axis = self.plot.getAxis("left" if data.horizontal else "bottom")
        value_axis = self.plot.getAxis("bottom" if data.horizontal else "left")
        category_axis.setTicks([ticks, []])
        value_axis.setTicks(None)
        if self._axis_labels != (data.horizontal, data.value_axis):
            # Setting a label re-lays out the text item: only when it changes.
            value_axis.setLabel(data.value_axis)
            category_axis.setLabel("")
            self.plot.getAxis("left").setWidth(240 if data.horizontal else 50)
            self.plot.getViewBox().invertY(data.horizontal)  # the first (largest) bar on top
            self._axis_labels = (data.horizontal, data.value_axis)
        view = self.plot.getViewBox()
        top = max((v for s in data.series for v in s.values), default=1) or 1
        headroom = 1.3 if len(data.series) > 1 else 1.1  # room for the one-row legend above the data
        if data.horizontal:
            view.setRange(xRange=(0, top * 1.05), yRange=(-0.6, n - 0.4), padding=0)
        else:
            view.setRange(xRange=(-0.6, n - 0.4), yRange=(0, top * headroom), padding=0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.data is None or self.data.empty:
            super().keyPressEvent(event)
            return
        forward = (Qt.Key.Key_Down, Qt.Key.Key_Right)
        backward = (Qt.Key.Key_Up, Qt.Key.Key_Left)
        last = len(self.data.labels) - 1
        if event.key() in forward + backward:
            step = 1 if event.key() in forward else -1
            current = -step if self.cursor_index is None else self.cursor_index
            self.cursor_index = min(max(current + step, 0), last)
            self.show_hover(self.cursor_index)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.cursor_index is not None:
            self.clicked.emit(self.cursor_index)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setStyleSheet("ChartPanel { border: 2px solid #0072B2; }")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setStyleSheet("")

    def drawn_counts(self) -> dict[str, int]:
        """How many bars or points each series put on screen (read back from the plot items)."""
        counts = {}
        for name, item in self.items:
            if isinstance(item, pg.BarGraphItem):
                key = "width" if self.data is not None and self.data.horizontal else "height"
                counts[name] = len(item.opts[key])
            else:
                xs, _ys = item.getData()
                counts[name] = 0 if xs is None else len(xs)
        return counts

    # ------------------------------------------------------------------ hover and click
    def position_at(self, scene_pos: QPointF) -> int | None:
        if self.data is None or self.data.empty:
            return None
        point = self.plot.getViewBox().mapSceneToView(scene_pos)
        coordinate = point.y() if self.data.horizontal else point.x()
        index = round(coordinate)
        if abs(coordinate - index) > BAR_SPAN / 2 + 0.05 or not 0 <= index < len(self.data.labels):
            return None
        return index

    def scene_pos_of(self, index: int) -> QPointF:
        """Where position `index` is drawn, half-way up its bar (for tests and keyboard)."""
        assert self.data is not None
        top = max(s.values[index] for s in self.data.series)
        if self.data.horizontal:
            return self.plot.getViewBox().mapViewToScene(QPointF(top / 2, index))
        return self.plot.getViewBox().mapViewToScene(QPointF(index, top / 2))

    def show_hover(self, index: int | None) -> None:
        if self.data is None or index is None:
            return
        self.readout.setText(self.data.hover[index])

    def _hovered(self, scene_pos: QPointF) -> None:
        # The readout under the chart (always visible, read by screen readers) has the numbers.
        self.show_hover(self.position_at(scene_pos))

    def _clicked(self, event: object) -> None:
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        index = self.position_at(scene_pos)
        if index is not None:
            self.clicked.emit(index)

    # ------------------------------------------------------------------ exports
    def export_png(self, path: Path) -> None:
        if not self.canvas.grab().save(str(path), "PNG"):
            raise OSError(self.tr("Could not write {path}.").format(path=path))

    def export_csv(self, path: Path) -> None:
        assert self.data is not None
        write_csv(path, self.data.headers, self.data.rows)

    def _ask_and_save(self, title: str, suffix: str, file_filter: str, save: Callable[[Path], None]) -> None:
        path = ExportPathDialog.ask(self, title, f"{self.spec.name}.{suffix}", file_filter)
        if path is None:
            return
        try:
            save(path)
        except OSError as exc:
            from advisoryboard.errors import UserError
            from ui.errors import show_user_error

            show_user_error(
                self, UserError(self.tr("Could not save {path}: {reason}").format(path=path, reason=exc))
            )
            return
        self.readout.setText(self.tr("Saved {path}").format(path=path))

    def ask_export_png(self) -> None:
        self._ask_and_save(
            self.tr("Save chart as picture"), "png", self.tr("PNG pictures (*.png)"), self.export_png
        )

    def ask_export_csv(self) -> None:
        self._ask_and_save(
            self.tr("Save chart numbers"), "csv", self.tr("CSV files (*.csv)"), self.export_csv
        )
