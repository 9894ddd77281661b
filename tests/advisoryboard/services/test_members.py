"""The roster's rules, on SQLite and PostgreSQL: validation, seat overlap, offices, deactivate vs delete."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from advisoryboard.errors import PermissionDenied, UserError, ValidationError
from advisoryboard.permissions import Actor
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.member_page import member_page
from advisoryboard.services.members import (
    MemberInput,
    create_member,
    deactivate_member,
    delete_member,
    get_member,
    update_member,
)
from advisoryboard.services.roster import RosterFilter, roster, roster_ids
from advisoryboard.services.roster_print import roster_for_print
from advisoryboard.services.seats import vacancies
from database.enums import AttendanceStatus, LeaveReason, Office, Role, SeatKind
from database.models import Attendance, Member, OfficeTerm, SeatTerm
from tests.support.members import TODAY, add_member, add_seat, hold_meetings, monthly
from tests.support.versions import current

D = dt.date


def test_name_email_phone_and_term_dates_are_checked_field_by_field(db) -> None:
    seat = add_seat(db, "Seat 1")
    bad = MemberInput(
        name="  ",
        email="ana@",
        phone="call me",
        seat_id=seat,
        term_start=D(2026, 1, 1),
        term_end=D(2025, 12, 31),
    )
    with pytest.raises(ValidationError) as caught, transaction(db) as s:
        create_member(s, bad)
    assert set(caught.value.errors) == {"name", "email", "phone", "term_end"}
    assert "email address" in caught.value.errors["email"]
    assert "must end after it starts" in caught.value.errors["term_end"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0  # nothing half-saved
    good = MemberInput(name="<b>Ana & José</b>", email="ana@example.org", phone="(617) 555-0142 x12")
    with transaction(db) as s:
        mid = create_member(s, good)
    with read_only(db) as s:
        assert get_member(s, mid).name == "<b>Ana & José</b>"


def test_a_voting_seat_cannot_have_two_members_on_overlapping_dates(db) -> None:
    seat = add_seat(db, "Seat 4")
    add_member(db, "Ana García", seat, D(2024, 1, 2), D(2026, 1, 2))
    with pytest.raises(ValidationError) as caught:
        add_member(db, "Luis Ortega", seat, D(2025, 6, 1))
    assert "Seat 4 is held by Ana García from Jan 2, 2024 to Jan 2, 2026" in caught.value.errors["term_start"]
    with pytest.raises(ValidationError):  # a term that starts earlier and runs into hers
        add_member(db, "Luis Ortega", seat, D(2023, 1, 1), D(2024, 1, 3))
    # The handover day is shared, as real rosters record it (one ends Jan 2, the next starts Jan 2).
    luis = add_member(db, "Luis Ortega", seat, D(2026, 1, 2))
    with pytest.raises(ValidationError):  # open-ended term: nobody else from then on
        add_member(db, "Mei Chen", seat, D(2030, 1, 1))
    # Moving Luis's own term does not clash with itself.
    with transaction(db) as s:
        record = get_member(s, luis)
        update_member(
            s, luis, MemberInput(name="Luis Ortega", seat_id=seat, term_start=D(2026, 2, 1)), record.version
        )
    # Ex-officio seats may be shared (two police liaison officers at once).
    liaison = add_seat(db, "Police liaison", SeatKind.EX_OFFICIO)
    add_member(db, "Officer Park", liaison, D(2025, 1, 1))
    add_member(db, "Officer Diaz", liaison, D(2025, 1, 1))


def test_combined_titles_and_office_history(db) -> None:
    seat = add_seat(db, "Seat 2")
    mid = add_member(db, "Ana García", seat, D(2025, 1, 2), offices=[Office.TREASURER, Office.VICE_CHAIR])
    with read_only(db) as s:
        (row,) = roster(s, today=TODAY)
        assert row.office == "Vice Chair/Treasurer"
        assert row.voting
    later = D(2026, 6, 1)
    with transaction(db) as s:
        version = get_member(s, mid, later).version
        update_member(
            s,
            mid,
            MemberInput(
                name="Ana García", seat_id=seat, term_start=D(2025, 1, 2), offices=(Office.VICE_CHAIR,)
            ),
            version,
            today=later,
        )
    with read_only(db) as s:
        assert roster(s, today=later)[0].office == "Vice Chair"
        history = {(o, start, end) for o, start, end, _q in member_page(s, mid, later).offices}
    assert history == {
        (Office.VICE_CHAIR, D(2025, 1, 2), None),
        (Office.TREASURER, D(2025, 1, 2), D(2026, 5, 31)),
    }
    with read_only(db) as s:
        assert [r.name for r in roster(s, RosterFilter(office=Office.TREASURER), today=later)] == []
        assert [r.name for r in roster(s, RosterFilter(office=Office.VICE_CHAIR), today=later)] == [
            "Ana García"
        ]


def test_a_member_with_history_is_deactivated_never_deleted(db) -> None:
    seat = add_seat(db, "Seat 1")
    ana = add_member(db, "Ana García", seat, D(2024, 1, 2), offices=[Office.CHAIR])
    typo = add_member(db, "Ana Garcia (typo)")
    hold_meetings(db, [D(2026, 5, 1)], {ana: "P"})
    with pytest.raises(UserError, match="cannot be deleted; deactivate"), transaction(db) as s:
        delete_member(s, ana, current(s, Member, ana))
    with transaction(db) as s:
        delete_member(s, typo, current(s, Member, typo))  # no history: may go
    with transaction(db) as s:
        deactivate_member(s, ana, LeaveReason.RESIGNED, D(2026, 9, 30), current(s, Member, ana))
    with read_only(db) as s:
        assert [r.name for r in roster(s, RosterFilter(status="active"), today=TODAY)] == []
        (former,) = roster(s, RosterFilter(status="former"), today=TODAY)
        assert former.status == "Former (Resigned)"
        assert s.scalar(select(SeatTerm.end_date)) == D(2026, 9, 30)
        assert s.scalar(select(OfficeTerm.end_date)) == D(2026, 9, 30)
        assert s.scalar(select(func.count()).select_from(Attendance)) == 1  # history kept
        assert s.get(Member, typo) is None
    with pytest.raises(UserError, match="already a former member"), transaction(db) as s:
        deactivate_member(s, ana, LeaveReason.REMOVED, D(2026, 10, 1), current(s, Member, ana))
    # The seat is vacant again: someone new may take it the next day.
    add_member(db, "Luis Ortega", seat, D(2026, 10, 1))


def test_roster_sorts_and_filters_in_sql(db) -> None:
    seats = [add_seat(db, f"Seat {n}") for n in (1, 2, 10)]
    liaison = add_seat(db, "Police liaison", SeatKind.EX_OFFICIO)
    a = add_member(db, "Zoe Adams", seats[2], D(2025, 1, 2), D(2027, 1, 2), district="North")
    b = add_member(db, "ana Brown", seats[0], D(2025, 1, 2), D(2026, 12, 1), district="South")
    c = add_member(db, "Carl Diaz", seats[1], D(2025, 1, 2), district="North", email="carl@example.org")
    d = add_member(db, "Officer Park", liaison, D(2025, 1, 2), offices=[Office.POLICE_LIAISON])
    hold_meetings(db, monthly(4), {a: "PPPP", b: "PAAA", c: "PPAA", d: "PPP-"})
    with read_only(db) as s:

        def names(flt: RosterFilter | None = None, sort: str = "name", asc: bool = True) -> list[str]:
            return [r.name for r in roster(s, flt or RosterFilter(), sort, asc, TODAY)]

        assert names() == ["ana Brown", "Carl Diaz", "Officer Park", "Zoe Adams"]  # case-insensitive
        assert names(sort="seat") == ["ana Brown", "Carl Diaz", "Zoe Adams", "Officer Park"]  # seat order
        rows = roster(s, today=TODAY)
        by_rate = sorted(rows, key=lambda r: -(r.attendance_rate or 0))
        assert names(sort="attendance", asc=False) == [r.name for r in by_rate]
        assert names(sort="term_end")[:2] == ["ana Brown", "Zoe Adams"]  # open-ended terms last
        assert names(RosterFilter(voting="voting")) == ["ana Brown", "Carl Diaz", "Zoe Adams"]
        assert names(RosterFilter(voting="non_voting")) == ["Officer Park"]
        assert names(RosterFilter(district="North")) == ["Carl Diaz", "Zoe Adams"]
        assert names(RosterFilter(text="CARL@")) == ["Carl Diaz"]
        assert names(RosterFilter(text="%")) == []  # typed text, not a pattern
        assert len(roster_ids(s, RosterFilter(status="all"))) == 4


def test_public_roster_leaves_out_private_contacts(db) -> None:
    seat1, seat2 = add_seat(db, "Seat 1"), add_seat(db, "Seat 2")
    add_seat(db, "Seat 3")  # vacant: the printed roster lists it too
    add_member(
        db,
        "Ana García",
        seat1,
        D(2025, 1, 2),
        email="ana@example.org",
        phone="617-555-0101",
        address="1 Main St",
        publish_contact=True,
    )
    add_member(
        db,
        "Luis Ortega",
        seat2,
        D(2025, 1, 2),
        email="luis@example.org",
        phone="617-555-0102",
        address="12 Elm St",
    )
    with read_only(db) as s:
        public_lines = roster_for_print(s, public=True, today=TODAY)
        public = {r.name: (r.email, r.phone, r.address) for r in public_lines if r.name is not None}
        private = {
            r.name: (r.email, r.phone, r.address) for r in roster_for_print(s, public=False, today=TODAY)
        }
    assert public == {
        "Ana García": ("ana@example.org", "617-555-0101", None),
        "Luis Ortega": (None, None, None),
    }
    assert private["Luis Ortega"] == ("luis@example.org", "617-555-0102", "12 Elm St")
    assert [(r.seat, r.name) for r in public_lines] == [
        ("Seat 1", "Ana García"),
        ("Seat 2", "Luis Ortega"),
        ("Seat 3", None),
    ]


def test_roles_are_enforced_in_the_services(db) -> None:
    staff = Actor(username="sam", role=Role.STAFF)
    with pytest.raises(PermissionDenied), transaction(db, staff) as s:
        create_member(s, MemberInput(name="Ana"))
    secretary = Actor(username="mei", role=Role.SECRETARY)
    with transaction(db, secretary) as s:
        mid = create_member(s, MemberInput(name="Ana"))
    with pytest.raises(PermissionDenied), transaction(db, Actor(username="m", role=Role.MEMBER)) as s:
        deactivate_member(s, mid, LeaveReason.RESIGNED, TODAY, current(s, Member, mid))
    with read_only(db, staff) as s:
        assert [r.name for r in roster(s)] == ["Ana"]


def test_member_page_lists_attendance_missed_meetings_and_history(db) -> None:
    seat = add_seat(db, "Seat 1")
    ana = add_member(db, "Ana García", seat, D(2020, 1, 2))
    old = [D(2024, 3, 1), D(2024, 4, 1)]
    hold_meetings(db, [*old, *monthly(4)], {ana: "AAPELP"})
    with read_only(db) as s:
        page = member_page(s, ana, TODAY)
    assert (page.attended_12m, page.meetings_12m) == (3, 4)  # P, L, P of P E L P
    assert (page.attended_all, page.meetings_all) == (3, 6)
    assert [(m.when.date(), m.status) for m in page.missed] == [
        (monthly(4)[1], AttendanceStatus.EXCUSED),
        (old[1], AttendanceStatus.ABSENT),
        (old[0], AttendanceStatus.ABSENT),
    ]
    assert [p.what for p in page.seat_terms] == ["Seat 1"]


def test_moving_to_another_seat_keeps_the_old_term(db) -> None:
    seat1, seat2 = add_seat(db, "Seat 1"), add_seat(db, "Seat 2")
    ana = add_member(db, "Ana García", seat1, D(2024, 1, 2))
    with transaction(db) as s:
        version = get_member(s, ana).version
        update_member(
            s, ana, MemberInput(name="Ana García", seat_id=seat2, term_start=D(2026, 6, 1)), version
        )
    with read_only(db) as s:
        terms = [(p.what, p.start, p.end) for p in member_page(s, ana, TODAY).seat_terms]
        vacant = [v.seat_label for v in vacancies(s, TODAY) if v.seat_id is not None]
    assert terms == [("Seat 2", D(2026, 6, 1), None), ("Seat 1", D(2024, 1, 2), D(2026, 5, 31))]
    assert vacant == ["Seat 1"]


def test_clearing_the_seat_ends_the_term_instead_of_erasing_it(db) -> None:
    seat = add_seat(db, "Seat 1")
    ana = add_member(db, "Ana García", seat, D(2024, 1, 2))
    with transaction(db) as s:
        update_member(s, ana, MemberInput(name="Ana García"), get_member(s, ana).version, today=TODAY)
    with read_only(db) as s:
        assert [(p.what, p.end) for p in member_page(s, ana, TODAY).seat_terms] == [
            ("Seat 1", D(2026, 11, 20))
        ]


def test_the_joining_date_is_kept_as_entered_and_checked_against_terms(db) -> None:
    seat = add_seat(db, "Seat 2")
    with pytest.raises(ValidationError) as caught, transaction(db) as s:
        create_member(
            s, MemberInput(name="Ana", seat_id=seat, term_start=D(2024, 1, 2), joined_on=D(2024, 3, 1))
        )
    assert set(caught.value.errors) == {"joined_on"}
    ana = add_member(db, "Ana", seat, D(2024, 1, 2), joined_on=D(2023, 9, 12))
    with read_only(db) as s:
        record = get_member(s, ana)
    assert record.joined_on == D(2023, 9, 12), "an earlier joining date (e.g. a committee first) is kept"

    def edit(joined: dt.date | None) -> None:
        with read_only(db) as s:
            r = get_member(s, ana)
        with transaction(db) as s:
            update_member(
                s,
                ana,
                MemberInput(name=r.name, seat_id=r.seat_id, term_start=r.term_start, joined_on=joined),
                r.version,
                today=TODAY,
            )

    with pytest.raises(ValidationError) as caught:
        edit(D(2024, 2, 1))  # the term began on 2024-01-02
    assert set(caught.value.errors) == {"joined_on"}
    edit(D(2022, 5, 4))
    with read_only(db) as s:
        assert get_member(s, ana).joined_on == D(2022, 5, 4)
    edit(None)  # left empty in the form: the date on record stays
    with read_only(db) as s:
        assert get_member(s, ana).joined_on == D(2022, 5, 4)
    # After a move to another seat the form shows the new term; the first one still counts.
    other = add_seat(db, "Seat 3")
    with read_only(db) as s:
        r = get_member(s, ana)
    with transaction(db) as s:
        update_member(s, ana, MemberInput(name=r.name, seat_id=other, term_start=D(2025, 7, 1)), r.version)
    with pytest.raises(ValidationError) as caught:
        edit(D(2024, 6, 1))
    assert "first term started" in caught.value.errors["joined_on"]
