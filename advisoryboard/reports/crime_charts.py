"""Small vector charts for the crime prints (reportlab.graphics, no Qt).

A monthly column chart with the response start marked by a dashed line, and paired
before/after bars for the area and its buffer. The numbers are in the tables beside them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from advisoryboard.reports.fonts import BODY, BOLD, register_fonts

BAR = colors.HexColor("#2f6690")
AFTER = colors.HexColor("#d98c2b")
MARK = colors.HexColor("#b22222")


def _axes(chart: VerticalBarChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = BODY
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars.strokeWidth = 0


def monthly_columns(
    title: str,
    months: Sequence[dt.date],
    counts: Sequence[int],
    width: float,
    height: float,
    *,
    month_label: object = None,
    marker: dt.date | None = None,
    marker_label: str = "",
) -> Drawing:
    """Counts per month as columns; `marker` (a day) draws a dashed line at its month."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=BOLD, fontSize=9.5))
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 18
    chart.width, chart.height = width - 34, height - 36
    chart.data = [list(counts) or [0]]
    label_of = month_label if callable(month_label) else (lambda m: f"{m.month}/{m.year % 100:02d}")
    step = max(1, len(months) // 12)
    chart.categoryAxis.categoryNames = [label_of(m) if i % step == 0 else "" for i, m in enumerate(months)]
    _axes(chart)
    chart.bars[0].fillColor = BAR
    drawing.add(chart)
    if marker is not None and months:
        key = marker.replace(day=1)
        if key in months:
            slot = chart.width / len(months)
            frac = (marker.day - 1) / 31
            x = chart.x + slot * (months.index(key) + frac)
            drawing.add(
                Line(
                    x,
                    chart.y,
                    x,
                    chart.y + chart.height + 4,
                    strokeColor=MARK,
                    strokeWidth=1.2,
                    strokeDashArray=[3, 2],
                )
            )
            if marker_label:
                drawing.add(
                    String(
                        x + 2,
                        chart.y + chart.height - 2,
                        marker_label,
                        fontName=BODY,
                        fontSize=7,
                        fillColor=MARK,
                    )
                )
    return drawing


def before_after_bars(
    title: str,
    groups: Sequence[str],
    before: Sequence[int],
    after: Sequence[int],
    labels: tuple[str, str],
    width: float,
    height: float,
) -> Drawing:
    """Before and after counts side by side for each group (area, buffer, issues)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=BOLD, fontSize=9.5))
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 18
    chart.width, chart.height = width - 34, height - 40
    chart.data = [list(before) or [0], list(after) or [0]]
    chart.categoryAxis.categoryNames = list(groups)
    _axes(chart)
    chart.bars[0].fillColor = BAR
    chart.bars[1].fillColor = AFTER
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BODY
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    y = height - 11
    for i, (colour, text) in enumerate(((BAR, labels[0]), (AFTER, labels[1]))):
        x = width - 130 + i * 65
        drawing.add(Rect(x, y, 7, 7, fillColor=colour, strokeWidth=0))
        drawing.add(String(x + 10, y, text, fontName=BODY, fontSize=7.5))
    return drawing
