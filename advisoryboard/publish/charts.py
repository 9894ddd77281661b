"""Simple horizontal bar charts as SVG files, with alt text that states every number.

The image is decoration for sighted readers: every chart stands beside a table of the same
numbers, and its alt text reads them out, so nothing is told by the picture alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment

BAR_HEIGHT = 22
LABEL_WIDTH = 220
BAR_WIDTH = 360
#: Dark blue on white: 8.6:1 contrast, readable in grey scale too.
BAR_COLOUR = "#1f4e79"


@dataclass(frozen=True)
class Chart:
    filename: str
    svg: bytes
    alt: str


def bar_chart(env: Environment, filename: str, title: str, rows: list[tuple[str, float]], unit: str) -> Chart:
    """A bar per (label, value); `unit` follows each number in the alt text ('issues')."""
    top = max((value for _label, value in rows), default=0) or 1
    bars = [
        {
            "y": 30 + i * (BAR_HEIGHT + 6),
            "label": label,
            "value": value,
            "text": _number(value),
            "width": max(1.0, BAR_WIDTH * value / top),
        }
        for i, (label, value) in enumerate(rows)
    ]
    height = 40 + len(rows) * (BAR_HEIGHT + 6)
    svg = env.get_template("chart.svg").render(
        title=title,
        bars=bars,
        height=height,
        width=LABEL_WIDTH + BAR_WIDTH + 70,
        label_width=LABEL_WIDTH,
        bar_height=BAR_HEIGHT,
        colour=BAR_COLOUR,
    )
    numbers = "; ".join(f"{label}: {_number(value)} {unit}" for label, value in rows)
    alt = f"{title}. {numbers}." if rows else title
    return Chart(filename, svg.encode("utf-8"), alt)


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))
