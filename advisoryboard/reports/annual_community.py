"""The annual summary's "Community programs and events" section: its figures and its pages.

`load_section` is called with one line from `annual_data.load_annual`, `section` with one
line from `annual.build_annual`; every figure comes from advisoryboard.analytics.community.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from advisoryboard.analytics import community as ca
from advisoryboard.community_labels import EVENT_KIND_LABELS
from advisoryboard.reports.labels import month_name
from advisoryboard.reports.layout import CONTENT_WIDTH, Translator, empty_note, fixed, grid_table, styles
from database.models.community import EventKind


@dataclass(frozen=True)
class CommunitySection:
    totals: ca.CommunityTotals
    by_month: list[ca.CommunityGroup]
    by_kind: list[ca.CommunityGroup]
    by_area: list[ca.CommunityGroup]
    coverage: list[ca.WatchCoverage]


def load_section(session: Session, start: dt.date, end: dt.date) -> CommunitySection:
    return CommunitySection(
        ca.totals(session, start, end),
        ca.by_month(session, start, end),
        ca.by_kind(session, start, end),
        ca.by_area(session, start, end),
        ca.watch_coverage(session),
    )


def hours(value: float) -> str:
    return f"{value:,.1f}"


def section(data: CommunitySection | None, _: Translator) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [fixed(_("Community programs and events"), st.h1)]
    if data is None or data.totals.events == 0:
        flow.append(empty_note(_("No community events were held in this period.")))
        return flow
    t = data.totals
    rows = [
        [_("Events held"), f"{t.events:,}"],
        [_("Participants (head counts)"), f"{t.participants:,}"],
        [_("Named sign-ins"), f"{t.named_sign_ins:,}"],
        [_("Unique named participants"), f"{t.unique_participants:,}"],
        [_("First-time participants"), f"{t.first_time:,}"],
        [_("Returning participants"), f"{t.returning:,}"],
        [_("Volunteers"), f"{t.volunteers:,}"],
        [_("Volunteer hours"), hours(t.volunteer_hours)],
    ]
    flow.append(grid_table([_("Measure"), _("Count")], rows, [90 * mm, 30 * mm], align_right=(1,)))
    head = [_("Events"), _("Participants"), _("Volunteers"), _("Volunteer hours")]
    widths = [CONTENT_WIDTH - 120 * mm, 25 * mm, 30 * mm, 30 * mm, 35 * mm]

    def table(title: str, first: str, groups: list[ca.CommunityGroup], name) -> None:  # type: ignore[no-untyped-def]
        flow.append(fixed(title, st.h2))
        body = [
            [name(g.key), str(g.events), f"{g.participants:,}", str(g.volunteers), hours(g.volunteer_hours)]
            for g in groups
        ]
        flow.append(grid_table([first, *head], body, widths, align_right=(1, 2, 3, 4)))

    table(_("By kind of event"), _("Kind"), data.by_kind, lambda k: _(EVENT_KIND_LABELS[EventKind(k)]))
    table(_("By area"), _("District or beat"), data.by_area, lambda k: k or _("(no area)"))
    table(
        _("By month"),
        _("Month"),
        data.by_month,
        lambda k: f"{month_name(int(k[5:7]), _)} {k[:4]}",
    )
    flow.append(fixed(_("Neighborhood watch coverage"), st.h2))
    if data.coverage:
        cov = [[c.program, str(c.blocks), str(c.covered), f"{c.share:.0%}"] for c in data.coverage]
        flow.append(
            grid_table(
                [_("Watch"), _("Blocks"), _("With an active captain"), _("Coverage")],
                cov,
                [CONTENT_WIDTH - 95 * mm, 20 * mm, 50 * mm, 25 * mm],
                align_right=(1, 2, 3),
            )
        )
    else:
        flow.append(empty_note(_("No neighborhood watch is active.")))
    flow.append(
        empty_note(
            _(
                "Participants are head counts of events held; unique, first-time and returning "
                "participants count named sign-ins only (people who signed in by name)."
            )
        )
    )
    return flow
