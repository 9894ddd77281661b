"""At a community forum the residents present vote too: a counted vote is not tied to seats."""

from __future__ import annotations

import datetime as dt

import pytest

from advisoryboard.errors import ValidationError
from advisoryboard.services import meetings, motions
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import AttendanceStatus, MeetingKind, MotionResult, VoteThreshold, VotingMethod
from tests.support.meetings_board import make_board
from tests.support.pdf import render_read

WHEN = dt.datetime(2025, 3, 4, 18, 30)


def _meeting(db: Database, kind: MeetingKind) -> int:
    board = make_board(db)
    with transaction(db) as s:
        meeting_id = meetings.create_meeting(s, starts_at=WHEN, kind=kind, location="Library")
        for member in board.voting[:4]:
            meetings.set_attendance(s, meeting_id, member, AttendanceStatus.PRESENT, None)
    return meeting_id


def test_a_forum_counts_everyone_present(db: Database) -> None:
    forum = _meeting(db, MeetingKind.FORUM)
    with transaction(db) as s:
        motions.record_motion(
            s,
            forum,
            motions.MotionInput(
                text="Ask the city for speed humps on Elm Street",
                method=VotingMethod.SHOW_OF_HANDS,
                threshold=VoteThreshold.TWO_THIRDS,
                counts=(31, 7, 0),
            ),
        )
    with read_only(db) as s:
        (row,) = motions.list_motions(s, forum)
    assert (str(row.tally), row.result) == ("31-7-0", MotionResult.CARRIED)
    doc = render_read(db, "minutes", {"meeting_id": forum})
    assert "31-7-0" in doc and "81.6% of the votes cast were in favor" in doc


def test_a_board_vote_still_counts_only_the_voting_members_present(db: Database) -> None:
    regular = _meeting(db, MeetingKind.REGULAR)
    with pytest.raises(ValidationError) as info, transaction(db) as s:
        motions.record_motion(
            s, regular, motions.MotionInput(text="Too many", method=VotingMethod.BALLOT, counts=(31, 7, 0))
        )
    assert info.value.errors["counts"] == "The counts cannot exceed the voting members present."
    assert motions.counted_vote_limit(MeetingKind.REGULAR, 4) == 4
    assert motions.counted_vote_limit(MeetingKind.FORUM, 4) == motions.OPEN_VOTE_LIMIT
