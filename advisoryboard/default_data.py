"""The board's default data, shown in the reader's language.

A new board starts with data the app wrote: issue categories, the agenda template's titles,
seat and district names ("Seat 7", "District 4", "Beat 12"), presenters ("Chair"). They are
stored as written (English keys, or the language the board was created in), so that a
bilingual print can give both languages. `shown` turns such a stored text into the reader's
language; anything the board typed itself is returned as entered.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from advisoryboard.i18n import N_, _, format_date

Translate = Callable[[str], str]

#: Whole texts the app creates (the msgids of services/setup.py and the demo's seats and presenters).
_WHOLE: frozenset[str] = frozenset()


def _whole_texts() -> frozenset[str]:
    global _WHOLE
    if not _WHOLE:
        from advisoryboard.default_texts import (
            DEFAULT_ACCOMMODATION_NOTICE,
            DEFAULT_AGENDA_TEMPLATE,
            DEFAULT_CATEGORIES,
            DEFAULT_PUBLIC_COMMENT,
        )
        from advisoryboard.labels import OFFICE_LABELS

        texts = set(DEFAULT_CATEGORIES)
        texts.update((DEFAULT_ACCOMMODATION_NOTICE, DEFAULT_PUBLIC_COMMENT))
        for entry in DEFAULT_AGENDA_TEMPLATE:
            texts.add(str(entry["title"]))
            for child in entry.get("children", []):  # type: ignore[attr-defined]
                texts.add(str(child["title"]))
        texts.update(OFFICE_LABELS.values())
        texts.update(_SEAT_KINDS)
        _WHOLE = frozenset(texts)
    return _WHOLE


#: Names of the non-voting seats the app creates.
_SEAT_KINDS = (N_("Police liaison"), N_("City staff"), N_("Partner representative"))

_NUMBERED = (
    (re.compile(r"^Seat (\d+)$"), N_("Seat {n}")),
    (re.compile(r"^District (\d+)$"), N_("District {n}")),
    (re.compile(r"^Beat (\d+)$"), N_("Beat {n}")),
)
_ACTION_ITEM = re.compile(r"^Action item: (.+)$", re.DOTALL)
_MINUTES_OF = re.compile(r"^Minutes of ([A-Z][a-z]+ \d{1,2}, \d{4})$")


def shown(
    text: str | None,
    translate: Translate = _,
    date_text: Callable[[dt.date], str] | None = None,
) -> str:
    """`text` in the reader's language when the app created it; as entered otherwise.

    `translate` is the document's translator for prints (default: the app's language);
    `date_text` writes a date the same way the document does.
    """
    if not text:
        return ""
    if text in _whole_texts():
        return translate(text)
    for pattern, template in _NUMBERED:
        match = pattern.match(text)
        if match:
            return translate(template).format(n=match.group(1))
    match = _ACTION_ITEM.match(text)
    if match:
        return translate(N_("Action item: {text}")).format(text=match.group(1))
    match = _MINUTES_OF.match(text)
    if match:
        try:
            day = dt.datetime.strptime(match.group(1), "%B %d, %Y").date()
        except ValueError:
            return text
        written = date_text(day) if date_text else format_date(day, "long")
        return translate(N_("Minutes of {date}")).format(date=written)
    return text


def stored(text: str | None, original: str | None, translate: Translate = _) -> str | None:
    """What to store for `text`, read back from a form that showed `shown(original)`.

    Left as shown, a default the app wrote is kept as it was stored, so it stays translatable
    (the Spanish window saving its settings does not turn the default notice into typed
    Spanish); anything the user changed is stored as typed."""
    unchanged = (
        original
        and text is not None
        and original in _whole_texts()
        and " ".join(text.split()) == " ".join(shown(original, translate).split())
    )
    return original if unchanged else text
