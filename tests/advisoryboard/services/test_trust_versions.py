"""Finding 4 of issue 16: every user edit carries the version it was made from."""

from __future__ import annotations

import datetime as dt

import pytest

from advisoryboard.errors import ConflictError
from advisoryboard.services import issues, meetings
from advisoryboard.services.base import read_only, transaction
from database.engine import Database


def _meeting(db: Database) -> int:
    with transaction(db) as s:
        return meetings.create_meeting(s, starts_at=dt.datetime(2026, 3, 10, 18, 30), location="Library")


def test_two_guest_lists_saved_from_the_same_version_do_not_overwrite_each_other(db: Database) -> None:
    mid = _meeting(db)
    with read_only(db) as s:
        shown = meetings.roll_call(s, mid).meeting_version  # both windows show this version
    with transaction(db) as s:
        meetings.set_public_attendance(s, mid, 12, "Rev. Ana Ortiz, St. Mark's", version=shown)
    with pytest.raises(ConflictError), transaction(db) as s:
        meetings.set_public_attendance(s, mid, 3, "Luis Pérez", version=shown)
    with read_only(db) as s:
        call = meetings.roll_call(s, mid)
    assert (call.public_count, call.guests) == (12, "Rev. Ana Ortiz, St. Mark's")


@pytest.mark.parametrize("what", ["issue", "meeting", "guest list"])
def test_an_edit_that_does_not_say_its_version_is_refused(db: Database, what: str) -> None:
    mid = _meeting(db)
    with transaction(db) as s:
        iid = issues.create_issue(s, issues.IssueInput("Graffiti on the library wall"))
    edits = {
        "issue": lambda s: issues.update_issue(s, iid, issues.IssueInput("Overwritten"), None),
        "meeting": lambda s: meetings.update_meeting(
            s,
            mid,
            None,
            starts_at=dt.datetime(2026, 3, 10, 18, 30),
            kind="regular",  # type: ignore[arg-type]
            location="Elsewhere",
            status="scheduled",  # type: ignore[arg-type]
        ),
        "guest list": lambda s: meetings.set_public_attendance(s, mid, 1, "x", version=None),
    }
    with pytest.raises(ConflictError, match="reload"), transaction(db) as s:
        edits[what](s)
    with read_only(db) as s:
        assert issues_title(s, iid) == "Graffiti on the library wall"
        assert meetings.get_meeting(s, mid).location == "Library"


def issues_title(s, iid: int) -> str:
    from advisoryboard.services.issue_detail import get_issue

    return get_issue(s, iid).title
