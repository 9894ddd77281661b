"""Printed names of the domain's vocabularies (translated per document)."""

from __future__ import annotations

import datetime as dt
import enum

from advisoryboard.analytics.labels import MOTION_RESULT_LABELS, STATUS_LABELS
from advisoryboard.i18n import N_
from advisoryboard.reports.layout import Translator
from database.enums import (
    AttendanceStatus,
    MeetingKind,
    Office,
    VoteChoice,
    VotingMethod,
)

_LABELS: dict[enum.Enum, str] = {
    MeetingKind.REGULAR: N_("Regular meeting"),
    MeetingKind.SPECIAL: N_("Special meeting"),
    MeetingKind.COMMITTEE: N_("Committee meeting"),
    MeetingKind.FORUM: N_("Community forum"),
    MeetingKind.ANNUAL: N_("Annual meeting"),
    MeetingKind.CLOSED: N_("Closed session"),
    AttendanceStatus.PRESENT: N_("Present"),
    AttendanceStatus.ABSENT: N_("Absent"),
    AttendanceStatus.EXCUSED: N_("Excused"),
    AttendanceStatus.LATE: N_("Late"),
    VotingMethod.VOICE: N_("voice vote"),
    VotingMethod.SHOW_OF_HANDS: N_("show of hands"),
    VotingMethod.ROLL_CALL: N_("roll-call vote"),
    VotingMethod.UNANIMOUS_CONSENT: N_("unanimous consent"),
    VotingMethod.BALLOT: N_("ballot"),
    VoteChoice.AYE: N_("Aye"),
    VoteChoice.NAY: N_("Nay"),
    VoteChoice.ABSTAIN: N_("Abstain"),
    VoteChoice.RECUSED: N_("Recused"),
    VoteChoice.ABSENT: N_("Absent"),
    Office.CHAIR: N_("Chair"),
    Office.VICE_CHAIR: N_("Vice Chair"),
    Office.SECRETARY: N_("Secretary"),
    Office.TREASURER: N_("Treasurer"),
    Office.PARLIAMENTARIAN: N_("Parliamentarian"),
    Office.SERGEANT_AT_ARMS: N_("Sergeant at Arms"),
    Office.MEMBER_AT_LARGE: N_("Member at Large"),
    Office.DISTRICT_REPRESENTATIVE: N_("District Representative"),
    Office.ALTERNATE: N_("Alternate"),
    Office.POLICE_LIAISON: N_("Police Liaison"),
    Office.CITY_STAFF: N_("City Staff"),
    Office.PARTNER_REPRESENTATIVE: N_("Partner Representative"),
}

# Issue statuses and motion results print with the same words the Charts tab shows.
_LABELS.update(STATUS_LABELS.items())
_LABELS.update(MOTION_RESULT_LABELS.items())

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
    return _(_LABELS.get(value, str(value.value).replace("_", " ")))


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
