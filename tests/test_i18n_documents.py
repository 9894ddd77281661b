"""Printed documents in Spanish: the fixed texts come from the catalog, typed text prints as entered."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from advisoryboard.i18n import translate
from advisoryboard.permissions import OFFICE
from advisoryboard.reports.documents import render
from advisoryboard.services.base import read_only
from advisoryboard.services.setup import DEFAULT_ACCOMMODATION_NOTICE
from database.engine import Database
from database.models.meetings import AgendaItem


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def _agenda(db: Database, language: str) -> tuple[str, list[str]]:
    with read_only(db, OFFICE) as session:
        meeting_id = session.scalars(select(AgendaItem.meeting_id).order_by(AgendaItem.meeting_id)).first()
        titles = list(session.scalars(select(AgendaItem.title).where(AgendaItem.meeting_id == meeting_id)))
        pdf = render(session, "agenda", {"meeting_id": meeting_id}, language=language)
    return _text(pdf), titles


def test_a_spanish_agenda_has_spanish_headings_and_notices(demo_db: Database) -> None:
    english, titles = _agenda(demo_db, "en")
    spanish, _titles = _agenda(demo_db, "es")
    assert "Orden del día" in spanish and "Orden del día" not in english
    assert "Llamado al orden" in spanish and "Call to order" in english
    assert "Comentarios del público" in spanish
    notice = " ".join(translate(DEFAULT_ACCOMMODATION_NOTICE, "es").split())
    assert notice[:60] in spanish
    assert "Página 1 de" in spanish
    # Titles the board typed (not from the template) print exactly as entered.
    typed = [t for t in titles if translate(t, "es") == t and len(t) > 12]
    assert typed, "the demo agenda should hold typed titles"
    assert all(" ".join(t.split())[:30] in spanish for t in typed)


def test_a_bilingual_agenda_has_both_languages_and_typed_text_once(demo_db: Database) -> None:
    both, titles = _agenda(demo_db, "en+es")
    for fixed_text in (
        "Call to order",
        "Agenda",
        "Public comment:",
        "Accommodation and language assistance:",
    ):
        spanish = translate(fixed_text, "es")
        assert spanish != fixed_text, fixed_text
        assert fixed_text in both and spanish in both
    notice = " ".join(translate(DEFAULT_ACCOMMODATION_NOTICE, "es").split())
    assert notice[:60] in both
    assert " ".join(DEFAULT_ACCOMMODATION_NOTICE.split())[:60] in both
    assert "Page 1 of" in both and "Página 1 de" in both
    typed = [" ".join(t.split()) for t in titles if translate(t, "es") == t and len(t) > 12]
    assert typed
    assert all(both.count(t[:30]) == 1 for t in typed)


def test_bilingual_minutes_state_the_motion_result_in_both_languages(demo_db: Database) -> None:
    from advisoryboard.labels import label
    from database.enums import MotionResult
    from database.models.meetings import Motion

    with read_only(demo_db, OFFICE) as session:
        meeting_id = session.scalars(
            select(Motion.meeting_id).where(Motion.result == MotionResult.CARRIED).order_by(Motion.meeting_id)
        ).first()
        assert meeting_id is not None
        pdf = render(session, "minutes", {"meeting_id": meeting_id}, language="en+es")
    text = _text(pdf)
    english = label(MotionResult.CARRIED, lambda m: translate(m, "en")).lower()
    spanish = label(MotionResult.CARRIED, lambda m: translate(m, "es")).lower()
    assert english != spanish
    assert f": {english}" in text and f": {spanish}" in text
    assert "Attendance" in text and translate("Attendance", "es") in text


def test_cli_prints_a_bilingual_agenda_and_refuses_unknown_languages(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from advisoryboard.cli import main

    out = tmp_path / "agenda.pdf"
    assert (
        main(["--db", demo_url, "print", "agenda", "--meeting", "1", "-o", str(out), "--lang", "en+es"]) == 0
    )
    text = _text(out.read_bytes())
    assert "Agenda" in text and translate("Agenda", "es") in text
    code = main(["--db", demo_url, "print", "agenda", "--meeting", "1", "-o", str(out), "--lang", "en+fr"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1
    assert "Unknown language en+fr" in err[0] and "en+es" in err[0]


def test_bilingual_agenda_prints_presenters_once(demo_db: Database) -> None:
    with read_only(demo_db, OFFICE) as session:
        meeting_id = session.scalars(
            select(AgendaItem.meeting_id)
            .where(AgendaItem.presenter.is_not(None))
            .order_by(AgendaItem.meeting_id)
        ).first()
        presenters = set(
            session.scalars(
                select(AgendaItem.presenter).where(
                    AgendaItem.meeting_id == meeting_id, AgendaItem.presenter.is_not(None)
                )
            )
        )
        english = _text(render(session, "agenda", {"meeting_id": meeting_id}, language="en"))
        both = _text(render(session, "agenda", {"meeting_id": meeting_id}, language="en+es"))
    assert presenters
    for name in presenters:
        assert both.count(name) == english.count(name) >= 1, name  # type: ignore[arg-type]
    assert translate("Presenter: {name}", "es").split("{")[0].strip() in both


def test_bilingual_sign_in_and_annual_summary_have_both_headings(demo_db: Database) -> None:
    with read_only(demo_db, OFFICE) as session:
        meeting_id = session.scalars(select(AgendaItem.meeting_id).order_by(AgendaItem.meeting_id)).first()
        sign_in = _text(render(session, "sign-in", {"meeting_id": meeting_id}, language="en+es"))
        annual = _text(render(session, "annual", {"year": 2025}, language="en+es"))
    for text, heading in ((sign_in, "Sign-in sheet"), (sign_in, "Signature"), (annual, "Annual summary")):
        spanish = translate(heading, "es")
        assert spanish != heading
        assert heading in text and spanish in text
