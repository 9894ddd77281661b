"""Vector charts for the annual summary, drawn with reportlab.graphics (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from advisoryboard.reports.fonts import BODY, BOLD, register_fonts

OPENED = colors.HexColor("#2f6690")
CLOSED = colors.HexColor("#d98c2b")


def _legend(x: float, y: float, items: Sequence[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = BODY
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 90
    legend.colorNamePairs = list(items)
    return legend


def _title(drawing: Drawing, title: str, width: float, height: float) -> None:
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=10))
    del width


def monthly_chart(
    title: str,
    months: Sequence[str],
    opened: Sequence[int],
    closed: Sequence[int],
    labels: tuple[str, str],
    width: float,
) -> Drawing:
    """Issues opened and closed per month, side-by-side columns."""
    register_fonts()
    height = 62 * mm
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 28
    chart.width, chart.height = width - 40, height - 62
    chart.data = [list(opened), list(closed)]
    chart.categoryAxis.categoryNames = list(months)
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = BODY
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = OPENED
    chart.bars[1].fillColor = CLOSED
    chart.bars.strokeWidth = 0
    chart.groupSpacing = 6
    drawing.add(chart)
    drawing.add(_legend(width - 190, height - 16, [(OPENED, labels[0]), (CLOSED, labels[1])]))
    return drawing


def category_chart(
    title: str,
    names: Sequence[str],
    opened: Sequence[int],
    closed: Sequence[int],
    labels: tuple[str, str],
    width: float,
) -> Drawing:
    """Issues opened and closed per category, horizontal bars (largest first, at the top)."""
    register_fonts()
    rows = max(len(names), 1)
    height = 30 + rows * 15 + 20
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 18
    chart.width, chart.height = width - 165, height - 50
    chart.data = [list(reversed(opened)) or [0], list(reversed(closed)) or [0]]
    chart.categoryAxis.categoryNames = [n[:32] for n in reversed(names)] or [""]
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = BODY
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = OPENED
    chart.bars[1].fillColor = CLOSED
    chart.bars.strokeWidth = 0
    chart.barLabels.fontName = BODY
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = "%d"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(_legend(width - 190, height - 16, [(OPENED, labels[0]), (CLOSED, labels[1])]))
    return drawing
