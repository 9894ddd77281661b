"""Finding 8 of issue 16: issue references are handed out without refusing anyone."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import select

from advisoryboard.services import issues
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.models import Issue

WRITERS = 4
EACH = 15


def test_concurrent_writers_all_get_a_reference_and_none_is_duplicated(db: Database) -> None:
    """Four PCs (threads with their own connections) create issues at the same moment."""
    start = threading.Barrier(WRITERS, timeout=30)
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            start.wait()
            for n in range(EACH):
                with transaction(db) as s:
                    issues.create_issue(
                        s, issues.IssueInput(f"Pothole {k}-{n}", reported_on=dt.datetime(2026, 4, 1, 9, 0))
                    )
        except BaseException as exc:  # reported below: a refused save fails the test
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with read_only(db) as s:
        refs = s.scalars(select(Issue.reference).order_by(Issue.ref_seq)).all()
    assert refs == [f"2026-{n:04d}" for n in range(1, WRITERS * EACH + 1)]


def test_references_continue_after_issues_written_without_the_counter(db: Database) -> None:
    with transaction(db) as s:  # a bulk load (demo data, an old database) wrote 2026-0041
        s.add(Issue(reference="2026-0041", ref_year=2026, ref_seq=41, title="Loaded"))
    with transaction(db) as s:
        new = issues.create_issue(s, issues.IssueInput("New", reported_on=dt.datetime(2026, 5, 1)))
    with read_only(db) as s:
        assert s.get(Issue, new).reference == "2026-0042"


def test_imports_and_new_issues_share_the_counter(db: Database) -> None:
    import pandas as pd

    from advisoryboard.importing.issues import ImportOptions, guess_issue_mapping, import_issues

    with transaction(db) as s:
        issues.create_issue(s, issues.IssueInput("Typed in", reported_on=dt.datetime(2026, 6, 1)))
    frame = pd.DataFrame(
        {
            "service_request_id": ["A1", "A2"],
            "requested_datetime": ["2026-06-02T10:00:00", "2026-06-03T10:00:00"],
            "service_name": ["Graffiti", "Graffiti"],
        },
        dtype=object,
    )
    with transaction(db) as s:
        import_issues(s, frame, ImportOptions(guess_issue_mapping(list(frame.columns)), file_name="a.json"))
    with transaction(db) as s:
        issues.create_issue(s, issues.IssueInput("Typed after", reported_on=dt.datetime(2026, 6, 4)))
    with read_only(db) as s:
        refs = s.scalars(select(Issue.reference).order_by(Issue.id)).all()
    assert refs == ["2026-0001", "2026-0002", "2026-0003", "2026-0004"]
