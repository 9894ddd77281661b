"""One spelling per district, so `E-13` and `E13`, `009` and `9` are the same area.

Cities and their exports disagree on punctuation, case, leading zeros and ordinal
suffixes (`17TH`); the key drops all of those. The board's own spelling is kept for
display: `board_names` picks, for each key, the spelling the board already uses most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: Words that only say what kind of area a name is, per kind: `District 9` is district `9`,
#: but `Beat 11` is not district `11`. The Spanish words the app writes (`Distrito 9`, `Sector 11`)
#: count too, so a name typed in the Spanish window matches the board's list.
_KIND_WORDS = {
    "district": re.compile(r"\b(POLICE|POLICIA|DISTRICT|DIST|DISTRITO)\b"),
    "beat": re.compile(r"\b(POLICE|POLICIA|BEAT|SECTOR)\b"),
    "precinct": re.compile(r"\b(POLICE|POLICIA|PRECINCT|PCT|PRECINTO)\b"),
    "ward": re.compile(r"\b(WARD)\b"),
}
_ORDINAL = re.compile(r"(\d+)(ST|ND|RD|TH)\b")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]+")
_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")


def normalise_name(value: object, kind: str = "district") -> str:
    """The comparison key of an area name: `E-13` → `E13`, `009` → `9`, `17th` → `17`.

    Words naming the kind (`District 9` for kind district) are dropped; floats written by
    spreadsheets (`9.0`) count as their integer; an empty value gives ''.
    """
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN: a missing cell
            return ""
        if value.is_integer():
            value = int(value)
    text = str(value).strip().upper()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    words = _KIND_WORDS.get(kind)
    if words is not None:
        text = words.sub(" ", text)
    text = _ORDINAL.sub(r"\1", text)
    text = _NOT_ALNUM.sub("", text)
    return _ZEROS.sub("", text)


def board_names(counted: Iterable[tuple[str | None, int]], kind: str = "district") -> dict[str, str]:
    """Key → the most used spelling among (spelling, times used) pairs (ties: the first seen)."""
    counts: dict[str, Counter[str]] = {}
    for spelling, times in counted:
        if spelling is None or not str(spelling).strip():
            continue
        key = normalise_name(spelling, kind)
        if key:
            counts.setdefault(key, Counter())[str(spelling).strip()] += times
    return {key: counter.most_common(1)[0][0] for key, counter in counts.items()}
