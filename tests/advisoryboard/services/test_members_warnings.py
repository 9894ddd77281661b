"""The warnings panel's rules: terms ending, vacant seats, and the absence rule at its edges."""

from __future__ import annotations

import datetime as dt

import pytest

from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.member_warnings import member_warnings
from advisoryboard.services.members import deactivate_member
from database.enums import LeaveReason
from database.models import BoardSettings, Member
from tests.support.members import TODAY, add_member, add_seat, hold_meetings, monthly
from tests.support.versions import current

D = dt.date


def warnings_by_kind(db, today: dt.date = TODAY) -> dict[str, list[str]]:
    with read_only(db) as s:
        found = member_warnings(s, today)
    out: dict[str, list[str]] = {}
    for w in found:
        out.setdefault(w.kind, []).append(w.text)
    return out


def test_absence_rule_edges(db) -> None:
    names = {
        "three in a row": "PPPPPPPAAA",  # 3 unexcused in a row: flagged (70 % attendance is fine)
        "excused breaks the run": "PPPPPPPAEA",  # only 1 in a row at the end
        "run ended": "PPPPPPPAAP",
        "forty percent": "PPPPEEEEEE",  # excused, but under 50 %: flagged by the rate
        "exactly half": "PPPPPEEEEE",  # 50 % is not under 50 %
        "two absences": "PPPPPPPPAA",
    }
    seats = [add_seat(db, f"Seat {i}") for i in range(len(names) + 1)]
    ids = {name: add_member(db, name, seat, D(2020, 1, 2)) for name, seat in zip(names, seats, strict=False)}
    old_absentee = add_member(db, "absent last year only", seats[-1], D(2020, 1, 2))
    roll = {ids[name]: marks for name, marks in names.items()}
    # Five unexcused absences more than 12 months ago, then present since: not flagged.
    long_ago = [TODAY - dt.timedelta(days=400 + 30 * i) for i in range(5)]
    hold_meetings(db, sorted(long_ago), {old_absentee: "AAAAA"})
    hold_meetings(db, monthly(10), {**roll, old_absentee: "PPPPPPPPPP"})

    found = warnings_by_kind(db)
    assert found["absences"] == ["Absence rule: three in a row missed the last 3 meetings without excuse"]
    assert found["attendance"] == [
        "Absence rule: forty percent attended 4 of 10 meetings in 12 months (under 50 %)"
    ]

    with transaction(db) as s:  # the rule comes from the settings
        settings = s.get(BoardSettings, 1)
        assert settings is not None
        settings.absence_consecutive_limit = 2
        settings.absence_min_rate_percent = 51
    found = warnings_by_kind(db)
    flagged = {
        text.split(": ", 1)[1].split(" missed")[0].split(" attended")[0]
        for text in found["absences"] + found["attendance"]
    }
    assert flagged == {"three in a row", "two absences", "forty percent", "exactly half"}

    with transaction(db) as s:  # former members are not warned about
        deactivate_member(
            s, ids["three in a row"], LeaveReason.REMOVED, TODAY, current(s, Member, ids["three in a row"])
        )
    assert all("three in a row" not in t for t in warnings_by_kind(db).get("absences", []))


def test_terms_ending_within_the_window_and_vacant_seats(db) -> None:
    s1, s2, s3, _s4 = (add_seat(db, f"Seat {i}") for i in range(1, 5))
    add_member(db, "Ends in 60 days", s1, D(2025, 1, 2), TODAY + dt.timedelta(days=60))
    add_member(db, "Ends in 61 days", s2, D(2025, 1, 2), TODAY + dt.timedelta(days=61))
    gone = add_member(db, "Left in October", s3, D(2024, 1, 2))
    with transaction(db) as s:
        deactivate_member(s, gone, LeaveReason.RESIGNED, D(2026, 10, 15), current(s, Member, gone))
        settings = s.get(BoardSettings, 1)
        assert settings is not None
        settings.seat_count = 5  # one more seat than has been set up
    with read_only(db) as s:
        found = member_warnings(s, TODAY)
    ending = [w for w in found if w.kind == "term_ending"]
    end = TODAY + dt.timedelta(days=60)
    assert [w.text for w in ending] == [  # the date as the language writes it (English: "Jan 20, 2027")
        f"Term ending: Ends in 60 days, Seat 1, on {end:%b} {end.day}, {end.year} (in 60 days)"
    ]
    vacancies = [w for w in found if w.kind == "vacancy"]
    assert [(w.seat_label, w.member_id) for w in vacancies] == [
        ("Seat 3", gone),  # opens the member who last held it
        ("Seat 4", None),
        ("Seat not set up (1 of 1)", None),
    ]
    assert "since Oct 16, 2026; last held by Left in October" in vacancies[0].text

    with transaction(db) as s:
        settings = s.get(BoardSettings, 1)
        assert settings is not None
        settings.term_warning_days = 90
    assert len(warnings_by_kind(db)["term_ending"]) == 2


def test_a_retired_seat_is_no_longer_a_vacancy(db) -> None:
    from advisoryboard.errors import UserError
    from advisoryboard.services.seats import retire_seat, vacancies

    old, held = add_seat(db, "smd_1A01"), add_seat(db, "smd_2022_1A01")
    add_member(db, "Jaspal Bhatia", held, D(2023, 1, 2), D(2027, 1, 2))
    with read_only(db) as s:
        assert [v.seat_label for v in vacancies(s, TODAY) if v.seat_id] == ["smd_1A01"]
    with transaction(db) as s:
        retire_seat(s, old)
    with read_only(db) as s:
        assert [v.seat_label for v in vacancies(s, TODAY) if v.seat_id] == []
    with pytest.raises(UserError, match="Jaspal Bhatia holds smd_2022_1A01"), transaction(db) as s:
        retire_seat(s, held, today=TODAY)


def test_warning_dates_are_written_in_the_chosen_language(db) -> None:
    from babel.dates import format_date

    from advisoryboard import i18n

    seat = add_seat(db, "Seat 1")
    end = TODAY + dt.timedelta(days=30)
    add_member(db, "Ana García", seat, D(2025, 1, 2), end)
    i18n.set_language("es")
    try:
        spanish = warnings_by_kind(db)["term_ending"]
    finally:
        i18n.set_language("en")
    english = warnings_by_kind(db)["term_ending"]
    assert len(spanish) == 1 and format_date(end, "medium", locale="es_US") in spanish[0]
    assert f"{end:%b} {end.day}, {end.year}" in english[0]
    assert end.isoformat() not in spanish[0] + english[0]


def test_a_new_board_gets_one_start_here_instead_of_a_warning_per_seat(db) -> None:
    with transaction(db) as s:
        settings = s.get(BoardSettings, 1)
        assert settings is not None
        settings.seat_count = 15
    with read_only(db) as s:
        found = member_warnings(s, TODAY)
    assert [w.kind for w in found] == ["start"]
    assert "Start here: the board has 15 seats" in found[0].text and "Import…" in found[0].text


def test_seats_not_set_up_are_one_warning_once_the_board_has_members(db) -> None:
    seat = add_seat(db, "Seat 1")
    add_member(db, "Ana", seat, D(2025, 1, 2))
    with transaction(db) as s:
        settings = s.get(BoardSettings, 1)
        assert settings is not None
        settings.seat_count = 15
    with read_only(db) as s:
        found = member_warnings(s, TODAY)
    assert [w.text for w in found if w.kind == "vacancy"] == [
        "14 seats of the board are not set up yet: add them with Seats…"
    ]
