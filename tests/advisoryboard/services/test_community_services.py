"""Community programs and events on SQLite and PostgreSQL: saves, bad input, privacy, links."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from advisoryboard.errors import PermissionDenied, ValidationError
from advisoryboard.permissions import Actor
from advisoryboard.services import community as svc
from advisoryboard.services import community_people as people
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import Role
from database.models import CommunityEvent, CommunityProgram, EventSignIn
from database.models.community import EventKind
from tests.support.community import make_scene

MEMBER = Actor("mo", Role.MEMBER)
STAFF = Actor("st", Role.STAFF)
SECRETARY = Actor("sec", Role.SECRETARY)


def _event_count(db: Database) -> int:
    with read_only(db) as s:
        return int(s.scalar(select(func.count()).select_from(CommunityEvent)) or 0)


def test_lists_filter_and_search_and_the_issue_link_shows_on_both_sides(db: Database) -> None:
    scene = make_scene(db)
    with read_only(db) as s:
        rows = svc.list_events(s)
        assert [r.id for r in rows] == list(reversed(scene.events))  # newest first
        assert [r.title for r in svc.list_events(s, svc.EventFilter(text="night"))] == ["National Night Out"]
        assert {r.title for r in svc.list_events(s, svc.EventFilter(program_id=scene.watch))} == {
            "Home safety workshop",
            "National Night Out",
        }
        assert len(svc.list_events(s, svc.EventFilter(year=2025))) == 4
        assert [r.kind for r in svc.list_events(s, svc.EventFilter(kind=EventKind.CLEAN_UP))] == [
            EventKind.CLEAN_UP
        ]
        nno = svc.get_event(s, scene.events[4])
        assert nno.languages == ("en", "es")
        assert [i.reference for i in nno.issues] == ["2025-0001"]
        source = svc.source_event_of_issue(s, scene.issue)
        assert source is not None and source.title == "National Night Out"
        programs = svc.list_programs(s, text="elm")
        assert [p.name for p in programs] == ["Elm Street Neighborhood Watch"]
        assert programs[0].events == 2 and programs[0].coordinator == "Rosa Díaz"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"head_count": -3}, "head_count"),
        ({"expected_attendance": -1}, "expected_attendance"),
        ({"volunteers": -2}, "volunteers"),
        ({"volunteer_hours": -1.5}, "volunteer_hours"),
        ({"volunteers": 2, "volunteer_hours": 500.0}, "volunteer_hours"),
        ({"volunteers": 0, "volunteer_hours": 3.0}, "volunteer_hours"),
        ({"head_count": 5_000_000}, "head_count"),
        ({"ends_at": dt.datetime(2025, 6, 14, 9, 0)}, "ends_at"),
        ({"starts_at": dt.datetime(2025, 9, 2, 18, 0), "ends_at": None}, "starts_at"),  # after the program
        ({"starts_at": dt.datetime(2025, 5, 30, 18, 0), "ends_at": None}, "starts_at"),  # before it
        ({"title": "   "}, "title"),
    ],
)
def test_bad_event_input_names_the_field_and_saves_nothing(
    db: Database, change: dict[str, Any], field: str
) -> None:
    scene = make_scene(db)
    before = _event_count(db)
    base: dict[str, Any] = {
        "title": "Practice",
        "starts_at": dt.datetime(2025, 6, 14, 10, 0),
        "ends_at": dt.datetime(2025, 6, 14, 12, 0),
        "program_id": scene.youth,
        "volunteers": 1,
        "volunteer_hours": 2.0,
    }
    base.update(change)
    with pytest.raises(ValidationError) as err, transaction(db) as s:
        svc.create_event(s, svc.EventInput(**base))
    assert field in err.value.errors and err.value.field == field
    assert _event_count(db) == before


def test_head_count_below_named_sign_ins_and_program_dates_that_strand_events_are_refused(
    db: Database,
) -> None:
    scene = make_scene(db)
    with read_only(db) as s:
        record = svc.get_event(s, scene.events[1])  # the workshop: 2 sign-ins
        program = svc.get_program(s, scene.youth)
    data = svc.EventInput(
        title=record.title, starts_at=record.starts_at, program_id=record.program_id, head_count=1
    )
    with pytest.raises(ValidationError) as err, transaction(db) as s:
        svc.update_event(s, record.id, data, record.version)
    assert "head_count" in err.value.errors
    with pytest.raises(ValidationError) as err2, transaction(db) as s:
        svc.update_program(
            s,
            scene.youth,
            svc.ProgramInput(
                name=program.name, start_date=dt.date(2025, 7, 1), end_date=dt.date(2025, 8, 31)
            ),
            program.version,
        )
    assert "start_date" in err2.value.errors
    with pytest.raises(ValidationError) as err3, transaction(db) as s:
        svc.create_program(
            s,
            svc.ProgramInput(name="Backwards", start_date=dt.date(2025, 5, 1), end_date=dt.date(2025, 4, 1)),
        )
    assert "end_date" in err3.value.errors
    with read_only(db) as s:
        assert svc.get_program(s, scene.youth).start_date == dt.date(2025, 6, 1)
        assert s.scalar(select(func.count()).select_from(CommunityProgram)) == 2


def test_contacts_show_only_with_consent_unless_an_internal_reader_asks(db: Database) -> None:
    scene = make_scene(db)
    workshop = scene.events[1]
    with read_only(db, MEMBER) as s:
        public = people.list_sign_ins(s, workshop)
        assert [(p.name, p.contact) for p in public] == [("ana lopez", "ana@example.org"), (None, None)]
        blocks = people.list_blocks(s, scene.watch)
        assert [b.captain_contact for b in blocks] == ["555-0101", None, None, None]
        assert "Dev Patel" not in {b.captain_name for b in blocks}
        with pytest.raises(PermissionDenied):
            people.list_sign_ins(s, workshop, public=False)
    with read_only(db, SECRETARY) as s:
        internal = people.list_sign_ins(s, workshop, public=False)
        assert [p.contact for p in internal] == ["ana@example.org", "555-0199"]
        # even a secretary's *public* print withholds them
        assert people.list_sign_ins(s, workshop, public=True)[1].name is None


def test_roles_staff_cannot_edit_and_sign_ins_raise_the_head_count(db: Database) -> None:
    scene = make_scene(db)
    with pytest.raises(PermissionDenied), transaction(db, STAFF) as s:
        svc.create_program(s, svc.ProgramInput(name="Nope"))
    with transaction(db, MEMBER) as s:
        people.add_sign_ins(s, scene.events[2], [people.SignInInput(f"Person {i}") for i in range(45)])
    with read_only(db) as s:
        assert svc.get_event(s, scene.events[2]).head_count == 45  # was 40
        assert people.person_key("  José   PÉREZ ") == people.person_key("jose perez")
    with pytest.raises(ValidationError), transaction(db) as s:
        people.add_sign_ins(s, scene.events[2], [people.SignInInput("Ok"), people.SignInInput("  ")])
    with read_only(db) as s:
        n = s.scalar(select(func.count()).where(EventSignIn.event_id == scene.events[2]))
        assert n == 45


def test_the_issue_form_records_changes_and_clears_the_event_an_issue_was_raised_at(db: Database) -> None:
    from advisoryboard.services import issues
    from advisoryboard.services.issue_detail import get_issue
    from database.models import Issue

    scene = make_scene(db)
    clean_up, nno = scene.events[2], scene.events[4]  # in date order
    with read_only(db) as s:
        choices = svc.event_choices(s)
    assert [c.id for c in choices] == list(reversed(scene.events))  # the latest first
    with transaction(db) as s:
        iid = issues.create_issue(
            s, issues.IssueInput("Dumped tyres behind the lot", source_event_id=clean_up)
        )
    with read_only(db) as s:
        assert get_issue(s, iid).source_event_id == clean_up
        assert [i.id for i in svc.get_event(s, clean_up).issues] == [iid]  # the event's side
        source = svc.source_event_of_issue(s, iid)
        assert source is not None and source.title == "Spring clean-up"  # the issue's side
        version = get_issue(s, iid).version
    with transaction(db) as s:  # moved to another event: it leaves the first one's list
        issues.update_issue(
            s, iid, issues.IssueInput("Dumped tyres behind the lot", source_event_id=nno), version
        )
    with read_only(db) as s:
        assert iid not in [i.id for i in svc.get_event(s, clean_up).issues]
        assert iid in [i.id for i in svc.get_event(s, nno).issues]
        version = get_issue(s, iid).version
    with transaction(db) as s:  # "(not raised at an event)" clears it
        issues.update_issue(s, iid, issues.IssueInput("Dumped tyres behind the lot"), version)
    with read_only(db) as s:
        assert svc.source_event_of_issue(s, iid) is None
        before = s.scalar(select(func.count()).select_from(Issue))
    with pytest.raises(ValidationError) as refused, transaction(db) as s:
        issues.create_issue(s, issues.IssueInput("Streetlight out", source_event_id=999_999))
    assert refused.value.errors == {"source_event_id": "This event does not exist any more."}
    with read_only(db) as s:
        assert s.scalar(select(func.count()).select_from(Issue)) == before
