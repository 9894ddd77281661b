"""Every analytics function against pandas computed from the raw rows of the same database.

The expectations are computed independently: straight from the tables with pandas,
per month / per meeting, without the SQL GROUP BY or window tricks the core uses.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import func, select

from advisoryboard.analytics import (
    AnalyticsFilter,
    issues_by_category,
    issues_by_district,
    issues_by_month,
    issues_by_status,
    median_days_to_resolution,
    meeting_attendance,
    meetings_by_kind,
    member_attendance,
    motions_by_result,
    oldest_open_issues,
    referrals_by_partner,
)
from advisoryboard.analytics.filters import add_months, filter_choices, months_in
from advisoryboard.demo import generate
from advisoryboard.services.base import read_only
from database.engine import Database
from database.models import (
    Attendance,
    BoardSettings,
    Issue,
    IssueCategory,
    IssueEvent,
    Meeting,
    Motion,
    Partner,
    Seat,
    SeatTerm,
)

TODAY = dt.date(2026, 11, 21)
YEAR_2025 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
TABLES = {
    "issues": Issue,
    "categories": IssueCategory,
    "events": IssueEvent,
    "partners": Partner,
    "meetings": Meeting,
    "attendance": Attendance,
    "terms": SeatTerm,
    "seats": Seat,
    "motions": Motion,
}
DATETIMES = {
    "issues": ["reported_on", "resolved_on"],
    "events": ["at"],
    "meetings": ["starts_at"],
    "terms": ["start_date", "end_date"],
}


def raw(db: Database) -> dict[str, pd.DataFrame]:
    """Every table the analytics read, as plain DataFrames of stored values."""
    frames = {}
    with db.engine.connect() as conn:
        for name, model in TABLES.items():
            frame = pd.read_sql(select(model.__table__), conn)
            for column in frame.columns:
                if frame[column].dtype == object:
                    frame[column] = frame[column].map(lambda v: v.value if hasattr(v, "value") else v)
            for column in DATETIMES.get(name, []):
                frame[column] = pd.to_datetime(frame[column])
            frames[name] = frame
    return frames


def issues_in(data: dict[str, pd.DataFrame], f: AnalyticsFilter, column: str = "reported_on") -> pd.DataFrame:
    issues = data["issues"]
    keep = (issues[column] >= pd.Timestamp(f.start)) & (issues[column] < pd.Timestamp(f.end))
    return filtered(issues[keep], f)


def filtered(issues: pd.DataFrame, f: AnalyticsFilter) -> pd.DataFrame:
    if f.category_ids:
        issues = issues[issues["category_id"].isin(f.category_ids)]
    if f.districts:
        issues = issues[issues["district"].isin(f.districts)]
    return issues


def category_names(data: dict[str, pd.DataFrame]) -> dict[Any, str]:
    return dict(zip(data["categories"]["id"], data["categories"]["name"], strict=True))


# ------------------------------------------------------------------ expectations
def expect_months(data: dict[str, pd.DataFrame], f: AnalyticsFilter) -> list[tuple[dt.date, int, int, int]]:
    everything = filtered(data["issues"], f)
    closed_at = (
        everything[["reported_on", "resolved_on"]].max(axis=1).where(everything["resolved_on"].notna())
    )
    rows = []
    for month in months_in(f):
        lo = pd.Timestamp(max(dt.datetime.combine(month, dt.time()), f.start))
        hi = pd.Timestamp(min(dt.datetime.combine(add_months(month, 1), dt.time()), f.end))
        opened = int(((everything["reported_on"] >= lo) & (everything["reported_on"] < hi)).sum())
        resolved = int(((everything["resolved_on"] >= lo) & (everything["resolved_on"] < hi)).sum())
        still_open = (everything["reported_on"] < hi) & (closed_at.isna() | (closed_at >= hi))
        rows.append((month, opened, resolved, int(still_open.sum())))
    return rows


def expect_counts(frame: pd.DataFrame, key: str) -> dict[Any, int]:
    counts = frame.groupby(frame[key].fillna("<none>"), dropna=False).size()
    return {(None if k == "<none>" else k): int(v) for k, v in counts.items()}


def expect_medians(data: dict[str, pd.DataFrame], f: AnalyticsFilter) -> dict[Any, tuple[float, int]]:
    done = issues_in(data, f, "resolved_on")
    done = done[done["status"] == "resolved"].copy()
    done["days"] = (done["resolved_on"] - done["reported_on"]).dt.total_seconds() / 86400
    grouped = done.groupby(done["category_id"].fillna(-1))["days"]
    return {
        (None if k == -1 else int(k)): (float(m), int(n))
        for k, m, n in zip(grouped.median().index, grouped.median(), grouped.size(), strict=True)
    }


def expect_referrals(data: dict[str, pd.DataFrame], f: AnalyticsFilter) -> dict[int, int]:
    events = data["events"]
    referrals = events[(events["kind"] == "referral") & events["partner_id"].notna()]
    in_range = referrals[(referrals["at"] >= pd.Timestamp(f.start)) & (referrals["at"] < pd.Timestamp(f.end))]
    allowed = set(filtered(data["issues"], f)["id"])
    pairs = {
        (int(i), int(p))
        for i, p in zip(in_range["issue_id"], in_range["partner_id"], strict=True)
        if i in allowed
    }
    direct = issues_in(data, f)
    direct = direct[direct["partner_id"].notna() & ~direct["id"].isin(set(referrals["issue_id"]))]
    pairs |= {(int(i), int(p)) for i, p in zip(direct["id"], direct["partner_id"], strict=True)}
    return pd.Series([p for _i, p in pairs], dtype=int).value_counts().to_dict() if pairs else {}


def held_meetings(data: dict[str, pd.DataFrame], f: AnalyticsFilter) -> pd.DataFrame:
    m = data["meetings"]
    keep = (
        (m["status"] == "held")
        & (m["starts_at"] >= pd.Timestamp(f.start))
        & (m["starts_at"] < pd.Timestamp(f.end))
    )
    return m[keep]


def voting_terms_on(data: dict[str, pd.DataFrame], day: dt.date) -> pd.DataFrame:
    terms = data["terms"].merge(
        data["seats"][["id", "kind"]], left_on="seat_id", right_on="id", suffixes=("", "_s")
    )
    stamp = pd.Timestamp(day)
    covers = (terms["start_date"] <= stamp) & (terms["end_date"].isna() | (terms["end_date"] >= stamp))
    return terms[(terms["kind"] == "voting") & covers]


def expect_meetings(
    data: dict[str, pd.DataFrame], f: AnalyticsFilter, settings: BoardSettings
) -> list[tuple]:
    att = data["attendance"]
    rows = []
    for meeting in held_meetings(data, f).sort_values(["starts_at", "id"]).itertuples():
        filled = voting_terms_on(data, meeting.starts_at.date())["seat_id"].nunique()
        mine = att[(att["meeting_id"] == meeting.id) & att["voting"].astype(bool)]
        present = int(mine["status"].isin(["present", "late"]).sum())
        if settings.quorum_rule == "majority_all":
            needed = settings.seat_count // 2 + 1
        elif settings.quorum_rule == "fixed" and settings.quorum_fixed_number:
            needed = settings.quorum_fixed_number
        else:
            needed = filled // 2 + 1
        rate = present / filled if filled else 0.0
        rows.append(
            (
                meeting.id,
                filled,
                present,
                pytest.approx(rate),
                needed,
                present >= needed,
                meeting.public_count,
            )
        )
    return rows


def expect_members(data: dict[str, pd.DataFrame], f: AnalyticsFilter) -> dict[int, tuple[int, int]]:
    att = data["attendance"]
    pairs = set()
    for meeting in held_meetings(data, f).itertuples():
        for member in voting_terms_on(data, meeting.starts_at.date())["member_id"]:
            pairs.add((int(member), int(meeting.id)))
    result: dict[int, tuple[int, int]] = {}
    present = {
        (int(m), int(mt))
        for m, mt, s in zip(att["member_id"], att["meeting_id"], att["status"], strict=True)
        if s in ("present", "late")
    }
    for member, meeting in pairs:
        n, p = result.get(member, (0, 0))
        result[member] = (n + 1, p + ((member, meeting) in present))
    return result


# ------------------------------------------------------------------ comparisons
def check_all(db: Database, f: AnalyticsFilter) -> None:
    data = raw(db)
    names = category_names(data)
    with read_only(db) as s:
        months = issues_by_month(s, f)
        assert [(p.month, p.opened, p.resolved, p.backlog) for p in months] == expect_months(data, f)

        in_range = issues_in(data, f)
        by_cat = issues_by_category(s, f)
        assert {c.category_id: c.count for c in by_cat} == expect_counts(in_range, "category_id")
        assert all(c.category == names[c.category_id] for c in by_cat if c.category_id is not None)
        assert [c.count for c in by_cat] == sorted((c.count for c in by_cat), reverse=True)

        by_status = {c.status.value: c.count for c in issues_by_status(s, f) if c.count}
        assert by_status == expect_counts(in_range, "status")
        by_district = {c.district: c.count for c in issues_by_district(s, f)}
        # An empty district is no district (one "(no district)" bar, not two).
        no_blank = in_range.assign(district=in_range["district"].replace("", None))
        assert by_district == expect_counts(no_blank, "district")

        medians = {m.category_id: (m.median_days, m.resolved) for m in median_days_to_resolution(s, f)}
        expected = expect_medians(data, f)
        assert medians.keys() == expected.keys()
        for key, (median, n) in expected.items():
            assert medians[key][1] == n
            assert medians[key][0] == pytest.approx(median, abs=1e-3)

        assert {p.partner_id: p.count for p in referrals_by_partner(s, f)} == expect_referrals(data, f)

        settings = s.get(BoardSettings, 1)
        assert settings is not None
        got = [
            (
                m.meeting_id,
                m.voting_seats_filled,
                m.present,
                m.rate,
                m.quorum_needed,
                m.quorum_met,
                m.public_count,
            )
            for m in meeting_attendance(s, f)
        ]
        assert got == expect_meetings(data, f, settings)

        members = member_attendance(s, f)
        assert {m.member_id: (m.meetings, m.present) for m in members} == expect_members(data, f)
        assert all(m.rate == pytest.approx(m.present / m.meetings) for m in members)

        held = held_meetings(data, f)
        m = data["meetings"]
        in_meeting_range = m[
            (m["starts_at"] >= pd.Timestamp(f.start)) & (m["starts_at"] < pd.Timestamp(f.end))
        ]
        kinds = {k.kind.value: (k.held, k.cancelled) for k in meetings_by_kind(s, f)}
        expected_kinds = {
            kind: (int((group["status"] == "held").sum()), int((group["status"] == "cancelled").sum()))
            for kind, group in in_meeting_range.groupby("kind")
        }
        assert kinds == {k: v for k, v in expected_kinds.items() if any(v)}

        motions = data["motions"]
        motions = motions[motions["meeting_id"].isin(held["id"])]
        results = {r.result.value: r.count for r in motions_by_result(s, f) if r.count}
        assert results == expect_counts(motions, "result")

        oldest = oldest_open_issues(s, f, limit=5)
        candidates = filtered(data["issues"], f)
        candidates = candidates[
            candidates["status"].isin(["new", "acknowledged", "referred", "in_progress"])
            & (candidates["reported_on"] < pd.Timestamp(f.end))
            & ~candidates["confidential"].astype(bool)
        ].sort_values(["reported_on", "id"])
        assert [o.issue_id for o in oldest] == [int(i) for i in candidates["id"][:5]]


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
            for when, to in events:
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
