"""Demo community programs and events for the years `advisoryboard demo` makes.

Called with one line from demo.generate, inside its transaction: a neighborhood watch with
blocks and captains, a summer youth program each year, beautification and outreach, and
the year's events (monthly watch walks, workshops, a spring clean-up, National Night Out
on the first Tuesday of August, a fall safety fair, a forum) with head counts, volunteers,
hours and named sign-ins (residents come back, some consent to be contacted). A few issues
get the event where they were raised.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from advisoryboard.audit import note_bulk_change
from advisoryboard.services.community_people import person_key
from database.models import CommunityEvent, CommunityProgram, EventSignIn, Issue, WatchBlock
from database.models.community import EventKind, EventStatus, ProgramKind, ProgramStatus

PLACES = [
    "Elm Park Recreation Center",
    "Lincoln Elementary School gym",
    "St. Mark's Community Hall",
    "Oak Avenue Branch Library",
    "Riverside Park pavilion",
]
COHOSTS = [
    "2nd Police District",
    "Elm Park Library",
    "Lincoln PTA",
    "St. Mark's Church",
    "Main Street Merchants",
]
WORKSHOPS = [
    "Home security workshop",
    "Emergency preparedness training",
    "Scam and fraud prevention for seniors",
    "CPR and first aid training",
    "Bike registration and safety",
    "Know your rights: tenant safety",
]


def _first_tuesday(year: int, month: int) -> dt.date:
    day = dt.date(year, month, 1)
    return day + dt.timedelta(days=(1 - day.weekday()) % 7)


def clear(session: Session) -> None:
    session.execute(update(Issue).values(source_event_id=None))
    for model in (EventSignIn, WatchBlock, CommunityEvent, CommunityProgram):
        session.execute(delete(model))


def _place_events(session: Session, events: list[CommunityEvent], r: random.Random) -> None:
    """Coordinates for the events' places: each place sits by one of the demo's located issues
    (of the event's district when issues use its name), so events show on the map like issues."""
    located = select(Issue.latitude, Issue.longitude).where(
        Issue.latitude.is_not(None), Issue.longitude.is_not(None)
    )
    spots: dict[tuple[str | None, str | None], tuple[float, float] | None] = {}
    for e in events:
        key = (e.place, e.district)
        if key not in spots:
            offset = r.randint(0, 200)
            near = (
                session.execute(
                    located.where(Issue.district == e.district).order_by(Issue.id).offset(offset).limit(1)
                ).first()
                or session.execute(located.order_by(Issue.id).offset(offset).limit(1)).first()
            )
            spots[key] = (round(float(near[0] or 0), 6), round(float(near[1] or 0), 6)) if near else None
        spot = spots[key]
        if spot is not None:
            e.latitude, e.longitude = spot


def generate_community(
    session: Session,
    *,
    seed: int,
    years: int,
    today: dt.date,
    first_names: Sequence[str],
    last_names: Sequence[str],
    streets: Sequence[str],
    districts: Sequence[str],
) -> int:
    """Add the demo programs and events; returns the number of events."""
    r = random.Random(seed * 7919 + 18)
    clear(session)
    first_year = today.year - years + 1
    residents = [
        (f"{r.choice(first_names)} {r.choice(last_names)}", f"{r.randint(1, 9)}00 {r.choice(streets)}")
        for _i in range(220)
    ]
    watch = CommunityProgram(
        name="Elm Street Neighborhood Watch",
        kind=ProgramKind.NEIGHBORHOOD_WATCH,
        status=ProgramStatus.ACTIVE,
        district=districts[1],
        area="Elm St 100–800 blocks, Maple Ct",
        coordinator_name="Rosa Díaz",
        partners="2nd Police District",
        households=r.randint(60, 140),
        start_date=dt.date(first_year, 1, 15),
    )
    oak = CommunityProgram(
        name="Oak Avenue Block Watch",
        kind=ProgramKind.NEIGHBORHOOD_WATCH,
        status=ProgramStatus.ACTIVE,
        district=districts[3],
        area="Oak Ave 1200–1600 blocks",
        coordinator_name="Marcus Bell",
        partners="4th Police District",
        households=r.randint(30, 80),
        start_date=dt.date(first_year, 5, 1),
    )
    paint = CommunityProgram(
        name="Graffiti Paint-Out Crew",
        kind=ProgramKind.BEAUTIFICATION,
        status=ProgramStatus.ACTIVE,
        district=districts[0],
        area="Main St corridor",
        partners="Main Street Merchants",
        start_date=dt.date(first_year, 3, 1),
    )
    outreach = CommunityProgram(
        name="Safe Routes to School outreach",
        kind=ProgramKind.OUTREACH,
        status=ProgramStatus.ACTIVE,
        district=districts[2],
        partners="Lincoln PTA",
        start_date=dt.date(first_year, 8, 15),
    )
    session.add_all([watch, oak, paint, outreach])
    session.flush()
    for program, count in ((watch, 8), (oak, 5)):
        street = program.area.split(" ")[0] if program.area else "Elm"
        for i in range(count):
            has_captain = r.random() < 0.75
            name = f"{r.choice(first_names)} {r.choice(last_names)}" if has_captain else None
            session.add(
                WatchBlock(
                    program_id=program.id,
                    block=f"{(i + 1) * 100} {street} {'St' if street == 'Elm' else 'Ave'}",
                    captain_name=name,
                    captain_contact=f"555-{r.randint(1000, 9999)}" if name else None,
                    captain_consent=bool(name) and r.random() < 0.5,
                    captain_active=bool(name) and r.random() < 0.9,
                )
            )
    events: list[CommunityEvent] = []

    def event(title: str, kind: EventKind, day: dt.date, hour: int, program: CommunityProgram | None,
              size: tuple[int, int], district: str) -> None:  # fmt: skip
        start = dt.datetime.combine(day, dt.time(hour, 0))
        past = day < today
        cancelled = past and r.random() < 0.04
        expected = r.randint(*size)
        heads = max(0, int(expected * r.uniform(0.6, 1.3))) if past and not cancelled else None
        volunteers = r.randint(1, max(2, expected // 10)) if heads else 0
        hours = round(volunteers * r.uniform(1.5, 4.0), 1) if volunteers else 0.0
        languages = "en,es" if r.random() < 0.7 else ("en,es,vi" if r.random() < 0.3 else "en")
        events.append(
            CommunityEvent(
                program_id=program.id if program else None,
                title=title,
                kind=kind,
                status=EventStatus.CANCELLED
                if cancelled
                else (EventStatus.HELD if past else EventStatus.PLANNED),
                starts_at=start,
                ends_at=start + dt.timedelta(hours=r.choice((1.5, 2, 3, 4))),
                place=r.choice(PLACES),
                district=district,
                cohosts=", ".join(r.sample(COHOSTS, r.randint(0, 2))) or None,
                languages=languages,
                accessibility=r.choice(
                    (
                        "Spanish interpretation; wheelchair accessible",
                        "Wheelchair accessible; ASL on request",
                        "Spanish and Vietnamese interpretation",
                        None,
                    )
                ),
                what_to_bring=r.choice(("Water and a hat", "Gloves (we have extras)", "A flashlight", None)),
                expected_attendance=expected,
                head_count=heads,
                volunteers=volunteers,
                volunteer_hours=hours,
                outcome_notes="Good turnout; neighbors asked about street lighting."
                if heads and r.random() < 0.3
                else None,
            )
        )

    for year in range(first_year, today.year + 2):
        if year > today.year and year != today.year + 1:
            continue
        months = range(1, 13) if year <= today.year else range(1, 3)
        youth = CommunityProgram(
            name=f"Summer Youth Basketball {year}",
            kind=ProgramKind.YOUTH_PROGRAM,
            status=ProgramStatus.ENDED if dt.date(year, 8, 31) < today else ProgramStatus.PLANNED,
            district=districts[0],
            coordinator_name="Coach Dana Ortiz",
            partners="Parks Department, Lincoln PTA",
            start_date=dt.date(year, 6, 1),
            end_date=dt.date(year, 8, 31),
        )
        session.add(youth)
        session.flush()
        for month in months:
            if dt.date(year, month, 1) < watch.start_date.replace(day=1):  # type: ignore[union-attr]
                continue
            day = _first_tuesday(year, month) + dt.timedelta(days=9)
            event("Elm Street watch walk", EventKind.WALK, day, 19, watch, (8, 25), districts[1])
            if month % 2 == 0 and dt.date(year, month, 1) >= dt.date(first_year, 5, 1):
                event(
                    "Oak Avenue watch meeting",
                    EventKind.COMMUNITY_FORUM,
                    day + dt.timedelta(days=2),
                    19,
                    oak,
                    (6, 20),
                    districts[3],
                )
        if year > today.year:
            continue
        event(
            "Spring clean-up day",
            EventKind.CLEAN_UP,
            dt.date(year, 4, 20 - dt.date(year, 4, 20).weekday() + 5),
            9,
            paint,
            (25, 70),
            districts[0],
        )
        event(
            "National Night Out",
            EventKind.NATIONAL_NIGHT_OUT,
            _first_tuesday(year, 8),
            17,
            watch,
            (120, 320),
            districts[1],
        )
        event(
            "Fall safety fair", EventKind.SAFETY_FAIR, dt.date(year, 10, 4), 11, None, (80, 220), districts[2]
        )
        event(
            "Block party on Maple Ct",
            EventKind.BLOCK_PARTY,
            dt.date(year, 7, 12),
            15,
            watch,
            (40, 90),
            districts[1],
        )
        event(
            "Public safety forum",
            EventKind.COMMUNITY_FORUM,
            dt.date(year, 3, 18),
            18,
            None,
            (30, 80),
            districts[r.randrange(len(districts))],
        )
        for k, title in enumerate(r.sample(WORKSHOPS, 3)):
            kind = EventKind.TRAINING if "training" in title.lower() else EventKind.WORKSHOP
            event(
                title,
                kind,
                dt.date(year, 2 + k * 4, 8 + k),
                18,
                watch if k == 0 else None,
                (12, 45),
                districts[k % len(districts)],
            )
        for week in range(6):
            event(
                "Youth league game night",
                EventKind.OTHER,
                dt.date(year, 6, 10) + dt.timedelta(weeks=week),
                18,
                youth,
                (20, 60),
                districts[0],
            )
        event(
            "Walk to school day",
            EventKind.WALK,
            dt.date(year, 10, 8),
            8,
            outreach if dt.date(year, 10, 8) >= dt.date(first_year, 8, 15) else None,
            (30, 90),
            districts[2],
        )
    _place_events(session, events, random.Random(seed * 31 + 5))
    session.add_all(events)
    session.flush()
    regulars = residents[:60]  # the same neighbors come back
    for e in events:
        if not e.head_count:
            continue
        named = min(e.head_count, r.randint(0, 25))
        # dicts, not sets: a set of texts iterates in an order that changes with each run
        # (hash randomisation), and the sign-ins must be the same for the same seed
        chosen = dict.fromkeys(r.sample(regulars, min(named // 2, len(regulars))))
        chosen |= dict.fromkeys(r.sample(residents, named - len(chosen)))
        for name, street in chosen:
            consent = r.random() < 0.55
            session.add(
                EventSignIn(
                    event_id=e.id,
                    name=name,
                    person_key=person_key(name),
                    street=street,
                    contact=f"555-{r.randint(1000, 9999)}" if consent or r.random() < 0.3 else None,
                    consent=consent,
                    language=r.choice(("en", "en", "es", "es", "vi")),
                )
            )
    forums = [
        e
        for e in events
        if e.kind in (EventKind.COMMUNITY_FORUM, EventKind.WALK) and e.status is EventStatus.HELD
    ]
    for e in r.sample(forums, min(len(forums), 12)):
        ids = session.scalars(
            select(Issue.id)
            .where(Issue.reported_on >= e.starts_at, Issue.reported_on < e.starts_at + dt.timedelta(days=2))
            .limit(2)
        ).all()
        if ids:
            session.execute(update(Issue).where(Issue.id.in_(ids)).values(source_event_id=e.id))
    session.flush()
    note_bulk_change(session, "community", "community_events", "demo data", len(events))
    return len(events)
