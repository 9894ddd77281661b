"""The Community charts of the Charts tab: events and participants per month, volunteer hours
by kind of event and by area (registered with one line in specs.chart_specs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from advisoryboard.analytics import Dashboard
from advisoryboard.analytics.community import CommunityGroup
from advisoryboard.analytics.community_dashboard import CommunityCharts
from advisoryboard.labels import label
from database.models.community import EventKind
from ui.charts import palette
from ui.charts.specs import ChartData, ChartSpec, Series
from ui.common.formatting import format_number


def _data(d: Dashboard) -> CommunityCharts | None:
    data = getattr(d, "community", None)
    return data if isinstance(data, CommunityCharts) else None


def events_chart(d: Dashboard) -> ChartData:
    data = _data(d)
    months = data.months if data else []
    labels = [QLocale().toString(QDate(int(m.key[:4]), int(m.key[5:7]), 1), "MMM yyyy") for m in months]
    return ChartData(
        labels=labels,
        series=[
            Series(
                QCoreApplication.translate("Charts", "Events held"), [m.events for m in months], palette.GREEN
            ),
            Series(
                QCoreApplication.translate("Charts", "Participants (÷10)"),
                [m.participants / 10 for m in months],
                palette.VERMILION,
                line=True,
            ),
        ],
        hover=[
            QCoreApplication.translate(
                "Charts", "{month}: {n} events, {p} participants, {h} volunteer hours"
            ).format(
                month=lab, n=m.events, p=format_number(m.participants), h=format_number(m.volunteer_hours, 1)
            )
            for lab, m in zip(labels, months, strict=True)
        ],
        headers=[
            QCoreApplication.translate("Charts", "Month"),
            QCoreApplication.translate("Charts", "Events held"),
            QCoreApplication.translate("Charts", "Participants"),
            QCoreApplication.translate("Charts", "Volunteer hours"),
        ],
        rows=[[m.key, m.events, m.participants, m.volunteer_hours] for m in months],
        value_axis=QCoreApplication.translate("Charts", "Events"),
    )


def _hours_bars(names: list[str], groups: list[CommunityGroup], first: str) -> ChartData:
    hours = [g.volunteer_hours for g in groups]
    return ChartData(
        labels=names,
        series=[Series(QCoreApplication.translate("Charts", "Volunteer hours"), hours, palette.PURPLE)],
        hover=[
            QCoreApplication.translate("Charts", "{name}: {h} volunteer hours at {n} events").format(
                name=name, h=format_number(g.volunteer_hours, 1), n=g.events
            )
            for name, g in zip(names, groups, strict=True)
        ],
        headers=[
            first,
            QCoreApplication.translate("Charts", "Volunteer hours"),
            QCoreApplication.translate("Charts", "Participants"),
        ],
        rows=[[name, g.volunteer_hours, g.participants] for name, g in zip(names, groups, strict=True)],
        horizontal=True,
        value_axis=QCoreApplication.translate("Charts", "Hours"),
    )


def hours_by_kind_chart(d: Dashboard) -> ChartData:
    data = _data(d)
    groups = data.kinds if data else []
    return _hours_bars(
        [label(EventKind(g.key)) for g in groups], groups, QCoreApplication.translate("Charts", "Kind")
    )


def hours_by_area_chart(d: Dashboard) -> ChartData:
    data = _data(d)
    groups = data.areas if data else []
    names = [g.key or QCoreApplication.translate("Charts", "(no area)") for g in groups]
    return _hours_bars(names, groups, QCoreApplication.translate("Charts", "District or beat"))


def community_chart_specs() -> list[ChartSpec]:
    return [
        ChartSpec(
            "communityEvents",
            QCoreApplication.translate("Charts", "Community events and participants per month"),
            events_chart,
        ),
        ChartSpec(
            "communityKinds",
            QCoreApplication.translate("Charts", "Volunteer hours by kind of event"),
            hours_by_kind_chart,
        ),
        ChartSpec(
            "communityAreas",
            QCoreApplication.translate("Charts", "Volunteer hours by area"),
            hours_by_area_chart,
        ),
    ]
