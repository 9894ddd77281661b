"""Printed documents in Spanish: the fixed texts come from the catalog, typed text prints as entered."""

from __future__ import annotations

import io

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
