"""Translated labels for the meetings vocabularies (stored values stay English keys)."""

from __future__ import annotations

import enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from database.enums import (
    ActionItemStatus,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    MotionKind,
    MotionResult,
    VoteChoice,
    VoteThreshold,
    VotingMethod,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate (same name as Qt's macro) and returns it untranslated; typed as str."""
    return text


def tr_meetings(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("meetings", …)."""
    return QCoreApplication.translate("meetings", text)


_LABELS: dict[enum.Enum, str] = {
    MeetingKind.REGULAR: QT_TRANSLATE_NOOP("meetings", "Regular"),
    MeetingKind.SPECIAL: QT_TRANSLATE_NOOP("meetings", "Special"),
    MeetingKind.COMMITTEE: QT_TRANSLATE_NOOP("meetings", "Committee"),
    MeetingKind.FORUM: QT_TRANSLATE_NOOP("meetings", "Community forum"),
    MeetingKind.ANNUAL: QT_TRANSLATE_NOOP("meetings", "Annual"),
    MeetingKind.CLOSED: QT_TRANSLATE_NOOP("meetings", "Closed session"),
    MeetingStatus.SCHEDULED: QT_TRANSLATE_NOOP("meetings", "Scheduled"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("meetings", "Held"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("meetings", "Cancelled"),
    MinutesStatus.NONE: QT_TRANSLATE_NOOP("meetings", "None"),
    MinutesStatus.DRAFT: QT_TRANSLATE_NOOP("meetings", "Draft"),
    MinutesStatus.APPROVED: QT_TRANSLATE_NOOP("meetings", "Approved (locked)"),
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("meetings", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("meetings", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("meetings", "Excused"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("meetings", "Late"),
    MotionKind.MAIN: QT_TRANSLATE_NOOP("meetings", "Main"),
    MotionKind.AMENDMENT: QT_TRANSLATE_NOOP("meetings", "Amendment"),
    MotionKind.PROCEDURAL: QT_TRANSLATE_NOOP("meetings", "Procedural"),
    VotingMethod.VOICE: QT_TRANSLATE_NOOP("meetings", "Voice"),
    VotingMethod.SHOW_OF_HANDS: QT_TRANSLATE_NOOP("meetings", "Show of hands"),
    VotingMethod.ROLL_CALL: QT_TRANSLATE_NOOP("meetings", "Roll call"),
    VotingMethod.UNANIMOUS_CONSENT: QT_TRANSLATE_NOOP("meetings", "Unanimous consent"),
    VotingMethod.BALLOT: QT_TRANSLATE_NOOP("meetings", "Ballot"),
    MotionResult.PENDING: QT_TRANSLATE_NOOP("meetings", "Pending"),
    MotionResult.CARRIED: QT_TRANSLATE_NOOP("meetings", "Carried"),
    MotionResult.FAILED: QT_TRANSLATE_NOOP("meetings", "Failed"),
    MotionResult.TABLED: QT_TRANSLATE_NOOP("meetings", "Tabled"),
    MotionResult.WITHDRAWN: QT_TRANSLATE_NOOP("meetings", "Withdrawn"),
    MotionResult.REFERRED: QT_TRANSLATE_NOOP("meetings", "Referred"),
    VoteThreshold.MAJORITY: QT_TRANSLATE_NOOP("meetings", "Majority"),
    VoteThreshold.TWO_THIRDS: QT_TRANSLATE_NOOP("meetings", "Two-thirds"),
    VoteChoice.AYE: QT_TRANSLATE_NOOP("meetings", "Aye"),
    VoteChoice.NAY: QT_TRANSLATE_NOOP("meetings", "Nay"),
    VoteChoice.ABSTAIN: QT_TRANSLATE_NOOP("meetings", "Abstain"),
    VoteChoice.RECUSED: QT_TRANSLATE_NOOP("meetings", "Recused"),
    VoteChoice.ABSENT: QT_TRANSLATE_NOOP("meetings", "Absent"),
    ActionItemStatus.OPEN: QT_TRANSLATE_NOOP("meetings", "Open"),
    ActionItemStatus.DONE: QT_TRANSLATE_NOOP("meetings", "Done"),
    ActionItemStatus.DROPPED: QT_TRANSLATE_NOOP("meetings", "Dropped"),
}


def label(value: enum.Enum) -> str:
    return tr_meetings(_LABELS.get(value, str(value.value)))


E = TypeVar("E", bound=enum.Enum)


def enum_data(combo: QComboBox, enum_type: type[E]) -> E | None:
    """The enum member stored in a combo's current item (Qt hands StrEnums back as plain str)."""
    value = combo.currentData()
    return None if value is None else enum_type(value)
