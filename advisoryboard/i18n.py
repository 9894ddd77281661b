"""The core's message catalog: fixed texts of printed documents, CLI and error messages.

Every user-visible string in the core goes through `_()` (or `N_()` to mark a string
that is translated later). Catalogs are gettext `.po` files under
`resources/i18n/<lang>.po`; adding a language means adding a file.
"""

from __future__ import annotations

import ast
from pathlib import Path

CATALOG_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
DEFAULT_LANGUAGE = "en"

_catalogs: dict[str, dict[str, str]] = {}
_current = DEFAULT_LANGUAGE


def N_(message: str) -> str:
    """Mark a string for translation without translating it now."""
    return message


def parse_po(text: str) -> dict[str, str]:
    """A minimal .po reader: msgid/msgstr pairs with continuation lines, no plurals."""
    entries: dict[str, str] = {}
    msgid: list[str] | None = None
    msgstr: list[str] | None = None
    current: list[str] | None = None

    def flush() -> None:
        if msgid is not None and msgstr is not None:
            key, value = "".join(msgid), "".join(msgstr)
            if key and value:
                entries[key] = value

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("msgid "):
            flush()
            msgid, msgstr = [ast.literal_eval(line[6:])], None
            current = msgid
        elif line.startswith("msgstr "):
            msgstr = [ast.literal_eval(line[7:])]
            current = msgstr
        elif line.startswith('"') and current is not None:
            current.append(ast.literal_eval(line))
    flush()
    return entries


def catalog(language: str) -> dict[str, str]:
    if language not in _catalogs:
        path = CATALOG_DIR / f"{language}.po"
        _catalogs[language] = parse_po(path.read_text("utf-8")) if path.exists() else {}
    return _catalogs[language]


def available_languages() -> list[str]:
    return [DEFAULT_LANGUAGE, *sorted(p.stem for p in CATALOG_DIR.glob("*.po"))]


def set_language(language: str) -> None:
    global _current
    _current = language or DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def translate(message: str, language: str | None = None) -> str:
    lang = language or _current
    if lang == DEFAULT_LANGUAGE:
        return message
    return catalog(lang).get(message, message)


def _(message: str) -> str:
    return translate(message)
