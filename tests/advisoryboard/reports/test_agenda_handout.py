"""The agenda's police report item names the one-page "Crime trends" handout (issue 20)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf

from advisoryboard.cli import main
from advisoryboard.opening import open_database
from advisoryboard.services.base import transaction
from database.models import Incident, Meeting


def _text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def _board(tmp_path: Path, name: str, incidents: int) -> str:
    url = f"sqlite:///{tmp_path / name}"
    assert main(["--db", url, "init"]) == 0
    db = open_database(url)
    with transaction(db) as session:
        session.add_all(
            Incident(
                source="test", incident_number=f"JA{n}", occurred_at=dt.datetime(2024, 5, 1 + n % 28, 12)
            )
            for n in range(incidents)
        )
    db.dispose()
    return url


def _police_agenda(url: str, meeting_id: int | None = None) -> int:
    """Give a meeting (a new one if none) the standard Reports item with the police report."""
    from database.enums import AgendaSection
    from database.models import AgendaItem

    db = open_database(url)
    with transaction(db) as session:
        if meeting_id is None:
            meeting = Meeting(starts_at=dt.datetime(2024, 6, 11, 18, 30))
            session.add(meeting)
            session.flush()
            meeting_id = meeting.id
        call = AgendaItem(
            meeting_id=meeting_id, position=0, section=AgendaSection.CALL_TO_ORDER, title="Call to order"
        )
        reports = AgendaItem(
            meeting_id=meeting_id, position=1, section=AgendaSection.REPORTS, title="Reports"
        )
        session.add_all([call, reports])
        session.flush()
        session.add_all(
            [
                AgendaItem(
                    meeting_id=meeting_id,
                    parent_id=reports.id,
                    position=0,
                    section=AgendaSection.REPORTS,
                    title="Police liaison report: crime trends",
                    presenter="Sgt. Dana Whitfield",
                    minutes_allotted=10,
                ),
                AgendaItem(
                    meeting_id=meeting_id,
                    parent_id=reports.id,
                    position=1,
                    section=AgendaSection.REPORTS,
                    title="Committee reports",
                ),
            ]
        )
    db.dispose()
    return meeting_id


def test_the_agendas_police_report_names_the_crime_trends_handout(tmp_path: Path) -> None:
    url = _board(tmp_path, "board.db", incidents=40)
    meeting = _police_agenda(url)
    out = tmp_path / "agenda.pdf"
    assert main(["--db", url, "print", "agenda", "--meeting", str(meeting), "-o", str(out)]) == 0
    _pages, text = _text(out)
    flat = " ".join(text.split())
    police = flat.index("Police liaison report: crime trends")
    handout = flat.index("Handout: Crime trends, May 2024 (one page)")  # the month the handout covers
    assert police < handout < flat.index("Committee reports")  # under the police report, only there
    assert flat.count("Handout:") == 1
    es = tmp_path / "agenda-es.pdf"
    assert (
        main(["--db", url, "print", "agenda", "--meeting", str(meeting), "--lang", "es", "-o", str(es)]) == 0
    )
    assert "Hoja informativa: Tendencias delictivas, mayo 2024 (una página)" in " ".join(_text(es)[1].split())

    bare = _board(tmp_path, "bare.db", incidents=0)  # no incident data: the agenda promises no handout
    other = _police_agenda(bare)
    assert main(["--db", bare, "print", "agenda", "--meeting", str(other), "-o", str(out)]) == 0
    text = _text(out)[1]
    assert "Police liaison report" in text and "Handout" not in text
