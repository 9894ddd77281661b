"""What every chart is computed over: a date range plus category and district filters.

Dates in the database are naive datetimes; a range covers whole days, from the first
day's midnight up to (not including) midnight after the last day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, extract, func, select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import N_, _
from advisoryboard.permissions import Permission
from advisoryboard.services import issue_detail
from advisoryboard.services.base import require_permission
from database.models import Issue, IssueCategory


@dataclass(frozen=True)
class AnalyticsFilter:
    """The range and filters applied to every count (empty tuples mean 'all')."""

    date_from: dt.date
    date_to: dt.date
    category_ids: tuple[int, ...] = ()
    districts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.date_from > self.date_to:
            raise UserError(_("The start of the date range is after its end."), "date_from")

    @property
    def start(self) -> dt.datetime:
        """Midnight at the start of the first day (inclusive bound)."""
        return dt.datetime.combine(self.date_from, dt.time())

    @property
    def end(self) -> dt.datetime:
        """Midnight after the last day (exclusive bound)."""
        return dt.datetime.combine(self.date_to + dt.timedelta(days=1), dt.time())


def in_range(column: Any, f: AnalyticsFilter) -> ColumnElement[bool]:
    """`column` (a datetime column or expression) falls within the filter's days."""
    return and_(column >= f.start, column < f.end)


def issue_conditions(f: AnalyticsFilter) -> list[ColumnElement[bool]]:
    """The category and district filters as WHERE conditions on Issue."""
    conditions: list[ColumnElement[bool]] = []
    if f.category_ids:
        conditions.append(Issue.category_id.in_(f.category_ids))
    if f.districts:
        conditions.append(Issue.district.in_(f.districts))
    return conditions


def days_between(session: Session, start: Any, end: Any) -> ColumnElement[Any]:
    """(end - start) in fractional days, on SQLite and PostgreSQL alike."""
    if session.get_bind().dialect.name == "sqlite":
        days: ColumnElement[Any] = func.julianday(end) - func.julianday(start)
        return days
    seconds: ColumnElement[Any] = extract("epoch", end - start)
    return seconds / 86400.0


def without_index(session: Session, column: Any) -> ColumnElement[Any]:
    """`column` as SQLite cannot look it up by index (PostgreSQL: unchanged).

    SQLite keeps no statistics here, so it takes any index on an equality, even one
    that matches a large share of the rows; wrapping the column in coalesce() steers it
    to the index that serves the range instead. PostgreSQL plans from its statistics."""
    if session.get_bind().dialect.name == "sqlite":
        return func.coalesce(column, "")
    plain: ColumnElement[Any] = column
    return plain


def collected(session: Session, expression: Any) -> ColumnElement[Any]:
    """Every value of a numeric `expression` in a group, as one value (read it with
    values_of): a group's numbers come back in one row instead of one row each."""
    if session.get_bind().dialect.name == "sqlite":
        joined: ColumnElement[Any] = func.group_concat(expression)
        return joined
    return func.array_agg(expression)


def values_of(collected_values: str | list[Any] | None) -> list[float]:
    """The numbers of a collected() value."""
    if not collected_values:
        return []
    if isinstance(collected_values, str):
        return list(map(float, collected_values.split(",")))
    return list(map(float, collected_values))


def month_key(session: Session, column: Any) -> ColumnElement[str]:
    """'YYYY-MM' of a datetime column, cheaply (SQLite's strftime is slow on big ranges;
    its datetimes are stored as ISO text, so the first 7 characters are the month)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 7)
    return func.to_char(column, "YYYY-MM")


# ---------------------------------------------------------------------- preset ranges
PRESET_THIS_YEAR = "this_year"
PRESET_LAST_12_MONTHS = "last_12_months"
PRESET_PREVIOUS_YEAR = "previous_year"
PRESET_CUSTOM = "custom"

PRESET_LABELS = {
    PRESET_THIS_YEAR: N_("This year"),
    PRESET_LAST_12_MONTHS: N_("Last 12 months"),
    PRESET_PREVIOUS_YEAR: N_("Previous year"),
    PRESET_CUSTOM: N_("Custom range"),
}


@dataclass(frozen=True)
class DateRange:
    key: str
    label: str
    date_from: dt.date
    date_to: dt.date


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after (or before) `day`'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def date_ranges(today: dt.date) -> list[DateRange]:
    """The preset ranges offered to the user; 'custom' starts as this year to date.

    'Last 12 months' covers whole months: the month 11 months back up to today.
    """
    this_year = (dt.date(today.year, 1, 1), today)
    spans = {
        PRESET_THIS_YEAR: this_year,
        PRESET_LAST_12_MONTHS: (add_months(today, -11), today),
        PRESET_PREVIOUS_YEAR: (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)),
        PRESET_CUSTOM: this_year,
    }
    return [DateRange(key, _(PRESET_LABELS[key]), start, end) for key, (start, end) in spans.items()]


def default_filter(today: dt.date) -> AnalyticsFilter:
    """What the Charts tab shows when it opens: the first preset range, every category and district."""
    first = date_ranges(today)[0]
    return AnalyticsFilter(first.date_from, first.date_to)


def months_in(f: AnalyticsFilter) -> list[dt.date]:
    """First days of every month the range touches, in order."""
    months = []
    current = month_start(f.date_from)
    while current <= f.date_to:
        months.append(current)
        current = add_months(current, 1)
    return months


@dataclass(frozen=True)
class FilterChoices:
    """What the category and district filters offer."""

    categories: list[tuple[int, str]]  # (id, name) in the board's order
    districts: list[str]


def filter_choices(session: Session) -> FilterChoices:
    require_permission(session, Permission.READ)
    categories = session.execute(
        select(IssueCategory.id, IssueCategory.name).order_by(IssueCategory.sort_order, IssueCategory.name)
    )
    return FilterChoices([(cid, name) for cid, name in categories], issue_detail.districts(session))
