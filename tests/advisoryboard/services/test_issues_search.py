"""Filters, sorting, full-text search and saved presets, done by the database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from advisoryboard.permissions import Actor
from advisoryboard.services import issues as svc
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.issue_detail import categories
from advisoryboard.services.issue_filter import IssueFilter, count_issues
from advisoryboard.services.issue_listing import listing_page, open_listing
from advisoryboard.services.issue_listing import sorted_ids as issue_ids
from advisoryboard.services.issue_presets import save_preset, saved_presets
from database.enums import IssuePriority, IssueStatus, Role
from database.models import Issue
from tests.support.versions import current

TODAY = dt.date(2026, 6, 1)


def issue_page(s, flt, offset, limit, **order):
    """One page of the matching issues, as the table reads it."""
    return listing_page(s, open_listing(s, flt, **order), offset, limit)


ROWS = [
    # title, description, location, category, priority, district, reported, due
    (
        "Graffiti on the library wall",
        "Tags in red paint",
        "12 Elm Street",
        "Graffiti",
        "high",
        "E13",
        dt.datetime(2026, 1, 5),
        dt.date(2026, 2, 1),
    ),
    (
        "Streetlight out",
        "Dark corner, residents worried",
        "Elm St & 3rd Ave",
        "Street lighting",
        "normal",
        "E13",
        dt.datetime(2026, 2, 10),
        None,
    ),
    (
        "Speeding on Oak Avenue",
        "Cars race at night",
        "Oak Avenue",
        "Traffic and speeding",
        "urgent",
        "B2",
        dt.datetime(2026, 3, 15),
        dt.date(2026, 9, 1),
    ),
    (
        "Loud parties",
        "Every weekend",
        "7 Birch Court",
        "Noise",
        "low",
        "B2",
        dt.datetime(2026, 4, 20),
        dt.date(2026, 5, 1),
    ),
    (
        "Dumped mattresses",
        None,
        "Alley behind Maple Rd",
        "Illegal dumping",
        "normal",
        None,
        dt.datetime(2026, 5, 2),
        None,
    ),
]


@pytest.fixture
def filled(db):
    with read_only(db) as s:
        cats = {c.label: c.id for c in categories(s)}
    ids = []
    with transaction(db) as s:
        for title, desc, loc, cat, prio, district, reported, due in ROWS:
            ids.append(
                svc.create_issue(
                    s,
                    svc.IssueInput(
                        title=title,
                        description=desc,
                        location=loc,
                        category_id=cats[cat],
                        priority=IssuePriority(prio),
                        district=district,
                        reported_on=reported,
                        due_on=due,
                    ),
                )
            )
        svc.add_note(s, ids[4], "City sanitation promised pickup on Tuesday")
        svc.change_status(
            s, ids[3], IssueStatus.RESOLVED, "Talked to the landlord", version=current(s, Issue, ids[3])
        )
    return db, ids, cats


def _titles(db, flt: IssueFilter, sort: str = "reported_on", desc: bool = False) -> list[str]:
    with read_only(db) as s:
        rows = issue_page(s, flt, 0, 100, sort=sort, descending=desc, today=TODAY)
        assert count_issues(s, flt, TODAY) == len(rows)
    return [r.title for r in rows]


def test_status_filters_split_open_and_closed(filled) -> None:
    db, _ids, _cats = filled
    assert _titles(db, IssueFilter(status="closed")) == ["Loud parties"]
    assert len(_titles(db, IssueFilter(status="open"))) == 4
    assert len(_titles(db, IssueFilter(status="all"))) == 5


def test_field_filters_match_an_independent_count(filled) -> None:
    db, _ids, cats = filled
    assert _titles(db, IssueFilter(status="all", district="E13")) == [
        "Graffiti on the library wall",
        "Streetlight out",
    ]
    assert _titles(db, IssueFilter(status="all", category_id=cats["Noise"])) == ["Loud parties"]
    assert _titles(db, IssueFilter(status="all", priority="urgent")) == ["Speeding on Oak Avenue"]
    window = IssueFilter(status="all", date_from=dt.date(2026, 2, 10), date_to=dt.date(2026, 3, 15))
    expected = [r[0] for r in ROWS if dt.date(2026, 2, 10) <= r[6].date() <= dt.date(2026, 3, 15)]
    assert _titles(db, window) == expected


def test_overdue_means_open_and_past_its_due_date(filled) -> None:
    db, _ids, _cats = filled
    # Loud parties is past due but resolved; Speeding is due later.
    assert _titles(db, IssueFilter(status="all", overdue=True)) == ["Graffiti on the library wall"]
    with read_only(db) as s:
        rows = issue_page(s, IssueFilter(status="all"), 0, 10, today=TODAY)
    assert {r.title for r in rows if r.overdue} == {"Graffiti on the library wall"}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("elm", {"Graffiti on the library wall", "Streetlight out"}),  # location, by prefix
        ("paint", {"Graffiti on the library wall"}),  # description
        ("sanit", {"Dumped mattresses"}),  # a note on the timeline
        ("landlord", {"Loud parties"}),  # the note of a status change
        ("oak ave", {"Speeding on Oak Avenue"}),  # every word must match
        ("elm oak", set()),
        ("Ma", {"Dumped mattresses"}),  # Maple / mattresses, as the user types
    ],
)
def test_search_as_you_type_uses_full_text_over_fields_and_notes(
    filled, typed: str, expected: set[str]
) -> None:
    db, _ids, _cats = filled
    assert set(_titles(db, IssueFilter(status="all", text=typed))) == expected


def test_search_survives_punctuation_and_quotes(filled) -> None:
    db, _ids, _cats = filled
    assert set(_titles(db, IssueFilter(status="all", text='"elm" (* -'))) == {
        "Graffiti on the library wall",
        "Streetlight out",
    }


def test_search_sees_edits(filled) -> None:
    db, ids, _cats = filled
    with transaction(db) as s:
        svc.update_issue(
            s,
            ids[1],
            svc.IssueInput(title="Lamp post broken", location="Cedar Lane"),
            current(s, Issue, ids[1]),
        )
    assert _titles(db, IssueFilter(status="all", text="cedar")) == ["Lamp post broken"]
    assert _titles(db, IssueFilter(status="all", text="streetlight")) == []


def test_sorting_changes_the_query_order(filled) -> None:
    db, _ids, _cats = filled
    flt = IssueFilter(status="all")
    assert _titles(db, flt, "title") == sorted((r[0] for r in ROWS), key=str.lower)
    by_priority = _titles(db, flt, "priority", desc=True)
    assert by_priority[0] == "Speeding on Oak Avenue" and by_priority[-1] == "Loud parties"
    with read_only(db) as s:
        refs = issue_ids(s, flt, sort="reference", descending=False)
        assert refs == list(s.scalars(select(Issue.id).order_by(Issue.ref_year, Issue.ref_seq)))


def test_confidential_issues_are_not_found_by_text_for_members(filled) -> None:
    db, _ids, _cats = filled
    with transaction(db) as s:
        svc.create_issue(s, svc.IssueInput(title="Dealing near Elm school", confidential=True))
    member = Actor("m", Role.MEMBER)
    with read_only(db, member) as s:
        rows = issue_page(s, IssueFilter(status="all", text="dealing"), 0, 10)
        all_rows = issue_page(s, IssueFilter(status="all"), 0, 10)
    assert rows == []
    hidden = [r for r in all_rows if r.confidential]
    assert len(hidden) == 1 and hidden[0].withheld and hidden[0].title == ""


def test_saved_presets_round_trip(filled) -> None:
    db, _ids, cats = filled
    flt = IssueFilter(
        status="all", category_id=cats["Graffiti"], overdue=True, date_from=dt.date(2026, 1, 1), text="elm"
    )
    with transaction(db) as s:
        save_preset(s, "Overdue graffiti", flt)
        save_preset(s, "Overdue graffiti", flt)  # saving again overwrites
    with read_only(db) as s:
        presets = saved_presets(s)
    assert [(p.name, p.filter) for p in presets] == [("Overdue graffiti", flt)]
