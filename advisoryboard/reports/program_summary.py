"""A program summary: what the program is, its events held, attendance, volunteers, hours,
and (for a watch) its blocks, with captains' names only where they consented."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from advisoryboard.community_labels import EVENT_KIND_LABELS, PROGRAM_KIND_LABELS, PROGRAM_STATUS_LABELS
from advisoryboard.reports.agenda import board_header
from advisoryboard.reports.data import Board
from advisoryboard.reports.labels import short_date
from advisoryboard.reports.layout import (
    CONTENT_WIDTH,
    PageSetup,
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
from advisoryboard.services.community import EventRow, ProgramRecord
from advisoryboard.services.community_people import BlockLine
from database.models.community import EventStatus


def build_program_summary(
    board: Board,
    program: ProgramRecord,
    events: Sequence[EventRow],
    blocks: Sequence[BlockLine],
    volunteers: dict[int, int],
    language: str = "en",
) -> bytes:
    _ = translator(language)
    st = styles()
    story: list[Flowable] = [*board_header(board), fixed(_("Program summary"), st.subtitle)]
    story.append(text(program.name, st.h1))
    facts = [
        (_("Kind:"), _(PROGRAM_KIND_LABELS[program.kind])),
        (_("Status:"), _(PROGRAM_STATUS_LABELS[program.status])),
    ]
    for label_, value in facts:
        story.append(labelled(label_, value))
    for label_, typed in (
        (_("District or beat:"), program.district),
        (_("Area covered:"), program.area),
        (_("Coordinator:"), program.coordinator),
        (_("Partners:"), program.partners),
    ):
        if typed:
            story.append(labelled(label_, typed))
    if program.start_date:
        period = _("{start} – {end}").format(
            start=short_date(program.start_date, _), end=short_date(program.end_date, _) or _("ongoing")
        )
        story.append(labelled(_("Dates:"), period))
    held = [e for e in events if e.status is EventStatus.HELD]
    people = sum(e.head_count or 0 for e in held)
    hours = sum(e.volunteer_hours for e in held)
    vols = sum(volunteers.get(e.id, 0) for e in held)
    story.append(gap(2))
    story.append(
        grid_table(
            [_("Events held"), _("Attendance"), _("Volunteers"), _("Volunteer hours")],
            [[str(len(held)), f"{people:,}", f"{vols:,}", f"{hours:,.1f}"]],
            [CONTENT_WIDTH / 4] * 4,
            align_right=(0, 1, 2, 3),
        )
    )
    story.append(fixed(_("Events"), st.h1))
    if events:
        rows = [
            [
                short_date(e.starts_at, _),
                e.title,
                _(EVENT_KIND_LABELS[e.kind]),
                "" if e.head_count is None else f"{e.head_count:,}",
                str(volunteers.get(e.id, 0)),
                f"{e.volunteer_hours:,.1f}",
            ]
            for e in sorted(events, key=lambda e: e.starts_at)
        ]
        story.append(
            grid_table(
                [_("Date"), _("Event"), _("Kind"), _("Attendance"), _("Volunteers"), _("Hours")],
                rows,
                [28 * mm, CONTENT_WIDTH - 136 * mm, 32 * mm, 24 * mm, 26 * mm, 26 * mm],
                align_right=(3, 4, 5),
                compact=True,
            )
        )
    else:
        story.append(empty_note(_("No events recorded for this program yet.")))
    if blocks:
        story.append(fixed(_("Blocks and captains"), st.h1))
        covered = sum(1 for b in blocks if b.captain_name and b.captain_active)
        story.append(
            fixed(
                _("{covered} of {blocks} blocks have an active captain.").format(
                    covered=covered, blocks=len(blocks)
                )
            )
        )
        brows = [
            [
                b.block,
                (b.captain_name or _("(no captain)")) + ("" if b.captain_active else " " + _("(inactive)")),
                b.captain_contact or "",
            ]
            for b in blocks
        ]
        story.append(
            grid_table(
                [_("Block"), _("Captain"), _("Contact")], brows, [50 * mm, 60 * mm, CONTENT_WIDTH - 110 * mm]
            )
        )
        story.append(empty_note(_("Captains' names and contacts are shown only where they agreed.")))
    title = _("Program summary — {name}").format(name=program.name)
    setup = PageSetup(running_title=f"{board.name} — {title}", page_label=_("Page {page} of {pages}"))
    return build_pdf(story, setup, title=title, author=board.name)
