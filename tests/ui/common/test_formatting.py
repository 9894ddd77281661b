"""ui.common.formatting: dates, times and numbers as each locale writes them, years in full."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, QTime

from tests.support.localefmt import plain_spaces
from ui.common import formatting as fmt

EVENING = dt.datetime(2026, 11, 10, 19, 5, 33)  # 10 November 2026: day and month tell apart
SHORT = QLocale.FormatType.ShortFormat


@contextmanager
def locale(name: str) -> Iterator[QLocale]:
    previous = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        yield QLocale(name)
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("name", "day", "clock", "both"),
    [
        ("en_US", "11/10/2026", "7:05 PM", "11/10/2026 7:05 PM"),
        ("es_ES", "10/11/2026", "19:05", "10/11/2026 19:05"),
        ("es_US", "10/11/2026", "7:05 p.m.", "10/11/2026 7:05 p.m."),
        ("en_GB", "10/11/2026", "19:05", "10/11/2026 19:05"),
        ("de_DE", "10.11.2026", "19:05", "10.11.2026 19:05"),
    ],
)
def test_dates_and_times_as_each_locale_writes_them(name: str, day: str, clock: str, both: str) -> None:
    with locale(name):
        assert fmt.format_date(EVENING) == day
        assert fmt.format_date(EVENING.date()) == day
        assert plain_spaces(fmt.format_time(EVENING)) == clock
        assert plain_spaces(fmt.format_time(EVENING.time())) == clock
        assert plain_spaces(fmt.format_datetime(EVENING)) == both
        assert fmt.format_date(EVENING) != EVENING.date().isoformat()


@pytest.mark.parametrize("name", ["en_US", "es_ES", "es_US", "en_GB", "de_DE", "fr_FR", "ko_KR", "ja_JP"])
def test_the_year_is_always_written_in_full(name: str) -> None:
    with locale(name) as qt:
        qt_short = qt.toString(QDate(2026, 11, 10), SHORT)
        ours = fmt.format_date(EVENING)
        assert "2026" in ours
        assert "yyyy" in fmt.date_format()
        if "yyyy" in qt.dateFormat(SHORT):  # already four digits: exactly Qt's short date
            assert ours == qt_short
        else:  # Qt's short date with "26" widened: same order and separators
            assert "2026" not in qt_short
            assert ours == qt_short.replace("26", "2026", 1)


def test_four_digit_years_are_needed_in_the_board_s_main_locales() -> None:
    """The reason for widen_year: Qt's own short format is ambiguous for en_US and es_ES."""
    assert QLocale("en_US").toString(QDate(2026, 11, 10), SHORT) == "11/10/26"
    assert QLocale("es_ES").toString(QDate(2026, 11, 10), SHORT) == "10/11/26"


@pytest.mark.parametrize(
    ("qt_format", "widened"),
    [
        ("M/d/yy", "M/d/yyyy"),
        ("dd.MM.yyyy", "dd.MM.yyyy"),
        ("yy. M. d.", "yyyy. M. d."),
        ("d 'yy' yy", "d 'yy' yyyy"),  # quoted text is literal, not a year
        ("d 'o''clock' yy", "d 'o''clock' yyyy"),  # '' is a quote inside quoted text
        ("MMMM d", "MMMM d"),
    ],
)
def test_widen_year(qt_format: str, widened: str) -> None:
    assert fmt.widen_year(qt_format) == widened


@pytest.mark.parametrize(
    ("name", "with_seconds"),
    [("en_US", "11/10/2026 7:05:33 PM"), ("es_ES", "10/11/2026 19:05:33"), ("fi_FI", "10.11.2026 19.05.33")],
)
def test_seconds_follow_the_locale_s_separator(name: str, with_seconds: str) -> None:
    with locale(name):
        assert plain_spaces(fmt.format_datetime(EVENING, seconds=True)) == with_seconds
        assert plain_spaces(fmt.format_time(EVENING, seconds=True)) == with_seconds.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("name", "whole", "fraction"),
    [
        ("en_US", "1,234,567", "1,234.5"),
        ("es_ES", "1.234.567", "1234,5"),  # CLDR: Spanish groups thousands from five digits on
        ("de_DE", "1.234.567", "1.234,5"),
        ("en_GB", "1,234,567", "1,234.5"),
    ],
)
def test_numbers_use_the_locale_s_grouping_and_decimal_mark(name: str, whole: str, fraction: str) -> None:
    with locale(name) as qt:
        assert fmt.format_number(1234567) == whole
        assert fmt.format_number(1234.5) == fraction
        assert fmt.format_number(2.0, decimals=1) == qt.toString(2.0, "f", 1)
        assert fmt.format_number(12_345_678_901) == qt.toString(12_345_678_901)  # beyond 32 bits


