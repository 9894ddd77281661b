"""Paging the issues table in SQL: every page, position and count agrees with an
independent order computed by pandas from the raw rows, on SQLite and PostgreSQL.

The board is built with many ties (titles differing only by case, shared report times,
empty due dates, districts, categories and assignees, a member and a committee of the
same name), so the id tie-break and the place of empty values are exercised.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import insert, select

from advisoryboard.services import issue_listing
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.issue_filter import SORT_KEYS, IssueFilter
from advisoryboard.services.issue_listing import (
    listing_ids,
    listing_page,
    listing_position,
    open_listing,
)
from advisoryboard.services.issue_listing import sorted_ids as issue_ids
from database.engine import Database
from database.enums import CLOSED_STATUSES, OPEN_STATUSES, IssuePriority, IssueStatus
from database.models import Committee, Issue, IssueCategory, Member

TODAY = dt.date(2026, 6, 1)
N = 260
WORDS = ["graffiti", "noise", "pothole", "lights", "dumping", "parking"]
DISTRICTS = ["North", "South", "East", None]
PRIORITY_RANK = {"low": 0, "normal": 1, "high": 2, "urgent": 3}
STATUS_RANK = {s.value: i for i, s in enumerate(IssueStatus)}


@pytest.fixture
def board(db):
    rng = random.Random(20261121)
    with transaction(db) as s:
        members = [Member(name=n) for n in ("Ana García", "bob Lee", "Safety", "Zoe Park")]
        committees = [Committee(name=n) for n in ("Safety", "Parks committee")]
        s.add_all([*members, *committees])
        s.flush()
        cats = list(s.scalars(select(IssueCategory.id)))
        times = [dt.datetime(2025, 1, 1) + dt.timedelta(days=rng.randrange(40)) for _ in range(30)]
        rows: list[dict[str, Any]] = []
        for i in range(N):
            word = rng.choice(WORDS)
            title = rng.choice([word, word.upper(), word.capitalize()])
            year = rng.choice([2024, 2025, 2026])
            assignee = rng.random()
            rows.append(
                {
                    "reference": f"{year}-{i:04d}",
                    "ref_year": year,
                    "ref_seq": rng.randrange(1000),
                    "title": title,
                    "status": rng.choice(list(IssueStatus)),
                    "priority": rng.choice(list(IssuePriority)),
                    "category_id": rng.choice([*cats, None]),
                    "district": rng.choice(DISTRICTS),
                    "reported_on": rng.choice(times),
                    "due_on": rng.choice([None, None, dt.date(2025, 3, 1), dt.date(2025, 4, 1)]),
                    "assignee_member_id": rng.choice(members).id if assignee < 0.4 else None,
                    "assignee_committee_id": rng.choice(committees).id if assignee > 0.6 else None,
                    "confidential": rng.random() < 0.1,
                }
            )
        # ref_year/ref_seq must be unique together: give clashes a fresh sequence
        seen: set[tuple[int, int]] = set()
        for row in rows:
            while (row["ref_year"], row["ref_seq"]) in seen:
                row["ref_seq"] += 1000
            seen.add((row["ref_year"], row["ref_seq"]))
        s.execute(insert(Issue), rows)
    return db


def _frame(db) -> pd.DataFrame:
    with db.engine.connect() as conn:
        issues = pd.read_sql("SELECT * FROM issues", conn)
        cats = pd.read_sql("SELECT id, name FROM issue_categories", conn)
        members = pd.read_sql("SELECT id, name FROM members", conn)
        committees = pd.read_sql("SELECT id, name FROM committees", conn)
    issues["category"] = issues["category_id"].map(dict(zip(cats.id, cats.name, strict=True)))
    member = issues["assignee_member_id"].map(dict(zip(members.id, members.name, strict=True)))
    committee = issues["assignee_committee_id"].map(dict(zip(committees.id, committees.name, strict=True)))
    issues["assignee"] = member.fillna(committee)
    return issues


def _expected(frame: pd.DataFrame, flt: str, sort: str, descending: bool) -> list[int]:
    """The documented order, computed here from the raw rows: by the key ascending with
    empty values first and the id breaking ties; descending is that order reversed."""
    wanted = {"open": OPEN_STATUSES, "closed": CLOSED_STATUSES}.get(flt)
    rows = frame if wanted is None else frame[frame["status"].isin([s.value for s in wanted])]
    text_keys: dict[str, Any] = {
        "title": lambda r: (0, r.title.lower()),
        "category": lambda r: (
            (0, r.category.casefold(), r.category) if isinstance(r.category, str) else (-1,)
        ),
        "assignee": lambda r: (
            (0, r.assignee.casefold(), r.assignee) if isinstance(r.assignee, str) else (-1,)
        ),
        "district": lambda r: (0, r.district) if isinstance(r.district, str) else (-1,),
        "due_on": lambda r: (0, str(r.due_on)) if r.due_on is not None and not pd.isna(r.due_on) else (-1,),
        "reported_on": lambda r: (0, pd.Timestamp(r.reported_on)),
        "reference": lambda r: (0, r.ref_year, r.ref_seq),
        "status": lambda r: (0, STATUS_RANK[r.status]),
        "priority": lambda r: (0, PRIORITY_RANK[r.priority]),
    }
    key = text_keys[sort]
    ordered = sorted(rows.itertuples(), key=lambda r: (key(r), r.id))
    ids = [int(str(r.id)) for r in ordered]
    return ids[::-1] if descending else ids


@pytest.mark.parametrize("small", [True, False], ids=["one-query", "segments"])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_pages_positions_and_counts_follow_an_independent_order(
    board: Database, sort: str, small: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a few thousand matches are sorted in one query; more are read segment by segment
    monkeypatch.setattr(issue_listing, "SMALL", N if small else 0)
    frame = _frame(board)
    rng = random.Random(sort)
    for status in ("all", "open", "closed"):
        for descending in (False, True):
            expected = _expected(frame, status, sort, descending)
            flt = IssueFilter(status=status)
            with read_only(board) as s:
                listing = open_listing(s, flt, sort=sort, descending=descending, today=TODAY)
                assert listing.total == len(expected)
                paged: list[int] = []
                for offset in range(0, listing.total, 13):  # pages read in order…
                    paged += listing_ids(s, listing, offset, 13)
                assert paged == expected, (status, sort, descending)
                fresh = open_listing(s, flt, sort=sort, descending=descending, today=TODAY)
                for _ in range(6):  # …and jumps anywhere (deep pages read from the far end)
                    offset, limit = rng.randrange(len(expected)), rng.randrange(1, 40)
                    assert listing_ids(s, fresh, offset, limit) == expected[offset : offset + limit]
                for row in [*rng.sample(range(len(expected)), 8), 0, len(expected) - 1]:
                    again = open_listing(s, flt, sort=sort, descending=descending, today=TODAY)
                    assert listing_position(s, again, expected[row]) == row
                assert issue_ids(s, flt, sort=sort, descending=descending, today=TODAY) == expected


def test_a_position_outside_the_filter_is_none_and_pages_past_the_end_are_empty(board) -> None:
    frame = _frame(board)
    closed = int(frame[frame["status"] == IssueStatus.RESOLVED.value]["id"].to_list()[0])
    with read_only(board) as s:
        listing = open_listing(s, IssueFilter(status="open"), sort="title", today=TODAY)
        assert listing_position(s, listing, closed) is None
        assert listing_ids(s, listing, listing.total, 10) == []
        assert len(listing_ids(s, listing, listing.total - 3, 10)) == 3


def test_pages_carry_the_rows_the_table_shows(board) -> None:
    frame = _frame(board).set_index("id")
    with read_only(board) as s:
        listing = open_listing(s, IssueFilter(status="all", district="North"), sort="reference", today=TODAY)
        rows = listing_page(s, listing, 5, 20)
    assert listing.total == int((frame["district"] == "North").sum())
    assert len(rows) == 20
    for r in rows:
        assert r.district == "North"
        assert r.reference == frame.loc[r.id, "reference"]
        assignee = frame.loc[r.id, "assignee"]
        assert r.assignee == (assignee if isinstance(assignee, str) else None)


def _skips(statement: str, parameters: Any) -> int:
    """How many rows a statement skips by OFFSET (0 without one)."""
    import re

    found = re.search(r"OFFSET (\?|%\((\w+)\)s)", statement)
    if found is None:
        return 0
    if isinstance(parameters, dict):
        return int(parameters[found.group(2)])
    return int(parameters[-1])  # SQLite: LIMIT ? OFFSET ?, the last parameters


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_a_page_said_to_be_cheap_is_read_without_counting_or_skipping_far(
    board: Database, sort: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the table reads at once (page_is_cheap) costs no COUNT and no far OFFSET; the
    rest it reads in the background, on a detached copy whose lessons come back."""
    from sqlalchemy import event

    monkeypatch.setattr(issue_listing, "SMALL", 0)
    monkeypatch.setattr(issue_listing, "CHEAP_SKIP", 20)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        statements.append((statement, parameters))

    event.listen(board.engine, "before_cursor_execute", seen)
    rng = random.Random(f"cheap {sort}")
    flt = IssueFilter(status="all")
    verdicts = set()
    try:
        with read_only(board) as s:
            expected = issue_ids(s, flt, sort=sort, today=TODAY)
            listing = open_listing(s, flt, sort=sort, today=TODAY)
            for _ in range(40):
                offset = rng.randrange(len(expected))
                cheap = issue_listing.page_is_cheap(listing, offset, 13)
                verdicts.add(cheap)
                if not cheap:  # as the table does: read on a copy, keep what it learnt
                    copy = issue_listing.detached(listing)
                    assert listing_ids(s, copy, offset, 13) == expected[offset : offset + 13]
                    issue_listing.learn(listing, copy)
                    offset += 13  # the next page follows from the last row read
                    if len(listing.segments) == 1 and offset < len(expected):
                        assert issue_listing.page_is_cheap(listing, offset, 13)
                    if not issue_listing.page_is_cheap(listing, offset, 13):
                        continue
                statements.clear()
                assert listing_ids(s, listing, offset, 13) == expected[offset : offset + 13]
                for statement, parameters in statements:
                    assert "count(" not in statement.lower(), (offset, statement)
                    assert _skips(statement, parameters) <= 20, (offset, statement)
    finally:
        event.remove(board.engine, "before_cursor_execute", seen)
    assert verdicts == {True, False}  # both kinds of page were met
