"""The project report (one to three pages) presented at a meeting: a SARA project from
problem to assessment, with the before/after counts, their test and two charts."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether
from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.analytics.crime import RateTest
from advisoryboard.geo.layers import MapData
from advisoryboard.geo.project_map import project_map
from advisoryboard.reports.agenda import board_header
from advisoryboard.reports.crime_charts import before_after_bars, monthly_columns
from advisoryboard.reports.crime_trends import pct
from advisoryboard.reports.data import Board, load_board
from advisoryboard.reports.labels import month_name, short_date
from advisoryboard.reports.layout import (
    CONTENT_WIDTH,
    PageSetup,
    Translator,
    build_pdf,
    empty_note,
    fixed,
    gap,
    grid_table,
    labelled,
    styles,
    text,
    translator,
)
from advisoryboard.reports.maps import project_map_section
from advisoryboard.services.project_assessment import Assessment, assess
from advisoryboard.services.projects import STAGE_LABELS, STAGES, ProjectRecord, get_project
from database.models import ActionItem, Issue, Motion

MAX_ISSUES_LISTED = 12


def ratio_text(test: RateTest, _: Translator) -> tuple[str, str]:
    """('0.62 (0.41–0.93)', 'p = 0.021') or the reason there is no test."""
    if not test.tested or test.rate_ratio is None:
        return "–", _("no test")
    high = "∞" if test.ci_high == float("inf") else f"{test.ci_high:.2f}"
    p = "p < 0.001" if (test.p_value or 0) < 0.001 else f"p = {test.p_value:.3f}"
    return f"{test.rate_ratio:.2f} ({test.ci_low:.2f}–{high})", p


def _assessment(a: Assessment, _: Translator) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [fixed(_("Assessment"), st.h1)]
    if a.windows is None or a.area is None:
        flow.append(
            fixed(
                _("No response has a start date yet: the assessment compares the time before and after it."),
                st.body,
            )
        )
        return flow
    w = a.windows
    flow.append(
        fixed(
            _("Response start {start}. Before: {b0} – {b1}; after: {a0} – {a1} (equal windows).").format(
                start=short_date(a.start, _),
                b0=short_date(w.before_from, _),
                b1=short_date(w.before_to, _),
                a0=short_date(w.after_from, _),
                a1=short_date(w.after_to, _),
            ),
            st.body,
        )
    )
    rows = []
    tests = [
        (_("Problem area"), a.area),
        (_("Surrounding buffer"), a.buffer),
        (_("Linked community issues"), a.issues),
    ]
    notes: list[str] = []
    for name, test in tests:
        if test is None:
            continue
        ratio, p = ratio_text(test, _)
        rows.append([name, str(test.before), str(test.after), pct(test.pct_change), ratio, p])
        if test.note and test.note not in notes and not a.note:
            notes.append(test.note)
    flow.append(
        grid_table(
            [_("Where"), _("Before"), _("After"), _("Change"), _("Rate ratio (95% interval)"), _("Test")],
            rows,
            [CONTENT_WIDTH - 128 * mm, 18 * mm, 18 * mm, 18 * mm, 46 * mm, 28 * mm],
            align_right=(1, 2, 3),
        )
    )
    if a.note:
        flow.append(
            empty_note(_("The after window is not complete yet: no test is made, and no p-value is shown."))
        )
    if notes:
        flow.append(
            empty_note(_("Too little data for a test in one of the rows: no p-value is shown for it."))
        )
    flow.append(
        empty_note(
            _(
                "The rate ratio is incidents after divided by incidents before; below 1 means fewer. Its 95% "
                "interval and the p-value come from the exact conditional test for two Poisson counts over "
                "equal windows. The buffer shows whether the problem moved nearby."
            )
        )
    )
    charts: list[Flowable] = []
    if a.series:
        charts.append(
            monthly_columns(
                _("Problem incidents per month in the area"),
                [d for d, _n in a.series],
                [n for _d, n in a.series],
                CONTENT_WIDTH,
                42 * mm,
                month_label=lambda d: f"{month_name(d.month, _)[:3]} {d.year % 100:02d}",
                marker=a.start,
                marker_label=_("response starts"),
            )
        )
    groups, before, after = [], [], []
    for name, test in tests:
        if test is not None:
            groups.append(name)
            before.append(test.before)
            after.append(test.after)
    charts.append(gap(2))
    charts.append(
        before_after_bars(
            _("Before and after"),
            groups,
            before,
            after,
            (_("Before"), _("After")),
            CONTENT_WIDTH * 0.7,
            42 * mm,
        )
    )
    flow.append(KeepTogether(charts))
    return flow


def build_project_report(
    board: Board,
    record: ProjectRecord,
    assessment: Assessment,
    links: dict[tuple[str, int], str],
    issues: list[tuple[str, str, dt.datetime]],
    language: str = "en",
    where: MapData | None = None,
) -> bytes:
    _ = translator(language)
    st = styles()
    d = record.data
    story: list[Flowable] = [
        *board_header(board),
        fixed(_("Problem-solving project"), st.subtitle),
        text(record.data.title, st.h1),
    ]
    stages = [
        [
            _(STAGE_LABELS[s]) + (" ◀" if s is record.stage else ""),
            short_date(record.stage_dates[s], _) or "–",
        ]
        for s in STAGES
    ]
    story.append(grid_table([_("Stage"), _("Since")], stages, [45 * mm, 45 * mm], compact=True))
    story.append(gap(2))
    story.append(fixed(_("Scanning: the problem"), st.h2))
    if d.problem:
        story.append(text(d.problem))
    story.append(labelled(_("Offense categories:"), ", ".join(_(c) for c in record.categories)))
    story.append(labelled(_("Area:"), record.area))
    if d.period_start or d.period_end:
        story.append(
            labelled(
                _("Time frame:"),
                _("{start} – {end}").format(
                    start=short_date(d.period_start, _) or "…", end=short_date(d.period_end, _) or "…"
                ),
            )
        )
    story.append(
        labelled(
            _("Linked:"),
            _("{incidents} police incidents, {issues} community issues").format(
                incidents=len(record.incident_ids), issues=len(record.issue_ids)
            ),
        )
    )
    story += project_map_section(where, _)
    story.append(fixed(_("Analysis"), st.h2))
    triangle = [
        [_("Location"), d.triangle_location or "–"],
        [_("Offender"), d.triangle_offender or "–"],
        [_("Victim or target"), d.triangle_victim or "–"],
        [_("Contributing factors"), d.contributing_factors or "–"],
        [_("Partners"), ", ".join(record.partners) or "–"],
    ]
    story.append(
        grid_table([_("Problem analysis triangle"), ""], triangle, [45 * mm, CONTENT_WIDTH - 45 * mm])
    )
    story.append(fixed(_("Responses"), st.h2))
    if record.responses:
        rows = []
        for r in record.responses:
            keys = [("a", i) for i in r.action_item_ids] + [("m", i) for i in r.motion_ids]
            linked = [links[k] for k in keys if k in links]
            rows.append(
                [short_date(r.started_on, _), r.what, r.who or "", r.partner or "", "\n".join(linked)]
            )
        story.append(
            grid_table(
                [_("Started"), _("What"), _("Who"), _("Partner"), _("Action items and motions")],
                rows,
                [26 * mm, CONTENT_WIDTH - 134 * mm, 30 * mm, 32 * mm, 46 * mm],
                compact=True,
            )
        )
    else:
        story.append(empty_note(_("No responses are recorded yet.")))
    story += _assessment(assessment, _)
    if d.assessment_notes:
        story.append(text(d.assessment_notes))
    if issues:
        story.append(fixed(_("Linked community issues"), st.h2))
        story.append(
            grid_table(
                [_("Ref."), _("Issue"), _("Reported")],
                [[ref, title, short_date(when, _)] for ref, title, when in issues[:MAX_ISSUES_LISTED]],
                [23 * mm, CONTENT_WIDTH - 58 * mm, 35 * mm],
                compact=True,
            )
        )
        if len(issues) > MAX_ISSUES_LISTED:
            story.append(empty_note(_("… and {n} more.").format(n=len(issues) - MAX_ISSUES_LISTED)))
    title = f"{board.name} — {_('Problem-solving project')}: {record.data.title}"
    setup = PageSetup(running_title=title, page_label=_("Page {page} of {pages}"))
    return build_pdf(story, setup, title=title, author=board.name)


def render_project(session: Session, project_id: int, language: str = "en") -> bytes:
    record = get_project(session, project_id)
    assessment = assess(session, project_id)
    links: dict[tuple[str, int], str] = {}
    action_ids = {i for r in record.responses for i in r.action_item_ids}
    motion_ids = {i for r in record.responses for i in r.motion_ids}
    if action_ids:
        for i, desc in session.execute(
            select(ActionItem.id, ActionItem.description).where(ActionItem.id.in_(action_ids))
        ):
            links[("a", i)] = desc
    if motion_ids:
        for i, desc in session.execute(select(Motion.id, Motion.text).where(Motion.id.in_(motion_ids))):
            links[("m", i)] = desc
    issues: list[tuple[str, str, dt.datetime]] = []
    if record.issue_ids:
        issues = [
            (r, t, w)
            for r, t, w in session.execute(
                select(Issue.reference, Issue.title, Issue.reported_on)
                .where(Issue.id.in_(record.issue_ids[:900]), Issue.confidential.is_(False))
                .order_by(Issue.reported_on)
            )
        ]
    where = project_map(session, project_id, public=True)
    return build_project_report(load_board(session), record, assessment, links, issues, language, where)
