"""The annual summary: cover, contents, meetings, attendance, people, motions, issues, partners."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, PageBreak

from advisoryboard.reports import annual_community, annual_surveys
from advisoryboard.reports.agenda import board_header
from advisoryboard.reports.annual_data import AnnualData
from advisoryboard.reports.annual_projects import projects_section
from advisoryboard.reports.charts import Series, category_chart, monthly_chart
from advisoryboard.reports.contents import DeferredContents, heading_key, heading_text, is_heading
from advisoryboard.reports.fonts import markup
from advisoryboard.reports.labels import label, long_date, month_name, short_date
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
    translator,
)
from advisoryboard.reports.maps import annual_map
from database.enums import AttendanceStatus, LeaveReason

_MARKS = {
    AttendanceStatus.PRESENT: "P",
    AttendanceStatus.LATE: "L",
    AttendanceStatus.EXCUSED: "E",
    AttendanceStatus.ABSENT: "A",
}


class _ContentsDoc(BaseDocTemplate):
    """Feeds every section heading (style h1) to the table of contents."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if is_heading(flowable):
            key = heading_key(flowable)
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=self.frame._y2, zoom=0)
            heading = heading_text(flowable)
            self.canv.addOutlineEntry(heading, key, 0)
            self.notify("TOCEntry", (0, heading, self.page, key))


def period_label(data: AnnualData, _: Translator) -> str:
    p = data.period
    if p.fiscal:
        return _("Fiscal year {start} – {end}").format(start=short_date(p.start, _), end=short_date(p.end, _))
    return _("Calendar year {year}").format(year=p.year)


def _cover(data: AnnualData, _: Translator, toc: DeferredContents) -> list[Flowable]:
    st = styles()
    toc.levelStyles = [st.body]
    toc.dotsMinLevel = 0
    return [
        gap(40),
        *board_header(data.board),
        fixed(_("Annual summary"), st.title),
        fixed(period_label(data, _), st.subtitle),
        fixed(_("Prepared {date}").format(date=long_date(data.today, _)), st.subtitle),
        gap(14),
        fixed(_("Contents"), st.h2),
        toc,
        PageBreak(),
    ]


def _meetings(data: AnnualData, _: Translator) -> list[Flowable]:
    st = styles()
    held = sum(k.held for k in data.meetings_by_kind)
    flow: list[Flowable] = [
        fixed(_("Meetings held"), st.h1),
        fixed(
            _("Meetings held: {held}. Meetings cancelled: {cancelled}.").format(
                held=held, cancelled=data.cancelled
            )
        ),
    ]
    if data.meetings_by_kind:
        rows = [[label(k.kind, _), str(k.held)] for k in data.meetings_by_kind if k.held]
        rows.append([_("Total"), str(held)])
        flow.append(grid_table([_("Type of meeting"), _("Held")], rows, [70 * mm, 25 * mm], align_right=(1,)))
    public = sum(m.public_count for m in data.meetings)
    flow.append(gap(2))
    flow.append(fixed(_("Members of the public attending all meetings: {n}.").format(n=public)))
    flow.append(fixed(_("Quorum failures"), st.h2))
    if data.quorum_failures:
        rows2 = [
            [short_date(m.starts_at, _), label(m.kind, _), f"{m.present} / {m.quorum_needed}"]
            for m in data.quorum_failures
        ]
        flow.append(
            grid_table([_("Meeting"), _("Type"), _("Present / needed")], rows2, [40 * mm, 50 * mm, 50 * mm])
        )
    else:
        flow.append(fixed(_("Every meeting held had a quorum.")))
    return flow


