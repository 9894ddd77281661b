"""The annual summary's section on problem-solving (SARA) projects and their assessed results.

`load_projects` (called from annual_data.load_annual) lists the projects active in the
period; `projects_section` (one of annual.build_annual's sections) prints them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from advisoryboard.analytics.crime import RateTest
from advisoryboard.reports.crime_trends import pct
from advisoryboard.reports.labels import short_date
from advisoryboard.reports.layout import CONTENT_WIDTH, Translator, empty_note, fixed, grid_table, styles
from advisoryboard.reports.project_report import ratio_text
from advisoryboard.services.project_assessment import assess
from advisoryboard.services.projects import STAGE_LABELS, list_projects
from database.enums import ProjectStage


@dataclass(frozen=True)
class ProjectLine:
    title: str
    stage: ProjectStage
    response_start: Any
    area: RateTest | None
    buffer: RateTest | None
    incomplete: bool


def load_projects(session: Session, data: Any) -> None:
    """Fill `data.projects` with the projects that were open during `data.period`."""
    period = data.period
    lines = []
    for p in list_projects(session):
        started = p.stage_on if p.stage is ProjectStage.SCANNING else None
        if started is not None and started > period.end:
            continue
        a = assess(session, p.id, monthly=False)  # the tests only: no chart here
        lines.append(ProjectLine(p.title, p.stage, a.start, a.area, a.buffer, bool(a.note)))
    data.projects = lines


def projects_section(data: Any, _: Translator) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [fixed(_("Problem-solving projects"), st.h1)]
    lines: list[ProjectLine] = getattr(data, "projects", [])
    if not lines:
        flow.append(empty_note(_("No problem-solving projects were recorded.")))
        return flow
    rows = []
    for line in lines:
        if line.area is None:
            result = _("not assessed yet")
        elif line.incomplete:
            result = _("{before} → {after} so far (after window not over)").format(
                before=line.area.before, after=line.area.after
            )
        else:
            ratio, p = ratio_text(line.area, _)
            result = f"{line.area.before} → {line.area.after} ({pct(line.area.pct_change)}); {ratio}; {p}"
        buffer = "–"
        if line.buffer is not None:
            buffer = f"{line.buffer.before} → {line.buffer.after} ({pct(line.buffer.pct_change)})"
        rows.append(
            [
                line.title,
                _(STAGE_LABELS[line.stage]),
                short_date(line.response_start, _) or "–",
                result,
                buffer,
            ]
        )
    flow.append(
        grid_table(
            [
                _("Project"),
                _("Stage"),
                _("Response start"),
                _("Problem incidents before → after"),
                _("Buffer"),
            ],
            rows,
            [CONTENT_WIDTH - 148 * mm, 24 * mm, 28 * mm, 62 * mm, 34 * mm],
            compact=True,
        )
    )
    flow.append(
        empty_note(
            _(
                "Counts over equal windows before and after the response start, in the project's area and in "
                "the surrounding buffer; rate ratio with its 95% interval and the exact conditional test."
            )
        )
    )
    return flow
