"""Community events in the board's iCalendar file, next to the meetings (RFC 5545 VEVENTs).

Public: title, time, place, co-hosts, languages and accessibility; never who signed in.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from icalendar import Calendar, Event
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.i18n import _, language_name
from advisoryboard.labels import label
from database.models import CommunityEvent
from database.models.community import EventStatus

DEFAULT_LENGTH = dt.timedelta(hours=2)


def _since(stmt, since: dt.date | None):  # type: ignore[no-untyped-def]
    if since is None:
        return stmt
    return stmt.where(CommunityEvent.starts_at >= dt.datetime.combine(since, dt.time()))


def event_span(session: Session, since: dt.date | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """First and last start of the events the calendar will hold (for its VTIMEZONE)."""
    stmt = _since(select(func.min(CommunityEvent.starts_at), func.max(CommunityEvent.starts_at)), since)
    first, last = session.execute(stmt).one()
    return first, last


def add_events(
    cal: Calendar, session: Session, zone: zoneinfo.ZoneInfo, stamp: dt.datetime, since: dt.date | None
) -> int:
    """Append one VEVENT per community event; returns how many."""
    events = list(session.scalars(_since(select(CommunityEvent), since).order_by(CommunityEvent.starts_at)))
    for e in events:
        item = Event()
        item.add("uid", f"community-event-{e.id}@advisoryboard.invalid")
        item.add("dtstamp", stamp)
        item.add("dtstart", e.starts_at.replace(tzinfo=zone))
        item.add("dtend", (e.ends_at or e.starts_at + DEFAULT_LENGTH).replace(tzinfo=zone))
        item.add("summary", e.title)
        if e.place:
            item.add("location", e.place)
        lines = []
        if e.what_to_bring:
            lines.append(_("What to bring: {what}").format(what=e.what_to_bring))
        if e.cohosts:
            lines.append(_("Co-hosted by: {who}").format(who=e.cohosts))
        if e.languages:
            names = ", ".join(language_name(c) for c in e.languages.split(","))
            lines.append(_("Languages offered: {languages}.").format(languages=names))
        if e.accessibility:
            lines.append(
                _("Accessibility and interpretation: {what}.").format(what=e.accessibility.rstrip("."))
            )
        if lines:
            item.add("description", "\n".join(lines))
        item.add("categories", [_("Community event"), label(e.kind)])
        item.add("status", "CANCELLED" if e.status is EventStatus.CANCELLED else "CONFIRMED")
        item.add("sequence", max(e.version - 1, 0))
        cal.add_component(item)
    return len(events)
