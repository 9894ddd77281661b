"""What each chart shows, derived from the computed Dashboard: positions, series, the
hover text of each position and the CSV table. Drawing is generic (see panel.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from advisoryboard.analytics import Dashboard
from advisoryboard.default_data import shown
from ui.charts import palette
from ui.common.formatting import format_date, format_number


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float]
    color: str
    line: bool = False  # drawn as a line with points instead of bars
    dashed: bool = False


@dataclass(frozen=True)
class ChartData:
    labels: list[str]  # one per position (month, category, meeting…)
    series: list[Series]
    hover: list[str]  # exact values at each position
    headers: list[str]  # CSV
    rows: list[list[object]]
    horizontal: bool = False
    value_axis: str = ""

    @property
    def empty(self) -> bool:
        return not self.labels or not any(v for s in self.series for v in s.values)


@dataclass(frozen=True)
class ChartSpec:
    name: str  # objectName suffix and file name
    title: str
    build: Callable[[Dashboard], ChartData]


def _month(day: object) -> str:
    return QLocale().toString(day, "MMM yyyy")  # type: ignore[call-overload]


def _day(day: dt.date) -> str:
    """A meeting's date as everything else in the window writes it (3/10/2026 in the US)."""
    return format_date(day)


def months_chart(d: Dashboard) -> ChartData:
    labels = [_month(p.month) for p in d.months]
    return ChartData(
        labels=labels,
        series=[
            Series(
                QCoreApplication.translate("Charts", "Opened"), [p.opened for p in d.months], palette.BLUE
            ),
            Series(
                QCoreApplication.translate("Charts", "Resolved or closed"),
                [p.resolved for p in d.months],
                palette.ORANGE,
            ),
            Series(
                QCoreApplication.translate("Charts", "Still open (backlog)"),
                [p.backlog for p in d.months],
                palette.BLACK,
                line=True,
            ),
        ],
        hover=[
            QCoreApplication.translate(
                "Charts", "{month}: {opened} opened, {resolved} resolved or closed, {backlog} still open"
            ).format(month=label, opened=p.opened, resolved=p.resolved, backlog=p.backlog)
            for label, p in zip(labels, d.months, strict=True)
        ],
        headers=[
            QCoreApplication.translate("Charts", "Month"),
            QCoreApplication.translate("Charts", "Opened"),
            QCoreApplication.translate("Charts", "Resolved or closed"),
            QCoreApplication.translate("Charts", "Still open at month end"),
        ],
        rows=[[p.month.strftime("%Y-%m"), p.opened, p.resolved, p.backlog] for p in d.months],
        value_axis=QCoreApplication.translate("Charts", "Issues"),
    )


def _count_bars(
    names: list[str],
    counts: list[int],
    color: str,
    hover: str,
    headers: tuple[str, str],
) -> ChartData:
    """Horizontal bars of one count per name; `hover` has {name} and {n} placeholders."""
    return ChartData(
        labels=names,
        series=[Series(headers[1], list(counts), color)],
        hover=[hover.format(name=name, n=n) for name, n in zip(names, counts, strict=True)],
        headers=list(headers),
        rows=[[name, n] for name, n in zip(names, counts, strict=True)],
        horizontal=True,
        value_axis=QCoreApplication.translate("Charts", "Issues"),
    )


def categories_chart(d: Dashboard) -> ChartData:
    return _count_bars(
        [shown(c.category) for c in d.categories],
        [c.count for c in d.categories],
        palette.BLUE,
        QCoreApplication.translate("Charts", "{name}: {n} issues (click to list them)"),
        (
            QCoreApplication.translate("Charts", "Category"),
            QCoreApplication.translate("Charts", "Issues reported"),
        ),
    )


def statuses_chart(d: Dashboard) -> ChartData:
    return _count_bars(
        [s.label for s in d.statuses],
        [s.count for s in d.statuses],
        palette.GREEN,
        QCoreApplication.translate("Charts", "{name}: {n} issues"),
        (QCoreApplication.translate("Charts", "Status"), QCoreApplication.translate("Charts", "Issues")),
    )


def medians_chart(d: Dashboard) -> ChartData:
    return ChartData(
        labels=[shown(m.category) for m in d.medians],
        series=[
            Series(
                QCoreApplication.translate("Charts", "Median days"),
                [round(m.median_days, 1) for m in d.medians],
                palette.VERMILION,
            )
        ],
        hover=[
            QCoreApplication.translate(
                "Charts", "{name}: median {days} days over {n} resolved issues"
            ).format(name=m.category, days=format_number(m.median_days, 1), n=format_number(m.resolved))
            for m in d.medians
        ],
        headers=[
            QCoreApplication.translate("Charts", "Category"),
            QCoreApplication.translate("Charts", "Median days to resolution"),
            QCoreApplication.translate("Charts", "Issues resolved"),
        ],
        rows=[[m.category, round(m.median_days, 1), m.resolved] for m in d.medians],
        horizontal=True,
        value_axis=QCoreApplication.translate("Charts", "Days"),
    )


