"""Printed names of the domain's vocabularies (translated per document)."""

from __future__ import annotations

import datetime as dt
import enum

from advisoryboard.i18n import N_
from advisoryboard.labels import label as core_label
from advisoryboard.reports.layout import Translator

_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
_WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)


def label(value: enum.Enum, _: Translator) -> str:
    """The printed name of a vocabulary value, in the document's language (advisoryboard/labels.py)."""
    return core_label(value, _)


def long_date(day: dt.date, _: Translator) -> str:
    """'Tuesday, March 10, 2026' (the order is itself translatable)."""
    return _("{weekday}, {month} {day}, {year}").format(
        weekday=_(_WEEKDAYS[day.weekday()]), month=_(_MONTHS[day.month - 1]), day=day.day, year=day.year
    )


def short_date(day: dt.date | dt.datetime | None, _: Translator) -> str:
    if day is None:
        return ""
    return _("{month} {day}, {year}").format(month=_(_MONTHS[day.month - 1]), day=day.day, year=day.year)


def clock(value: dt.time | dt.datetime | None, _: Translator) -> str:
    """'6:30 PM' in English; other catalogs may choose a 24-hour pattern."""
    if value is None:
        return ""
    hour12 = value.hour % 12 or 12
    suffix = _("AM") if value.hour < 12 else _("PM")
    return _("{hour}:{minute:02d} {suffix}").format(hour=hour12, minute=value.minute, suffix=suffix)


def month_name(month: int, _: Translator) -> str:
    return _(_MONTHS[month - 1])


def printed(text: str | None, _: Translator) -> str:
    """Data the app created (template titles, 'Seat 7', 'Chair', 'Minutes of …') in the
    document's language; what the board typed prints as entered."""
    from advisoryboard.default_data import shown

    return shown(text, _, date_text=lambda day: short_date(day, _))
