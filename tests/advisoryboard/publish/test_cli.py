"""`advisoryboard publish -o site/` on a demo board builds the site, with its calendar."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from sqlalchemy import func, select

from advisoryboard.cli import main
from advisoryboard.opening import open_database
from database.models import CommunityEvent, Meeting


def test_publish_command_builds_the_site(small_url: str, tmp_path: Path, capsys) -> None:
    site = tmp_path / "site"
    assert main(["--db", small_url, "publish", "-o", str(site), "--lang", "en+es"]) == 0
    out = capsys.readouterr().out
    assert "files written" in out
    for lang in ("en", "es"):
        for page in ("index.html", "meetings/index.html", "issues.html", "impact.html", "annual.html"):
            assert (site / lang / page).is_file(), page
        assert list((site / lang / "data").glob("*.csv"))
    assert (site / "index.html").is_file() and (site / "style.css").is_file()
    calendar = Calendar.from_ical((site / "en" / "meetings.ics").read_bytes())
    db = open_database(small_url)
    try:
        with db.session() as s:
            meetings = s.scalar(select(func.count()).select_from(Meeting))
            events = s.scalar(select(func.count()).select_from(CommunityEvent))
    finally:
        db.dispose()
    # one entry per meeting, and per community event (workshops, fairs: they are public too)
    assert len(calendar.walk("VEVENT")) == meetings + events
    # Again: nothing to write.
    assert main(["--db", small_url, "publish", "-o", str(site), "--lang", "en+es"]) == 0
    assert " 0 files written" in capsys.readouterr().out


def test_a_bad_language_is_one_line_on_stderr(small_url: str, tmp_path: Path, capsys) -> None:
    assert main(["--db", small_url, "publish", "-o", str(tmp_path / "s"), "--lang", "fr"]) == 1
    err = capsys.readouterr().err
    assert "Unknown language fr" in err and len(err.strip().splitlines()) == 1
