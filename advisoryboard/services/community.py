"""Community programs and events: validated saves, lists with filters, one event's page.

Every rule on bad input lives here (negative or impossible counts, an end before its
start, an event outside its program's dates): a `ValidationError` names the field and
nothing is saved. Who took part is in `community_people` (private contacts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from advisoryboard.errors import ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from advisoryboard.services.districts import area_name
from database.models import CommunityEvent, CommunityProgram, EventSignIn, Issue, Member
from database.models.community import EventKind, EventStatus, ProgramKind, ProgramStatus

#: More than this many people at one neighborhood event is a typing mistake.
MAX_COUNT = 100_000
#: Hours one volunteer can give in one day.
HOURS_PER_DAY = 24


@dataclass(frozen=True)
class ProgramInput:
    name: str
    kind: ProgramKind = ProgramKind.OTHER
    status: ProgramStatus = ProgramStatus.ACTIVE
    district: str | None = None
    area: str | None = None
    coordinator_member_id: int | None = None
    coordinator_name: str | None = None
    partners: str | None = None
    households: int | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ProgramRecord:
    id: int
    version: int
    name: str
    kind: ProgramKind
    status: ProgramStatus
    district: str | None
    area: str | None
    coordinator_member_id: int | None
    coordinator_name: str | None
    coordinator: str | None  # the member's name, or the volunteer's
    partners: str | None
    households: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    notes: str | None
    events: int


@dataclass(frozen=True)
class EventInput:
    title: str
    starts_at: dt.datetime
    kind: EventKind = EventKind.OTHER
    status: EventStatus = EventStatus.PLANNED
    ends_at: dt.datetime | None = None
    program_id: int | None = None
    place: str | None = None
    district: str | None = None
    cohosts: str | None = None
    languages: str | None = None
    accessibility: str | None = None
    what_to_bring: str | None = None
    expected_attendance: int | None = None
    head_count: int | None = None
    volunteers: int = 0
    volunteer_hours: float = 0.0
    outcome_notes: str | None = None
    latitude: float | None = None  # the place's coordinates, when known (the map's point)
    longitude: float | None = None


@dataclass(frozen=True)
class EventRow:
    """One line of the events list."""

    id: int
    title: str
    kind: EventKind
    status: EventStatus
    starts_at: dt.datetime
    place: str | None
    district: str | None
    program: str | None
    head_count: int | None
    sign_ins: int
    volunteer_hours: float


@dataclass(frozen=True)
class LinkedIssue:
    id: int
    reference: str
    title: str


@dataclass(frozen=True)
class EventRecord:
    id: int
    version: int
    title: str
    kind: EventKind
    status: EventStatus
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    program_id: int | None
    program: str | None
    place: str | None
    district: str | None
    cohosts: str | None
    languages: tuple[str, ...]
    accessibility: str | None
    what_to_bring: str | None
    expected_attendance: int | None
    head_count: int | None
    volunteers: int
    volunteer_hours: float
    outcome_notes: str | None
    sign_ins: int
    issues: tuple[LinkedIssue, ...] = field(default_factory=tuple)
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class EventFilter:
    text: str = ""
    kind: EventKind | None = None
    status: EventStatus | None = None
    program_id: int | None = None
    year: int | None = None
    district: str | None = None
    event_id: int | None = None  # one event (its line on another page)


def clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def language_codes(text: str | None) -> tuple[str, ...]:
    """'en, ES;vi' -> ('en', 'es', 'vi'), in order, once each."""
    seen: list[str] = []
    for part in (text or "").replace(";", ",").replace("+", ",").split(","):
        code = part.strip().lower()
        if code and code not in seen:
            seen.append(code)
    return tuple(seen)


def _count(errors: dict[str, str], key: str, value: int | None, what: str) -> None:
    if value is None:
        return
    if value < 0:
        errors[key] = _("{what} cannot be negative.").format(what=what)
    elif value > MAX_COUNT:
        errors[key] = _("{what} of {n} is not possible for one event or program.").format(what=what, n=value)


# ------------------------------------------------------------------------------ programs
def _program_values(session: Session, data: ProgramInput, own_id: int | None) -> dict[str, object]:
    errors: dict[str, str] = {}
    name = clean(data.name)
    if name is None:
        errors["name"] = _("Give the program's name.")
    _count(errors, "households", data.households, _("The number of households"))
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = _("The program cannot end before it starts.")
    if data.coordinator_member_id is not None and session.get(Member, data.coordinator_member_id) is None:
        errors["coordinator_member_id"] = _("That member does not exist.")
    if own_id is not None and "end_date" not in errors:
        outside = _events_outside(session, own_id, data.start_date, data.end_date)
        if outside:
            key = "start_date" if data.start_date and outside[0].date() < data.start_date else "end_date"
            errors[key] = _(
                "The program has events on {dates}; these dates would leave them outside it."
            ).format(dates=", ".join(d.date().isoformat() for d in outside[:3]))
    if errors:
        raise ValidationError(errors)
    return {
        "name": name,
        "kind": data.kind,
        "status": data.status,
        "district": area_name(session, clean(data.district)),
        "area": clean(data.area),
        "coordinator_member_id": data.coordinator_member_id,
        "coordinator_name": clean(data.coordinator_name),
        "partners": clean(data.partners),
        "households": data.households,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "notes": clean(data.notes),
    }


def _events_outside(
    session: Session, program_id: int, start: dt.date | None, end: dt.date | None
) -> list[dt.datetime]:
    conditions = []
    if start is not None:
        conditions.append(CommunityEvent.starts_at < dt.datetime.combine(start, dt.time()))
    if end is not None:
        conditions.append(
            CommunityEvent.starts_at >= dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        )
    if not conditions:
        return []
    stmt = (
        select(CommunityEvent.starts_at)
        .where(CommunityEvent.program_id == program_id, or_(*conditions))
        .order_by(CommunityEvent.starts_at)
    )
    return list(session.scalars(stmt))


def create_program(session: Session, data: ProgramInput) -> int:
    require_permission(session, Permission.EDIT_COMMUNITY)
    program = CommunityProgram(**_program_values(session, data, None))
    session.add(program)
    session.flush()
    return program.id


def update_program(session: Session, program_id: int, data: ProgramInput, version: int | None = None) -> None:
    require_permission(session, Permission.EDIT_COMMUNITY)
    program = get_or_404(session, CommunityProgram, program_id, _("Program"))
    check_version(program, version, _("Program {name}").format(name=program.name))
    for key, value in _program_values(session, data, program_id).items():
        setattr(program, key, value)
    session.flush()


def list_programs(
    session: Session, *, text: str = "", kind: ProgramKind | None = None, status: ProgramStatus | None = None
) -> list[ProgramRecord]:
    require_permission(session, Permission.READ)
    counts = (
        select(CommunityEvent.program_id, func.count().label("n"))
        .where(CommunityEvent.program_id.is_not(None))
        .group_by(CommunityEvent.program_id)
        .subquery()
    )
    stmt = (
        select(CommunityProgram, Member.name, func.coalesce(counts.c.n, 0))
        .outerjoin(Member, Member.id == CommunityProgram.coordinator_member_id)
        .outerjoin(counts, counts.c.program_id == CommunityProgram.id)
        .order_by(func.lower(CommunityProgram.name), CommunityProgram.id)
    )
    if text.strip():
        like = f"%{text.strip().lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(CommunityProgram.name).like(like),
                func.lower(func.coalesce(CommunityProgram.area, "")).like(like),
                func.lower(func.coalesce(CommunityProgram.partners, "")).like(like),
            )
        )
    if kind is not None:
        stmt = stmt.where(CommunityProgram.kind == kind)
    if status is not None:
        stmt = stmt.where(CommunityProgram.status == status)
    return [_program_record(p, member, int(n)) for p, member, n in session.execute(stmt).all()]


def get_program(session: Session, program_id: int) -> ProgramRecord:
    require_permission(session, Permission.READ)
    program = get_or_404(session, CommunityProgram, program_id, _("Program"))
    member = session.get(Member, program.coordinator_member_id) if program.coordinator_member_id else None
    n = session.scalar(select(func.count()).where(CommunityEvent.program_id == program_id)) or 0
    return _program_record(program, member.name if member else None, int(n))


def _program_record(p: CommunityProgram, member_name: str | None, events: int) -> ProgramRecord:
    return ProgramRecord(
        p.id,
        p.version,
        p.name,
        p.kind,
        p.status,
        p.district,
        p.area,
        p.coordinator_member_id,
        p.coordinator_name,
        member_name or p.coordinator_name,
        p.partners,
        p.households,
        p.start_date,
        p.end_date,
        p.notes,
        events,
    )


# -------------------------------------------------------------------------------- events
def _event_values(session: Session, data: EventInput, own_id: int | None) -> dict[str, object]:
    errors: dict[str, str] = {}
    title = clean(data.title)
    if title is None:
        errors["title"] = _("Give the event's title.")
    if data.ends_at is not None and data.ends_at < data.starts_at:
        errors["ends_at"] = _("The event cannot end before it starts.")
    _count(errors, "expected_attendance", data.expected_attendance, _("Expected attendance"))
    _count(errors, "head_count", data.head_count, _("The head count"))
    _count(errors, "volunteers", data.volunteers, _("The number of volunteers"))
    hours = float(data.volunteer_hours or 0)
    if hours < 0 or hours != hours:  # NaN
        errors["volunteer_hours"] = _("Volunteer hours cannot be negative.")
    elif hours > 0 and data.volunteers <= 0 and "volunteers" not in errors:
        errors["volunteer_hours"] = _("Volunteer hours need at least one volunteer.")
    elif data.volunteers > 0 and "volunteers" not in errors:
        end = data.ends_at or data.starts_at
        days = max((end.date() - data.starts_at.date()).days + 1, 1)
        if hours > data.volunteers * HOURS_PER_DAY * days:
            errors["volunteer_hours"] = _(
                "{hours:g} hours is more than {n} volunteers can give in {days} day(s)."
            ).format(hours=hours, n=data.volunteers, days=days)
    if own_id is not None and data.head_count is not None and "head_count" not in errors:
        named = session.scalar(select(func.count()).where(EventSignIn.event_id == own_id)) or 0
        if data.head_count < named:
            errors["head_count"] = _(
                "The head count ({n}) is lower than the {named} people who signed in."
            ).format(n=data.head_count, named=named)
    if data.program_id is not None:
        program = session.get(CommunityProgram, data.program_id)
        if program is None:
            errors["program_id"] = _("That program does not exist.")
        else:
            day = data.starts_at.date()
            if program.start_date and day < program.start_date:
                errors["starts_at"] = _(
                    "The program “{name}” starts on {date}; the event is before it."
                ).format(name=program.name, date=program.start_date.isoformat())
            elif program.end_date and day > program.end_date:
                errors["starts_at"] = _(
                    "The program “{name}” ended on {date}; the event is after it."
                ).format(name=program.name, date=program.end_date.isoformat())
    check_coordinates(errors, data.latitude, data.longitude)
    if errors:
        raise ValidationError(errors)
    codes = language_codes(data.languages)
    return {
        "title": title,
        "kind": data.kind,
        "status": data.status,
        "starts_at": data.starts_at,
        "ends_at": data.ends_at,
        "program_id": data.program_id,
        "place": clean(data.place),
        "district": area_name(session, clean(data.district)),
        "cohosts": clean(data.cohosts),
        "languages": ",".join(codes) or None,
        "accessibility": clean(data.accessibility),
        "what_to_bring": clean(data.what_to_bring),
        "expected_attendance": data.expected_attendance,
        "head_count": data.head_count,
        "volunteers": data.volunteers,
        "volunteer_hours": hours,
        "outcome_notes": clean(data.outcome_notes),
        "latitude": data.latitude,
        "longitude": data.longitude,
    }


def check_coordinates(errors: dict[str, str], lat: float | None, lon: float | None) -> None:
    """Both or neither, each in range (a place on the map needs the pair)."""
    if lat is not None and not -90 <= lat <= 90:
        errors["latitude"] = _("Latitude must be between -90 and 90.")
    if lon is not None and not -180 <= lon <= 180:
        errors["longitude"] = _("Longitude must be between -180 and 180.")
    if (lat is None) != (lon is None) and not errors.keys() & {"latitude", "longitude"}:
        missing = "latitude" if lat is None else "longitude"
        errors[missing] = _("Give both latitude and longitude, or neither.")


def create_event(session: Session, data: EventInput) -> int:
    require_permission(session, Permission.EDIT_COMMUNITY)
    event = CommunityEvent(**_event_values(session, data, None))
    session.add(event)
    session.flush()
    return event.id


def update_event(session: Session, event_id: int, data: EventInput, version: int | None = None) -> None:
    require_permission(session, Permission.EDIT_COMMUNITY)
    event = get_or_404(session, CommunityEvent, event_id, _("Event"))
    check_version(event, version, _("Event {title}").format(title=event.title))
    for key, value in _event_values(session, data, event_id).items():
        setattr(event, key, value)
    session.flush()


def set_event_place(session: Session, event_id: int, latitude: float | None, longitude: float | None) -> None:
    """Only the coordinates of an event's place (the places import); None, None clears them."""
    require_permission(session, Permission.EDIT_COMMUNITY)
    errors: dict[str, str] = {}
    check_coordinates(errors, latitude, longitude)
    if errors:
        raise ValidationError(errors)
    event = get_or_404(session, CommunityEvent, event_id, _("Event"))
    event.latitude, event.longitude = latitude, longitude
    session.flush()


