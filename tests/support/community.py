"""A small neighborhood's community year, shared by the community tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from advisoryboard.services import community as svc
from advisoryboard.services import community_people as people
from advisoryboard.services.base import transaction
from database.engine import Database
from database.models import Issue
from database.models.community import EventKind, EventStatus, ProgramKind


@dataclass(frozen=True)
class Scene:
    watch: int
    youth: int
    events: tuple[int, ...]  # in date order
    issue: int


def make_scene(db: Database) -> Scene:
    with transaction(db) as s:
        watch = svc.create_program(
            s,
            svc.ProgramInput(
                name="Elm Street Neighborhood Watch",
                kind=ProgramKind.NEIGHBORHOOD_WATCH,
                district="District 2",
                area="Elm St 100–400 blocks",
                coordinator_name="Rosa Díaz",
                partners="2nd Police District",
                households=64,
                start_date=dt.date(2024, 3, 1),
            ),
        )
        people.set_blocks(
            s,
            watch,
            [
                people.BlockInput("100 Elm St", "Carmen Ruiz", "555-0101", captain_consent=True),
                people.BlockInput("200 Elm St", "Dev Patel", "dev@example.org", captain_consent=False),
                people.BlockInput("300 Elm St", "Old Captain", "555-0303", captain_active=False),
                people.BlockInput("400 Elm St"),
            ],
        )
        youth = svc.create_program(
            s,
            svc.ProgramInput(
                name="Summer Youth Basketball",
                kind=ProgramKind.YOUTH_PROGRAM,
                district="District 1",
                start_date=dt.date(2025, 6, 1),
                end_date=dt.date(2025, 8, 31),
            ),
        )
        specs = [
            (
                "Home safety workshop",
                EventKind.WORKSHOP,
                dt.datetime(2025, 2, 12, 18, 0),
                watch,
                25,
                2,
                6.0,
                "District 2",
            ),
            (
                "Spring clean-up",
                EventKind.CLEAN_UP,
                dt.datetime(2025, 4, 5, 9, 0),
                None,
                40,
                12,
                36.0,
                "District 1",
            ),
            (
                "Youth league opener",
                EventKind.OTHER,
                dt.datetime(2025, 6, 14, 10, 0),
                youth,
                60,
                5,
                20.0,
                "District 1",
            ),
            (
                "National Night Out",
                EventKind.NATIONAL_NIGHT_OUT,
                dt.datetime(2025, 8, 5, 17, 0),
                watch,
                150,
                10,
                45.5,
                "District 2",
            ),
            (
                "Last year's fair",
                EventKind.SAFETY_FAIR,
                dt.datetime(2024, 9, 21, 11, 0),
                None,
                80,
                6,
                24.0,
                "District 2",
            ),
        ]
        ids = []
        for title, kind, start, program, heads, vols, hours, district in specs:
            ids.append(
                svc.create_event(
                    s,
                    svc.EventInput(
                        title=title,
                        kind=kind,
                        status=EventStatus.HELD,
                        starts_at=start,
                        ends_at=start + dt.timedelta(hours=3),
                        program_id=program,
                        place="Elm Park Rec Center <b>Ana & José</b>",
                        district=district,
                        cohosts="Elm Library, 2nd Police District",
                        languages="en, es",
                        accessibility="Spanish interpretation; wheelchair accessible",
                        what_to_bring="Gloves and water",
                        expected_attendance=heads,
                        head_count=heads,
                        volunteers=vols,
                        volunteer_hours=hours,
                    ),
                )
            )
        people.add_sign_ins(
            s,
            ids[4],
            [people.SignInInput("Ana López", "100 Elm St", "ana@example.org", consent=True, language="es")],
        )
        people.add_sign_ins(
            s,
            ids[0],
            [
                people.SignInInput("ana lopez", "100 Elm St", "ana@example.org", consent=True, language="es"),
                people.SignInInput("Bill Moy", "200 Elm St", "555-0199", consent=False, language="en"),
            ],
        )
        people.add_sign_ins(
            s,
            ids[3],
            [
                people.SignInInput("Bill Moy", "200 Elm St", "555-0199", consent=False),
                people.SignInInput("Chen Wei", "300 Elm St", None, consent=False, language="zh"),
            ],
        )
        issue = Issue(reference="2025-0001", ref_year=2025, ref_seq=1, title="Dark alley behind Elm St")
        s.add(issue)
        s.flush()
        svc.set_issue_source_event(s, issue.id, ids[3])
        order = sorted(range(len(ids)), key=lambda i: specs[i][2])
        return Scene(watch, youth, tuple(ids[i] for i in order), issue.id)
