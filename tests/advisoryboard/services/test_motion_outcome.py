"""The one rule for a motion's count and result (services/votes.py), used by the motion
dialog's live tally and by the service that records the motion."""

from __future__ import annotations

import re

import pytest

from advisoryboard.services.votes import Tally, method_tally, motion_outcome
from database.enums import MotionResult, ThresholdBase, VoteChoice, VoteThreshold, VotingMethod

A, N, AB = VoteChoice.AYE, VoteChoice.NAY, VoteChoice.ABSTAIN
CAST, PRESENT = ThresholdBase.VOTES_CAST, ThresholdBase.MEMBERS_PRESENT


def test_each_method_counts_its_own_way() -> None:
    assert method_tally(VotingMethod.ROLL_CALL, votes=[A, A, N, AB, VoteChoice.ABSENT]) == Tally(
        2, 1, 1, 0, 1
    )
    assert method_tally(VotingMethod.SHOW_OF_HANDS, counts=(5, 2, 0)) == Tally(5, 2, 0)
    assert method_tally(VotingMethod.BALLOT) is None  # counts not typed in yet
    assert method_tally(VotingMethod.UNANIMOUS_CONSENT, present=6) == Tally(ayes=6)
    assert method_tally(VotingMethod.VOICE, counts=(9, 9, 9), present=6) is None


@pytest.mark.parametrize(
    ("counts", "declared", "threshold", "base", "expected"),
    [
        (Tally(4, 0, 1), None, VoteThreshold.MAJORITY, CAST, MotionResult.CARRIED),
        (
            Tally(2, 2, 0),
            MotionResult.CARRIED,
            VoteThreshold.MAJORITY,
            CAST,
            MotionResult.FAILED,
        ),  # a tie fails
        (Tally(3, 2, 2), None, VoteThreshold.MAJORITY, PRESENT, MotionResult.FAILED),  # abstentions count
        (Tally(4, 2, 0), None, VoteThreshold.TWO_THIRDS, CAST, MotionResult.CARRIED),
        (Tally(4, 3, 0), None, VoteThreshold.TWO_THIRDS, CAST, MotionResult.FAILED),
        (Tally(5, 0, 0), MotionResult.TABLED, VoteThreshold.MAJORITY, CAST, MotionResult.TABLED),
        (None, MotionResult.CARRIED, VoteThreshold.MAJORITY, CAST, MotionResult.CARRIED),  # voice vote
        (Tally(), MotionResult.FAILED, VoteThreshold.MAJORITY, CAST, MotionResult.FAILED),  # empty count
        (None, None, VoteThreshold.MAJORITY, CAST, None),  # nothing says yet
    ],
)
def test_the_outcome_of_a_motion(
    counts: Tally | None,
    declared: MotionResult | None,
    threshold: VoteThreshold,
    base: ThresholdBase,
    expected: MotionResult | None,
) -> None:
    assert motion_outcome(counts, declared, threshold, base) is expected


def test_a_tally_is_a_value_that_prints_as_the_minutes_write_it() -> None:
    assert str(Tally(4, 0, 1)) == "4-0-1" == Tally.stored(4, 0, 1).text
    assert Tally.stored(None, None, None) is None and Tally.stored(3, None, None) == Tally(3, 0, 0)
    assert Tally().empty and not Tally(abstentions=1).empty


def test_the_rule_is_written_once() -> None:
    """The dialog, the service and the demo decide a result through services/votes.py; nobody
    else compares ayes with a threshold or parses a tally text back."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    rule = re.compile(r"ayes \* [23] |ayes >= need|cast // 2 \+ 1|\.tally\.split\(|DECLARED_RESULTS = ")
    found = [
        str(path.relative_to(root))
        for folder in ("ui", "advisoryboard")
        for path in (root / folder).rglob("*.py")
        if rule.search(path.read_text("utf-8"))
    ]
    assert found == ["advisoryboard/services/votes.py"]