def _attendance(data: AnnualData, _: Translator) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [
        fixed(_("Attendance"), st.h1),
        fixed(
            _(
                "P = present, L = late, E = excused, A = absent, blank = not on the board then. "
                "Rate: meetings attended (present or late) among those held while the member held a "
                "voting seat. Last row: voting members present / voting seats filled."
            ),
            st.small,
        ),
    ]
    if not data.meetings:
        return [*flow, empty_note(_("No meetings were held in this period."))]
    # At most 14 meetings side by side; more are split into balanced tables.
    tables = -(-len(data.meetings) // 14)
    per_table = -(-len(data.meetings) // tables)
    name_w, rate_w = 34 * mm, 12 * mm
    for start in range(0, len(data.meetings), per_table):
        columns = data.meetings[start : start + per_table]
        col_w = min(12 * mm, (CONTENT_WIDTH - name_w - rate_w) / len(columns))
        header = [_("Member")] + [f"{m.starts_at.month}/{m.starts_at.day}" for m in columns] + [_("Rate")]
        rows: list[list[Any]] = []
        for member_id, (name, marks) in data.attendance.items():
            if not any(m.meeting_id in marks for m in columns):
                continue
            share = data.attendance_rate.get(member_id)
            rate = f"{round(100 * share)}%" if share is not None else ""
            cells = [_MARKS[marks[m.meeting_id]] if m.meeting_id in marks else "" for m in columns]
            rows.append([name, *cells, rate])
        totals = [_("Present")] + [f"{m.present}/{m.voting_seats_filled}" for m in columns] + [""]
        rows.append(totals)
        table = grid_table(
            header,
            rows,
            [name_w] + [col_w] * len(columns) + [rate_w],
            align_right=range(1, len(columns) + 2),
            compact=True,
        )
        flow += [table, gap(3)]
    return flow


def _people(data: AnnualData, _: Translator) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [fixed(_("Officers and roster changes"), st.h1), fixed(_("Officers"), st.h2)]
    if data.officers:
        rows = [
            [label(office, _), name, short_date(start, _), short_date(end, _) or _("continuing")]
            for office, name, start, end in data.officers
        ]
        flow.append(
            grid_table(
                [_("Office"), _("Name"), _("From"), _("To")], rows, [45 * mm, 60 * mm, 35 * mm, 35 * mm]
            )
        )
    else:
        flow.append(empty_note(_("No officers were recorded for this period.")))
    flow.append(fixed(_("Members who joined"), st.h2))
    if data.joined:
        flow.append(
            grid_table(
                [_("Name"), _("Joined")], [[n, short_date(d, _)] for n, d in data.joined], [90 * mm, 40 * mm]
            )
        )
    else:
        flow.append(empty_note(_("Nobody joined the board in this period.")))
    flow.append(fixed(_("Members who left"), st.h2))
    reasons = {
        LeaveReason.RESIGNED.value: _("resigned"),
        LeaveReason.TERM_ENDED.value: _("term ended"),
        LeaveReason.REMOVED.value: _("removed"),
        LeaveReason.DECEASED.value: _("deceased"),
    }
    if data.left:
        rows2 = [[n, short_date(d, _), reasons.get(r, r)] for n, d, r in data.left]
        flow.append(grid_table([_("Name"), _("Left"), _("Reason")], rows2, [90 * mm, 40 * mm, 40 * mm]))
    else:
        flow.append(empty_note(_("Nobody left the board in this period.")))
    vacant = ", ".join(data.vacancies) if data.vacancies else _("none")
    flow.append(labelled(_("Vacant seats at the end of the period:"), vacant))
    return flow


def _motions(data: AnnualData, _: Translator) -> list[Flowable]:
    st = styles()
    total = sum(n for _r, n in data.motions_by_result)
    flow: list[Flowable] = [
        fixed(_("Motions"), st.h1),
        fixed(_("{n} motions were voted on, including procedural motions.").format(n=total)),
    ]
    if data.motions_by_result:
        rows = [[label(result, _), str(n)] for result, n in data.motions_by_result]
        flow.append(grid_table([_("Result"), _("Motions")], rows, [60 * mm, 25 * mm], align_right=(1,)))
    flow.append(fixed(_("Main motions carried and failed"), st.h2))
    if data.main_motions:
        rows2 = [[short_date(d, _), text, label(r, _), tally] for d, text, r, tally in data.main_motions]
        flow.append(
            grid_table(
                [_("Meeting"), _("Motion"), _("Result"), _("Tally")],
                rows2,
                [33 * mm, CONTENT_WIDTH - 78 * mm, 25 * mm, 20 * mm],
            )
        )
        flow.append(empty_note(_("Tally: ayes-nays-abstentions.")))
    else:
        flow.append(empty_note(_("No main motions were voted on.")))
    return flow


def _issues(data: AnnualData, _: Translator) -> list[Flowable]:
    st = styles()
    opened = sum(r.opened for r in data.by_category)
    closed = sum(r.closed for r in data.by_category)
    still = sum(r.still_open for r in data.by_category)
    labels = (_("Opened"), _("Resolved or closed"))
    flow: list[Flowable] = [
        fixed(_("Community issues"), st.h1),
        fixed(
            _(
                "{opened} issues were opened and {closed} were resolved or closed; "
                "{still} of this period's issues are still open."
            ).format(opened=opened, closed=closed, still=still)
        ),
        empty_note(
            _(
                "Opened: reported in the period. Resolved or closed: closed in the period, whenever "
                "reported. Still open: reported in the period and open today. Median days: from report "
                "to resolution, for issues resolved in the period."
            )
        ),
    ]
    p = data.period
    months = [month_name((p.start.month - 1 + i) % 12 + 1, _)[:3] for i in range(12)]
    flow.append(
        monthly_chart(
            _("Issues per month"),
            months,
            Series([m.opened for m in data.by_month], [m.resolved for m in data.by_month], labels),
            CONTENT_WIDTH,
        )
    )
    flow.append(
        category_chart(
            _("Issues by category"),
            [r.name or _("(no category)") for r in data.by_category],
            Series([r.opened for r in data.by_category], [r.closed for r in data.by_category], labels),
            CONTENT_WIDTH,
        )
    )
    flow.append(fixed(_("By category"), st.h2))
    rows = [
        [name or _("(no category)"), str(o), str(c), str(s), f"{med:.0f}" if med is not None else "–"]
        for name, o, c, s, med in (
            (r.name, r.opened, r.closed, r.still_open, r.median_days) for r in data.by_category
        )
    ]
    rows.append([_("Total"), str(opened), str(closed), str(still), ""])
    flow.append(
        grid_table(
            [_("Category"), _("Opened"), _("Resolved or closed"), _("Still open"), _("Median days")],
            rows,
            [CONTENT_WIDTH - 112 * mm, 22 * mm, 34 * mm, 28 * mm, 28 * mm],
            align_right=(1, 2, 3, 4),
        )
    )
    flow.append(fixed(_("By district"), st.h2))
    rows2 = [
        [r.name or _("(no district)"), str(r.opened), str(r.closed), str(r.still_open)]
        for r in data.by_district
    ]
    flow.append(
        grid_table(
            [_("District"), _("Opened"), _("Resolved or closed"), _("Still open")],
            rows2,
            [CONTENT_WIDTH - 84 * mm, 22 * mm, 34 * mm, 28 * mm],
            align_right=(1, 2, 3),
        )
    )
    flow.append(fixed(_("Issues opened in the period, by status today"), st.h2))
    rows3 = [[label(status, _), str(n)] for status, n in data.by_status]
    flow.append(grid_table([_("Status"), _("Issues")], rows3, [70 * mm, 25 * mm], align_right=(1,)))
    return flow


def _partners(data: AnnualData, _: Translator) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [fixed(_("Referrals to partners"), st.h1)]
    if data.referrals:
        rows = [[r.partner, str(r.count)] for r in data.referrals]
        flow.append(
            grid_table(
                [_("Partner"), _("Issues referred")],
                rows,
                [CONTENT_WIDTH - 35 * mm, 35 * mm],
                align_right=(1,),
            )
        )
        flow.append(
            empty_note(
                _(
                    "An issue counts once per partner it was referred to in the period (or, without a "
                    "recorded referral, once when it was reported naming that partner)."
                )
            )
        )
    else:
        flow.append(empty_note(_("No issues were referred to partners in this period.")))
    flow.append(fixed(_("Oldest open issues"), st.h1))
    if data.oldest_open:
        rows2 = [
            [i.reference, i.title, i.category, short_date(i.reported_on, _), label(i.status, _)]
            for i in data.oldest_open
        ]
        flow.append(
            grid_table(
                [_("Ref."), _("Issue"), _("Category"), _("Reported"), _("Status")],
                rows2,
                [23 * mm, CONTENT_WIDTH - 123 * mm, 35 * mm, 35 * mm, 30 * mm],
            )
        )
        flow.append(empty_note(_("Confidential issues are not listed.")))
    else:
        flow.append(empty_note(_("No issues are open.")))
    return flow


def build_annual(data: AnnualData, language: str = "en") -> bytes:
    _ = translator(language)
    title = _("Annual summary — {board}, {period}").format(
        board=data.board.name, period=period_label(data, _)
    )
    toc = DeferredContents()
    story: list[Flowable] = _cover(data, _, toc)
    for section in (
        _meetings,
        _attendance,
        _people,
        _motions,
        _issues,
        annual_map,
        _partners,
        projects_section,
        annual_surveys.section,
    ):
        story += section(data, _)
    story += annual_community.section(data.community, _)
    setup = PageSetup(running_title=title, page_label=_("Page {page} of {pages}"))
    return build_pdf(story, setup, title=title, author=data.board.name, doc_class=_ContentsDoc, contents=toc)


__all__ = ["build_annual", "markup"]
