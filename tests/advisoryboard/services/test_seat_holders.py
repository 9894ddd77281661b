"""Who holds a seat on a day: one query (services/seats.py) behind roll call, sign-in sheets,
the seat list, vacancies and the charts' quorum."""

from __future__ import annotations

import datetime as dt

from advisoryboard.reports.data import voting_members_on
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.meetings import board_on
from advisoryboard.services.seats import retire_seat, seat_holders, vacancies
from database.engine import Database
from database.enums import Office, SeatKind
from tests.support.members import add_member, add_seat

HANDOVER = dt.date(2026, 6, 30)


def _board(db: Database) -> dict[str, int]:
    one, two, gone = add_seat(db, "Seat 1"), add_seat(db, "Seat 2"), add_seat(db, "Old Seat 9")
    alt = add_seat(db, "Alternate A", SeatKind.ALTERNATE)
    ids = {
        "Ana": add_member(db, "Ana", one, dt.date(2024, 1, 1), HANDOVER),
        "Bo": add_member(db, "Bo", one, HANDOVER),
        "Cy": add_member(db, "Cy", alt, dt.date(2025, 1, 1)),
        "Di": add_member(db, "Di", gone, dt.date(2024, 1, 1), dt.date(2025, 12, 31)),
    }
    with transaction(db) as s:
        retire_seat(s, gone, today=dt.date(2026, 1, 1))
    ids["seat2"] = two
    return ids


def test_holders_on_a_handover_day_and_by_kind(db: Database) -> None:
    _board(db)
    with read_only(db) as s:
        on_handover = seat_holders(s, HANDOVER)
        assert [(h.seat_label, h.member_name) for h in on_handover] == [
            ("Seat 1", "Ana"),
            ("Seat 1", "Bo"),  # the newcomer comes last: it wins where one holder per seat is wanted
            ("Alternate A", "Cy"),
        ]
        later = dt.date(2026, 7, 1)
        assert [h.member_name for h in seat_holders(s, later, voting=True)] == ["Bo"]
        assert [h.member_name for h in seat_holders(s, later, voting=False)] == ["Cy"]
        # A retired seat still answers for the days it was held, unless only active seats are asked for.
        past = dt.date(2025, 6, 1)
        assert "Di" in {h.member_name for h in seat_holders(s, past, voting=True)}
        assert "Di" not in {h.member_name for h in seat_holders(s, past, voting=True, active_only=True)}


def test_roll_call_sign_in_and_vacancies_agree(db: Database) -> None:
    _board(db)
    add_member(db, "Eve", offices=[Office.POLICE_LIAISON], start=dt.date(2025, 1, 1))  # an office, no seat
    day = dt.date(2026, 7, 1)
    with read_only(db) as s:
        voting, others = board_on(s, day)
        assert [(name, seat) for _id, name, seat in voting] == [("Bo", "Seat 1")]
        assert [(name, seat) for _id, name, seat in others] == [
            ("Cy", "Alternate A"),
            ("Eve", "Police Liaison"),
        ]
        assert [(name, is_voting) for _id, name, is_voting in voting_members_on(s, day)] == [
            ("Bo", True),
            ("Cy", False),
        ]
        assert [v.seat_label for v in vacancies(s, day) if v.seat_id is not None] == ["Seat 2"]
