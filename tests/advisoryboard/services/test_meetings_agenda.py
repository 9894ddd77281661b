"""Agenda numbering, clock times, template validation and reordering rules."""

from __future__ import annotations

import datetime as dt

import pytest

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.services import agenda, agenda_edit, meetings
from advisoryboard.services.agenda import (
    clock_times,
    display_order,
    item_clocks,
    item_numbers,
    validate_template,
)
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.setup import DEFAULT_AGENDA_TEMPLATE
from database.engine import Database
from database.models import AgendaItem
from tests.support.versions import current


def test_numbers_are_computed_from_parent_and_position() -> None:
    # (id, parent, position): ids deliberately out of order
    items = [(10, None, 1), (11, None, 0), (12, 10, 1), (13, 10, 0), (14, None, 2)]
    assert item_numbers(items) == {11: "1", 10: "2", 13: "2a", 12: "2b", 14: "3"}
    assert display_order(items) == [11, 10, 13, 12, 14]


def test_letters_continue_past_z() -> None:
    items = [(1, None, 0)] + [(100 + k, 1, k) for k in range(28)]
    numbers = item_numbers(items)
    assert [numbers[100], numbers[125], numbers[126], numbers[127]] == ["1a", "1z", "1aa", "1ab"]


def test_running_clock_adds_the_allotted_minutes() -> None:
    assert clock_times(dt.time(18, 30), [1, None, 45, 15]) == [
        dt.time(18, 30),
        dt.time(18, 31),
        dt.time(18, 31),
        dt.time(19, 16),
    ]


def test_sub_items_run_within_their_parents_time() -> None:
    # 1 (5 min); 2 (20 min) with 2a (10) and 2b (15): 25 min of sub-items outrun the parent;
    # 3 (30 min) with 3a (5): the parent's 30 min cover it.  4 starts after all of that.
    start = dt.datetime(2026, 3, 10, 18, 30)
    items = [(1, None, 0, 5), (2, None, 1, 20), (21, 2, 0, 10), (22, 2, 1, 15), (3, None, 2, 30)]
    items += [(31, 3, 0, 5), (4, None, 3, None)]  # type: ignore[list-item]
    clocks = {ident: when.strftime("%H:%M") for ident, when in item_clocks(items, start).items()}
    assert clocks == {1: "18:30", 2: "18:35", 21: "18:35", 22: "18:45", 3: "19:00", 31: "19:00", 4: "19:30"}


def test_the_default_template_is_valid_and_bad_ones_are_refused() -> None:
    assert validate_template(DEFAULT_AGENDA_TEMPLATE) is DEFAULT_AGENDA_TEMPLATE
    for bad, field_text in (
        ([], "at least one"),
        ([{"title": ""}], "needs a title"),
        ([{"title": "x", "section": "lunch"}], "Unknown section"),
        ([{"title": "x", "minutes": -5}], "whole number"),
        ([{"title": "x", "children": [{"title": " "}]}], "needs a title"),
    ):
        with pytest.raises(ValidationError, match=field_text):
            validate_template(bad)


def _meeting_with_items(db: Database) -> tuple[int, dict[str, int]]:
    with transaction(db) as s:
        meeting_id = meetings.create_meeting(s, starts_at=dt.datetime(2025, 1, 14, 18, 30))
        ids = {}
        for title in ("One", "Two", "Three"):
            ids[title] = agenda_edit.add_item(
                s, meeting_id, agenda_edit.ItemInput(title=title, minutes_allotted=10)
            )
        ids["Two-a"] = agenda_edit.add_item(s, meeting_id, agenda_edit.ItemInput(title="Two-a"), ids["Two"])
    return meeting_id, ids


def _shape(db: Database, meeting_id: int) -> list[tuple[str, str]]:
    with read_only(db) as s:
        return [(r.number, r.title) for r in agenda.list_agenda(s, meeting_id)]


def test_moves_keep_sub_items_one_level_deep(db: Database) -> None:
    meeting_id, ids = _meeting_with_items(db)
    assert _shape(db, meeting_id) == [("1", "One"), ("2", "Two"), ("2a", "Two-a"), ("3", "Three")]
    with transaction(db) as s:
        agenda_edit.move_item(s, ids["Three"], -1)
        agenda_edit.move_item(s, ids["One"], -1)  # already first: stays
    assert _shape(db, meeting_id) == [("1", "One"), ("2", "Three"), ("3", "Two"), ("3a", "Two-a")]
    with transaction(db) as s:
        agenda_edit.move_item_to(s, ids["One"], ids["Two"], 0)  # becomes 2a, Two-a becomes 2b
    assert _shape(db, meeting_id) == [("1", "Three"), ("2", "Two"), ("2a", "One"), ("2b", "Two-a")]
    with pytest.raises(UserError, match="one level deep"), transaction(db) as s:
        agenda_edit.move_item_to(s, ids["Three"], ids["One"], 0)  # under a sub-item
    with pytest.raises(UserError, match="cannot become a sub-item"), transaction(db) as s:
        agenda_edit.move_item_to(s, ids["Two"], ids["Three"], 0)  # has sub-items itself
    with transaction(db) as s:
        agenda_edit.delete_item(s, ids["Two"])  # its sub-items go with it
    assert _shape(db, meeting_id) == [("1", "Three")]


def test_item_validation_keeps_messages_per_field(db: Database) -> None:
    meeting_id, _ids = _meeting_with_items(db)
    with pytest.raises(ValidationError) as info, transaction(db) as s:
        agenda_edit.add_item(
            s,
            meeting_id,
            agenda_edit.ItemInput(title=" ", minutes_allotted=900, closed_session=True, issue_id=999),
        )
    assert set(info.value.errors) == {"title", "minutes_allotted", "closed_reason", "issue_id"}
    with pytest.raises(UserError, match="already has an agenda"), transaction(db) as s:
        agenda.build_agenda_from_template(s, meeting_id)


def test_items_with_motions_or_history_are_not_deleted(db: Database) -> None:
    from advisoryboard.services import minutes, motions
    from database.enums import MotionResult

    meeting_id, ids = _meeting_with_items(db)
    with transaction(db) as s:
        motions.record_motion(
            s,
            meeting_id,
            motions.MotionInput(
                text="Adopt", declared_result=MotionResult.CARRIED, agenda_item_id=ids["Two-a"]
            ),
        )
    with pytest.raises(UserError, match="Motions were recorded"), transaction(db) as s:
        agenda_edit.delete_item(s, ids["Two"])
    assert ("2a", "Two-a") in _shape(db, meeting_id)
    with transaction(db) as s:
        minutes.set_item_notes(
            s, ids["One"], current(s, AgendaItem, ids["One"]), "Talked"
        )  # no issue: no timeline entry, deletable
        agenda_edit.delete_item(s, ids["One"])
    assert [t for _n, t in _shape(db, meeting_id)] == ["Two", "Two-a", "Three"]
