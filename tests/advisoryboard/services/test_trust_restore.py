"""Finding 5 of issue 16: restore is exclusive; no committed save is lost to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from advisoryboard.errors import UserError
from advisoryboard.opening import open_database
from advisoryboard.services import backup, issues
from advisoryboard.services.base import read_only, transaction
from database.models import Issue


def _titles(url: str) -> list[str]:
    db = open_database(url)
    try:
        with read_only(db) as s:
            return sorted(s.scalars(select(Issue.title)))
    finally:
        db.dispose()


def test_restore_is_refused_while_another_window_has_the_database_open(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'board.db'}"
    mine = open_database(url)
    with transaction(mine) as s:
        issues.create_issue(s, issues.IssueInput("In the backup"))
    copy = backup.backup_to(mine, tmp_path / "copy.db")
    other = open_database(url)  # another window, saving after the backup was made
    with transaction(other) as s:
        issues.create_issue(s, issues.IssueInput("Saved by the other window"))
    with pytest.raises(UserError, match="Another window or program has"):
        backup.restore_database(mine, copy)
    assert _titles(url) == ["In the backup", "Saved by the other window"]  # nothing changed
    with transaction(other) as s:  # and the other window still works
        issues.create_issue(s, issues.IssueInput("Still saving"))
    other.dispose()
    result = backup.restore_database(mine, copy)
    mine.dispose()
    assert _titles(url) == ["In the backup"]
    assert result.safety_copy is not None
    safety = open_database(f"sqlite:///{result.safety_copy}")
    try:
        with read_only(safety) as s:  # every committed save is in the copy kept before restoring
            assert s.scalar(select(func.count()).select_from(Issue)) == 3
    finally:
        safety.dispose()
