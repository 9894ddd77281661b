"""Did it work? The assessment of a SARA project over equal windows before and after.

The response start is the first response's start date (or the date the project entered
the response stage). The windows are `window_days` long each: before = the days just
before the start, after = from the start on. Counts are of the problem's incidents (its
categories) in the area and in the surrounding buffer (did it only move?), and of the
project's linked community issues. An after window that runs past the newest imported
incident is not complete: then no test is made, and the assessment says why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.analytics.crime import (
    AreaSpec,
    IncidentFilter,
    RateTest,
    compare_counts,
    counts_in_area,
    in_area_ids,
    latest_incident,
)
from advisoryboard.analytics.filters import add_months
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import get_or_404, require_permission
from advisoryboard.services.projects import _category_ids, area_of, buffer_of, response_start
from database.models import Incident, Issue, Project, ProjectIssue


@dataclass(frozen=True)
class Windows:
    before_from: dt.date
    before_to: dt.date
    after_from: dt.date
    after_to: dt.date


@dataclass(frozen=True)
class Assessment:
    project_id: int
    start: dt.date | None
    windows: Windows | None
    area: RateTest | None
    buffer: RateTest | None
    issues: RateTest | None
    #: Incidents per month in the area, from a window before the start to today (for the chart).
    series: list[tuple[dt.date, int]]
    buffer_series: list[tuple[dt.date, int]]
    note: str = ""


def windows_for(start: dt.date, days: int) -> Windows:
    one = dt.timedelta(days=1)
    return Windows(start - dt.timedelta(days=days), start - one, start, start + dt.timedelta(days=days) - one)


def _incomplete(test: RateTest, message: str) -> RateTest:
    return replace(test, rate_ratio=None, ci_low=None, ci_high=None, p_value=None, note=message)


def _monthly(session: Session, area: AreaSpec, f: IncidentFilter) -> list[tuple[dt.date, int]]:
    if area.empty or f.date_from is None or f.date_to is None:
        return []
    counts: dict[dt.date, int] = {}
    ids = in_area_ids(session, area, f)
    for start in range(0, len(ids), 900):
        for (when,) in session.execute(
            select(Incident.occurred_at).where(Incident.id.in_(ids[start : start + 900]))
        ):
            key = when.date().replace(day=1)
            counts[key] = counts.get(key, 0) + 1
    out, month = [], f.date_from.replace(day=1)
    while month <= f.date_to:
        out.append((month, counts.get(month, 0)))
        month = add_months(month, 1)
    return out


def assess(session: Session, project_id: int, *, monthly: bool = True) -> Assessment:
    """The before/after tests of a project; `monthly=False` leaves out the monthly series (for
    the chart) when only the tests are printed, as in the annual summary."""
    require_permission(session, Permission.READ)
    p = get_or_404(session, Project, project_id, _("Project"))
    start = response_start(session, p)
    if start is None:
        return Assessment(
            project_id,
            None,
            None,
            None,
            None,
            None,
            [],
            [],
            _("No response has a start date yet: the assessment compares the time before and after it."),
        )
    w = windows_for(start, p.window_days)
    categories = _category_ids(session, project_id)
    before = IncidentFilter(w.before_from, w.before_to, categories)
    after = IncidentFilter(w.after_from, w.after_to, categories)
    area, buffer = area_of(p), buffer_of(p)
    area_test = compare_counts(*counts_in_area(session, area, (before, after)))
    buffer_test = None
    if not buffer.empty:
        buffer_test = compare_counts(*counts_in_area(session, buffer, (before, after)))
    issue_days = [
        d
        for (d,) in session.execute(
            select(Issue.reported_on)
            .join(ProjectIssue, ProjectIssue.issue_id == Issue.id)
            .where(ProjectIssue.project_id == project_id)
        )
    ]
    b = sum(1 for d in issue_days if w.before_from <= d.date() <= w.before_to)
    a = sum(1 for d in issue_days if w.after_from <= d.date() <= w.after_to)
    issues_test = compare_counts(b, a)
    note = ""
    latest = latest_incident(session)
    if latest is None or latest.date() < w.after_to:
        note = _(
            "The after window runs to {end}, but incidents are imported only up to {latest}: "
            "the counts after the response are incomplete, so no test is made yet."
        ).format(end=w.after_to.isoformat(), latest=latest.date().isoformat() if latest else "–")
        area_test = _incomplete(area_test, note)
        if buffer_test is not None:
            buffer_test = _incomplete(buffer_test, note)
    # Whole months on the chart (a month cut by a window's edge would look like a drop).
    last_day = add_months(w.after_to, 1) - dt.timedelta(days=1)
    chart = IncidentFilter(
        w.before_from.replace(day=1), min(last_day, latest.date()) if latest else last_day, categories
    )
    return Assessment(
        project_id,
        start,
        w,
        area_test,
        buffer_test,
        issues_test,
        _monthly(session, area, chart) if monthly else [],
        _monthly(session, buffer, chart) if monthly else [],
        note,
    )


def issue_count(session: Session, project_id: int) -> int:
    return int(session.scalar(select(func.count()).where(ProjectIssue.project_id == project_id)) or 0)
