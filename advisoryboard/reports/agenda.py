"""The meeting agenda: numbered items with lettered sub-items, clock times and presenters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Table, TableStyle

from advisoryboard.reports.data import AgendaLine, Board, MeetingRecord
from advisoryboard.reports.fonts import markup
from advisoryboard.reports.labels import clock, label, long_date, month_name, printed
from advisoryboard.reports.layout import (
    CONTENT_WIDTH,
    GRID,
    SHADE,
    PageSetup,
    Translator,
    build_pdf,
    fixed,
    gap,
    labelled,
    styles,
    text,
    translator,
)
from database.enums import MeetingStatus

NUMBER_W = 12 * mm
CONSENT = colors.HexColor("#f3f0e6")
TIME_W = 22 * mm  # "10:30 p.m." (Spanish) fits on one line
LENGTH_W = 18 * mm


def board_header(board: Board) -> list[Flowable]:
    """The board's name, with its logo on the left when one is set and readable."""
    name = Paragraph(markup(board.name), styles().title)
    logo = _logo(board.logo_path)
    if logo is None:
        return [name]
    table = Table([[logo, name]], colWidths=[logo.drawWidth + 4 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def _logo(path: str | None) -> Image | None:
    if not path or not Path(path).is_file():
        return None
    try:
        image = Image(path)
        scale = min(18 * mm / image.imageHeight, 40 * mm / image.imageWidth)
        image.drawHeight = image.imageHeight * scale
        image.drawWidth = image.imageWidth * scale
    except Exception:  # an unreadable logo must not stop the agenda from printing
        return None
    return image


def meeting_heading(record: MeetingRecord, document: str, _: Translator) -> list[Flowable]:
    """Board name, document name, meeting type, date, time and place."""
    m = record.meeting
    st = styles()
    kind = label(m.kind, _)
    heading = f"{document} — {kind}" if not m.title else f"{document} — {kind}: {m.title}"
    when = _("{date} at {time}").format(date=long_date(m.starts_at.date(), _), time=clock(m.starts_at, _))
    flow: list[Flowable] = [*board_header(record.board), text(heading, st.subtitle), text(when, st.subtitle)]
    if m.location:
        flow.append(labelled(_("Place:"), m.location, st.subtitle))
    if m.status is MeetingStatus.CANCELLED:
        if m.cancelled_reason:
            flow.append(labelled(_("This meeting was cancelled:"), m.cancelled_reason, st.h2))
        else:
            flow.append(fixed(_("This meeting was cancelled."), st.h2))
    flow.append(gap(3))
    return flow


def _row(line: AgendaLine, _: Translator, handout: dt.date | None = None) -> list[Flowable | str]:
    st = styles()
    body = markup(printed(line.title, _))  # the app's titles print translated; typed ones as entered
    if not line.is_sub:
        body = f"<b>{body}</b>"
    parts = [body]
    if line.presenter:
        parts.append("<br/>" + markup(_("Presenter: {name}").format(name=printed(line.presenter, _))))
    if line.closed_session:
        reason = line.closed_reason or _("reason not given")
        parts.append("<br/><b>" + markup(_("Closed session — {reason}").format(reason=reason)) + "</b>")
    elif line.description:
        parts.append("<br/>" + markup(line.description))
    if handout is not None:  # the police report item names the handout the liaison presents
        note = _("Handout: Crime trends, {month} {year} (one page)").format(
            month=month_name(handout.month, _), year=handout.year
        )
        parts.append("<br/><i>" + markup(note) + "</i>")
    number = Paragraph(f"<b>{markup(line.number)}</b>" if not line.is_sub else markup(line.number), st.cell)
    when = markup(clock(line.starts, _)) if line.starts else ""
    length = markup(_("{n} min").format(n=line.minutes)) if line.minutes else ""
    return [number, Paragraph("".join(parts), st.cell), Paragraph(when, st.cell), Paragraph(length, st.cell)]


def agenda_table(
    lines: tuple[AgendaLine, ...], _: Translator, crime_trends: tuple[int, dt.date] | None = None
) -> Table:
    """Items in order; each run of consent items sits under one shaded 'Consent agenda' row;
    `crime_trends`: the police report item's id and the month its handout covers."""
    st = styles()
    header = [
        Paragraph(markup(_("No.")), st.cell_bold),
        Paragraph(markup(_("Item")), st.cell_bold),
        Paragraph(markup(_("Time")), st.cell_bold),
        Paragraph(markup(_("Length")), st.cell_bold),
    ]
    data: list[list[Flowable | str]] = [header]
    commands: list[tuple[object, ...]] = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    previous_consent = False
    for line in lines:
        if line.consent and not previous_consent:
            note = _(
                "Consent agenda: routine items approved together by one motion; any member may ask "
                "to remove an item for separate discussion."
            )
            data.append(["", Paragraph(f"<b>{markup(note)}</b>", st.cell), "", ""])
            row = len(data) - 1
            commands += [("SPAN", (1, row), (3, row)), ("BACKGROUND", (0, row), (-1, row), CONSENT)]
        previous_consent = line.consent
        handout = crime_trends[1] if crime_trends and crime_trends[0] == line.id else None
        data.append(_row(line, _, handout))
        row = len(data) - 1
        if line.is_sub:
            commands.append(("LEFTPADDING", (1, row), (1, row), 16))
        if line.consent:
            commands.append(("BACKGROUND", (0, row), (-1, row), CONSENT))
    table = Table(
        data,
        colWidths=[NUMBER_W, CONTENT_WIDTH - NUMBER_W - TIME_W - LENGTH_W, TIME_W, LENGTH_W],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(TableStyle(commands))
    return table


def agenda_story(record: MeetingRecord, _: Translator) -> list[Flowable]:
    st = styles()
    story = meeting_heading(record, _("Agenda"), _)
    if record.meeting.status is MeetingStatus.CANCELLED:
        if record.agenda:
            story.append(fixed(_("The agenda below was planned for the cancelled meeting."), st.small))
            story.append(agenda_table(record.agenda, _))
    elif record.agenda:
        story.append(agenda_table(record.agenda, _, record.crime_trends))
    else:
        story.append(fixed(_("No agenda items have been entered yet."), st.body))
    notices: list[Flowable] = []
    # A stored default text prints translated; a text the board wrote prints as entered.
    stored_instructions, stored_notice = (
        record.board.public_comment_instructions,
        record.board.accommodation_notice,
    )
    instructions = printed(stored_instructions, _) or _(
        "Members of the public may speak during public comment. Please sign in and state your "
        "name; each speaker has up to three minutes."
    )
    notices.append(labelled(_("Public comment:"), instructions, st.notice))
    notice = printed(stored_notice, _) or _(
        "Persons needing special accommodations or language interpretation should contact the "
        "board office at least 48 hours before the meeting."
    )
    notices.append(labelled(_("Accommodation and language assistance:"), notice, st.notice))
    story.append(KeepTogether(notices))
    return story


def build_agenda(record: MeetingRecord, language: str = "en") -> bytes:
    _ = translator(language)
    date = long_date(record.meeting.starts_at.date(), _)
    title = _("Agenda — {board}, {date}").format(board=record.board.name, date=date)
    setup = PageSetup(running_title=title, page_label=_("Page {page} of {pages}"))
    return build_pdf(agenda_story(record, _), setup, title=title, author=record.board.name)