def _sign_in_counts():  # type: ignore[no-untyped-def]
    return select(EventSignIn.event_id, func.count().label("n")).group_by(EventSignIn.event_id).subquery()


def list_events(session: Session, flt: EventFilter | None = None) -> list[EventRow]:
    """Events matching `flt`, newest first."""
    require_permission(session, Permission.READ)
    flt = flt or EventFilter()
    counts = _sign_in_counts()
    stmt = (
        select(
            CommunityEvent.id,
            CommunityEvent.title,
            CommunityEvent.kind,
            CommunityEvent.status,
            CommunityEvent.starts_at,
            CommunityEvent.place,
            CommunityEvent.district,
            CommunityProgram.name,
            CommunityEvent.head_count,
            func.coalesce(counts.c.n, 0),
            CommunityEvent.volunteer_hours,
        )
        .outerjoin(CommunityProgram, CommunityProgram.id == CommunityEvent.program_id)
        .outerjoin(counts, counts.c.event_id == CommunityEvent.id)
        .order_by(CommunityEvent.starts_at.desc(), CommunityEvent.id.desc())
    )
    if flt.text.strip():
        like = f"%{flt.text.strip().lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(CommunityEvent.title).like(like),
                func.lower(func.coalesce(CommunityEvent.place, "")).like(like),
                func.lower(func.coalesce(CommunityEvent.cohosts, "")).like(like),
                func.lower(func.coalesce(CommunityProgram.name, "")).like(like),
            )
        )
    if flt.kind is not None:
        stmt = stmt.where(CommunityEvent.kind == flt.kind)
    if flt.status is not None:
        stmt = stmt.where(CommunityEvent.status == flt.status)
    if flt.program_id is not None:
        stmt = stmt.where(CommunityEvent.program_id == flt.program_id)
    if flt.district:
        stmt = stmt.where(CommunityEvent.district == flt.district)
    if flt.event_id is not None:
        stmt = stmt.where(CommunityEvent.id == flt.event_id)
    if flt.year is not None:
        stmt = stmt.where(
            CommunityEvent.starts_at >= dt.datetime(flt.year, 1, 1),
            CommunityEvent.starts_at < dt.datetime(flt.year + 1, 1, 1),
        )
    return [
        EventRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], int(r[9]), float(r[10] or 0))
        for r in session.execute(stmt).all()
    ]


