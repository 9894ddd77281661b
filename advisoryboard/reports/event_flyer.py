"""An event flyer: title, date and time, place, what to bring, co-hosts, and the
accessibility and language notice. Everything typed prints literally."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from advisoryboard.community_labels import EVENT_KIND_LABELS
from advisoryboard.i18n import language_name
from advisoryboard.reports.agenda import board_header
from advisoryboard.reports.data import Board
from advisoryboard.reports.fonts import markup
from advisoryboard.reports.labels import clock, long_date
from advisoryboard.reports.layout import (
    PageSetup,
    build_pdf,
    centered,
    fixed,
    gap,
    labelled,
    styles,
    text,
    translator,
)
from advisoryboard.services.community import EventRecord


def when_text(event: EventRecord, _) -> str:  # type: ignore[no-untyped-def]
    day = long_date(event.starts_at.date(), _)
    if event.ends_at is None:
        return _("{date} at {time}").format(date=day, time=clock(event.starts_at, _))
    if event.ends_at.date() == event.starts_at.date():
        return _("{date}, {start} – {end}").format(
            date=day, start=clock(event.starts_at, _), end=clock(event.ends_at, _)
        )
    return _("{start} – {end}").format(
        start=f"{day} {clock(event.starts_at, _)}",
        end=f"{long_date(event.ends_at.date(), _)} {clock(event.ends_at, _)}",
    )


def build_flyer(board: Board, event: EventRecord, language: str = "en") -> bytes:
    _ = translator(language)
    st = styles()
    big = centered(st.title)
    big.fontSize, big.leading = 30, 36
    sub = centered(st.subtitle)
    sub.fontSize, sub.leading = 15, 20
    story: list[Flowable] = [*board_header(board), gap(8)]
    story.append(fixed(_(EVENT_KIND_LABELS[event.kind]), sub))
    story.append(Paragraph(markup(event.title), big))
    story.append(gap(4))
    story.append(fixed(when_text(event, _), sub))
    if event.place:
        story.append(Paragraph(markup(event.place), sub))
    story.append(gap(10))
    body = st.h2
    if event.program:
        story.append(labelled(_("Part of:"), event.program, body))
    if event.what_to_bring:
        story.append(labelled(_("What to bring:"), event.what_to_bring, body))
    if event.cohosts:
        story.append(labelled(_("Co-hosted by:"), event.cohosts, body))
    story.append(gap(6))
    notice: list[str] = []
    if event.languages:
        names = ", ".join(language_name(code) for code in event.languages)
        notice.append(_("Languages offered: {languages}.").format(languages=names))
    if event.accessibility:
        notice.append(
            _("Accessibility and interpretation: {what}.").format(what=event.accessibility.rstrip("."))
        )
    notice.append(
        _(
            "Free and open to all neighbors. To ask for interpretation or another accommodation, "
            "contact the board office a few days before the event."
        )
    )
    story.append(Paragraph("<br/>".join(markup(n) for n in notice), st.notice))
    story.append(gap(6))
    story.append(text(board.name, centered(st.small)))
    title = _("Flyer — {title}").format(title=event.title)
    setup = PageSetup(running_title=f"{board.name} — {event.title}", page_label=_("Page {page} of {pages}"))
    return build_pdf(story, setup, title=title, author=board.name)


__all__ = ["build_flyer", "mm"]
