"""Meetings as an iCalendar file (RFC 5545), in the board's time zone, with a VTIMEZONE."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from pathlib import Path

from icalendar import Calendar, Event, Timezone
from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard import APP_DISPLAY_NAME
from advisoryboard.community_calendar import add_events, event_span
from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.labels import meeting_kind_title
from advisoryboard.permissions import Permission
from advisoryboard.services.agenda import list_agenda
from advisoryboard.services.base import require_permission
from advisoryboard.services.meetings import settings_of
from database.enums import MeetingStatus
from database.models import Issue, Meeting

DEFAULT_LENGTH = dt.timedelta(hours=2)


def board_zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise UserError(
            _("The board's time zone '{zone}' is not known; fix it in settings.").format(zone=name)
        ) from exc


def agenda_summary(session: Session, meeting_id: int) -> str:
    """The agenda as plain lines ('1. Call to order'), closed-session details left out, and an
    item about a confidential issue only as 'A confidential matter' (its title names it).
    A calendar file is shared freely: it holds what a public agenda holds."""
    lines = []
    items = list_agenda(session, meeting_id)
    linked = {item.issue_id for item in items if item.issue_id is not None}
    confidential = (
        set(session.scalars(select(Issue.id).where(Issue.id.in_(linked), Issue.confidential.is_(True))))
        if linked
        else set()
    )
    for item in items:
        indent = "   " if item.parent_id else ""
        if item.closed_session:
            title = _("Closed session")
        elif item.issue_id in confidential:
            title = _("A confidential matter")
        else:
            title = item.title
        lines.append(f"{indent}{item.number}. {title}")
    return "\n".join(lines)


def meetings_calendar(
    session: Session,
    *,
    since: dt.date | None = None,
    describe: Callable[[Session, int], str] = agenda_summary,
    stamp: dt.datetime | None = None,
) -> bytes:
    """All meetings (or those from `since`) as an .ics document.

    `describe` gives an event's description (the published website passes its public
    agenda); a fixed `stamp` makes the same meetings give the same bytes."""
    require_permission(session, Permission.READ)
    settings = settings_of(session)
    zone = board_zone(settings.timezone)
    stmt = select(Meeting).order_by(Meeting.starts_at)
    if since is not None:
        stmt = stmt.where(Meeting.starts_at >= dt.datetime.combine(since, dt.time()))
    meetings = list(session.scalars(stmt))
    cal = Calendar()
    cal.add("prodid", f"-//{APP_DISPLAY_NAME}//Meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", settings.board_name)
    cal.add("x-wr-timezone", settings.timezone)
    starts = [m.starts_at for m in meetings] + [d for d in event_span(session, since) if d is not None]
    if starts:
        first = min(starts) - dt.timedelta(days=1)
        last = max(starts) + dt.timedelta(days=1)
        cal.add_component(
            Timezone.from_tzinfo(zone, tzid=settings.timezone, first_date=first.date(), last_date=last.date())
        )
    stamp = stamp or dt.datetime.now(dt.UTC)
    for m in meetings:
        event = Event()
        event.add("uid", f"meeting-{m.id}@advisoryboard.invalid")
        event.add("dtstamp", stamp)
        start = m.starts_at.replace(tzinfo=zone)
        end = (m.planned_end_at or m.starts_at + DEFAULT_LENGTH).replace(tzinfo=zone)
        event.add("dtstart", start)
        event.add("dtend", end)
        kind = meeting_kind_title(m.kind)
        event.add("summary", f"{settings.board_name}: {m.title or kind}")
        if m.location:
            event.add("location", m.location)
        description = describe(session, m.id)
        if description:
            event.add("description", _("Agenda") + ":\n" + description)
        event.add("categories", [kind])
        if m.status is MeetingStatus.CANCELLED:
            event.add("status", "CANCELLED")
        else:
            event.add("status", "CONFIRMED")
        event.add("sequence", max(m.version - 1, 0))
        cal.add_component(event)
    add_events(cal, session, zone, stamp, since)  # community events (issue 18)
    return cal.to_ical()


def write_meetings_calendar(session: Session, path: Path, *, since: dt.date | None = None) -> int:
    """Write the calendar to `path`; returns the number of meetings written."""
    data = meetings_calendar(session, since=since)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UserError(_("Could not write {path}: {reason}").format(path=path, reason=exc.strerror)) from exc
    return data.count(b"UID:meeting-")
