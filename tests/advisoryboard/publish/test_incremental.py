"""Publishing again rewrites only what changed and removes the pages of records that are gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select

from advisoryboard.errors import UserError
from advisoryboard.publish.site import publish_site
from advisoryboard.publish.writer import MANIFEST
from advisoryboard.services.base import read_only
from database.enums import MeetingStatus
from database.models import AgendaItem, Meeting
from tests.support.publish_board import TODAY


def _publish(db, folder: Path, language: str = "en"):
    with read_only(db) as s:
        return publish_site(s, folder, language, today=TODAY)


def _mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_again_unchanged_writes_nothing_and_a_change_rewrites_only_its_files(
    small_db, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    first = _publish(small_db, site)
    assert first.stats.written == first.stats.total > 50
    before = _mtimes(site)
    again = _publish(small_db, site)
    assert (again.stats.written, again.stats.removed) == (0, 0)
    assert _mtimes(site) == before  # not even touched
    with small_db.session() as s:
        meeting = s.scalars(
            select(Meeting)
            .where(Meeting.status == MeetingStatus.SCHEDULED)
            .order_by(Meeting.starts_at.desc())
        ).first()
        assert meeting is not None
        meeting.title = "Budget hearing"
        slug = f"{meeting.starts_at:%Y-%m-%d}-meeting-{meeting.id}"
        s.commit()
    changed = _publish(small_db, site)
    rewritten = {name for name, mtime in _mtimes(site).items() if before.get(name) != mtime}
    assert f"meetings/{slug}.html" in rewritten and f"meetings/{slug}-agenda.pdf" in rewritten
    assert "Budget hearing" in (site / "meetings" / f"{slug}.html").read_text(encoding="utf-8")
    assert 0 < changed.stats.written < 12  # the meeting, its PDF, the lists, the calendar, the data
    assert changed.stats.written == len(rewritten - {MANIFEST})


def test_pages_of_a_deleted_meeting_are_removed(small_db, tmp_path: Path) -> None:
    site = tmp_path / "site"
    _publish(small_db, site)
    (site / "notes.txt").write_text("the webmaster's own file", encoding="utf-8")
    with small_db.session() as s:
        meeting = s.scalars(
            select(Meeting)
            .where(Meeting.status == MeetingStatus.SCHEDULED)
            .order_by(Meeting.starts_at.desc())
        ).first()
        assert meeting is not None
        slug = f"{meeting.starts_at:%Y-%m-%d}-meeting-{meeting.id}"
        s.execute(delete(AgendaItem).where(AgendaItem.meeting_id == meeting.id))
        s.delete(meeting)
        s.commit()
    assert (site / "meetings" / f"{slug}.html").exists()
    result = _publish(small_db, site)
    assert result.stats.removed >= 2
    assert not (site / "meetings" / f"{slug}.html").exists()
    assert not (site / "meetings" / f"{slug}-agenda.pdf").exists()
    assert slug not in (site / "meetings" / "index.html").read_text(encoding="utf-8")
    assert (site / "notes.txt").exists()  # only files this program made are ever removed


def test_switching_to_both_languages_moves_the_pages(small_db, tmp_path: Path) -> None:
    site = tmp_path / "site"
    _publish(small_db, site, "en")
    _publish(small_db, site, "en+es")
    assert not (site / "issues.html").exists()
    assert (site / "en" / "issues.html").exists() and (site / "es" / "issues.html").exists()
    page = (site / "es" / "issues.html").read_text(encoding="utf-8")
    assert 'href="../en/issues.html"' in page and 'hreflang="en"' in page


def test_a_foreign_folder_or_a_bad_language_is_refused(small_db, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="not empty"):
        _publish(small_db, foreign)
    assert sorted(p.name for p in foreign.iterdir()) == ["mine.txt"]
    with pytest.raises(UserError, match="Unknown language"):
        _publish(small_db, tmp_path / "site", "fr")