def attendance_chart(d: Dashboard) -> ChartData:
    labels = [_day(m.starts_at.date()) for m in d.meetings]
    return ChartData(
        labels=labels,
        series=[
            Series(
                QCoreApplication.translate("Charts", "Attendance %"),
                [round(m.rate * 100, 1) for m in d.meetings],
                palette.SKY,
            ),
            Series(
                QCoreApplication.translate("Charts", "Quorum threshold %"),
                [
                    round(100 * m.quorum_needed / m.voting_seats_filled, 1) if m.voting_seats_filled else 0
                    for m in d.meetings
                ],
                palette.VERMILION,
                line=True,
                dashed=True,
            ),
        ],
        hover=[
            QCoreApplication.translate(
                "Charts", "{day}: {present} of {filled} voting members ({rate:.0f}%), quorum {needed}: {met}"
            ).format(
                day=label,
                present=m.present,
                filled=m.voting_seats_filled,
                rate=m.rate * 100,
                needed=m.quorum_needed,
                met=QCoreApplication.translate("Charts", "met")
                if m.quorum_met
                else QCoreApplication.translate("Charts", "NOT met"),
            )
            for label, m in zip(labels, d.meetings, strict=True)
        ],
        headers=[
            QCoreApplication.translate("Charts", "Meeting date"),
            QCoreApplication.translate("Charts", "Voting seats filled"),
            QCoreApplication.translate("Charts", "Present"),
            QCoreApplication.translate("Charts", "Attendance %"),
            QCoreApplication.translate("Charts", "Quorum needed"),
            QCoreApplication.translate("Charts", "Quorum met"),
        ],
        rows=[
            [
                m.starts_at.date().isoformat(),
                m.voting_seats_filled,
                m.present,
                round(m.rate * 100, 1),
                m.quorum_needed,
                QCoreApplication.translate("Charts", "yes")
                if m.quorum_met
                else QCoreApplication.translate("Charts", "no"),
            ]
            for m in d.meetings
        ],
        value_axis=QCoreApplication.translate("Charts", "% of filled seats"),
    )


def public_chart(d: Dashboard) -> ChartData:
    labels = [_day(m.starts_at.date()) for m in d.meetings]
    return ChartData(
        labels=labels,
        series=[
            Series(
                QCoreApplication.translate("Charts", "Members of the public"),
                [m.public_count for m in d.meetings],
                palette.GREEN,
            )
        ],
        hover=[
            QCoreApplication.translate("Charts", "{day}: {n} members of the public").format(
                day=label, n=m.public_count
            )
            for label, m in zip(labels, d.meetings, strict=True)
        ],
        headers=[
            QCoreApplication.translate("Charts", "Meeting date"),
            QCoreApplication.translate("Charts", "Members of the public"),
        ],
        rows=[[m.starts_at.date().isoformat(), m.public_count] for m in d.meetings],
        value_axis=QCoreApplication.translate("Charts", "People"),
    )


def members_chart(d: Dashboard) -> ChartData:
    return ChartData(
        labels=[m.name for m in d.members],
        series=[
            Series(
                QCoreApplication.translate("Charts", "Attendance %"),
                [round(m.rate * 100, 1) for m in d.members],
                palette.PURPLE,
            )
        ],
        hover=[
            QCoreApplication.translate(
                "Charts", "{name}: present at {present} of {n} meetings ({rate:.0f}%)"
            ).format(name=m.name, present=m.present, n=m.meetings, rate=m.rate * 100)
            for m in d.members
        ],
        headers=[
            QCoreApplication.translate("Charts", "Member"),
            QCoreApplication.translate("Charts", "Meetings while seated"),
            QCoreApplication.translate("Charts", "Present"),
            QCoreApplication.translate("Charts", "Attendance %"),
        ],
        rows=[[m.name, m.meetings, m.present, round(m.rate * 100, 1)] for m in d.members],
        horizontal=True,
        value_axis=QCoreApplication.translate("Charts", "% of meetings"),
    )


def partners_chart(d: Dashboard) -> ChartData:
    return _count_bars(
        [p.partner for p in d.partners],
        [p.count for p in d.partners],
        palette.ORANGE,
        QCoreApplication.translate("Charts", "{name}: {n} issues referred"),
        (
            QCoreApplication.translate("Charts", "Partner"),
            QCoreApplication.translate("Charts", "Issues referred"),
        ),
    )


def chart_specs() -> list[ChartSpec]:
    from ui.charts.community_specs import community_chart_specs  # it builds on this module

    return [
        ChartSpec(
            "months",
            QCoreApplication.translate("Charts", "Issues opened and resolved per month"),
            months_chart,
        ),
        ChartSpec(
            "categories",
            QCoreApplication.translate("Charts", "Issues by category (click a bar to list them)"),
            categories_chart,
        ),
        ChartSpec(
            "statuses", QCoreApplication.translate("Charts", "Issues by current status"), statuses_chart
        ),
        ChartSpec(
            "medians",
            QCoreApplication.translate("Charts", "Median days to resolution by category"),
            medians_chart,
        ),
        ChartSpec(
            "attendance",
            QCoreApplication.translate("Charts", "Attendance per meeting, with the quorum threshold"),
            attendance_chart,
        ),
        ChartSpec(
            "public", QCoreApplication.translate("Charts", "Public attendance per meeting"), public_chart
        ),
        ChartSpec("members", QCoreApplication.translate("Charts", "Attendance per member"), members_chart),
        *community_chart_specs(),  # issue 18 (the partners chart stays last)
        ChartSpec("partners", QCoreApplication.translate("Charts", "Referrals by partner"), partners_chart),
    ]
