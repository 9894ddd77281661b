"""Quorum and vote-counting rules (pure functions): the edges bylaws care about."""

from __future__ import annotations

import itertools

import pytest

from advisoryboard.services.votes import (
    Tally,
    ayes_needed,
    board_quorum_required,
    majority_of,
    passes,
    quorum_required,
    quorum_status,
    result_of,
    tally,
)
from database.enums import MotionResult, QuorumRule, ThresholdBase, VoteChoice, VoteThreshold

A, N, AB, R, X = VoteChoice.AYE, VoteChoice.NAY, VoteChoice.ABSTAIN, VoteChoice.RECUSED, VoteChoice.ABSENT
CAST, PRESENT = ThresholdBase.VOTES_CAST, ThresholdBase.MEMBERS_PRESENT
MAJ, TWO = VoteThreshold.MAJORITY, VoteThreshold.TWO_THIRDS


@pytest.mark.parametrize(("count", "expected"), [(0, 1), (1, 1), (2, 2), (7, 4), (8, 5), (13, 7), (15, 8)])
def test_majority_is_more_than_half(count: int, expected: int) -> None:
    assert majority_of(count) == expected
    assert expected * 2 > count
    assert (expected - 1) * 2 <= count


def test_quorum_of_filled_seats_ignores_vacancies() -> None:
    # 15 seats, 2 vacant: 13 filled -> 7 needed; with 2 more vacancies 11 filled -> 6.
    assert quorum_required(QuorumRule.MAJORITY_OF_FILLED_SEATS, seat_count=15, filled_seats=13) == 7
    assert quorum_required(QuorumRule.MAJORITY_OF_FILLED_SEATS, seat_count=15, filled_seats=11) == 6


def test_quorum_of_all_seats_counts_vacancies() -> None:
    assert quorum_required(QuorumRule.MAJORITY_OF_ALL_SEATS, seat_count=15, filled_seats=11) == 8
    assert quorum_required(QuorumRule.MAJORITY_OF_ALL_SEATS, seat_count=14, filled_seats=3) == 8


def test_fixed_quorum_and_its_missing_number() -> None:
    assert quorum_required(QuorumRule.FIXED_NUMBER, seat_count=15, filled_seats=9, fixed_number=5) == 5
    with pytest.raises(ValueError, match="fixed quorum"):
        quorum_required(QuorumRule.FIXED_NUMBER, seat_count=15, filled_seats=9, fixed_number=None)


def test_stored_settings_without_a_fixed_number_fall_back_to_filled_seats() -> None:
    # Documents and charts still show a quorum when the settings are half filled in.
    assert board_quorum_required(QuorumRule.FIXED_NUMBER, seat_count=15, filled_seats=9) == 5
    assert board_quorum_required(None, seat_count=15, filled_seats=11) == 6
    assert board_quorum_required(QuorumRule.FIXED_NUMBER, seat_count=15, filled_seats=9, fixed_number=3) == 3
    assert board_quorum_required(QuorumRule.MAJORITY_OF_ALL_SEATS, seat_count=15, filled_seats=3) == 8


@pytest.mark.parametrize(
    ("present", "has_quorum", "missing"), [(0, False, 7), (6, False, 1), (7, True, 0), (13, True, 0)]
)
def test_quorum_status_at_the_boundary(present: int, has_quorum: bool, missing: int) -> None:
    status = quorum_status(present, QuorumRule.MAJORITY_OF_FILLED_SEATS, seat_count=15, filled_seats=13)
    assert status.has_quorum is has_quorum
    assert status.missing == missing


def test_no_quorum_when_every_seat_is_vacant_and_nobody_is_present() -> None:
    status = quorum_status(0, QuorumRule.MAJORITY_OF_FILLED_SEATS, seat_count=9, filled_seats=0)
    assert not status.has_quorum


def test_tally_text_is_ayes_nays_abstentions() -> None:
    counts = tally([A, A, A, A, AB, R, X, X])
    assert counts == Tally(ayes=4, nays=0, abstentions=1, recused=1, absent=2)
    assert counts.text == "4-0-1"
    assert counts.votes_cast == 4


def test_a_tie_fails_a_majority_vote() -> None:
    assert result_of(tally([A, A, N, N]), MAJ, CAST) is MotionResult.FAILED
    assert result_of(tally([A, A, A, N, N]), MAJ, CAST) is MotionResult.CARRIED


def test_abstentions_do_not_count_against_votes_cast_but_do_against_members_present() -> None:
    votes = tally([A, A, A, N, N, AB, AB])
    assert passes(votes, MAJ, CAST)  # 3 of 5 cast
    assert not passes(votes, MAJ, PRESENT)  # 3 of 7 present


def test_recused_members_are_outside_both_bases() -> None:
    votes = tally([A, A, N, R, R, R])
    assert passes(votes, MAJ, CAST)
    assert passes(votes, MAJ, PRESENT)  # 2 of the 3 who may vote


def test_two_thirds_exactly_passes_and_one_short_fails() -> None:
    assert passes(tally([A, A, N]), TWO, CAST)  # 2 of 3
    assert passes(tally([A] * 6 + [N] * 3), TWO, CAST)
    assert not passes(tally([A] * 5 + [N] * 3), TWO, CAST)  # 5 of 8 < 2/3
    assert not passes(tally([A, A, N, AB]), TWO, PRESENT)  # 2 of 4 present


def test_nothing_cast_fails() -> None:
    assert not passes(tally([AB, AB, R]), MAJ, CAST)
    assert result_of(tally([]), TWO, PRESENT) is MotionResult.FAILED


def test_ayes_needed_for_the_minutes() -> None:
    assert ayes_needed(tally([A, N, N, A, AB]), MAJ, CAST) == 3
    assert ayes_needed(tally([A, N, N, A, AB]), TWO, PRESENT) == 4


@pytest.mark.parametrize("threshold", [MAJ, TWO])
@pytest.mark.parametrize("base", [CAST, PRESENT])
def test_passes_agrees_with_exact_fractions_over_all_small_votes(
    threshold: VoteThreshold, base: ThresholdBase
) -> None:
    from fractions import Fraction

    need = Fraction(1, 2) if threshold is MAJ else Fraction(2, 3)
    for ayes, nays, abst in itertools.product(range(8), repeat=3):
        counts = Tally(ayes, nays, abst)
        denominator = ayes + nays + (abst if base is PRESENT else 0)
        if denominator == 0:
            expected = False
        elif threshold is MAJ:
            expected = Fraction(ayes, denominator) > need
        else:
            expected = Fraction(ayes, denominator) >= need
        assert passes(counts, threshold, base) is expected, (ayes, nays, abst)
        assert (ayes >= ayes_needed(counts, threshold, base)) is expected or denominator == 0
