"""What each chart shows, derived from the computed Dashboard: positions, series, the
hover text of each position and the CSV table. Drawing is generic (see panel.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from advisoryboard.analytics import Dashboard
from ui.charts import palette


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


def _day(day: object) -> str:
    return QLocale().toString(day, "d MMM yyyy")  # type: ignore[call-overload]


def months_chart(d: Dashboard) -> ChartData:
    labels = [_month(p.month) for p in d.months]
    return ChartData(
        labels=labels,
        series=[
            Series(tr("Opened"), [p.opened for p in d.months], palette.BLUE),
            Series(tr("Resolved or closed"), [p.resolved for p in d.months], palette.ORANGE),
            Series(tr("Still open (backlog)"), [p.backlog for p in d.months], palette.BLACK, line=True),
        ],
        hover=[
            tr("{month}: {opened} opened, {resolved} resolved or closed, {backlog} still open").format(
                month=label, opened=p.opened, resolved=p.resolved, backlog=p.backlog
            )
            for label, p in zip(labels, d.months, strict=True)
        ],
        headers=[tr("Month"), tr("Opened"), tr("Resolved or closed"), tr("Still open at month end")],
        rows=[[p.month.strftime("%Y-%m"), p.opened, p.resolved, p.backlog] for p in d.months],
        value_axis=tr("Issues"),
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
        value_axis=tr("Issues"),
    )


def categories_chart(d: Dashboard) -> ChartData:
    return _count_bars(
        [c.category for c in d.categories],
        [c.count for c in d.categories],
        palette.BLUE,
        tr("{name}: {n} issues (click to list them)"),
        (tr("Category"), tr("Issues reported")),
    )


def statuses_chart(d: Dashboard) -> ChartData:
    return _count_bars(
        [s.label for s in d.statuses],
        [s.count for s in d.statuses],
        palette.GREEN,
        tr("{name}: {n} issues"),
        (tr("Status"), tr("Issues")),
    )


def medians_chart(d: Dashboard) -> ChartData:
    return ChartData(
        labels=[m.category for m in d.medians],
        series=[Series(tr("Median days"), [round(m.median_days, 1) for m in d.medians], palette.VERMILION)],
        hover=[
            tr("{name}: median {days:.1f} days over {n} resolved issues").format(
                name=m.category, days=m.median_days, n=m.resolved
            )
            for m in d.medians
        ],
        headers=[tr("Category"), tr("Median days to resolution"), tr("Issues resolved")],
        rows=[[m.category, round(m.median_days, 1), m.resolved] for m in d.medians],
        horizontal=True,
        value_axis=tr("Days"),
    )


def attendance_chart(d: Dashboard) -> ChartData:
    labels = [_day(m.starts_at.date()) for m in d.meetings]
    return ChartData(
        labels=labels,
        series=[
            Series(tr("Attendance %"), [round(m.rate * 100, 1) for m in d.meetings], palette.SKY),
            Series(
                tr("Quorum threshold %"),
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
            tr("{day}: {present} of {filled} voting members ({rate:.0f}%), quorum {needed}: {met}").format(
                day=label,
                present=m.present,
                filled=m.voting_seats_filled,
                rate=m.rate * 100,
                needed=m.quorum_needed,
                met=tr("met") if m.quorum_met else tr("NOT met"),
            )
            for label, m in zip(labels, d.meetings, strict=True)
        ],
        headers=[
            tr("Meeting date"),
            tr("Voting seats filled"),
            tr("Present"),
            tr("Attendance %"),
            tr("Quorum needed"),
            tr("Quorum met"),
        ],
        rows=[
            [
                m.starts_at.date().isoformat(),
                m.voting_seats_filled,
                m.present,
                round(m.rate * 100, 1),
                m.quorum_needed,
                tr("yes") if m.quorum_met else tr("no"),
            ]
            for m in d.meetings
        ],
        value_axis=tr("% of filled seats"),
    )


def public_chart(d: Dashboard) -> ChartData:
    labels = [_day(m.starts_at.date()) for m in d.meetings]
    return ChartData(
        labels=labels,
        series=[Series(tr("Members of the public"), [m.public_count for m in d.meetings], palette.GREEN)],
        hover=[
            tr("{day}: {n} members of the public").format(day=label, n=m.public_count)
            for label, m in zip(labels, d.meetings, strict=True)
        ],
        headers=[tr("Meeting date"), tr("Members of the public")],
        rows=[[m.starts_at.date().isoformat(), m.public_count] for m in d.meetings],
        value_axis=tr("People"),
    )


def members_chart(d: Dashboard) -> ChartData:
    return ChartData(
        labels=[m.name for m in d.members],
        series=[Series(tr("Attendance %"), [round(m.rate * 100, 1) for m in d.members], palette.PURPLE)],
        hover=[
            tr("{name}: present at {present} of {n} meetings ({rate:.0f}%)").format(
                name=m.name, present=m.present, n=m.meetings, rate=m.rate * 100
            )
            for m in d.members
        ],
        headers=[tr("Member"), tr("Meetings while seated"), tr("Present"), tr("Attendance %")],
        rows=[[m.name, m.meetings, m.present, round(m.rate * 100, 1)] for m in d.members],
        horizontal=True,
        value_axis=tr("% of meetings"),
    )


def partners_chart(d: Dashboard) -> ChartData:
    return _count_bars(
        [p.partner for p in d.partners],
        [p.count for p in d.partners],
        palette.ORANGE,
        tr("{name}: {n} issues referred"),
        (tr("Partner"), tr("Issues referred")),
    )


def chart_specs() -> list[ChartSpec]:
    return [
        ChartSpec("months", tr("Issues opened and resolved per month"), months_chart),
        ChartSpec("categories", tr("Issues by category (click a bar to list them)"), categories_chart),
        ChartSpec("statuses", tr("Issues by current status"), statuses_chart),
        ChartSpec("medians", tr("Median days to resolution by category"), medians_chart),
        ChartSpec("attendance", tr("Attendance per meeting, with the quorum threshold"), attendance_chart),
        ChartSpec("public", tr("Public attendance per meeting"), public_chart),
        ChartSpec("members", tr("Attendance per member"), members_chart),
        ChartSpec("partners", tr("Referrals by partner"), partners_chart),
    ]
