"""The core's catalog and locale formatting (no Qt): what a Spanish-speaking user reads."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from advisoryboard import i18n
from advisoryboard.i18n import (
    _,
    both,
    document_languages,
    format_date,
    format_datetime,
    format_month,
    format_number,
    format_percent,
    format_time,
    format_weekday,
    language_name,
    parse_po,
    translate,
)
from advisoryboard.services.setup import DEFAULT_ACCOMMODATION_NOTICE, DEFAULT_CATEGORIES

MEETING = dt.datetime(2026, 11, 21, 19, 5)


@pytest.fixture
def spanish() -> Iterator[None]:
    before = i18n.current_language()
    i18n.set_language("es")
    yield
    i18n.set_language(before)


def test_spanish_and_english_are_available() -> None:
    assert i18n.available_languages()[:1] == ["en"]
    assert "es" in i18n.available_languages()
    assert [language_name(code) for code in ("en", "es")] == ["English", "Español"]


def test_language_names_known_without_babel_are_cldrs() -> None:
    assert set(i18n.ENDONYMS) <= set(i18n.available_languages())
    for code in i18n.available_languages():
        assert i18n.language_name(code) == i18n.cldr_language_name(code)


def test_underscore_follows_the_apps_language(spanish: None) -> None:
    assert _("Call to order") == "Llamado al orden"
    assert _("A sentence nobody translated") == "A sentence nobody translated"
    i18n.set_language("en")
    assert _("Call to order") == "Call to order"


def test_documents_translate_independently_of_the_app(spanish: None) -> None:
    assert translate("Public comment", "en") == "Public comment"
    assert translate("Public comment", "es") == "Comentarios del público"
    assert both("Adjournment") == ("Adjournment", "Levantamiento de la sesión")
    english, spanish_notice = both(DEFAULT_ACCOMMODATION_NOTICE)
    assert english == DEFAULT_ACCOMMODATION_NOTICE
    assert "48 horas" in spanish_notice and "interpretación" in spanish_notice


def test_document_language_specs() -> None:
    assert document_languages("en+es") == ("en", "es")
    assert document_languages("es") == ("es",)
    assert document_languages(" es + en ") == ("es", "en")
    assert document_languages("") == (i18n.current_language(),)
    assert document_languages("xx") == ("en",)  # no catalog: English rather than nothing


def test_documents_can_be_printed_in_each_language_or_both() -> None:
    assert i18n.document_language_choices() == [
        ("en", "English"),
        ("es", "Español"),
        ("en+es", "English + Español"),
    ]


def test_categories_have_spanish_names() -> None:
    spanish = [translate(name, "es") for name in DEFAULT_CATEGORIES]
    assert "Alumbrado público" in spanish and "Grafiti" in spanish
    assert not set(spanish) & set(DEFAULT_CATEGORIES)


def test_language_normalization_and_the_cli_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.normalize_language("es_MX.UTF-8") == "es"
    assert i18n.normalize_language("es-419") == "es"
    assert i18n.normalize_language("C.UTF-8") == "en"
    assert i18n.normalize_language(None) == "en"
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "es_US.UTF-8")
    assert i18n.system_language() == "es"
    monkeypatch.setenv("LANGUAGE", "fr:en")
    assert i18n.system_language() == "en"  # French has no catalog (yet)


def test_fuzzy_and_empty_entries_fall_back_to_english() -> None:
    po = """
msgid "Motion carried"
msgstr "Moción aprobada"

#, fuzzy
msgid "Motion failed"
msgstr "Moción aprobada"

msgid "Motion tabled"
msgstr ""

msgid ""
"Two "
"lines"
msgstr ""
"Dos "
"líneas"
"""
    assert parse_po(po) == {"Motion carried": "Moción aprobada", "Two lines": "Dos líneas"}


@pytest.mark.parametrize(
    ("language", "date_long", "date_short", "time", "weekday", "month"),
    [
        ("en", "November 21, 2026", "11/21/26", "7:05 PM", "Saturday", "November 2026"),
        ("es", "21 de noviembre de 2026", "21/11/2026", "7:05 p.m.", "sábado", "noviembre de 2026"),
    ],
)
def test_dates_and_times_in_each_language(
    language: str, date_long: str, date_short: str, time: str, weekday: str, month: str
) -> None:
    day = MEETING.date()
    assert format_date(day, "long", language) == date_long
    assert format_date(day, "short", language) == date_short
    assert format_time(MEETING, "short", language).replace("\u202f", " ").replace("\xa0", " ") == time
    assert format_weekday(day, language) == weekday
    assert format_month(day, language) == month
    assert str(MEETING.year) in format_datetime(MEETING, "medium", language)


def test_the_apps_language_is_the_default_for_formatting(spanish: None) -> None:
    assert format_date(MEETING.date()) == "21 de noviembre de 2026"
    assert format_date(MEETING.date(), language="en") == "November 21, 2026"


@pytest.mark.parametrize("language", ["en", "es"])
def test_numbers_use_us_grouping_in_both_languages(language: str) -> None:
    # US Spanish (es_US) groups thousands with commas like US English, unlike Spain.
    assert format_number(12345, language=language) == "12,345"
    assert format_number(Decimal("1234.5"), digits=1, language=language) == "1,234.5"
    assert format_number(2.0, digits=0, language=language) == "2"
    assert format_percent(0.256, language=language).replace("\xa0", "") == "26%"
    assert format_percent(0.2561, digits=1, language=language).replace("\xa0", "") == "25.6%"


def _cli(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANGUAGE": language, "LANG": "C.UTF-8"}
    command = [sys.executable, "-m", "advisoryboard", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)


def test_the_command_line_speaks_the_users_language(tmp_path: Path) -> None:
    spanish = _cli("--help", language="es_US")
    assert "Ejecútelo sin un comando para abrir la aplicación de escritorio." in " ".join(
        spanish.stdout.split()
    )
    assert "importar registros desde un archivo" in spanish.stdout
    english = _cli("--help", language="en_US")
    assert "Run without a command to start the desktop app." in " ".join(english.stdout.split())
    wrong = _cli("demo", "--issues", "-1", "--db", f"sqlite:///{tmp_path / 'b.db'}", language="es")
    assert wrong.returncode == 1
    assert "El número de problemas no puede ser negativo." in wrong.stderr


def test_a_new_language_needs_only_its_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Drop a vi.po beside the others: it is offered, named, used, and formats dates (no code)."""
    for existing in i18n.CATALOG_DIR.glob("*.po"):
        (tmp_path / existing.name).write_bytes(existing.read_bytes())
    (tmp_path / "vi.po").write_text('msgid "Call to order"\nmsgstr "Khai mạc"\n', "utf-8")
    monkeypatch.setattr(i18n, "CATALOG_DIR", tmp_path)
    i18n.reload_catalogs()
    try:
        assert i18n.available_languages() == ["en", "es", "vi"]
        assert ("vi", "Tiếng Việt") in i18n.document_language_choices()
        assert language_name("vi") == "Tiếng Việt"
        assert translate("Call to order", "vi") == "Khai mạc"
        assert format_date(MEETING.date(), "long", "vi") != format_date(MEETING.date(), "long", "en")
    finally:
        monkeypatch.undo()
        i18n.reload_catalogs()
    assert "vi" not in i18n.available_languages()
