"""What the analytics must say, computed independently with pandas over the raw rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import select

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
from advisoryboard.analytics.filters import add_months, months_in
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
    return pd.Series([p for _i, p in pairs], dtype=int).value_counts().to_dict() if pairs else {}  # type: ignore[return-value]


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
        filled = voting_terms_on(data, meeting.starts_at.date())["seat_id"].nunique()  # type: ignore[arg-type]
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
        for member in voting_terms_on(data, meeting.starts_at.date())["member_id"]:  # type: ignore[arg-type]
            pairs.add((int(member), int(meeting.id)))  # type: ignore[arg-type]
    result: dict[int, tuple[int, int]] = {}
    present = {
        (int(m), int(mt))
        for m, mt, s in zip(att["member_id"], att["meeting_id"], att["status"], strict=True)
        if s in ("present", "late")
    }
    for member, meeting in pairs:  # type: ignore[assignment]
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
