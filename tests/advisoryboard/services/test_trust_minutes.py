"""Finding 1 of issue 16: approved minutes are really locked.

The services check under a row lock, and database triggers refuse changes to approved
minutes from any writer, except through the recorded amendment path.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from advisoryboard.errors import ConflictError, UserError
from advisoryboard.opening import open_database
from advisoryboard.services import action_items, agenda_edit, meetings, minutes, motions
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import ActionItemStatus, AttendanceStatus, MeetingKind, MeetingStatus, MotionResult
from database.models import Meeting
from tests.support.meetings_board import make_board

JAN = dt.datetime(2025, 1, 14, 18, 30)
FEB = dt.datetime(2025, 2, 11, 18, 30)


def _held(db: Database, when: dt.datetime, voting: list[int]) -> int:
    with transaction(db) as s:
        mid = meetings.create_meeting(s, starts_at=when, location="Library")
        for member_id in voting:
            meetings.set_attendance(s, mid, member_id, AttendanceStatus.PRESENT)
    return mid


def _version(db: Database, meeting_id: int) -> int:
    with read_only(db) as s:
        return meetings.get_meeting(s, meeting_id).version


def _approve(db: Database, jan: int, feb: int) -> None:
    with transaction(db) as s:
        motions.record_motion(
            s,
            feb,
            motions.MotionInput(
                text="Approve",
                declared_result=MotionResult.CARRIED,
                approves_minutes_of_meeting_id=jan,
                approves_minutes_version=_version(db, jan),
            ),
        )


@pytest.fixture
def approved(db: Database) -> tuple[Database, int, int, int]:
    """A January meeting with one agenda item, its minutes approved at February's meeting."""
    board = make_board(db)
    jan = _held(db, JAN, board.voting)
    with transaction(db) as s:
        item = agenda_edit.add_item(s, jan, agenda_edit.ItemInput(title="Lights"))
        minutes.set_item_notes(s, item, 1, "Light fixed on Elm St.")
    feb = _held(db, FEB, board.voting)
    _approve(db, jan, feb)
    return db, jan, feb, item


def test_update_meeting_is_refused_on_approved_minutes(approved: tuple[Database, int, int, int]) -> None:
    db, jan, _feb, _item = approved
    with pytest.raises(UserError, match="approved and are locked"), transaction(db) as s:
        meetings.update_meeting(
            s,
            jan,
            _version(db, jan),
            starts_at=JAN,
            kind=MeetingKind.REGULAR,
            location="Somewhere else",
            status=MeetingStatus.CANCELLED,
            title="Rewritten",
        )
    with read_only(db) as s:
        row = meetings.get_meeting(s, jan)
    assert (row.location, row.status, row.title) == ("Library", MeetingStatus.HELD, None)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE agenda_items SET minutes_notes = 'rewritten' WHERE meeting_id = :m",
        "UPDATE meetings SET location = 'elsewhere' WHERE id = :m",
        "DELETE FROM attendance WHERE meeting_id = :m",
        "INSERT INTO motions (meeting_id, position, text, kind, method, threshold, result, quorum_present,"
        " version) VALUES (:m, 9, 'sneaked in', 'main', 'voice', 'majority', 'carried', true, 1)",
    ],
)
def test_the_database_itself_refuses_writes_to_approved_minutes(
    approved: tuple[Database, int, int, int], sql: str
) -> None:
    """A write from another tool (no service check at all) is refused by the triggers."""
    db, jan, _feb, _item = approved
    with pytest.raises(UserError, match="approved and are locked"), transaction(db) as s:
        s.execute(text(sql), {"m": jan})
    with read_only(db) as s:
        assert s.get(Meeting, jan).location == "Library"


def test_the_amendment_path_still_corrects_approved_minutes(approved: tuple[Database, int, int, int]) -> None:
    db, jan, _feb, item = approved
    with transaction(db) as s:
        minutes.amend_minutes(
            s,
            jan,
            f"agenda_item:{item}.minutes_notes",
            "Light fixed on Oak St.",
            "Wrong street",
            version=_version(db, jan),
        )
    with transaction(db) as s:
        minutes.amend_minutes(
            s, jan, "meeting.minutes_summary", "Short.", "Summary", version=_version(db, jan)
        )
    with read_only(db) as s:
        assert s.execute(text("SELECT count(*) FROM minutes_unlocks")).scalar() == 0
        assert s.get(Meeting, jan).minutes_summary == "Short."
    with pytest.raises(ConflictError), transaction(db) as s:  # made from an old version
        minutes.amend_minutes(s, jan, "meeting.minutes_summary", "Older.", "Summary", version=1)


def test_approving_is_a_versioned_edit(db: Database) -> None:
    board = make_board(db)
    jan = _held(db, JAN, board.voting)
    feb = _held(db, FEB, board.voting)
    shown = _version(db, jan)
    with transaction(db) as s:  # someone edits the minutes after the board was shown them
        minutes.set_minutes_header(
            s, jan, shown, called_to_order_at=None, adjourned_at=None, presiding_member_id=None, summary="New"
        )
    with pytest.raises(ConflictError), transaction(db) as s:
        motions.record_motion(
            s,
            feb,
            motions.MotionInput(
                text="Approve",
                declared_result=MotionResult.CARRIED,
                approves_minutes_of_meeting_id=jan,
                approves_minutes_version=shown,
            ),
        )
    with read_only(db) as s:
        assert not minutes.minutes_header(s, jan).locked


