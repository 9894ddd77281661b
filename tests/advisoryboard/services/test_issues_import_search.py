"""Imported issues are found by full-text search, on SQLite (index built in bulk) and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from advisoryboard.importing.issues import import_file
from advisoryboard.services import issues as svc
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.issue_filter import IssueFilter
from advisoryboard.services.issue_listing import sorted_ids
from database.models import Issue

CSV = (
    "SRNumber,CreatedDate,RequestType,Status,Address,ClosedDate,Status Notes\n"
    "1-1,03/01/2024 10:00:00 AM,Graffiti Removal,Open,12 Quillfeather Lane,,\n"
    "1-2,03/02/2024 11:00:00 AM,Bulky Items,Closed,40 Marrowbone Road,03/09/2024 09:00:00 AM,"
    "sofa collected by zephyrine crew\n"
    "1-3,03/03/2024 12:00:00 PM,Dead Animal Removal,Open,7 Quillfeather Lane,,\n"
)


def _titles(db, words: str) -> list[str]:
    with read_only(db) as s:
        ids = sorted_ids(s, IssueFilter(status="all", text=words), sort="reference", descending=False)
        return sorted(s.get(Issue, i).title for i in ids)


def test_imported_rows_are_found_by_search_and_later_issues_too(db, tmp_path: Path) -> None:
    with transaction(db) as s:
        svc.create_issue(s, svc.IssueInput(title="Quillfeather fence before the import"))
    path = tmp_path / "requests.csv"
    path.write_text(CSV, encoding="utf-8")
    with transaction(db) as s:
        report = import_file(s, path)
    assert report.imported == 3
    assert _titles(db, "quillfeather") == [
        "Dead Animal Removal",
        "Graffiti Removal",
        "Quillfeather fence before the import",
    ]
    assert _titles(db, "marrowbone") == ["Bulky Items"]  # the location
    assert _titles(db, "zephyrine") == ["Bulky Items"]  # the status notes, on the timeline
    # the timeline entry "Imported from requests.csv"
    assert _titles(db, "requests") == ["Bulky Items", "Dead Animal Removal", "Graffiti Removal"]
    # the per-row index upkeep is back after the import: a new issue, an edit
    with transaction(db) as s:
        new_id = svc.create_issue(s, svc.IssueInput(title="Lamp out on Quillfeather corner"))
    assert "Lamp out on Quillfeather corner" in _titles(db, "quillfeather")
    with transaction(db) as s:
        issue = s.get(Issue, new_id)
        assert issue is not None
        issue.title = "Lamp out on Juniper corner"
    assert _titles(db, "juniper") == ["Lamp out on Juniper corner"]
    assert "Lamp out on Juniper corner" not in _titles(db, "quillfeather")


def test_a_failed_import_leaves_nothing_and_the_index_upkeep_in_place(db, tmp_path: Path) -> None:
    path = tmp_path / "requests.csv"
    path.write_text(CSV, encoding="utf-8")
    with pytest.raises(RuntimeError, match="power cut"):
        with transaction(db) as s:
            import_file(s, path)
            raise RuntimeError("power cut")  # after the rows went in, before the commit
    with read_only(db) as s:
        assert s.scalar(select(func.count()).select_from(Issue)) == 0
        if s.get_bind().dialect.name == "sqlite":
            triggers = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            assert {"issues_fts_ai", "issue_events_fts_ai"} <= triggers
    assert _titles(db, "quillfeather") == []
    with transaction(db) as s:
        svc.create_issue(s, svc.IssueInput(title="Quillfeather hedge"))
    assert _titles(db, "quillfeather") == ["Quillfeather hedge"]


def test_sqlite_index_matches_a_full_rebuild_after_import(sqlite_url: str, tmp_path: Path) -> None:
    from advisoryboard.opening import open_database

    db = open_database(sqlite_url)
    path = tmp_path / "requests.csv"
    path.write_text(CSV, encoding="utf-8")
    with transaction(db) as s:
        import_file(s, path)
    with read_only(db) as s:
        # FTS5's own consistency check: the index holds exactly what the content tables say
        s.execute(text("INSERT INTO issues_fts(issues_fts, rank) VALUES ('integrity-check', 1)"))
        s.execute(text("INSERT INTO issue_events_fts(issue_events_fts, rank) VALUES ('integrity-check', 1)"))
    db.dispose()
