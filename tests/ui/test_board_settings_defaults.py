"""Board settings in Spanish: the notice the app wrote reads in Spanish and stays translatable."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPlainTextEdit
from sqlalchemy import select

from advisoryboard.default_texts import DEFAULT_ACCOMMODATION_NOTICE
from advisoryboard.opening import open_database
from advisoryboard.permissions import OFFICE
from advisoryboard.reports.documents import render
from advisoryboard.services.base import read_only
from advisoryboard.services.settings import get_settings
from database.models.meetings import AgendaItem
from ui import language
from ui.context import AppContext, ChangeHub
from ui.settings.dialog import BoardSettingsDialog

SPANISH_START = "Las personas que necesiten adaptaciones especiales"


@pytest.fixture
def spanish() -> Iterator[None]:
    language.apply_language("es")
    yield
    QSettings().remove(language.SETTING)
    language.apply_language("en")


def _agenda_text(url: str, lang: str) -> str:
    db = open_database(url)
    try:
        with read_only(db, OFFICE) as session:
            meeting = session.scalars(select(AgendaItem.meeting_id).order_by(AgendaItem.meeting_id)).first()
            pdf = render(session, "agenda", {"meeting_id": meeting}, language=lang)
    finally:
        db.dispose()
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _stored_notice(url: str) -> str | None:
    db = open_database(url)
    try:
        with read_only(db, OFFICE) as session:
            return get_settings(session).accommodation_notice
    finally:
        db.dispose()


def test_the_default_notice_reads_in_spanish_and_stays_translatable_after_a_save(
    qtbot, demo_url: str, spanish: None
) -> None:
    ctx = AppContext(open_database(demo_url), ChangeHub())
    dialog = BoardSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    notice = dialog.findChild(QPlainTextEdit, "accommodation_noticeEdit")
    assert notice is not None
    assert notice.toPlainText().startswith(SPANISH_START)  # not the English the app stored
    dialog.set_value("default_location", "Biblioteca del barrio")
    assert dialog.save() is True
    ctx.db.dispose()
    # saved from the Spanish window, the notice is still the app's own: each print translates it
    assert _stored_notice(demo_url) == DEFAULT_ACCOMMODATION_NOTICE
    assert SPANISH_START in _agenda_text(demo_url, "es")
    english = _agenda_text(demo_url, "en")
    assert " ".join(DEFAULT_ACCOMMODATION_NOTICE.split())[:60] in english
    assert SPANISH_START not in english


def test_a_notice_the_board_rewrites_is_kept_as_typed(qtbot, demo_url: str, spanish: None) -> None:
    ctx = AppContext(open_database(demo_url), ChangeHub())
    dialog = BoardSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    typed = "Para pedir intérprete llame al 555-0134 dos días antes."
    dialog.set_value("accommodation_notice", typed)
    assert dialog.save() is True
    ctx.db.dispose()
    assert _stored_notice(demo_url) == typed
    assert typed in _agenda_text(demo_url, "en")  # the board's own words print as entered
