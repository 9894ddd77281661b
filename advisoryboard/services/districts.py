"""The board's named list of areas (districts, beats…): what the forms offer and the imports map to.

"District" used to mean three things: `District 1–5` on members, `Beat 12–51` on issues and
free text in the issue form. The board now keeps one list (Board settings ▸ Districts and
beats), each area with its kind. A value typed or imported is matched to the list with the
same normaliser the maps use (advisoryboard/geo/names.py): `E-13` is `E13`, `009` is `9`,
`Distrito 4` is `District 4`. A match is stored with the list's spelling; anything else is
kept as it came (and an import reports it), never dropped.

Names the app wrote ("District 4", "Beat 12") are shown in the reader's language
(default_data.shown); the stored spelling stays as written.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.errors import ValidationError
from advisoryboard.geo.names import board_names, normalise_name
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.enums import AreaKind
from database.models import BoardSettings, Issue, Member, Seat
from database.models.community import CommunityEvent, CommunityProgram

#: Longest area name (the district columns hold 60 characters).
NAME_LIMIT = 60
_KIND_PREFIX = {
    AreaKind.BEAT: re.compile(r"^\s*(beat|sector)\b", re.IGNORECASE),
    AreaKind.PRECINCT: re.compile(r"^\s*(precinct|pct|precinto)\b", re.IGNORECASE),
    AreaKind.WARD: re.compile(r"^\s*ward\b", re.IGNORECASE),
}


@dataclass(frozen=True)
class Area:
    kind: AreaKind
    name: str

    @property
    def key(self) -> str:
        return normalise_name(self.name, self.kind.value)


def guess_kind(name: str) -> AreaKind:
    """`Beat 12` is a beat, `Precinct 4` a precinct; anything else counts as a district."""
    for kind, pattern in _KIND_PREFIX.items():
        if pattern.match(name):
            return kind
    return AreaKind.DISTRICT


def _decode(raw: str) -> list[Area]:
    try:
        items = json.loads(raw)
    except ValueError:
        return []
    out = []
    for item in items if isinstance(items, list) else []:
        try:
            out.append(Area(AreaKind(item["kind"]), str(item["name"])))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def encode(areas: Iterable[Area]) -> str:
    return json.dumps([{"kind": a.kind.value, "name": a.name} for a in areas], ensure_ascii=False)


def areas_in_use(session: Session) -> list[Area]:
    """The areas the board's records already name (seats, members, issues, programs, events),
    one per spelling key, with the spelling used most; districts first, then beats, in number order."""
    counted: list[tuple[str | None, int]] = []
    for column in (
        Seat.district,
        Member.district,
        Issue.district,
        CommunityProgram.district,
        CommunityEvent.district,
    ):
        counted.extend(
            (name, int(times))
            for name, times in session.execute(
                select(column, func.count()).where(column.is_not(None)).group_by(column)
            )
        )
    by_kind: dict[AreaKind, list[tuple[str | None, int]]] = {}
    for name, times in counted:
        if name and name.strip():
            by_kind.setdefault(guess_kind(name), []).append((name, times))
    out: list[Area] = []
    for kind in AreaKind:
        names = board_names(by_kind.get(kind, []), kind.value)
        out.extend(Area(kind, name) for _key, name in sorted(names.items(), key=lambda kv: _order(kv[0])))
    return out


def _order(key: str) -> tuple[str, int, str]:
    match = re.match(r"^([A-Z]*)(\d+)(.*)$", key)
    return (match.group(1), int(match.group(2)), match.group(3)) if match else (key, 0, "")


def stored_areas(row: BoardSettings | None) -> list[Area] | None:
    """The list saved on the settings row, or None when the board never saved one."""
    if row is None or row.areas is None:
        return None
    return _decode(row.areas)


def board_areas(session: Session) -> list[Area]:
    """The board's list: as saved in Board settings, else the areas its records already name."""
    require_permission(session, Permission.READ)
    saved = stored_areas(session.get(BoardSettings, 1))
    return saved if saved is not None else areas_in_use(session)


def clean_areas(value: object) -> list[Area]:
    """Check a list of (kind, name) pairs or Areas from the settings form; ValidationError on 'areas'."""
    if not isinstance(value, (list, tuple)):
        raise ValidationError({"areas": _("The list of districts and beats could not be read.")})
    out: list[Area] = []
    seen: dict[tuple[AreaKind, str], int] = {}
    for number, item in enumerate(value, start=1):
        kind_value, name = (item.kind, item.name) if isinstance(item, Area) else item
        try:
            kind = AreaKind(kind_value)
        except ValueError:
            raise ValidationError(
                {"areas": _("Row {row}: choose a kind from the list.").format(row=number)}
            ) from None
        text = " ".join(str(name or "").split())
        if not text:
            continue  # an empty row added and left blank
        if len(text) > NAME_LIMIT:
            raise ValidationError(
                {"areas": _("Row {row}: at most {n} characters, please.").format(row=number, n=NAME_LIMIT)}
            )
        area = Area(kind, text)
        if not area.key:
            raise ValidationError(
                {"areas": _("Row {row}: {name!r} needs a letter or a number.").format(row=number, name=text)}
            )
        earlier = seen.get((kind, area.key))
        if earlier is not None:
            raise ValidationError(
                {
                    "areas": _("Row {row}: {name!r} is the same area as row {earlier}.").format(
                        row=number, name=text, earlier=earlier
                    )
                }
            )
        seen[(kind, area.key)] = number
        out.append(area)
    return out


@dataclass
class AreaMatcher:
    """Matches typed or imported area names to the board's list, and counts the ones it could not."""

    areas: Sequence[Area]
    unknown: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._index: dict[tuple[AreaKind, str], Area] = {}
        for area in self.areas:
            self._index.setdefault((area.kind, area.key), area)

    def match(self, value: object) -> Area | None:
        """The list's area `value` names, or None (no such area, or it could be a district and a beat)."""
        if value is None or not str(value).strip():
            return None
        text = str(value).strip()
        kinds = [guess_kind(text)] if guess_kind(text) is not AreaKind.DISTRICT else list(AreaKind)
        found = {
            area
            for kind in kinds
            if (area := self._index.get((kind, normalise_name(text, kind.value)))) is not None
        }
        return found.pop() if len(found) == 1 else None

    def name(self, value: object) -> str | None:
        """The list's spelling of `value`, else `value` trimmed as it came (counted as unknown)."""
        if value is None:
            return None
        text = " ".join(str(value).split())[:NAME_LIMIT]
        if not text:
            return None
        area = self.match(text)
        if area is not None:
            return area.name
        if self.areas:
            self.unknown[text] += 1
        return text

    def unknown_lines(self) -> list[str]:
        """'Beat 99 (3 rows)' for every value not on the list, most used first."""
        return [
            _("{name} ({n} rows)").format(name=name, n=times) if times > 1 else name
            for name, times in self.unknown.most_common()
        ]


def matcher(session: Session) -> AreaMatcher:
    return AreaMatcher(board_areas(session))


def area_name(session: Session, value: str | None) -> str | None:
    """What a form's district field stores: the list's spelling when `value` is on the list,
    else `value` as typed (a new area is the board's to add to its list, not ours to refuse)."""
    return AreaMatcher(board_areas(session)).name(value)
