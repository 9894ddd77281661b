"""One issue-row reader for the screen, the export and the printed list: the same assignee
everywhere, a committee too (the printed list used to say "Not assigned")."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from advisoryboard.exporting.issues import public_issues
from advisoryboard.reports.documents import render
from advisoryboard.reports.lists_data import STATUS_GROUPS, load_issues
from advisoryboard.services import committees, issues
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.issue_filter import IssueFilter
from advisoryboard.services.issue_listing import listing_page, open_listing
from database.models import Issue
from tests.support.versions import current


def test_a_committee_assigned_issue_shows_its_committee_on_screen_in_the_export_and_in_print(db) -> None:
    with transaction(db) as s:
        traffic = committees.create_committee(s, "Traffic & Safety Committee")
        issue_id = issues.create_issue(s, issues.IssueInput(title="Speeding on Elm St"))
        issues.assign(s, issue_id, committee_id=traffic, version=current(s, Issue, issue_id))
        other = issues.create_issue(s, issues.IssueInput(title="Nobody's yet"))
    with read_only(db) as s:
        screen = {
            r.id: r.assignee for r in listing_page(s, open_listing(s, IssueFilter(status="all")), 0, 10)
        }
        exported = {r["title"]: r["assignee"] for r in public_issues(s, "all")}
        printed = {
            line.title: line.assignee
            for line in load_issues(s, STATUS_GROUPS["open"], include_confidential=True)
        }
        pdf = render(s, "issues", {"status": "open"}, "en")
    assert screen[issue_id] == exported["Speeding on Elm St"] == printed["Speeding on Elm St"]
    assert printed["Speeding on Elm St"] == "Traffic & Safety Committee"
    assert screen[other] is exported["Nobody's yet"] is printed["Nobody's yet"] is None
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Traffic & Safety Committee" in text


def test_no_module_but_issue_rows_joins_issues_to_their_assignees() -> None:
    """The join of an issue to its assignee is written once (services/issue_rows.py)."""
    root = Path(__file__).resolve().parents[3] / "advisoryboard"
    writers = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "== Issue.assignee_member_id" in path.read_text("utf-8")
    ]
    assert writers == ["services/issue_rows.py"]
