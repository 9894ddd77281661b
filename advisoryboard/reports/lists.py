"""Printable lists: the roster, the open-issues follow-up list and the meeting sign-in sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from advisoryboard.reports.agenda import board_header, meeting_heading
from advisoryboard.reports.data import Board, MeetingRecord
from advisoryboard.reports.labels import label, long_date, short_date
from advisoryboard.reports.layout import (
    CONTENT_WIDTH,
    PageSetup,
    Translator,
    build_pdf,
    fixed,
    gap,
    grid_table,
    styles,
    text,
    translator,
)
from advisoryboard.reports.lists_data import IssueLine
from advisoryboard.services.roster_print import RosterLine
from database.enums import SeatKind


def _page(title: str, _: Translator) -> PageSetup:
    return PageSetup(running_title=title, page_label=_("Page {page} of {pages}"))


# ------------------------------------------------------------------------------- roster
def build_roster(
    board: Board, lines: Sequence[RosterLine], day: dt.date, *, public: bool, language: str = "en"
) -> bytes:
    _ = translator(language)
    st = styles()
    title = _("Board roster (public)") if public else _("Board roster (internal — contains private contacts)")
    story: list[Flowable] = [
        *board_header(board),
        fixed(title, st.subtitle),
        fixed(_("As of {date}").format(date=long_date(day, _)), st.subtitle),
        gap(3),
    ]
    rows = []
    for line in lines:
        offices = ", ".join(label(o, _) for o in line.offices)
        term = ""
        if line.term_start:
            term = _("{start} – {end}").format(
                start=short_date(line.term_start, _), end=short_date(line.term_end, _) or _("open")
            )
        name = line.name if line.name is not None else _("(vacant)")
        if line.seat_kind is SeatKind.EX_OFFICIO:
            offices = offices or _("ex officio, non-voting")
        contact = "\n".join(v for v in (line.email, line.phone, line.address) if v)
        if public and not contact and line.name is not None:
            contact = _("through the board office")
        rows.append([line.seat, name, offices, line.district or "", term, contact])
    story.append(
        grid_table(
            [_("Seat"), _("Name"), _("Office"), _("District"), _("Term"), _("Contact")],
            rows,
            [23 * mm, 34 * mm, 27 * mm, 18 * mm, 42 * mm, CONTENT_WIDTH - 144 * mm],
            compact=True,
        )
    )
    vacant = sum(1 for line in lines if line.name is None and line.seat_kind is not SeatKind.EX_OFFICIO)
    story.append(gap(2))
    story.append(fixed(_("Vacant seats: {n}").format(n=vacant), st.body))
    if public:
        story.append(
            fixed(
                _("Contact details are shown only for members who agreed to publish them."),
                st.small,
            )
        )
    doc_title = f"{board.name} — {title}"
    return build_pdf(story, _page(doc_title, _), title=doc_title, author=board.name)


# ------------------------------------------------------------------------------- issues
def build_issue_list(
    board: Board,
    issues: Sequence[IssueLine],
    *,
    status_label: str,
    group_by: str = "assignee",
    day: dt.date,
    language: str = "en",
) -> bytes:
    """Issues grouped by assignee (or partner), oldest first within each group."""
    _ = translator(language)
    st = styles()
    title = _("Issues follow-up list: {status}").format(status=status_label)
    story: list[Flowable] = [
        *board_header(board),
        fixed(title, st.subtitle),
        fixed(
            _("As of {date}; {n} issues, oldest first.").format(date=long_date(day, _), n=len(issues)),
            st.subtitle,
        ),
        gap(2),
    ]
    groups: dict[str, list[IssueLine]] = {}
    for issue in issues:
        key = (issue.partner if group_by == "partner" else issue.assignee) or ""
        groups.setdefault(key, []).append(issue)
    nobody = _("No partner") if group_by == "partner" else _("Not assigned")
    for key in sorted(groups, key=lambda k: (k == "", k.casefold())):
        members = groups[key]
        heading = _("{who} ({n})").format(who=key or nobody, n=len(members))
        story.append(text(heading, st.h1))
        rows = []
        for issue in members:
            days = (day - issue.reported_on.date()).days
            what = issue.title
            if issue.confidential:
                what = _("[CONFIDENTIAL]") + " " + what
            other = issue.assignee if group_by == "partner" else issue.partner
            rows.append(
                [
                    issue.reference,
                    what,
                    issue.category or "",
                    label(issue.status, _),
                    other or "",
                    short_date(issue.reported_on, _),
                    str(days),
                ]
            )
        other_head = _("Assignee") if group_by == "partner" else _("Partner")
        story.append(
            grid_table(
                [_("Ref."), _("Issue"), _("Category"), _("Status"), other_head, _("Reported"), _("Days")],
                rows,
                [19 * mm, CONTENT_WIDTH - 130 * mm, 26 * mm, 21 * mm, 28 * mm, 25 * mm, 11 * mm],
                align_right=(6,),
                compact=True,
            )
        )
    if not issues:
        story.append(fixed(_("No issues match."), st.body))
    doc_title = f"{board.name} — {title}"
    return build_pdf(story, _page(doc_title, _), title=doc_title, author=board.name)


# ------------------------------------------------------------------------------- sign-in
def build_sign_in(
    record: MeetingRecord,
    members: Sequence[tuple[str, bool]],
    *,
    public_lines: int = 20,
    language: str = "en",
) -> bytes:
    """Members pre-filled with a signature column; then blank lines for the public."""
    _ = translator(language)
    st = styles()
    story = meeting_heading(record, _("Sign-in sheet"), _)
    story.append(fixed(_("Board members"), st.h1))
    rows = [[name, _("voting") if voting else _("non-voting"), "", ""] for name, voting in members]
    story.append(
        grid_table(
            [_("Name"), _("Member type"), _("Signature"), _("Time in")],
            rows,
            [60 * mm, 25 * mm, CONTENT_WIDTH - 110 * mm, 25 * mm],
            row_height=9 * mm,
        )
    )
    story.append(fixed(_("Members of the public"), st.h1))
    story.append(
        fixed(
            _(
                "Signing in is voluntary. Write your name if you wish to speak during public "
                "comment; contact details are optional and kept private."
            ),
            st.small,
        )
    )
    blank = [["", "", "", ""] for _row in range(public_lines)]
    story.append(
        grid_table(
            [_("Name"), _("Neighborhood or organization"), _("Contact (optional)"), _("Wish to speak?")],
            blank,
            [55 * mm, 45 * mm, CONTENT_WIDTH - 125 * mm, 25 * mm],
            row_height=9 * mm,
        )
    )
    title = _("Sign-in sheet — {board}, {date}").format(
        board=record.board.name, date=long_date(record.meeting.starts_at.date(), _)
    )
    return build_pdf(story, _page(title, _), title=title, author=record.board.name)
