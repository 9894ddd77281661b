"""The board's offense categories and how a source's offense groups are filed under them.

The source's offense code, group and description are stored as they came; the category is
the board's grouping on top. A group the board has mapped (an `OffenseMapping` row) goes
where the board said; a new group is filed by keywords and the mapping is remembered, so
the board can move it later (`remap_group`), which re-files the incidents of that group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from advisoryboard.i18n import N_
from database.models import Incident, OffenseCategory, OffenseMapping

OTHER = N_("Other offenses")

#: The default category list, in report order, with the keywords that file a source group
#: under it (first match wins, so "motor vehicle theft" is checked before "theft").
DEFAULT_CATEGORIES: list[tuple[str, str]] = [
    (N_("Homicide"), r"homicide|murder|manslaughter"),
    (N_("Sex offenses"), r"sex|rape|prostitution"),
    (N_("Robbery"), r"robbery"),
    (N_("Assault"), r"assault|battery"),
    (N_("Burglary"), r"burglary|breaking"),
    (N_("Vehicle theft"), r"motor vehicle theft|vehicle theft|stolen vehicle|auto theft"),
    (N_("Theft"), r"theft|larceny|shoplift|stolen property"),
    (N_("Vandalism"), r"vandalism|criminal damage|malicious mischief|arson|graffiti"),
    (N_("Drugs"), r"narcotic|drug"),
    (N_("Weapons"), r"weapon|concealed carry"),
    (OTHER, r"$^"),
]
_RULES = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in DEFAULT_CATEGORIES]
GROUP = "group"


def ensure_categories(session: Session) -> dict[str, int]:
    """The board's categories by lower-case name, creating the default list on first use."""
    rows = list(session.scalars(select(OffenseCategory)))
    if not rows:
        rows = [OffenseCategory(name=name, sort_order=i) for i, (name, _p) in enumerate(DEFAULT_CATEGORIES)]
        session.add_all(rows)
        session.flush()
    return {c.name.lower(): c.id for c in rows}


def guess_category_name(group: str | None, description: str | None = None) -> str:
    text = " ".join(t for t in (group, description) if t)
    for name, pattern in _RULES:
        if pattern.search(text):
            return name
    return OTHER


def category_ids_for(session: Session, groups: Iterable[str | None]) -> dict[str | None, int]:
    """Category id per source group (mapped, or guessed and remembered as a mapping)."""
    categories = ensure_categories(session)
    other = categories.get(OTHER.lower()) or min(categories.values())
    mapped = {
        m.source_value: m.category_id
        for m in session.scalars(select(OffenseMapping).where(OffenseMapping.field == GROUP))
    }
    out: dict[str | None, int] = {}
    for group in dict.fromkeys(groups):  # first-seen order, not a set's (which changes per run)
        key = (group or "").strip().lower()
        if key in mapped:
            out[group] = mapped[key]
            continue
        category = categories.get(guess_category_name(group).lower(), other)
        if key:
            session.add(OffenseMapping(field=GROUP, source_value=key[:200], category_id=category))
            mapped[key] = category
        out[group] = category
    session.flush()
    return out


def remap_group(session: Session, group: str, category_id: int) -> int:
    """File a source offense group under another category; returns the incidents re-filed."""
    key = group.strip().lower()
    row = session.scalar(
        select(OffenseMapping).where(OffenseMapping.field == GROUP, OffenseMapping.source_value == key)
    )
    if row is None:
        session.add(OffenseMapping(field=GROUP, source_value=key, category_id=category_id))
    else:
        row.category_id = category_id
    from sqlalchemy import func

    result = session.execute(
        update(Incident).where(func.lower(Incident.offense_group) == key).values(category_id=category_id)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
