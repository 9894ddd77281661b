"""Officer titles as real rosters write them: glued onto names, misspelt, combined.

`split_name_and_titles("Jaspal BhatiaTreasurer")` gives ("Jaspal Bhatia", [TREASURER]);
"Vice Charperson", "Sargent at Arms", "Vice-Chairperson/Parliamentarian" and
"2nd Vice Chairperson" are understood too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from database.enums import Office

_CHAIR = r"ch(?:air|ar(?=[\s-]?p))(?:[\s-]?p[ea]r?s[oa]n|m[ae]n|wom[ae]n)?"
_ORDINAL = r"(?:1st|2nd|3rd|first|second|third)"
#: One pattern per office; the vice chair pattern comes before the chair pattern.
_PATTERNS: list[tuple[Office, str]] = [
    (Office.VICE_CHAIR, rf"(?:{_ORDINAL}\s*)?vice[\s_-]*{_CHAIR}"),
    (Office.CHAIR, _CHAIR),
    (Office.SECRETARY, r"(?:recording\s+|corresponding\s+)?secr?e?tary"),
    (Office.TREASURER, r"trea?sure?r"),
    (Office.PARLIAMENTARIAN, r"parliamentarian"),
    (Office.SERGEANT_AT_ARMS, r"s[ae]r?ge?a?n?t[\s_-]*(?:at|@)[\s_-]*arms"),
    (Office.MEMBER_AT_LARGE, r"member[\s_-]*at[\s_-]*large"),
    (Office.DISTRICT_REPRESENTATIVE, r"district[\s_]+rep(?:resentative)?"),
    (Office.ALTERNATE, r"alternate"),
    (Office.POLICE_LIAISON, r"police[\s_]+liaison"),
    (Office.CITY_STAFF, r"city[\s_]+staff"),
    (Office.PARTNER_REPRESENTATIVE, r"partner[\s_]+rep(?:resentative)?"),
]
_ONE = "|".join(f"(?:{p})" for _o, p in _PATTERNS)
_SEPARATOR = r"\s*(?:/|&|,|\band\b|\+)\s*"
_SEQUENCE = rf"(?:{_ONE})(?:{_SEPARATOR}(?:{_ONE}))*"
_SUFFIX = re.compile(rf"(?:(?<=[a-z.)])|\s+|\s*[,\-–]\s*)(?P<titles>{_SEQUENCE})\s*$", re.IGNORECASE)
_EACH = [(office, re.compile(rf"^{pattern}$", re.IGNORECASE)) for office, pattern in _PATTERNS]
_ORDINAL_RE = re.compile(rf"^({_ORDINAL})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Title:
    office: Office
    qualifier: str | None = None


def _one(text: str) -> Title | None:
    text = text.strip()
    for office, pattern in _EACH:
        if pattern.match(text):
            ordinal = _ORDINAL_RE.match(text)
            return Title(office, ordinal.group(1) if ordinal else None)
    return None


def parse_titles(text: str) -> tuple[list[Title], list[str]]:
    """The offices in a title text ('Vice Chair/Treasurer'), and the parts not understood."""
    found: list[Title] = []
    unknown: list[str] = []
    for part in re.split(_SEPARATOR, text.strip(), flags=re.IGNORECASE):
        if not part.strip():
            continue
        title = _one(part)
        if title is None:
            unknown.append(part.strip())
        elif title.office not in {t.office for t in found}:
            found.append(title)
    return found, unknown


def split_name_and_titles(text: str) -> tuple[str, list[Title]]:
    """A name with officer titles glued on, as (name, titles); plain names come back unchanged."""
    text = " ".join(text.split())
    match = _SUFFIX.search(text)
    if match is None:
        return text, []
    name = text[: match.start()].rstrip(" ,-–/")
    if not name or len(name.split()) < 1 or not any(c.isalpha() for c in name):
        return text, []
    titles, _unknown = parse_titles(match.group("titles"))
    return name, titles


def name_and_titles(raw_name: str, office_text: str | None) -> tuple[str, list[Title], list[str]]:
    """A roster row's person: the name, the titles glued to it plus those of the office
    column (each office once), and the office words the board does not know."""
    name, titles = split_name_and_titles(raw_name)
    more, unknown = parse_titles(office_text or "")
    titles += [t for t in more if t.office not in {x.office for x in titles}]
    return name, titles, unknown