def get_event(session: Session, event_id: int) -> EventRecord:
    require_permission(session, Permission.READ)
    e = get_or_404(session, CommunityEvent, event_id, _("Event"))
    program = session.get(CommunityProgram, e.program_id) if e.program_id else None
    named = session.scalar(select(func.count()).where(EventSignIn.event_id == event_id)) or 0
    issues = session.execute(
        select(Issue.id, Issue.reference, Issue.title, Issue.confidential)
        .where(Issue.source_event_id == event_id)
        .order_by(Issue.reported_on)
    ).all()
    may_see_confidential = require_permission(session, Permission.READ).can(Permission.VIEW_CONFIDENTIAL)
    linked = tuple(
        LinkedIssue(
            i.id, i.reference, i.title if not i.confidential or may_see_confidential else _("(confidential)")
        )
        for i in issues
    )
    return EventRecord(
        e.id,
        e.version,
        e.title,
        e.kind,
        e.status,
        e.starts_at,
        e.ends_at,
        e.program_id,
        program.name if program else None,
        e.place,
        e.district,
        e.cohosts,
        language_codes(e.languages),
        e.accessibility,
        e.what_to_bring,
        e.expected_attendance,
        e.head_count,
        e.volunteers,
        e.volunteer_hours,
        e.outcome_notes,
        int(named),
        linked,
        e.latitude,
        e.longitude,
    )


