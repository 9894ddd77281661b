"""What the printed minutes and agenda must say truthfully (SQLite and PostgreSQL).

- a motion made under a closed-session item is reported (only the item's notes stay private);
- a two-thirds vote says two-thirds was required and what share was reached;
- a member excused from the meeting prints as excused in the roll-call vote table, not absent;
- a cancelled meeting prints as cancelled, not as DRAFT minutes of a meeting with nobody there.
"""

from __future__ import annotations

import datetime as dt

from advisoryboard.services import agenda, agenda_edit, meetings, minutes, motions
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import (
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    VoteChoice,
    VoteThreshold,
    VotingMethod,
)
from tests.support.meetings_board import make_board
from tests.support.pdf import render_read

JAN = dt.datetime(2025, 1, 14, 18, 30)
P, EX = AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED


def _meeting_with_roll_call(db: Database) -> tuple[int, list[int]]:
    board = make_board(db)  # 6 voting members seated
    with transaction(db) as s:
        meeting_id = meetings.create_meeting(s, starts_at=JAN, location="Community Room")
        voting = board.voting
        for member in voting[:5]:
            meetings.set_attendance(s, meeting_id, member, P, None)
        meetings.set_attendance(s, meeting_id, voting[5], EX, None)
    return meeting_id, board.voting


def test_motion_under_a_closed_session_item_is_printed_but_its_notes_are_not(db: Database) -> None:
    meeting_id, voting = _meeting_with_roll_call(db)
    with transaction(db) as s:
        item = agenda_edit.add_item(
            s,
            meeting_id,
            agenda_edit.ItemInput(title="Personnel matter", closed_session=True, closed_reason="personnel"),
        )
    with read_only(db) as s:
        version = next(r.version for r in agenda.list_agenda(s, meeting_id) if r.id == item)
    with transaction(db) as s:
        minutes.set_item_notes(s, item, version, "SECRET discussion of the coordinator's review")
        motions.record_motion(
            s,
            meeting_id,
            motions.MotionInput(
                text="Extend the coordinator's contract for one year",
                method=VotingMethod.ROLL_CALL,
                votes={m: VoteChoice.AYE for m in voting[:5]},
                agenda_item_id=item,
            ),
        )
    doc = render_read(db, "minutes", {"meeting_id": meeting_id})
    assert "Held in closed session (personnel)." in doc
    assert "Extend the coordinator's contract for one year" in doc
    assert "carried, 5-0-0" in doc
    assert "SECRET" not in doc


def test_two_thirds_vote_prints_the_threshold_and_the_share_reached(db: Database) -> None:
    meeting_id, voting = _meeting_with_roll_call(db)
    choices = {
        voting[0]: VoteChoice.AYE,
        voting[1]: VoteChoice.AYE,
        voting[2]: VoteChoice.AYE,
        voting[3]: VoteChoice.NAY,
        voting[4]: VoteChoice.AYE,
    }
    with transaction(db) as s:
        motions.record_motion(
            s,
            meeting_id,
            motions.MotionInput(
                text="Amend the bylaws",
                method=VotingMethod.ROLL_CALL,
                threshold=VoteThreshold.TWO_THIRDS,
                votes=choices,
            ),
        )
        motions.record_motion(
            s,
            meeting_id,
            motions.MotionInput(text="Adopt the agenda", method=VotingMethod.ROLL_CALL, votes=choices),
        )
    doc = render_read(db, "minutes", {"meeting_id": meeting_id})
    # 4 of 5 votes cast: 80.0%
    assert "A two-thirds vote was required; 80.0% of the votes cast were in favor." in doc
    assert doc.text.count("two-thirds") == 1  # the majority vote says nothing of a threshold
    spanish = render_read(db, "minutes", {"meeting_id": meeting_id}, language="es")
    assert "80.0%" in spanish and "dos tercios" in spanish.text


def test_excused_member_prints_as_excused_in_the_vote_table(db: Database) -> None:
    meeting_id, voting = _meeting_with_roll_call(db)
    with transaction(db) as s:
        motions.record_motion(
            s,
            meeting_id,
            motions.MotionInput(
                text="Adopt the agenda",
                method=VotingMethod.ROLL_CALL,
                votes={m: VoteChoice.AYE for m in voting[:5]},
            ),
        )
    doc = render_read(db, "minutes", {"meeting_id": meeting_id})
    assert "Member 6 Excused" in doc
    assert "Absent" not in doc.text.split("Proceedings", 1)[1]


def test_cancelled_meeting_prints_as_cancelled_not_as_draft_minutes(db: Database) -> None:
    make_board(db)
    with transaction(db) as s:
        meeting_id = meetings.create_meeting(s, starts_at=JAN, location="Community Room")
    with read_only(db) as s:
        row = meetings.get_meeting(s, meeting_id)
    with transaction(db) as s:
        meetings.update_meeting(
            s,
            meeting_id,
            row.version,
            starts_at=JAN,
            kind=MeetingKind.REGULAR,
            location="Community Room",
            status=MeetingStatus.CANCELLED,
            cancelled_reason="snow emergency",
        )
    doc = render_read(db, "minutes", {"meeting_id": meeting_id})
    assert "This meeting was cancelled: snow emergency" in doc
    assert "The meeting was not held, so there are no minutes." in doc
    assert "DRAFT" not in doc.text
    assert "Members present" not in doc.text
    agenda = render_read(db, "agenda", {"meeting_id": meeting_id})
    assert "This meeting was cancelled: snow emergency" in agenda
    assert "No agenda items have been entered yet." not in agenda.text
