"""Flyer, event sign-in sheet, program summary, annual section, calendar and files: the CLI
makes them and what a reader would look for is in them (read back with pypdf, icalendar, ics)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import icalendar
import ics
import pandas as pd
import pytest
from pypdf import PdfReader
from sqlalchemy import text

from advisoryboard.opening import open_database
from advisoryboard.reports.documents import render
from advisoryboard.services.base import read_only
from database.engine import Database
from tests.support.cli import run
from tests.support.community import Scene, make_scene


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def scene_url(sqlite_url: str) -> tuple[str, Scene]:
    db = open_database(sqlite_url)
    scene = make_scene(db)
    db.dispose()
    return sqlite_url, scene


def test_flyer_in_english_and_spanish_says_what_it_must(scene_url: tuple[str, Scene], tmp_path: Path) -> None:
    url, scene = scene_url
    out = tmp_path / "flyer.pdf"
    result = run(
        "print", "flyer", "--event", str(scene.events[4]), "--lang", "en+es", "--db", url, "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    body = _pdf_text(out.read_bytes())
    for needed in (
        "National Night Out",
        "Tuesday, August 5, 2025",
        "martes",  # the Spanish date beside it
        "5:00 PM",
        "Elm Park Rec Center <b>Ana & José</b>",  # typed text prints literally
        "Gloves and water",
        "Elm Library, 2nd Police District",
        "Spanish interpretation; wheelchair accessible",
        "English, Español",
        "What to bring",
        "Qué traer",
    ):
        assert needed in body, needed


def test_event_sign_in_sheet_has_the_consent_box_and_lists_nobody(
    scene_url: tuple[str, Scene], tmp_path: Path
) -> None:
    url, scene = scene_url
    out = tmp_path / "sign.pdf"
    result = run("print", "sign-in", "--event", str(scene.events[1]), "--db", url, "-o", str(out))
    assert result.returncode == 0, result.stderr
    body = _pdf_text(out.read_bytes())
    assert "Home safety workshop" in body and "Street or block" in body and "Preferred language" in body
    assert "May we contact you?" in body and "Contact (optional)" in body
    assert "Bill Moy" not in body and "555-0199" not in body and "ana@example.org" not in body
    both = run("print", "sign-in", "--event", "1", "--meeting", "1", "--db", url, "-o", str(out))
    assert both.returncode == 1 and "not both" in both.stderr
    neither = run("print", "sign-in", "--db", url, "-o", str(out))
    assert neither.returncode == 1 and "--event" in neither.stderr


def test_program_summary_counts_events_and_hides_captains_without_consent(
    scene_url: tuple[str, Scene], tmp_path: Path
) -> None:
    url, scene = scene_url
    out = tmp_path / "program.pdf"
    result = run(
        "print", "program", "--program", str(scene.watch), "--lang", "es", "--db", url, "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    body = _pdf_text(out.read_bytes())
    assert "Elm Street Neighborhood Watch" in body
    assert "175" in body  # 25 + 150 attendance
    assert "51.5" in body  # 6 + 45.5 volunteer hours
    assert "Carmen Ruiz" in body and "555-0101" in body  # consented
    assert "Dev Patel" not in body and "dev@example.org" not in body
    assert "2 de 4 cuadras" in body  # two of four blocks have an active captain (one unnamed)


def test_annual_summary_section_numbers_match_sql(db: Database) -> None:
    make_scene(db)
    with db.engine.connect() as conn:
        events, heads, hours = conn.execute(
            text(
                "SELECT count(*), sum(head_count), sum(volunteer_hours) FROM community_events "
                "WHERE status = 'held' AND starts_at >= '2025-01-01' AND starts_at < '2026-01-01'"
            )
        ).one()
        unique = conn.execute(
            text(
                "SELECT count(DISTINCT s.person_key) FROM event_sign_ins s JOIN community_events e "
                "ON e.id = s.event_id WHERE e.status = 'held' AND e.starts_at >= '2025-01-01' "
                "AND e.starts_at < '2026-01-01'"
            )
        ).scalar()
    with read_only(db) as s:
        body = _pdf_text(render(s, "annual", {"year": 2025}, today=dt.date(2026, 1, 15)))
    section = body[body.rindex("Community programs and events") :]
    assert f"Events held {events}" in section
    assert f"Participants (head counts) {heads}" in section
    assert f"Unique named participants {unique}" in section
    assert "Returning participants 1" in section and "First-time participants 2" in section
    assert f"Volunteer hours {hours:,.1f}" in section
    assert "Elm Street Neighborhood Watch 4 2 50%" in section


def test_calendar_holds_meetings_and_events_for_two_parsers(
    scene_url: tuple[str, Scene], tmp_path: Path
) -> None:
    url, _scene = scene_url
    db = open_database(url)
    from advisoryboard.services import meetings
    from advisoryboard.services.base import transaction

    with transaction(db) as s:
        meetings.create_meeting(s, starts_at=dt.datetime(2025, 3, 11, 18, 30), location="Library")
    db.dispose()
    out = tmp_path / "cal.ics"
    result = run("export", "meetings", "--db", url, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "1 meetings" in result.stdout
    data = out.read_bytes()
    parsed = icalendar.Calendar.from_ical(data)
    summaries = {str(c.get("summary")) for c in parsed.walk("VEVENT")}
    assert "National Night Out" in summaries and len(summaries) == 6
    nno = next(c for c in parsed.walk("VEVENT") if str(c.get("summary")) == "National Night Out")
    assert nno.decoded("dtstart").hour == 17 and "Español" in str(nno.get("description"))
    other = ics.Calendar(data.decode("utf-8"))
    assert {e.name for e in other.events} == summaries
    assert {e.location for e in other.events if e.name == "Spring clean-up"} == {
        "Elm Park Rec Center <b>Ana & José</b>"
    }
    assert b"Bill Moy" not in data and b"555-0199" not in data
    same = run("export", "events", "--db", url, "-o", str(tmp_path / "events.ics"))
    assert same.returncode == 0 and "5 rows" in same.stdout


def test_export_events_and_attendance_and_an_all_or_nothing_import(
    scene_url: tuple[str, Scene], tmp_path: Path
) -> None:
    url, scene = scene_url
    xlsx = tmp_path / "events.xlsx"
    assert run("export", "events", "--db", url, "-o", str(xlsx), "--year", "2025").returncode == 0
    frame = pd.read_excel(xlsx)
    assert list(frame["Title"]) == [
        "Home safety workshop",
        "Spring clean-up",
        "Youth league opener",
        "National Night Out",
    ]
    assert frame["Volunteer hours"].sum() == 107.5
    people_csv = tmp_path / "people.csv"
    assert run("export", "events", "--attendance", "--db", url, "-o", str(people_csv)).returncode == 0
    public = pd.read_csv(people_csv, encoding="utf-8-sig")
    assert "Bill Moy" not in set(public["Name"]) and "(name withheld)" in set(public["Name"])
    assert "555-0199" not in set(public["Contact"].dropna())
    internal = tmp_path / "internal.csv"
    assert (
        run("export", "events", "--attendance", "--internal", "--db", url, "-o", str(internal)).returncode
        == 0
    )
    assert "Bill Moy" in set(pd.read_csv(internal, encoding="utf-8-sig")["Name"])

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Nombre,Cuadra,Contacto,May we contact you?,Idioma\n"
        "Rosa Díaz,100 Elm St,555-1000,sí,es\n"
        ",200 Elm St,,no,en\n"
        "Sam Lee,300 Elm St,sam@example.org,maybe,en\n",
        encoding="utf-8",
    )
    result = run("import", "attendance", str(bad), "--event", str(scene.events[2]), "--db", url)
    assert result.returncode == 1
    assert "Row 3" in result.stderr and "Row 4" in result.stderr and "maybe" in result.stderr
    good = tmp_path / "good.csv"
    good.write_text(
        bad.read_text(encoding="utf-8").replace(",200 Elm St", "Kim Ng,200 Elm St").replace("maybe", "x")
    )
    dry = run("import", "attendance", str(good), "--event", str(scene.events[2]), "--db", url, "--dry-run")
    assert dry.returncode == 0 and "3 sign-ins would be imported" in dry.stdout
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            count = lambda: conn.execute(  # noqa: E731 - a one-line re-query
                text("SELECT count(*) FROM event_sign_ins WHERE event_id = :e"), {"e": scene.events[2]}
            ).scalar()
            assert count() == 0  # the failed import and the dry run kept nothing
            ok = run("import", "attendance", str(good), "--event", str(scene.events[2]), "--db", url)
            assert ok.returncode == 0, ok.stderr
            conn.rollback()
            assert count() == 3
            consent = conn.execute(
                text("SELECT name, consent FROM event_sign_ins WHERE event_id = :e ORDER BY id"),
                {"e": scene.events[2]},
            ).all()
            assert [(n, bool(c)) for n, c in consent] == [
                ("Rosa Díaz", True),
                ("Kim Ng", False),
                ("Sam Lee", True),
            ]
    finally:
        db.dispose()
