"""Data the app created (seats, districts, template titles, categories, presenters) reads in the
reader's language; what the board typed stays as entered."""

from __future__ import annotations

from functools import partial

from advisoryboard.default_data import shown
from advisoryboard.i18n import translate
from advisoryboard.reports.labels import printed
from advisoryboard.services.setup import DEFAULT_AGENDA_TEMPLATE, DEFAULT_CATEGORIES

ES = partial(translate, language="es")


def test_the_apps_own_data_reads_in_spanish() -> None:
    assert shown("Call to order", ES) == "Llamado al orden"
    assert shown("Chair", ES) != "Chair"
    assert shown("Seat 7", ES) == "Puesto 7"
    assert shown("District 4", ES) == "Distrito 4"
    assert shown("Beat 12", ES) == "Sector 12"
    assert shown("Police liaison", ES) == "Enlace policial"
    assert shown("Action item: Call Public Works", ES) == "Tarea: Call Public Works"
    for title in [str(e["title"]) for e in DEFAULT_AGENDA_TEMPLATE] + DEFAULT_CATEGORIES:
        assert shown(title, ES) != title, title  # every default has its Spanish


def test_typed_text_stays_as_entered() -> None:
    for typed in (
        "<b>Ana & José</b>",
        "Seat of the Elm Street board",
        "District 4B",
        "Call to order now",
        "",
    ):
        assert shown(typed, ES) == typed
    assert shown(None, ES) == ""


def test_the_minutes_item_of_an_earlier_meeting_prints_its_date_in_the_documents_language() -> None:
    assert printed("Minutes of November 10, 2026", ES) == "Acta del 10 de noviembre de 2026"
    english = partial(translate, language="en")
    assert printed("Minutes of November 10, 2026", english) == "Minutes of November 10, 2026"
    assert shown("Minutes of Smarch 10, 2026", ES) == "Minutes of Smarch 10, 2026"  # not a date: as is


def test_the_bilingual_agenda_prints_the_presenter_and_the_minutes_item_in_both_languages(demo_db) -> None:
    from sqlalchemy import select

    from database.models import AgendaItem
    from tests.support.pdf import render_read

    with demo_db.session() as s:
        meeting_id = s.scalar(
            select(AgendaItem.meeting_id).where(
                AgendaItem.title.like("Minutes of %"), AgendaItem.presenter == "Chair"
            )
        ) or s.scalar(select(AgendaItem.meeting_id).where(AgendaItem.title.like("Minutes of %")))
    doc = render_read(demo_db, "agenda", {"meeting_id": meeting_id}, language="en+es")
    assert "Acta del " in doc and "Minutes of " in doc
    assert "Presidente/a" in doc  # "Presenter: Chair / Presenta: Presidente/a"


def test_the_default_notices_read_in_spanish_and_are_stored_back_as_the_apps_own() -> None:
    from advisoryboard.default_data import stored
    from advisoryboard.default_texts import DEFAULT_ACCOMMODATION_NOTICE, DEFAULT_PUBLIC_COMMENT

    assert "48 horas" in shown(DEFAULT_ACCOMMODATION_NOTICE, ES)
    for default in (DEFAULT_ACCOMMODATION_NOTICE, DEFAULT_PUBLIC_COMMENT):
        spanish = shown(default, ES)
        assert spanish != default
        assert stored(spanish, default, ES) == default  # left as shown: still translatable
        assert stored(spanish + " Gracias.", default, ES) == spanish + " Gracias."  # edited: typed
    assert stored("Call the office.", "Call the office.", ES) == "Call the office."