def set_issue_source_event(session: Session, issue_id: int, event_id: int | None) -> None:
    """Record (or clear) the community event where an issue was raised."""
    require_permission(session, Permission.EDIT_ISSUES)
    issue = get_or_404(session, Issue, issue_id, _("Issue"))
    if event_id is not None:
        get_or_404(session, CommunityEvent, event_id, _("Event"))
    issue.source_event_id = event_id
    session.flush()


@dataclass(frozen=True)
class EventChoice:
    """One line of the issue form's "Raised at event" list."""

    id: int
    title: str
    starts_at: dt.datetime


def event_choices(session: Session) -> list[EventChoice]:
    """Every event an issue may have been raised at, the latest first (for pick lists)."""
    require_permission(session, Permission.READ)
    rows = session.execute(
        select(CommunityEvent.id, CommunityEvent.title, CommunityEvent.starts_at).order_by(
            CommunityEvent.starts_at.desc(), CommunityEvent.id.desc()
        )
    )
    return [EventChoice(i, t, at) for i, t, at in rows]


def source_event_of_issue(session: Session, issue_id: int) -> EventRow | None:
    """The event an issue was raised at (for the issue's page), if any."""
    require_permission(session, Permission.READ)
    event_id = session.scalar(select(Issue.source_event_id).where(Issue.id == issue_id))
    if event_id is None:
        return None
    rows = list_events(session, EventFilter(event_id=event_id))
    return rows[0] if rows else None