def test_nothing_gives_empty_text() -> None:
    assert fmt.format_date(None) == ""
    assert fmt.format_time(None) == ""
    assert fmt.format_datetime(None) == ""
    assert fmt.format_month(None) == ""
    assert fmt.format_number(None) == ""


def test_months_are_named_in_the_language() -> None:
    with locale("en_US"):
        assert fmt.format_month(EVENING.date()) == "Nov 2026"
    with locale("es_US") as qt:
        assert fmt.format_month(EVENING.date()) == f"{qt.monthName(11, SHORT)} 2026"
        assert fmt.format_month(EVENING.date()).startswith("nov")


def test_the_posix_c_locale_writes_us_english() -> None:
    """LANG=C gives Qt's "10 11 2026" and ungrouped numbers: not how anyone writes a date."""
    assert QLocale.c().toString(QDate(2026, 11, 10), SHORT) == "10 11 2026"
    with locale("C"):
        assert fmt.format_date(EVENING) == "11/10/2026"
        assert fmt.format_number(1234567) == "1,234,567"


@pytest.mark.parametrize("name", ["en_US", "es_ES", "es_US", "en_GB", "de_DE", "fi_FI"])
def test_a_time_shown_can_be_typed_back(name: str) -> None:
    """The minutes panel shows times with format_time and reads what the user types with parse_time."""
    with locale(name):
        for minutes in range(0, 24 * 60, 37):
            when = dt.time(minutes // 60, minutes % 60)
            assert fmt.parse_time(fmt.format_time(when)) == when
            assert fmt.parse_time(plain_spaces(fmt.format_time(when))) == when  # typed with a plain space
        assert fmt.parse_time("18:32") == dt.time(18, 32)
        assert fmt.parse_time(" 6:32 pm ") == dt.time(18, 32)
        assert fmt.parse_time("6 PM") == dt.time(18, 0)
        assert fmt.parse_time("") is None
        with pytest.raises(ValueError, match="half past six"):
            fmt.parse_time("half past six")
        with pytest.raises(ValueError, match="25:00"):
            fmt.parse_time("25:00")


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_a_date_shown_reads_back_as_the_same_day(day: dt.date) -> None:
    for name in ("en_US", "es_ES", "es_US", "de_DE"):
        with locale(name) as qt:
            text = fmt.format_date(day)
            assert str(day.year) in text
            back = qt.toDate(text, fmt.date_format())
            assert (back.year(), back.month(), back.day()) == (day.year, day.month, day.day)


def test_the_default_locale_is_read_at_each_call() -> None:
    with locale("en_US"):
        english = fmt.format_date(EVENING)
    with locale("es_ES"):
        spanish = fmt.format_date(EVENING)
    assert (english, spanish) == ("11/10/2026", "10/11/2026")
    with locale("es_ES") as qt:
        assert fmt.format_time(EVENING) == qt.toString(QTime(19, 5), SHORT)


@pytest.mark.parametrize(
    ("name", "date_edit", "time_edit", "datetime_edit"),
    [
        ("en_US", "M/d/yyyy", "h:mm AP", "M/d/yyyy h:mm AP"),
        ("es_ES", "d/M/yyyy", "H:mm", "d/M/yyyy H:mm"),
        ("en_GB", "dd/MM/yyyy", "HH:mm", "dd/MM/yyyy HH:mm"),
        ("de_DE", "dd.MM.yyyy", "HH:mm", "dd.MM.yyyy HH:mm"),
    ],
)
def test_edit_fields_use_the_locale_s_formats(
    name: str, date_edit: str, time_edit: str, datetime_edit: str
) -> None:
    """Date and time fields show what the tables show; a plain space is easier to type."""
    with locale(name):
        assert fmt.date_edit_format() == date_edit
        assert fmt.time_edit_format().replace("Ap", "AP") == time_edit
        assert fmt.datetime_edit_format().replace("Ap", "AP") == datetime_edit
        assert "\u202f" not in fmt.datetime_edit_format()
