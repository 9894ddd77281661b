"""Demo police incidents and three SARA projects, so the Safety tab and its prints have data.

Incidents are generated per day in six beats of three districts, with offense groups
named the way city exports name them. One project's response worked (fewer thefts in its
beats after the response, a little displacement into the buffer); one started recently
(its after window is not over: no test yet); one is still in analysis.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from advisoryboard.importing.offenses import category_ids_for
from database.base import utcnow
from database.enums import ProjectAreaKind, ProjectStage
from database.models import (
    ActionItem,
    Incident,
    Issue,
    OffenseCategory,
    OffenseMapping,
    Partner,
    Project,
    ProjectCategory,
    ProjectIncident,
    ProjectIssue,
    ProjectPartner,
    ProjectResponse,
    ResponseActionItem,
    ResponseMotion,
)

SOURCE = "demo"
BEATS = ["11", "12", "21", "22", "31", "32"]
#: (offense group, code, description, incidents per beat and day)
OFFENSES = [
    ("LARCENY THEFT", "06244", "Theft from vehicle", 0.35),
    ("LARCENY THEFT", "06374", "Theft, other property", 0.2),
    ("BURGLARY", "05043", "Burglary, residence, forcible entry", 0.12),
    ("ROBBERY", "03074", "Robbery, with force", 0.05),
    ("ASSAULT", "04134", "Battery", 0.15),
    ("MALICIOUS MISCHIEF", "28150", "Vandalism to vehicle", 0.12),
    ("MOTOR VEHICLE THEFT", "07021", "Vehicle, stolen, auto", 0.08),
    ("DRUG OFFENSE", "16710", "Possession of narcotics", 0.05),
]
STREETS = ["Centre St", "Washington St", "Elm St", "Amory St", "Lamartine St", "Green St", "Boylston St"]
CENTER = (42.315, -71.105)


def _poisson(r: random.Random, mean: float) -> int:
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= r.random()
        if p <= limit:
            return k
        k += 1


def clear(session: Session) -> None:
    """Remove the crime demo data (before the rest of the demo is replaced)."""
    for model in (
        ResponseActionItem,
        ResponseMotion,
        ProjectResponse,
        ProjectIncident,
        ProjectIssue,
        ProjectPartner,
        ProjectCategory,
        Project,
        Incident,
        OffenseMapping,
        OffenseCategory,
    ):
        session.execute(delete(model))


def generate_crime(session: Session, seed: int, start: dt.date, today: dt.date) -> int:
    """Add incidents from `start` to a few days before `today`, and three projects; returns incidents."""
    r = random.Random(seed * 7919 + 20)
    categories = category_ids_for(session, [g for g, _c, _d, _n in OFFENSES])
    fix_start = today - dt.timedelta(days=300)  # the first project's response
    end = today - dt.timedelta(days=3)  # the data lags a few days behind, as real exports do
    rows = []
    number = 240000000
    day = start
    now = utcnow()
    while day <= end:
        for beat in BEATS:
            for group, code, description, mean in OFFENSES:
                rate = mean * (1.25 if day.month in (6, 7, 8) else 1.0)
                if group == "LARCENY THEFT" and code == "06244":
                    if beat in ("21", "22") and day >= fix_start:
                        rate *= 0.55  # the response worked…
                    if beat in ("11", "31") and day >= fix_start:
                        rate *= 1.1  # …and some of it moved next door
                for _k in range(_poisson(r, rate)):
                    number += r.randint(1, 40)
                    lat = CENTER[0] + (int(beat[0]) - 2) * 0.012 + r.gauss(0, 0.004)
                    lon = CENTER[1] + (int(beat[1]) - 1.5) * 0.014 + r.gauss(0, 0.004)
                    when = dt.datetime.combine(day, dt.time(r.randint(0, 23), r.choice((0, 15, 30, 45))))
                    rows.append(
                        {
                            "source": SOURCE,
                            "incident_number": str(number),
                            "occurred_at": when,
                            "offense_code": code,
                            "offense_group": group,
                            "offense_description": description,
                            "category_id": categories[group],
                            "district": beat[0],
                            "beat": beat,
                            "block_address": f"{r.randint(1, 40) * 100}XX {r.choice(STREETS)}".replace(
                                "XXXX", "XX"
                            ),
                            "latitude": round(lat, 6),
                            "longitude": round(lon, 6),
                            "imported_at": now,
                        }
                    )
        day += dt.timedelta(days=1)
    for i in range(0, len(rows), 5000):
        session.execute(insert(Incident), rows[i : i + 5000])
    _projects(session, r, fix_start, today)
    return len(rows)


def _cat(session: Session, name: str) -> int:
    return int(session.scalar(select(OffenseCategory.id).where(OffenseCategory.name == name)) or 0)


def _partner(session: Session, words: str) -> int | None:
    return session.scalar(select(Partner.id).where(Partner.name.like(f"%{words}%")))


def _projects(session: Session, r: random.Random, fix_start: dt.date, today: dt.date) -> None:
    police = _partner(session, "Police")
    business = _partner(session, "Business")
    lighting = _partner(session, "Lighting")
    theft = _cat(session, "Theft")
    one = Project(
        title="Car break-ins near Jackson Square station",
        problem="Thefts from parked cars on the streets around the station, mostly at night and on weekends.",
        stage=ProjectStage.ASSESSMENT,
        scanning_on=fix_start - dt.timedelta(days=75),
        analysis_on=fix_start - dt.timedelta(days=45),
        response_on=fix_start,
        assessment_on=fix_start + dt.timedelta(days=130),
        period_start=fix_start - dt.timedelta(days=120),
        period_end=fix_start + dt.timedelta(days=120),
        area_kind=ProjectAreaKind.DISTRICTS,
        beats="21, 22",
        buffer_beats="11, 31",
        window_days=120,
        triangle_location="Unlit commuter parking along Centre St and the station's back lot.",
        triangle_offender="A few repeat offenders walking the rows of parked cars after 10 p.m.",
        triangle_victim="Commuters who leave bags and phones visible in their cars.",
        contributing_factors="Broken street lights; no signs; hedges hide the lot from the street.",
        assessment_notes="Thefts fell in both beats; a small rise next door is being watched.",
    )
    two = Project(
        title="Burglaries on the Elm Street corridor",
        problem="Residential burglaries through rear doors along Elm Street.",
        stage=ProjectStage.RESPONSE,
        scanning_on=today - dt.timedelta(days=120),
        analysis_on=today - dt.timedelta(days=90),
        response_on=today - dt.timedelta(days=40),
        area_kind=ProjectAreaKind.RADIUS,
        center_address="Elm St & Green St",
        center_lat=CENTER[0] - 0.004,
        center_lon=CENTER[1] + 0.006,
        radius_m=600,
        buffer_m=600,
        window_days=90,
        triangle_location="Rear doors and alleys of triple-deckers.",
        triangle_victim="Renters away at work during the day.",
    )
    three = Project(
        title="Late-night assaults near the bars on Centre St",
        problem="Fights at closing time outside three bars.",
        stage=ProjectStage.ANALYSIS,
        scanning_on=today - dt.timedelta(days=30),
        analysis_on=today - dt.timedelta(days=10),
        area_kind=ProjectAreaKind.DISTRICTS,
        beats="12",
        buffer_beats="11, 21",
        window_days=90,
        contributing_factors="Closing times at the same hour; no taxi stand.",
    )
    session.add_all([one, two, three])
    session.flush()
    session.add_all(
        [
            ProjectCategory(project_id=one.id, category_id=theft),
            ProjectCategory(project_id=two.id, category_id=_cat(session, "Burglary")),
            ProjectCategory(project_id=three.id, category_id=_cat(session, "Assault")),
        ]
    )
    for pid, partner in ((one.id, police), (one.id, business), (one.id, lighting), (two.id, police)):
        if partner is not None:
            session.add(ProjectPartner(project_id=pid, partner_id=partner))
    responses = [
        ProjectResponse(
            project_id=one.id,
            what="Repair and brighten the lights on Centre St and the lot",
            who="Street Lighting Division",
            partner_id=lighting,
            started_on=fix_start,
        ),
        ProjectResponse(
            project_id=one.id,
            what="“Lock it, hide it, keep it” signs and flyers for commuters",
            who="Block captains",
            partner_id=business,
            started_on=fix_start + dt.timedelta(days=14),
        ),
        ProjectResponse(
            project_id=one.id,
            what="Directed patrols 10 p.m.–2 a.m. on weekends",
            who="District E-13",
            partner_id=police,
            started_on=fix_start + dt.timedelta(days=7),
        ),
        ProjectResponse(
            project_id=two.id,
            what="Free door-lock checks and deadbolts for renters",
            who="Crime prevention officer",
            partner_id=police,
            started_on=today - dt.timedelta(days=40),
        ),
    ]
    session.add_all(responses)
    session.flush()
    action = session.scalar(select(ActionItem.id).order_by(ActionItem.id.desc()))
    if action is not None:
        session.add(ResponseActionItem(response_id=responses[0].id, action_item_id=action))
    # Link what belongs: the problem's incidents in its area and time frame, and nearby issues.
    ids = session.scalars(
        select(Incident.id).where(
            Incident.category_id == theft,
            Incident.offense_code == "06244",
            Incident.beat.in_(("21", "22")),
            Incident.occurred_at >= dt.datetime.combine(fix_start - dt.timedelta(days=120), dt.time()),
            Incident.occurred_at < dt.datetime.combine(fix_start, dt.time()),
        )
    ).all()
    session.execute(insert(ProjectIncident), [{"project_id": one.id, "incident_id": i} for i in ids])
    issues = session.scalars(
        select(Issue.id)
        .where(Issue.district.in_(("Beat 21", "Beat 22")), Issue.confidential.is_(False))
        .order_by(Issue.reported_on.desc())
        .limit(8)
    ).all()
    if issues:
        session.execute(insert(ProjectIssue), [{"project_id": one.id, "issue_id": i} for i in issues])
