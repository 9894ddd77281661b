"""Every analytics function against pandas computed from the raw rows of the same database.

The expectations are computed independently: straight from the tables with pandas,
per month / per meeting, without the SQL GROUP BY or window tricks the core uses.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from advisoryboard.analytics import (
    AnalyticsFilter,
    issues_by_category,
    issues_by_month,
    median_days_to_resolution,
    meeting_attendance,
    member_attendance,
    referrals_by_partner,
)
from advisoryboard.analytics.filters import filter_choices, months_in
from advisoryboard.demo import generate
from advisoryboard.services.base import read_only
from database.engine import Database
from database.models import (
    BoardSettings,
    Issue,
    IssueCategory,
    IssueEvent,
    Partner,
)
from tests.support.analytics import TODAY, YEAR_2025, check_all, expect_referrals, raw


@pytest.fixture
def board(db: Database) -> Database:
    generate(db, issues=250, years=2, seed=11, today=TODAY)
    return db


def test_analytics_match_pandas_on_a_demo_board(board: Database) -> None:
    data = raw(board)
    year = AnalyticsFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    check_all(board, year)
    some_categories = tuple(int(c) for c in data["categories"]["id"][:3])
    some_districts = tuple(sorted(data["issues"]["district"].dropna().unique())[:2])
    check_all(board, AnalyticsFilter(dt.date(2025, 3, 15), TODAY, some_categories, some_districts))
    # The whole history, including the open backlog carried into the range.
    check_all(board, AnalyticsFilter(dt.date(2024, 11, 1), TODAY))
    # A range in the future: no issue, no meeting held.
    check_all(board, AnalyticsFilter(dt.date(2027, 1, 1), dt.date(2027, 2, 28)))


def test_a_range_with_a_single_issue_and_a_single_meeting(board: Database) -> None:
    data = raw(board)
    days = data["issues"]["reported_on"].dt.date.value_counts()
    lone_day = min(d for d, n in days.items() if n == 1)
    f = AnalyticsFilter(lone_day, lone_day)
    check_all(board, f)
    with read_only(board) as s:
        assert sum(c.count for c in issues_by_category(s, f)) == 1
        assert sum(p.opened for p in issues_by_month(s, f)) == 1

    held = data["meetings"][data["meetings"]["status"] == "held"]
    meeting_day = held["starts_at"].dt.date.iloc[0]
    g = AnalyticsFilter(meeting_day, meeting_day)
    check_all(board, g)
    with read_only(board) as s:
        (only,) = meeting_attendance(s, g)
        assert only.meeting_id == int(held["id"].iloc[0])


def test_an_empty_database_gives_zeros_not_errors(db: Database) -> None:
    f = AnalyticsFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    check_all(db, f)
    with read_only(db) as s:
        months = issues_by_month(s, f)
        assert [p.month.month for p in months] == list(range(1, 13))
        assert all(p.opened == p.resolved == p.backlog == 0 for p in months)
        assert issues_by_category(s, f) == []
        assert median_days_to_resolution(s, f) == []
        assert meeting_attendance(s, f) == []
        assert member_attendance(s, f) == []


def add_edge_cases(db: Database) -> None:
    """Issues on the edges the grouped queries must get right: closings on the range's
    first instant, closings dated before the report (bad data), open issues carried in,
    referrals dated outside the range, a referral entry without a partner, odd districts."""
    from advisoryboard.services.base import transaction
    from database.enums import IssueStatus, TimelineKind

    at = dt.datetime
    with transaction(db) as s:
        partners = [int(p) for p in s.scalars(select(Partner.id).order_by(Partner.id).limit(2))]
        category = s.scalars(select(IssueCategory.id).order_by(IssueCategory.id)).first()
        cases = [
            # (reported, resolved, partner, district, [(event at, event partner)])
            (at(2025, 3, 10, 9), at(2025, 2, 1, 9), None, "Zeta Ward", []),  # closed before reported
            (at(2024, 12, 31, 23, 59), at(2025, 1, 1), None, "", []),  # closed at the start
            (at(2024, 6, 1), at(2024, 12, 31, 23, 59, 59), None, None, []),  # closed just before
            (at(2024, 5, 1), None, None, "alpha", []),  # open all along
            (at(2025, 4, 1), None, partners[0], None, [(at(2024, 12, 15), partners[0])]),
            (at(2025, 5, 1), None, partners[0], None, [(at(2025, 5, 2), None)]),
            (at(2025, 6, 1), at(2025, 6, 3), partners[0], None, [(at(2025, 6, 2), partners[1])]),
            (at(2024, 11, 1), None, partners[0], None, []),
            (at(2025, 12, 31, 23, 59), None, partners[1], None, [(at(2026, 1, 1), partners[1])]),
        ]
        # Explicit ids: the demo board's bulk inserts leave PostgreSQL's id sequences behind.
        issue_id = int(s.scalar(select(func.max(Issue.id))) or 0)
        event_id = int(s.scalar(select(func.max(IssueEvent.id))) or 0)
        for n, (reported, resolved, partner, district, events) in enumerate(cases, start=1):
            issue = Issue(
                id=issue_id + n,
                reference=f"2025-{9000 + n}",
                ref_year=2025,
                ref_seq=9000 + n,
                title=f"Edge case {n}",
                category_id=category,
                reported_on=reported,
                resolved_on=resolved,
                status=IssueStatus.RESOLVED if resolved else IssueStatus.REFERRED,
                partner_id=partner,
                district=district,
            )
            s.add(issue)
            s.flush()
            for when, to in events:  # type: ignore[attr-defined]
                event_id += 1
                s.add(
                    IssueEvent(
                        id=event_id,
                        issue_id=issue.id,
                        at=when,
                        kind=TimelineKind.REFERRAL,
                        author="Office",
                        partner_id=to,
                    )
                )


def test_range_edges_backlog_and_referrals_match_pandas(board: Database) -> None:
    add_edge_cases(board)
    data = raw(board)
    for f in (
        AnalyticsFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        AnalyticsFilter(dt.date(2025, 2, 1), dt.date(2025, 3, 31)),
        AnalyticsFilter(dt.date(2024, 12, 31), dt.date(2025, 1, 1)),
        AnalyticsFilter(dt.date(2025, 1, 1), TODAY, districts=("Zeta Ward", "alpha")),
    ):
        check_all(board, f)
    with read_only(board) as s:
        referred = {p.partner_id: p.count for p in referrals_by_partner(s, AnalyticsFilter(*YEAR_2025))}
    assert referred == expect_referrals(data, AnalyticsFilter(*YEAR_2025))


@pytest.mark.parametrize("per_issue", [True, False])
def test_both_ways_of_finding_issues_without_a_referral_entry_agree_with_pandas(
    board: Database, per_issue: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from advisoryboard.analytics import issues as issue_analytics

    add_edge_cases(board)
    data = raw(board)
    # Short ranges look the entries up issue by issue, long ones walk every referral.
    monkeypatch.setattr(issue_analytics, "PER_ISSUE_BELOW", 2.0 if per_issue else -1.0)
    for f in (
        AnalyticsFilter(*YEAR_2025),
        AnalyticsFilter(dt.date(2025, 3, 1), dt.date(2025, 6, 30)),
        AnalyticsFilter(dt.date(2020, 1, 1), TODAY),
        AnalyticsFilter(dt.date(2025, 1, 1), TODAY, category_ids=(1, 2, 3)),
    ):
        with read_only(board) as s:
            got = {p.partner_id: p.count for p in referrals_by_partner(s, f)}
        assert got == expect_referrals(data, f)


def test_share_of_history_a_range_covers(board: Database) -> None:
    from advisoryboard.analytics.issues import share_of_history

    reported = raw(board)["issues"]["reported_on"]
    first, last = reported.min(), reported.max()
    middle = (first + (last - first) / 2).date()
    with read_only(board) as s:
        assert share_of_history(s, AnalyticsFilter(dt.date(2000, 1, 1), TODAY)) == 1.0
        assert share_of_history(s, AnalyticsFilter(dt.date(2030, 1, 1), dt.date(2030, 2, 1))) == 0.0
        half = share_of_history(s, AnalyticsFilter(dt.date(2000, 1, 1), middle))
    assert half == pytest.approx(0.5, abs=0.01)


def test_filter_choices_offer_every_district_in_use(board: Database) -> None:
    add_edge_cases(board)
    districts = raw(board)["issues"]["district"]
    expected = sorted({d for d in districts.dropna() if d})
    with read_only(board) as s:
        choices = filter_choices(s)
    assert choices.districts == expected
    assert "Zeta Ward" in choices.districts and "" not in choices.districts


def test_filter_choices_on_an_empty_database(db: Database) -> None:
    with read_only(db) as s:
        choices = filter_choices(s)
    assert choices.districts == []
    assert len(choices.categories) == 12


def test_quorum_follows_the_board_rule(board: Database) -> None:
    from advisoryboard.services.base import transaction
    from database.enums import QuorumRule

    f = AnalyticsFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    for rule, fixed, expected in (
        (QuorumRule.MAJORITY_OF_ALL_SEATS, None, 8),  # 15 seats
        (QuorumRule.FIXED_NUMBER, 13, 13),
    ):
        with transaction(board) as s:
            settings = s.get(BoardSettings, 1)
            assert settings is not None
            settings.seat_count, settings.quorum_rule, settings.quorum_fixed_number = 15, rule, fixed
        check_all(board, f)
        with read_only(board) as s:
            meetings = meeting_attendance(s, f)
        assert meetings
        assert {m.quorum_needed for m in meetings} == {expected}
        assert all(m.quorum_met == (m.present >= expected) for m in meetings)


def test_preset_ranges() -> None:
    from advisoryboard.analytics import date_ranges

    ranges = {r.key: (r.date_from, r.date_to) for r in date_ranges(dt.date(2026, 3, 10))}
    assert ranges == {
        "this_year": (dt.date(2026, 1, 1), dt.date(2026, 3, 10)),
        "last_12_months": (dt.date(2025, 4, 1), dt.date(2026, 3, 10)),
        "previous_year": (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        "custom": (dt.date(2026, 1, 1), dt.date(2026, 3, 10)),
    }
    assert len(months_in(AnalyticsFilter(*ranges["last_12_months"]))) == 12
