"""An event sign-in sheet: name, street or block, optional contact with a consent box,
preferred language. Blank lines only: a public sheet never lists who already came."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from advisoryboard.i18n import language_name
from advisoryboard.reports.agenda import board_header
from advisoryboard.reports.data import Board
from advisoryboard.reports.event_flyer import when_text
from advisoryboard.reports.layout import (
    CONTENT_WIDTH,
    PageSetup,
    build_pdf,
    fixed,
    gap,
    grid_table,
    labelled,
    styles,
    text,
    translator,
)
from advisoryboard.services.community import EventRecord

BOX = "\u2610"  # ☐, in DejaVu Sans


def build_event_sign_in(board: Board, event: EventRecord, *, lines: int = 18, language: str = "en") -> bytes:
    _ = translator(language)
    st = styles()
    story: list[Flowable] = [*board_header(board)]
    story.append(fixed(_("Sign-in sheet"), st.subtitle))
    story.append(text(event.title, st.h1))
    story.append(fixed(when_text(event, _), st.subtitle))
    if event.place:
        story.append(labelled(_("Place:"), event.place, st.subtitle))
    story.append(gap(2))
    story.append(
        fixed(
            _(
                "Signing in is voluntary; a head count is enough. Your contact is optional: tick the box "
                "only if the board may contact you about future events. Contacts are kept private."
            ),
            st.small,
        )
    )
    if event.languages:
        codes = " / ".join(language_name(c) for c in event.languages)
        story.append(fixed(_("Preferred language, e.g. {languages}").format(languages=codes), st.small))
    story.append(gap(2))
    consent = _("{box} May we contact you?").format(box=BOX)
    rows = [["", "", "", BOX, ""] for _line in range(lines)]
    story.append(
        grid_table(
            [_("Name"), _("Street or block"), _("Contact (optional)"), consent, _("Preferred language")],
            rows,
            [48 * mm, 36 * mm, CONTENT_WIDTH - 146 * mm, 34 * mm, 28 * mm],
            row_height=9 * mm,
        )
    )
    title = _("Sign-in sheet — {title}").format(title=event.title)
    setup = PageSetup(running_title=f"{board.name} — {title}", page_label=_("Page {page} of {pages}"))
    return build_pdf(story, setup, title=title, author=board.name)
