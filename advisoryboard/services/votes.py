"""Quorum and vote-counting rules: pure functions, no database (see DOMAIN.md, Meetings).

Quorum is the minimum number of voting members present for valid business. The bylaws
define it as a majority of filled seats (vacancies do not count), a majority of all seats,
or a fixed number.

A motion's threshold is a majority or two-thirds, counted against the votes cast
(ayes + nays: abstentions and recusals are not votes) or against the voting members
present (so an abstention works like a nay). Recused members are never part of the base:
they may not vote on the question at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from database.enums import MotionResult, QuorumRule, ThresholdBase, VoteChoice, VoteThreshold, VotingMethod

#: Results the chair declares whatever a count says.
DECLARED_RESULTS = frozenset({MotionResult.TABLED, MotionResult.WITHDRAWN, MotionResult.REFERRED})
#: Methods whose counts are typed in (a show of hands, a ballot) instead of taken from the roll.
COUNTED_METHODS = frozenset({VotingMethod.SHOW_OF_HANDS, VotingMethod.BALLOT})


def majority_of(count: int) -> int:
    """The smallest number that is more than half of `count` (at least 1)."""
    return max(count, 0) // 2 + 1


def quorum_required(
    rule: QuorumRule, *, seat_count: int, filled_seats: int, fixed_number: int | None = None
) -> int:
    """How many voting members must be present for a quorum under `rule`."""
    if rule is QuorumRule.MAJORITY_OF_ALL_SEATS:
        return majority_of(seat_count)
    if rule is QuorumRule.FIXED_NUMBER:
        if fixed_number is None or fixed_number < 1:
            raise ValueError("a fixed quorum needs a positive number")
        return fixed_number
    return majority_of(filled_seats)


def board_quorum_required(
    rule: QuorumRule | None, *, seat_count: int, filled_seats: int, fixed_number: int | None = None
) -> int:
    """`quorum_required` for the board's settings as stored: no rule, or a fixed-number rule
    whose number was never filled in, falls back to a majority of filled seats (the default
    rule) instead of refusing, so documents and charts can always be produced."""
    if rule is None or (rule is QuorumRule.FIXED_NUMBER and not fixed_number):
        rule = QuorumRule.MAJORITY_OF_FILLED_SEATS
    return quorum_required(rule, seat_count=seat_count, filled_seats=filled_seats, fixed_number=fixed_number)


@dataclass(frozen=True)
class QuorumStatus:
    present: int
    required: int

    @property
    def has_quorum(self) -> bool:
        return self.present >= self.required

    @property
    def missing(self) -> int:
        return max(self.required - self.present, 0)


def quorum_status(
    present: int,
    rule: QuorumRule,
    *,
    seat_count: int,
    filled_seats: int,
    fixed_number: int | None = None,
) -> QuorumStatus:
    required = quorum_required(
        rule, seat_count=seat_count, filled_seats=filled_seats, fixed_number=fixed_number
    )
    return QuorumStatus(present=present, required=required)


@dataclass(frozen=True)
class Tally:
    ayes: int = 0
    nays: int = 0
    abstentions: int = 0
    recused: int = 0
    absent: int = 0

    @property
    def votes_cast(self) -> int:
        return self.ayes + self.nays

    @property
    def text(self) -> str:
        """The tally as minutes write it: ayes-nays-abstentions, e.g. '4-0-1'."""
        return f"{self.ayes}-{self.nays}-{self.abstentions}"

    @property
    def empty(self) -> bool:
        """Nobody voted aye, nay or abstained: the count says nothing about the result."""
        return self.ayes + self.nays + self.abstentions == 0

    def __str__(self) -> str:
        return self.text

    @classmethod
    def stored(cls, ayes: int | None, nays: int | None, abstentions: int | None) -> Tally | None:
        """The tally kept with a motion (None when it was not counted, as for a voice vote)."""
        if ayes is None and nays is None:
            return None
        return cls(ayes or 0, nays or 0, abstentions or 0)


def tally(choices: Iterable[VoteChoice]) -> Tally:
    counts = dict.fromkeys(VoteChoice, 0)
    for choice in choices:
        counts[VoteChoice(choice)] += 1
    return Tally(
        ayes=counts[VoteChoice.AYE],
        nays=counts[VoteChoice.NAY],
        abstentions=counts[VoteChoice.ABSTAIN],
        recused=counts[VoteChoice.RECUSED],
        absent=counts[VoteChoice.ABSENT],
    )


def threshold_base_count(counts: Tally, base: ThresholdBase) -> int:
    """The number the threshold is measured against."""
    if base is ThresholdBase.MEMBERS_PRESENT:
        return counts.ayes + counts.nays + counts.abstentions
    return counts.votes_cast


def passes(counts: Tally, threshold: VoteThreshold, base: ThresholdBase) -> bool:
    """Do the ayes meet the threshold? A tie fails a majority vote; no votes cast fails."""
    denominator = threshold_base_count(counts, base)
    if denominator <= 0:
        return False
    if threshold is VoteThreshold.TWO_THIRDS:
        return counts.ayes * 3 >= denominator * 2
    return counts.ayes * 2 > denominator


def result_of(counts: Tally, threshold: VoteThreshold, base: ThresholdBase) -> MotionResult:
    return MotionResult.CARRIED if passes(counts, threshold, base) else MotionResult.FAILED


def method_tally(
    method: VotingMethod,
    *,
    votes: Iterable[VoteChoice] = (),
    counts: tuple[int, int, int] | None = None,
    present: int = 0,
) -> Tally | None:
    """The count a voting method gives: a roll call counts its votes, a show of hands or a
    ballot gives typed-in counts, unanimous consent is every voting member present aye; a
    voice vote has no count."""
    if method is VotingMethod.ROLL_CALL:
        return tally(votes)
    if method in COUNTED_METHODS:
        return Tally(*counts) if counts is not None else None
    if method is VotingMethod.UNANIMOUS_CONSENT:
        return Tally(ayes=present)
    return None


def motion_outcome(
    counts: Tally | None, declared: MotionResult | None, threshold: VoteThreshold, base: ThresholdBase
) -> MotionResult | None:
    """A motion's result: a declared tabled / withdrawn / referred stands; else a count
    decides by the threshold; else the result the chair declared (carried or failed).
    None: nothing says what happened yet (the secretary must choose)."""
    if declared in DECLARED_RESULTS:
        return declared
    if counts is not None and not counts.empty:
        return result_of(counts, threshold, base)
    if declared in (MotionResult.CARRIED, MotionResult.FAILED):
        return declared
    return None


def ayes_needed(counts: Tally, threshold: VoteThreshold, base: ThresholdBase) -> int:
    """How many ayes the motion needed with this many voting (for the minutes)."""
    denominator = threshold_base_count(counts, base)
    if threshold is VoteThreshold.TWO_THIRDS:
        return max(-(-denominator * 2 // 3), 1)
    return majority_of(denominator)
