"""`advisoryboard meetings` lists the numbers that `print --meeting` takes; a date, next or last work too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from advisoryboard.cli import main
from advisoryboard.opening import open_database
from database.enums import MeetingStatus
from database.models import Meeting


def _meetings(url: str) -> list[tuple[int, dt.datetime, MeetingStatus]]:
    db = open_database(url, must_exist=True)
    try:
        with db.session() as s:
            return [tuple(r) for r in s.execute(select(Meeting.id, Meeting.starts_at, Meeting.status))]  # type: ignore[misc]
    finally:
        db.dispose()


def test_meetings_lists_every_meeting_with_its_number(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo_url, "meetings"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = _meetings(demo_url)
    assert len(lines) == len(rows)
    for ident, starts, _status in rows:
        assert any(line.split()[0] == str(ident) and starts.date().isoformat() in line for line in lines), (
            ident
        )
    year = rows[0][1].year
    assert main(["--db", demo_url, "meetings", "--year", str(year)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == sum(1 for r in rows if r[1].year == year)


def test_print_agenda_by_date_next_and_number(demo_url: str, tmp_path: Path) -> None:
    ident, starts, _status = _meetings(demo_url)[0]
    by_date, by_number = tmp_path / "date.pdf", tmp_path / "number.pdf"
    assert (
        main(
            ["--db", demo_url, "print", "agenda", "--meeting", starts.date().isoformat(), "-o", str(by_date)]
        )
        == 0
    )
    assert main(["--db", demo_url, "print", "agenda", "--meeting", str(ident), "-o", str(by_number)]) == 0
    assert PdfReader(by_date).pages[0].extract_text() == PdfReader(by_number).pages[0].extract_text()
    assert (
        main(["--db", demo_url, "print", "agenda", "--meeting", "last", "-o", str(tmp_path / "l.pdf")]) == 0
    )


def test_a_meeting_that_cannot_be_found_is_one_clear_line(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    assert main(["--db", demo_url, "print", "agenda", "--meeting", "1999-01-01", "-o", out]) == 1
    assert capsys.readouterr().err.strip() == "advisoryboard: There is no meeting on 1999-01-01."
    assert main(["--db", demo_url, "print", "agenda", "--meeting", "soon", "-o", out]) == 1
    err = capsys.readouterr().err
    assert "“soon” is not a meeting" in err and "YYYY-MM-DD" in err
    assert not Path(out).exists()
