"""The one-page "Crime trends" handout for a meeting's police report.

The last full month before the meeting against the same month a year before and against
the average of the 12 months before it, and year-to-date against last year's, by offense
category and by district; a small chart of the last 24 months.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from advisoryboard.analytics.crime import IncidentFilter, PoliceReport, TrendLine, month_series, police_report
from advisoryboard.analytics.filters import add_months
from advisoryboard.errors import NotFound
from advisoryboard.geo.layers import MapData
from advisoryboard.i18n import _ as app_
from advisoryboard.reports import maps
from advisoryboard.reports.agenda import board_header
from advisoryboard.reports.crime_charts import monthly_columns
from advisoryboard.reports.data import Board, load_board
from advisoryboard.reports.labels import long_date, month_name, short_date
from advisoryboard.reports.layout import (
    CONTENT_WIDTH,
    PageSetup,
    Translator,
    build_pdf,
    empty_note,
    fixed,
    gap,
    grid_table,
    styles,
    translator,
)
from database.models import Meeting

#: With more table rows than this the chart is left out, so the handout stays one page.
MAX_LINES_WITH_CHART = 26


def pct(value: float | None) -> str:
    """'+12%', '−5%', '0%', or '–' when there is nothing to compare with."""
    if value is None:
        return "–"
    rounded = round(value)
    return f"+{rounded}%" if rounded > 0 else (f"−{-rounded}%" if rounded < 0 else "0%")


def _row(name: str, line: TrendLine) -> list[str]:
    return [
        name,
        str(line.last_month),
        str(line.same_month_last_year),
        pct(line.vs_last_year),
        # An average over months the data does not reach, or of under one incident a month,
        # makes a misleading percentage ("+400%" from 0.25 a month): "–" instead.
        f"{line.average_12:.1f}" if line.covers_a_year else "–",
        pct(line.vs_average) if line.average_is_sound else "–",
        str(line.ytd),
        str(line.last_ytd),
        pct(line.vs_last_ytd),
    ]


def trend_table(
    report: PoliceReport, lines: list[TrendLine], first: str, names: list[str], _: Translator
) -> Flowable:
    m = report.month
    last = add_months(m, -12)
    header = [
        first,
        f"{month_name(m.month, _)} {m.year}",
        f"{month_name(last.month, _)} {last.year}",
        _("Change"),
        _("12-month avg."),
        _("vs avg."),
        _("YTD {year}").format(year=m.year),
        _("YTD {year}").format(year=m.year - 1),
        _("Change"),
    ]
    rows = [_row(n, line) for n, line in zip(names, lines, strict=True)]
    rows.append(_row(_("All incidents"), report.total))
    widths = [CONTENT_WIDTH - 8 * 17.5 * mm] + [17.5 * mm] * 8
    many = len(report.by_category) + len(report.by_district) > MAX_LINES_WITH_CHART
    return grid_table(
        header, rows, widths, align_right=range(1, 9), compact=True, row_height=10 if many else None
    )


def build_crime_trends(
    board: Board,
    meeting_day: dt.date,
    report: PoliceReport,
    series: list[tuple[dt.date, int]],
    language: str = "en",
    incident_map: MapData | None = None,
) -> bytes:
    _ = translator(language)
    st = styles()
    m = report.month
    story: list[Flowable] = [
        *board_header(board),
        fixed(_("Crime trends"), st.subtitle),
        fixed(_("For the meeting of {date}").format(date=long_date(meeting_day, _)), st.small),
        fixed(
            _("Last full month: {month} {year}. Police incident data through {day}.").format(
                month=month_name(m.month, _), year=m.year, day=short_date(report.latest, _) or "–"
            ),
            st.small,
        ),
        gap(2),
    ]
    if report.latest is None:
        story.append(empty_note(_("No police incident data has been imported yet.")))
    else:
        story.append(fixed(_("By offense category"), st.h2))
        names = [_(line.label) if line.label else _("Not categorized") for line in report.by_category]
        story.append(trend_table(report, report.by_category, _("Category"), names, _))
        story.append(fixed(_("By district"), st.h2))
        districts = [
            _("District {name}").format(name=line.label) if line.label else _("No district")
            for line in report.by_district
        ]
        story.append(trend_table(report, report.by_district, _("District"), districts, _))
        if series and len(report.by_category) + len(report.by_district) <= MAX_LINES_WITH_CHART:
            story.append(gap(2))
            story.append(
                monthly_columns(
                    _("Incidents per month, last 24 months"),
                    [d for d, _n in series],
                    [n for _d, n in series],
                    CONTENT_WIDTH,
                    40 * mm,
                    month_label=lambda d: f"{month_name(d.month, _)[:3]} {d.year % 100:02d}",
                )
            )
    notes = [
        empty_note(
            _(
                "Counts are offense records as the police department publishes them (an incident with "
                "two offenses counts once in each). The 12-month average is of the 12 months before the "
                "month shown; year-to-date runs from January 1 through the end of that month. "
                "“–” means there is nothing to compare with."
            )
        )
    ]
    if report.latest is not None and not report.total.covers_a_year:
        notes.append(
            empty_note(
                _(
                    "The incident data covers only {n} of the 12 months before {month} {year}: "
                    "no 12-month average is shown."
                ).format(n=report.months_covered, month=month_name(m.month, _), year=m.year)
            )
        )
    if incident_map is not None and report.latest is not None:
        # Under the notes, in the room the tables leave: left out rather than a second page.
        notes += maps.incident_map(
            incident_map,
            _("Where incidents happened, {month} {year}").format(month=month_name(m.month, _), year=m.year),
            _,
        )
    story += notes
    title = f"{board.name} — {_('Crime trends')}"
    setup = PageSetup(running_title=title, page_label=_("Page {page} of {pages}"))
    return build_pdf(story, setup, title=title, author=board.name)


def render_crime_trends(session: Session, meeting_id: int, language: str = "en") -> bytes:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(app_("Meeting #{id} does not exist (it may have been deleted).").format(id=meeting_id))
    day = meeting.starts_at.date()
    report = police_report(session, day)
    first = add_months(report.month, -23)
    series = month_series(session, IncidentFilter(first, add_months(report.month, 1) - dt.timedelta(days=1)))
    end = add_months(report.month, 1) - dt.timedelta(days=1)
    where = maps.load_incident_map(session, report.month, end)
    return build_crime_trends(load_board(session), day, report, series, language, where)
