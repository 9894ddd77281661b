"""Vector charts for the annual summary, drawn with reportlab.graphics (no Qt).

Both charts compare two series (opened and closed issues) told apart by colour and by
the legend; the numbers are also in the tables next to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from advisoryboard.reports.fonts import BODY, BOLD, register_fonts

OPENED = colors.HexColor("#2f6690")
CLOSED = colors.HexColor("#d98c2b")


@dataclass(frozen=True)
class Series:
    """Two series to compare, with their legend labels."""

    opened: Sequence[int]
    closed: Sequence[int]
    labels: tuple[str, str]


def _frame(title: str, width: float, height: float, series: Series, chart: BarChart) -> Drawing:
    """Title, fonts, colours and legend shared by both charts."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=10))
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = BODY
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = OPENED
    chart.bars[1].fillColor = CLOSED
    chart.bars.strokeWidth = 0
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 190, height - 16
    legend.fontName = BODY
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 90
    legend.colorNamePairs = [(OPENED, series.labels[0]), (CLOSED, series.labels[1])]
    drawing.add(legend)
    return drawing


def monthly_chart(title: str, months: Sequence[str], series: Series, width: float) -> Drawing:
    """Issues opened and closed per month, side-by-side columns."""
    height = 62 * mm
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 28
    chart.width, chart.height = width - 40, height - 62
    chart.data = [list(series.opened), list(series.closed)]
    chart.categoryAxis.categoryNames = list(months)
    chart.groupSpacing = 6
    return _frame(title, width, height, series, chart)


def category_chart(title: str, names: Sequence[str], series: Series, width: float) -> Drawing:
    """Issues opened and closed per category, horizontal bars (largest first, at the top)."""
    height = 50 + max(len(names), 1) * 15
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 18
    chart.width, chart.height = width - 165, height - 50
    chart.data = [list(reversed(series.opened)) or [0], list(reversed(series.closed)) or [0]]
    chart.categoryAxis.categoryNames = [n[:32] for n in reversed(names)] or [""]
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.barLabels.fontName = BODY
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = "%d"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing = _frame(title, width, height, series, chart)
    chart.categoryAxis.labels.fontSize = 7.5
    return drawing
