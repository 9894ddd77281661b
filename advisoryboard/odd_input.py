"""Odd input that Python accepts but a database, a file or a PDF cannot: a clear message instead.

- Lone surrogates ("\\ud800"): valid in a Python str, not encodable as UTF-8, so SQLite,
  PostgreSQL and reportlab fail on them. Every string attribute of every record is checked
  before it is written (`install`, a before-flush hook on the session factory), so the
  message names the field whatever service wrote it.
- Nesting: a JSON file nested deeper than any real export is refused before it is walked.
- Years: the annual summary and other year choices are bounded (`check_year`).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Real Open311 / 311 exports nest two or three levels (a request, its attributes, a list).
MAX_NESTING = 32
MIN_YEAR = 1900
MAX_YEAR = 2200


def has_lone_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def surrogate_message() -> str:
    return _("The text contains a character that cannot be saved (a broken character); nothing was saved.")


def check_text(value: str | None, field: str) -> None:
    """Refuse a text with a lone surrogate, naming the field."""
    if value is not None and has_lone_surrogate(value):
        raise ValidationError({field: surrogate_message()})


def check_year(year: int, field: str = "year") -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(
            _("Choose a year between {first} and {last}.").format(first=MIN_YEAR, last=MAX_YEAR), field
        )
    return year


def nesting_depth(data: Any) -> int:
    """How deeply lists and objects nest in `data` (iteratively: no recursion limit)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def too_deep(name: str) -> UserError:
    return UserError(
        _("{name} is nested more than {n} levels deep; it is not an export this program can read.").format(
            name=name, n=MAX_NESTING
        ),
        "file",
    )


def check_nesting(data: Any, name: str) -> None:
    if nesting_depth(data) > MAX_NESTING:
        raise too_deep(name)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.attrs[attr.key].loaded_value
            if isinstance(value, str) and has_lone_surrogate(value):
                raise ValidationError({attr.key: surrogate_message()})


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
