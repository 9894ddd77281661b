"""The core's message catalog and locale-aware formatting (no Qt here).

Every user-visible string in the core goes through `_()` (or `N_()` to mark a string
that is translated later, e.g. module-level constants). Catalogs are gettext `.po` files
under `resources/i18n/<lang>.po`; adding a language means adding a file (see the README,
"Adding a language"). Entries marked fuzzy or left empty fall back to English.

Printed documents do not use the app's language but the one asked for: `translate(msg,
language)`, `both(msg)` for bilingual (English + Spanish) documents, and
`document_languages("en+es")` to split a document language spec.

Dates, times and numbers are formatted with Babel (CLDR data), so a new language gets
correct month names, 12/24-hour clocks and digit grouping without code. US boards use US
conventions, so a language's US variant is preferred when CLDR has one (es → es_US:
"21 de noviembre de 2026", "7:05 p.m.", "1,234.5").
"""

from __future__ import annotations

import datetime as dt
import io
import os
import threading
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # babel is imported when a date, number or .po file is first handled,
    from babel import Locale  # not by the app's window shell at start (≈ 40 ms)


CATALOG_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
DEFAULT_LANGUAGE = "en"
#: The two languages of a bilingual document (`both`).
BILINGUAL = ("en", "es")

_catalogs: dict[str, dict[str, str]] = {}
_lock = threading.Lock()
_current = DEFAULT_LANGUAGE


def N_(message: str) -> str:
    """Mark a string for translation without translating it now."""
    return message


def parse_po(text: str) -> dict[str, str]:
    """msgid → msgstr of a .po file; untranslated and fuzzy entries are left out (English shows)."""
    from babel.messages.pofile import read_po

    po = read_po(io.StringIO(text))
    entries: dict[str, str] = {}
    for message in po:
        if not message.id or message.fuzzy or not isinstance(message.id, str):
            continue
        if isinstance(message.string, str) and message.string:
            entries[message.id] = message.string
    return entries


def catalog(language: str) -> dict[str, str]:
    with _lock:
        if language not in _catalogs:
            path = CATALOG_DIR / f"{language}.po"
            _catalogs[language] = parse_po(path.read_text("utf-8")) if path.exists() else {}
        return _catalogs[language]


def reload_catalogs() -> None:
    """Forget loaded catalogs (after `make translations` in a running process, and in tests)."""
    with _lock:
        _catalogs.clear()
    _languages.cache_clear()


@lru_cache(maxsize=1)
def _languages() -> tuple[str, ...]:
    found = sorted(p.stem for p in CATALOG_DIR.glob("*.po") if p.stem != DEFAULT_LANGUAGE)
    return (DEFAULT_LANGUAGE, *found)


def available_languages() -> list[str]:
    """Language codes with a catalog, English (the source language) first."""
    return list(_languages())


def normalize_language(language: str | None) -> str:
    """'es_MX.UTF-8' → 'es'; unknown or empty → English."""
    code = (language or "").split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in _languages() else DEFAULT_LANGUAGE


def system_language() -> str:
    """The language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), for the CLI."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return normalize_language(value.split(":")[0])
    return DEFAULT_LANGUAGE


def set_language(language: str | None) -> None:
    """The language of `_()`: the app's messages (the GUI sets it with its own language)."""
    global _current
    _current = normalize_language(language)


def current_language() -> str:
    return _current


def translate(message: str, language: str | None = None) -> str:
    lang = language or _current
    if lang == DEFAULT_LANGUAGE:
        return message
    return catalog(lang).get(message, message)


def _(message: str) -> str:
    return translate(message)


def both(message: str) -> tuple[str, str]:
    """The English and Spanish text of a fixed string, for bilingual printed documents."""
    english, spanish = BILINGUAL
    return translate(message, english), translate(message, spanish)


def document_languages(spec: str | None) -> tuple[str, ...]:
    """'en+es' → ('en', 'es'); 'es' → ('es',); empty → the app's language."""
    parts = [part.strip() for part in (spec or "").split("+") if part.strip()]
    return tuple(normalize_language(part) for part in parts) or (_current,)


def document_language_choices() -> list[tuple[str, str]]:
    """What a document can be printed in, with labels: each language, then bilingual ('en+es')."""
    codes = available_languages()
    choices = [(code, language_name(code)) for code in codes]
    if all(code in codes for code in BILINGUAL):
        choices.append(("+".join(BILINGUAL), " + ".join(language_name(code) for code in BILINGUAL)))
    return choices


#: The names `language_name` gives, known without babel (the window's menu is made at start,
#: before babel is needed, ≈ 10 ms); tests/test_i18n.py checks them against babel's CLDR names.
ENDONYMS = {"en": "English", "es": "Español"}


def language_name(code: str) -> str:
    """A language's name in that language, as a language menu lists it: 'English', 'Español'."""
    if code in ENDONYMS:
        return ENDONYMS[code]
    return cldr_language_name(code)


def cldr_language_name(code: str) -> str:
    """`language_name` as babel's CLDR data says it."""
    locale = locale_for(code)
    name = locale.languages.get(locale.language) or code
    return name[:1].upper() + name[1:]


# ---------------------------------------------------------------------- formatting
def locale_for(language: str | None = None) -> Locale:
    """The CLDR locale of a language (default: the app's): its US variant when there is one (es_US)."""
    return _locale(normalize_language(language or _current))


@lru_cache(maxsize=32)
def _locale(lang: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    for candidate in (f"{lang}_US", lang):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en_US")


def format_date(value: dt.date, length: str = "long", language: str | None = None) -> str:
    """length: 'full' (with weekday), 'long' (November 21, 2026), 'medium', 'short'."""
    from babel import dates as babel_dates

    return babel_dates.format_date(value, format=length, locale=locale_for(language))


def format_time(value: dt.time | dt.datetime, length: str = "short", language: str | None = None) -> str:
    """'7:05 PM' / '7:05 p.m.' (the locale's clock)."""
    from babel import dates as babel_dates

    return babel_dates.format_time(value, format=length, locale=locale_for(language))


def format_datetime(value: dt.datetime, length: str = "medium", language: str | None = None) -> str:
    from babel import dates as babel_dates

    return babel_dates.format_datetime(value, format=length, locale=locale_for(language))


def format_weekday(value: dt.date, language: str | None = None) -> str:
    """The weekday's full name ('Saturday', 'sábado')."""
    from babel import dates as babel_dates

    return babel_dates.format_date(value, format="EEEE", locale=locale_for(language))


def format_month(value: dt.date, language: str | None = None) -> str:
    """Month and year as a heading shows them ('November 2026', 'noviembre de 2026')."""
    from babel import dates as babel_dates

    return babel_dates.format_skeleton("yMMMM", value, locale=locale_for(language))


def format_number(
    value: int | float | Decimal, digits: int | None = None, language: str | None = None
) -> str:
    """Grouped digits ('12,345'); `digits` fixes the decimals shown."""
    pattern = None if digits is None else "#,##0" + ("." + "0" * digits if digits > 0 else "")
    from babel import numbers as babel_numbers

    return babel_numbers.format_decimal(value, format=pattern, locale=locale_for(language))


def format_percent(value: float | Decimal, digits: int = 0, language: str | None = None) -> str:
    """A share (0.256) as a percentage ('26%')."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "") + "%"
    from babel import numbers as babel_numbers

    return babel_numbers.format_percent(value, format=pattern, locale=locale_for(language))
