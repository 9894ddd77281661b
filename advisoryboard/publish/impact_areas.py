"""The Impact page's sections (issue 24): community events and participation, survey results
with small cells suppressed, crime trends with a map, and problem-solving projects.

Each provider reads only public figures: aggregates of events (no names), anonymous survey
answers (a count under `SMALL_CELL` is shown as "fewer than 5", text answers never), police
incident statistics and the projects' assessed counts. Registered with `impact.register`
when this module is imported (publish/site.py does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.i18n import format_number, format_percent, translate
from advisoryboard.publish.charts import bar_chart
from advisoryboard.publish.impact import ImpactChart, ImpactSection, register

#: Answers counted fewer than this many times are not shown (privacy of small groups).
SMALL_CELL = 5
#: A question answered by fewer people than this is not published at all.
MIN_RESPONDENTS = 5

Tr = Callable[[str], str]


@dataclass(frozen=True)
class Table:
    caption: str
    head: tuple[str, ...]
    rows: Sequence[Sequence[str]]  # the first cell of a row is its header
    text_columns: int = 1  # the first columns hold words; the others numbers (right-aligned)


@dataclass
class Parts:
    """What one section shows, in order: an introduction, sub-parts with tables, notes."""

    intro: str = ""
    blocks: list[tuple[str, list[Table]]] = field(default_factory=list)  # (h3 or "", tables)
    notes: list[str] = field(default_factory=list)
    charts: list[ImpactChart] = field(default_factory=list)


_ENV: Environment | None = None


def _env() -> Environment:
    global _ENV
    if _ENV is None:
        _ENV = Environment(
            loader=PackageLoader("advisoryboard.publish", "templates"),
            autoescape=select_autoescape(["html", "svg", "xml"], default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
    return _ENV


def _section(title: str, parts: Parts) -> ImpactSection:
    html = _env().get_template("impact_section.html").render(p=parts)
    return ImpactSection(title, Markup(html), tuple(parts.charts))


def _chart(filename: str, title: str, rows: list[tuple[str, float]], unit: str) -> ImpactChart:
    made = bar_chart(_env(), filename, title, rows, unit)
    return ImpactChart(made.filename, made.svg, made.alt)


def _year_before(today: dt.date) -> tuple[dt.date, dt.date]:
    """The twelve months up to `today`: what "the last year" means on the page."""
    return today - dt.timedelta(days=364), today


def _tr(language: str) -> Tr:
    return lambda text: translate(text, language)


# ------------------------------------------------------------------ community events
@register
def community_sections(session: Session, language: str, today: dt.date) -> list[ImpactSection]:
    from advisoryboard.analytics import community as ca
    from advisoryboard.community_labels import EVENT_KIND_LABELS
    from database.models.community import EventKind

    tr = _tr(language)
    start, end = _year_before(today)
    totals = ca.totals(session, start, end)
    if totals.events == 0:
        return []
    n = lambda v: format_number(v, language=language)  # noqa: E731
    hours = lambda v: format_number(v, 1, language)  # noqa: E731
    parts = Parts(
        intro=tr(
            "Community events the board held or co-hosted in the last twelve months ({start} to {end}) "
            "and who took part. Only counts are published: no participant is named."
        ).format(start=_date(start, language), end=_date(end, language))
    )
    measures = [
        (tr("Events held"), n(totals.events)),
        (tr("Participants (head counts)"), n(totals.participants)),
        (tr("Unique named participants"), n(totals.unique_participants)),
        (tr("First-time participants"), n(totals.first_time)),
        (tr("Returning participants"), n(totals.returning)),
        (tr("Volunteers"), n(totals.volunteers)),
        (tr("Volunteer hours"), hours(totals.volunteer_hours)),
    ]
    kinds = ca.by_kind(session, start, end)
    kind_name = lambda key: tr(EVENT_KIND_LABELS[EventKind(key)])  # noqa: E731
    head = (tr("Events"), tr("Participants"), tr("Volunteers"), tr("Volunteer hours"))
    by_kind = [
        (kind_name(g.key), n(g.events), n(g.participants), n(g.volunteers), hours(g.volunteer_hours))
        for g in kinds
    ]
    by_area = [
        (g.key or tr("(no area)"), n(g.events), n(g.participants), n(g.volunteers), hours(g.volunteer_hours))
        for g in ca.by_area(session, start, end)
    ]
    parts.blocks.append(
        (
            "",
            [
                Table(tr("Participation in the last twelve months"), (tr("Measure"), tr("Count")), measures),
                Table(tr("Events by kind"), (tr("Kind"), *head), by_kind),
                Table(tr("Events by area"), (tr("District or beat"), *head), by_area),
            ],
        )
    )
    coverage = ca.watch_coverage(session)
    if coverage:
        rows = [
            (c.program, n(c.blocks), n(c.covered), format_percent(c.share, language=language))
            for c in coverage
        ]
        parts.blocks.append(
            (
                tr("Neighborhood watch coverage"),
                [
                    Table(
                        tr("Blocks with an active block captain"),
                        (tr("Watch"), tr("Blocks"), tr("With an active captain"), tr("Coverage")),
                        rows,
                    )
                ],
            )
        )
    parts.charts.append(
        _chart(
            "events-participants-by-kind.svg",
            tr("Participants by kind of event"),
            [(kind_name(g.key), float(g.participants)) for g in kinds],
            tr("participants"),
        )
    )
    parts.notes.append(
        tr(
            "Participants are head counts of events held; unique, first-time and returning participants "
            "count named sign-ins only."
        )
    )
    return [_section(tr("Community events and participation"), parts)]


# ------------------------------------------------------------------ surveys
@register
def survey_sections(session: Session, language: str, today: dt.date) -> list[ImpactSection]:
    from advisoryboard.analytics.surveys import question_result
    from advisoryboard.services.surveys import CHOICE_KINDS, survey_detail
    from database.models.surveys import QuestionKind, Survey, SurveyResponse, SurveyWave

    tr = _tr(language)
    with_answers = session.execute(
        select(Survey.id, SurveyWave.id)
        .join(SurveyWave, SurveyWave.survey_id == Survey.id)
        .join(SurveyResponse, SurveyResponse.wave_id == SurveyWave.id)
        .group_by(Survey.id, SurveyWave.id)
        .having(func.count() >= MIN_RESPONDENTS)
        .order_by(Survey.id, SurveyWave.id)
    ).all()
    latest: dict[int, int] = {}
    for survey_id, wave_id in with_answers:  # each survey's latest wave with enough answers
        latest[survey_id] = wave_id
    sections: list[ImpactSection] = []
    for survey_id, wave_id in latest.items():
        detail = survey_detail(session, survey_id)
        wave = detail.wave(wave_id)
        title = detail.title_es if language == "es" and detail.title_es else detail.title
        parts = Parts(
            intro=tr(
                "Results of the wave “{wave}”. Responses are anonymous; an answer given by fewer than "
                "{n} people is shown as “fewer than {n}” (and then one more answer is not shown, so it "
                "cannot be worked out), and written answers are not published."
            ).format(wave=wave.name if wave else "", n=SMALL_CELL)
        )
        positive: list[tuple[str, float]] = []
        tables: list[Table] = []
        means: list[tuple[str, str, str]] = []
        for q in detail.questions:
            if q.demographic or q.kind is QuestionKind.TEXT:
                continue
            r = question_result(session, survey_id, q.key, wave_id, detail)
            if r.n < MIN_RESPONDENTS:
                continue
            text = q.text_es if language == "es" and q.text_es else q.text_en
            if q.kind in CHOICE_KINDS:
                rows = []
                hidden = _suppressed([c.count for c in r.choices])
                for c, hide in zip(r.choices, hidden, strict=True):
                    name = c.label_es if language == "es" and c.label_es else c.label_en
                    if hide:
                        few = (
                            tr("fewer than {n}").format(n=SMALL_CELL)
                            if c.count < SMALL_CELL
                            else tr("not shown")
                        )
                        rows.append((name, few, "–", "–"))
                    else:
                        share = format_percent(c.share, language=language)
                        low = format_percent(c.low, language=language)
                        interval = f"{low}–{format_percent(c.high, language=language)}"
                        rows.append((name, format_number(c.count, language=language), share, interval))
                caption = tr("{question} ({n} answers)").format(
                    question=text, n=format_number(r.n, language=language)
                )
                tables.append(
                    Table(caption, (tr("Answer"), tr("Answers"), tr("Share"), tr("95% interval")), rows)
                )
                if r.positive is not None:
                    positive.append((text, round(r.positive[0] * 100, 1)))
            elif r.mean is not None:
                means.append(
                    (text, format_number(r.mean, 1, language), format_number(r.n, language=language))
                )
        if not tables and not means:
            continue
        if means:
            tables.append(Table(tr("Average ratings"), (tr("Question"), tr("Average"), tr("Answers")), means))
        parts.blocks.append(("", tables))
        if positive:
            parts.charts.append(
                _chart(
                    f"survey-{survey_id}-positive.svg",
                    tr("Share of positive answers (safe, agree, satisfied), in percent"),
                    positive,
                    "%",
                )
            )
        parts.notes.append(
            tr("Shares are of the people who answered the question, with their 95% interval (Wilson).")
        )
        sections.append(_section(tr("Survey: {title}").format(title=title), parts))
    return sections


def _suppressed(counts: Sequence[int]) -> list[bool]:
    """Which counts not to show: those under SMALL_CELL and, when only one is, the next smallest
    too (else the total less the others would give it away)."""
    hidden = [n < SMALL_CELL for n in counts]
    if sum(hidden) == 1 and len(counts) > 1:
        rest = [i for i, h in enumerate(hidden) if not h]
        hidden[min(rest, key=lambda i: counts[i])] = True
    return hidden


# ------------------------------------------------------------------ crime trends
@register
def crime_sections(session: Session, language: str, today: dt.date) -> list[ImpactSection]:
    from advisoryboard.analytics.crime import (
        IncidentFilter,
        TrendLine,
        latest_incident,
        month_series,
        police_report,
    )
    from advisoryboard.reports.crime_trends import pct

    tr = _tr(language)
    if latest_incident(session) is None:
        return []
    report = police_report(session, today)
    month = _month(report.month, language)
    n = lambda v: format_number(v, language=language)  # noqa: E731
    parts = Parts(
        intro=tr(
            "Police incidents as the police department publishes them, for {month}: against the same "
            "month a year before and the average month of the last twelve, and the year to date "
            "against last year's."
        ).format(month=month)
    )
    head = (
        tr("Last month"),
        tr("A year before"),
        tr("Change"),
        tr("12-month average"),
        tr("Year to date"),
        tr("Last year to date"),
        tr("Change"),
    )

    def row(name: str, t: TrendLine) -> tuple[str, ...]:
        return (
            name,
            n(t.last_month),
            n(t.same_month_last_year),
            pct(t.vs_last_year),
            format_number(t.average_12, 1, language),
            n(t.ytd),
            n(t.last_ytd),
            pct(t.vs_last_ytd),
        )

    categories = [row(c.label or tr("Not grouped"), c) for c in report.by_category]
    categories.append(row(tr("All incidents"), report.total))
    districts = [row(d.label or tr("No district"), d) for d in report.by_district]
    parts.blocks.append(
        (
            "",
            [
                Table(
                    tr("Incidents by category, {month}").format(month=month),
                    (tr("Category"), *head),
                    categories,
                ),
                Table(
                    tr("Incidents by district, {month}").format(month=month),
                    (tr("District"), *head),
                    districts,
                ),
            ],
        )
    )
    first = _add_months(report.month, -11)
    end = _add_months(report.month, 1) - dt.timedelta(days=1)
    series = month_series(session, IncidentFilter(first, end))
    parts.charts.append(
        _chart(
            "crime-incidents-per-month.svg",
            tr("Police incidents per month"),
            [(_month(m, language), float(c)) for m, c in series],
            tr("incidents"),
        )
    )
    map_chart = _incident_map(session, first, end, tr, language)
    if map_chart is not None:
        parts.charts.append(map_chart)
    parts.notes.append(
        tr(
            "Counts are offense records as published (an incident with two offenses counts twice); the "
            "police department's own offense values are grouped into the board's categories."
        )
    )
    return [_section(tr("Crime trends"), parts)]


def _incident_map(
    session: Session, start: dt.date, end: dt.date, tr: Tr, language: str
) -> ImpactChart | None:
    """The incidents of the period on the district outlines (hexagons where they cluster), or
    None without outlines; its alt text gives the incidents per district."""
    from reportlab.graphics import renderSVG
    from reportlab.lib.units import mm

    from advisoryboard.analytics.crime import IncidentFilter, incident_mix
    from advisoryboard.geo.layers import MapFilter, load_map
    from advisoryboard.reports.maps import map_drawing

    data = load_map(session, MapFilter(start, end, "all", public=True), ("incidents",))
    layer = data.layers.get("incidents")
    if not data.outlines or layer is None or not len(layer):
        return None
    title = tr("Police incidents from {start} to {end}").format(
        start=_date(start, language), end=_date(end, language)
    )
    drawing = map_drawing(data, title, 170 * mm, tr, height=150 * mm, layer_key="incidents")
    svg = renderSVG.drawToString(drawing).encode("utf-8")
    mix = incident_mix(session, IncidentFilter(start, end))[:6]
    numbers = "; ".join(f"{name}: {format_number(count, language=language)}" for name, count in mix)
    alt = tr(
        "Map of {title}: {n} incidents with coordinates on the outlines “{outlines}”. Most common: {mix}."
    ).format(title=title, n=format_number(len(layer), language=language), outlines=data.set_name, mix=numbers)
    return ImpactChart("crime-incidents-map.svg", svg, alt)


# ------------------------------------------------------------------ SARA projects
@register
def project_sections(session: Session, language: str, today: dt.date) -> list[ImpactSection]:
    from advisoryboard.reports.crime_trends import pct
    from advisoryboard.reports.project_report import ratio_text
    from advisoryboard.services.project_assessment import assess
    from advisoryboard.services.projects import STAGE_LABELS, list_projects

    tr = _tr(language)
    projects = list_projects(session)
    if not projects:
        return []
    rows = []
    bars: list[tuple[str, float]] = []
    maps: list[ImpactChart] = []
    for p in projects:
        a = assess(session, p.id)
        if a.area is None:
            result, ratio, p_value = tr("not assessed yet"), "–", "–"
        else:
            result = f"{a.area.before} → {a.area.after} ({pct(a.area.pct_change)})"
            ratio, p_value = ratio_text(a.area, tr)
            if a.note:
                p_value = tr("after window not over")
            bars += [
                (tr("Before: {project}").format(project=p.title), float(a.area.before)),
                (tr("After: {project}").format(project=p.title), float(a.area.after)),
            ]
        drawn = _project_map(session, p.id, p.title, tr, language)
        if drawn is not None:
            maps.append(drawn)
        buffer = (
            "–" if a.buffer is None else f"{a.buffer.before} → {a.buffer.after} ({pct(a.buffer.pct_change)})"
        )
        rows.append(
            (
                p.title,
                tr(STAGE_LABELS[p.stage]),
                ", ".join(p.categories),
                p.area,
                _date(a.start, language) if a.start else "–",
                result,
                ratio,
                p_value,
                buffer,
            )
        )
    parts = Parts(
        intro=tr(
            "Problems the board works on with its partners (scanning, analysis, response, assessment) "
            "and whether the response worked: the problem's incidents over equal windows before and after "
            "the response started, in the area and in the surrounding buffer."
        )
    )
    parts.blocks.append(
        (
            "",
            [
                Table(
                    tr("Problem-solving projects and their assessed results"),
                    (
                        tr("Project"),
                        tr("Stage"),
                        tr("Categories"),
                        tr("Area"),
                        tr("Response start"),
                        tr("Incidents before → after"),
                        tr("Rate ratio (95% interval)"),
                        tr("Test"),
                        tr("Buffer"),
                    ),
                    rows,
                    text_columns=5,
                )
            ],
        )
    )
    if bars:
        parts.charts.append(
            _chart(
                "projects-before-after.svg",
                tr("Problem incidents before and after the response"),
                bars,
                tr("incidents"),
            )
        )
    parts.charts += maps
    parts.notes.append(
        tr(
            "A rate ratio under 1 means fewer incidents after the response; the exact conditional test "
            "says whether the change is more than chance. With too little data there is no test."
        )
    )
    return [_section(tr("Problem-solving projects"), parts)]


def _project_map(session: Session, project_id: int, title: str, tr: Tr, language: str) -> ImpactChart | None:
    """The incidents linked to a project on the district outlines, or None
    (no outlines, or no linked incident with coordinates); the alt text counts them by category."""
    from collections import Counter
    from dataclasses import replace

    import numpy as np
    from reportlab.graphics import renderSVG
    from reportlab.lib.units import mm

    from advisoryboard.geo.layers import MapFilter, PointLayer, load_map
    from advisoryboard.reports.maps import map_drawing
    from database.models import Incident, OffenseCategory, ProjectIncident

    rows = session.execute(
        select(Incident.longitude, Incident.latitude, OffenseCategory.name, Incident.offense_group)
        .join(ProjectIncident, ProjectIncident.incident_id == Incident.id)
        .outerjoin(OffenseCategory, OffenseCategory.id == Incident.category_id)
        .where(
            ProjectIncident.project_id == project_id,
            Incident.longitude.is_not(None),
            Incident.latitude.is_not(None),
        )
    ).all()
    if not rows:
        return None
    data = load_map(session, MapFilter(public=True), ())
    if not data.outlines:
        return None
    lon = np.array([r[0] for r in rows], dtype=float)
    lat = np.array([r[1] for r in rows], dtype=float)
    names = [r[2] or r[3] or tr("Other") for r in rows]
    category = np.empty(len(rows), dtype=object)
    category[:] = names
    label = np.empty(len(rows), dtype=object)
    label[:] = [""] * len(rows)
    layer = PointLayer("incidents", tr("Police incidents"), lon, lat, label, category)
    shown = replace(data, layers={"incidents": layer})  # the whole city: where the problem is in it
    heading = tr("{project}: the incidents linked to the problem").format(project=title)
    drawing = map_drawing(shown, heading, 170 * mm, tr, height=120 * mm, layer_key="incidents")
    counts = "; ".join(
        f"{name}: {format_number(n, language=language)}" for name, n in Counter(names).most_common()
    )
    alt = tr("Map of {title}: {n} incidents. By category: {counts}.").format(
        title=heading, n=format_number(len(rows), language=language), counts=counts
    )
    return ImpactChart(f"project-{project_id}-map.svg", renderSVG.drawToString(drawing).encode("utf-8"), alt)


# ------------------------------------------------------------------ helpers
def _date(day: dt.date, language: str) -> str:
    from advisoryboard.i18n import format_date

    return format_date(day, "long", language)


def _month(day: dt.date, language: str) -> str:
    from advisoryboard.i18n import format_month

    return format_month(day, language)


def _add_months(day: dt.date, months: int) -> dt.date:
    from advisoryboard.analytics.filters import add_months

    return add_months(day, months)
