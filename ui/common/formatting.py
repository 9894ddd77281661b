"""Dates, times and numbers as the user's locale writes them, for text the user reads.

Every function reads the default QLocale at call time: ui/language.py sets it when the
language is chosen (the system's regional settings, or the language's US variant), so a
window rebuilt after a language switch formats in the new language. Dates are the locale's
short format with the year always written in full (QLocale's short format has two-digit
years in en_US, es_ES, de_DE…: "11/10/26" is ambiguous in a board's records). `None` gives "".

Keep ISO text (`date.isoformat()`) where it is data rather than display: file names,
exported cells, settings, sort keys. Sort tables by the real value (SQL or a sort role),
never by these strings.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")
_MINUTES = re.compile(r"([hH]+)([^hHmsaApP]+)(mm)")
_TYPED_TIMES = ("%H:%M", "%I:%M %p", "%I:%M%p", "%I %p")


def locale() -> QLocale:
    """The default QLocale, or its language's own conventions when the system's regional
    settings are the bare C/POSIX ones (LANG=C.UTF-8 writes dates as "10 11 2026" and
    numbers without grouping, whatever the language): US English for the C locale itself."""
    current = QLocale()
    posix = QLocale.c()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if current.dateFormat(_SHORT) == posix.dateFormat(_SHORT):
        return QLocale(current.language(), current.territory())
    return current


def widen_year(fmt: str) -> str:
    """A Qt date format with two-digit years ("yy") written as four ("yyyy"); quoted text is kept."""
    parts = fmt.split("'")  # even parts are format codes, odd parts quoted literal text
    return "'".join(_TWO_DIGIT_YEAR.sub("yyyy", p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _with_seconds(fmt: str) -> str:
    """The short time format with seconds after the minutes ("h:mm AP" -> "h:mm:ss AP")."""
    return _MINUTES.sub(r"\1\2\3\2ss", fmt, count=1)


def date_format() -> str:
    """The locale's short date format with a four-digit year ("M/d/yyyy" in en_US)."""
    return widen_year(locale().dateFormat(_SHORT))


def _typeable(fmt: str) -> str:
    """A display format for an edit field: a plain space where CLDR puts a narrow one ("7:00 PM")."""
    return fmt.replace("\u202f", " ")


def date_edit_format() -> str:
    """For QDateEdit.setDisplayFormat: the date as format_date writes it."""
    return _typeable(date_format())


def time_edit_format() -> str:
    """For QTimeEdit.setDisplayFormat: the locale's short time ("h:mm AP", "HH:mm")."""
    return _typeable(locale().timeFormat(_SHORT))


def datetime_edit_format() -> str:
    """For QDateTimeEdit.setDisplayFormat: date and time as format_datetime writes them."""
    return _typeable(widen_year(locale().dateTimeFormat(_SHORT)))


def format_date(value: dt.date | dt.datetime | None) -> str:
    """11/10/2026 (en_US), 10/11/2026 (es), 10.11.2026 (de); the date part of a datetime."""
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day), date_format())


def format_time(value: dt.time | dt.datetime | None, seconds: bool = False) -> str:
    """The locale's short time: 7:00 PM (en_US), 19:00 (es_ES), 7:00 p.m. (es_US)."""
    if value is None:
        return ""
    here = locale()
    fmt = here.timeFormat(_SHORT)
    if seconds:
        fmt = _with_seconds(fmt)
    return here.toString(QTime(value.hour, value.minute, value.second if seconds else 0), fmt)


def format_datetime(value: dt.datetime | None, seconds: bool = False) -> str:
    """Date and short time in the locale's order: 11/10/2026 7:00 PM (en_US)."""
    if value is None:
        return ""
    here = locale()
    fmt = widen_year(here.dateTimeFormat(_SHORT))
    if seconds:
        fmt = _with_seconds(fmt)
    moment = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second if seconds else 0),
    )
    return here.toString(moment, fmt)


def format_month(value: dt.date | None) -> str:
    """The month and year: "Nov 2026" (en), "nov 2026" (es)."""
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, 1), "MMM yyyy")


def format_number(value: int | float | Decimal | None, decimals: int | None = None) -> str:
    """1,234 (en), 1.234 or 1234 (es: CLDR groups from five digits); `decimals` fixes the fraction."""
    if value is None:
        return ""
    here = locale()
    if isinstance(value, int) and decimals is None:
        return here.toString(value)
    if decimals is None:
        return here.toString(float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    return here.toString(float(value), "f", decimals)


def parse_time(text: str) -> dt.time | None:
    """A typed time: as the locale writes it (format_time), or 18:32, 6:32 pm, 6 pm; "" -> None.

    Raises ValueError when the text is not a time.
    """
    text = " ".join(text.replace("\u202f", " ").split())
    if not text:
        return None
    here = locale()
    for fmt in (here.timeFormat(_SHORT), _with_seconds(here.timeFormat(_SHORT))):
        parsed = here.toTime(text, fmt.replace("\u202f", " "))
        if parsed.isValid():
            return dt.time(parsed.hour(), parsed.minute(), parsed.second())
    for pattern in _TYPED_TIMES:
        try:
            return dt.datetime.strptime(text.lower(), pattern).time()
        except ValueError:
            continue
    raise ValueError(text)