@pytest.mark.postgres
def test_a_save_checked_before_another_pc_approved_does_not_land(pg_url: str) -> None:
    """PostgreSQL: window A loaded the meeting (draft), PC B approves, then A saves notes."""
    db = open_database(pg_url)
    try:
        board = make_board(db)
        jan = _held(db, JAN, board.voting)
        with transaction(db) as s:
            item = agenda_edit.add_item(s, jan, agenda_edit.ItemInput(title="Lights"))
        feb = _held(db, FEB, board.voting)
        with pytest.raises(UserError, match="approved and are locked"), transaction(db) as a:
            loaded = a.get(Meeting, jan)
            assert loaded is not None and loaded.minutes_status.value == "draft"  # A's check passed
            _approve(db, jan, feb)  # another PC, its own connection and transaction
            minutes.set_item_notes(a, item, 1, "Written after the approval")
        with read_only(db) as s:
            notes = s.execute(
                text("SELECT minutes_notes FROM agenda_items WHERE id = :i"), {"i": item}
            ).scalar()
        assert notes is None
    finally:
        db.dispose()


@pytest.fixture
def approved_with_action(db: Database) -> tuple[Database, int, int]:
    """Approved January minutes that assigned one action item (and recorded one amendment)."""
    board = make_board(db)
    jan = _held(db, JAN, board.voting)
    with transaction(db) as s:
        agenda_edit.add_item(s, jan, agenda_edit.ItemInput(title="Lights"))
        motions.record_motion(
            s, jan, motions.MotionInput(text="Ask the city", declared_result=MotionResult.CARRIED)
        )
        action = action_items.add_action_item(
            s, jan, description="Call the city about Elm St.", owner_text="Ana", due_on=dt.date(2025, 2, 1)
        )
    feb = _held(db, FEB, board.voting)
    _approve(db, jan, feb)
    with transaction(db) as s:
        minutes.amend_minutes(
            s, jan, "meeting.minutes_summary", "Short.", "Summary", version=_version(db, jan)
        )
    return db, jan, action


def _action_items_of(db: Database, meeting_id: int) -> list[tuple[str, str | None]]:
    with read_only(db) as s:
        return [(a.description, a.owner) for a in action_items.list_action_items(s, meeting_id=meeting_id)]


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM meetings WHERE id = :m",
        "DELETE FROM agenda_items WHERE meeting_id = :m",
        "DELETE FROM motions WHERE meeting_id = :m",
        "UPDATE action_items SET description = 'rewritten' WHERE meeting_id = :m",
        "UPDATE action_items SET owner_text = 'Someone else', owner_member_id = NULL WHERE meeting_id = :m",
        "UPDATE action_items SET due_on = '2030-01-01' WHERE meeting_id = :m",
        "UPDATE action_items SET meeting_id = NULL WHERE meeting_id = :m",
        "DELETE FROM action_items WHERE meeting_id = :m",
        "INSERT INTO action_items (meeting_id, description, owner_text, status, version, created_at,"
        " updated_at) VALUES (:m, 'sneaked in', 'Bob', 'open', 1, '2025-01-14', '2025-01-14')",
        "UPDATE minutes_amendments SET reason = 'rewritten' WHERE meeting_id = :m",
        "DELETE FROM minutes_amendments WHERE meeting_id = :m",
    ],
)
def test_the_database_refuses_deleting_the_meeting_or_changing_its_action_items(
    approved_with_action: tuple[Database, int, int], sql: str
) -> None:
    """Another tool deleting an approved meeting (its agenda, motions and attendance would
    go by cascade) or rewriting what its minutes assigned is refused by the triggers."""
    db, jan, _action = approved_with_action
    before = _action_items_of(db, jan)
    with pytest.raises(UserError, match="approved and are locked"), transaction(db) as s:
        s.execute(text(sql), {"m": jan})
    assert _action_items_of(db, jan) == before == [("Call the city about Elm St.", "Ana")]
    with read_only(db) as s:
        assert meetings.get_meeting(s, jan).location == "Library"
        assert len(minutes.list_amendments(s, jan)) == 1
        assert (
            s.execute(text("SELECT count(*) FROM agenda_items WHERE meeting_id = :m"), {"m": jan}).scalar()
            == 1
        )


def test_adding_an_action_item_to_approved_minutes_says_why(
    approved_with_action: tuple[Database, int, int],
) -> None:
    db, jan, _action = approved_with_action
    with pytest.raises(UserError, match="were approved and are locked"), transaction(db) as s:
        action_items.add_action_item(s, jan, description="Late addition", owner_text="Bob")
    assert len(_action_items_of(db, jan)) == 1


def test_an_action_item_of_approved_minutes_can_still_be_closed(
    approved_with_action: tuple[Database, int, int],
) -> None:
    """Following up (done, dropped, reopened) is not a change to the minutes."""
    db, jan, action = approved_with_action
    with read_only(db) as s:
        version = action_items.list_action_items(s, meeting_id=jan)[0].version
    with transaction(db) as s:
        action_items.close_action_item(
            s, action, version, ActionItemStatus.DONE, dt.date(2025, 3, 3), "Fixed"
        )
    with read_only(db) as s:
        row = action_items.list_action_items(s, meeting_id=jan)[0]
    assert (row.status, row.closed_on, row.closed_note) == (
        ActionItemStatus.DONE,
        dt.date(2025, 3, 3),
        "Fixed",
    )
