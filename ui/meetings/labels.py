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


def _t(text: str) -> str:
    return QCoreApplication.translate("meetings", text)


_LABELS: dict[enum.Enum, str] = {
    MeetingKind.REGULAR: "Regular",
    MeetingKind.SPECIAL: "Special",
    MeetingKind.COMMITTEE: "Committee",
    MeetingKind.FORUM: "Community forum",
    MeetingKind.ANNUAL: "Annual",
    MeetingKind.CLOSED: "Closed session",
    MeetingStatus.SCHEDULED: "Scheduled",
    MeetingStatus.HELD: "Held",
    MeetingStatus.CANCELLED: "Cancelled",
    MinutesStatus.NONE: "None",
    MinutesStatus.DRAFT: "Draft",
    MinutesStatus.APPROVED: "Approved (locked)",
    AttendanceStatus.PRESENT: "Present",
    AttendanceStatus.ABSENT: "Absent",
    AttendanceStatus.EXCUSED: "Excused",
    AttendanceStatus.LATE: "Late",
    MotionKind.MAIN: "Main",
    MotionKind.AMENDMENT: "Amendment",
    MotionKind.PROCEDURAL: "Procedural",
    VotingMethod.VOICE: "Voice",
    VotingMethod.SHOW_OF_HANDS: "Show of hands",
    VotingMethod.ROLL_CALL: "Roll call",
    VotingMethod.UNANIMOUS_CONSENT: "Unanimous consent",
    VotingMethod.BALLOT: "Ballot",
    MotionResult.PENDING: "Pending",
    MotionResult.CARRIED: "Carried",
    MotionResult.FAILED: "Failed",
    MotionResult.TABLED: "Tabled",
    MotionResult.WITHDRAWN: "Withdrawn",
    MotionResult.REFERRED: "Referred",
    VoteThreshold.MAJORITY: "Majority",
    VoteThreshold.TWO_THIRDS: "Two-thirds",
    VoteChoice.AYE: "Aye",
    VoteChoice.NAY: "Nay",
    VoteChoice.ABSTAIN: "Abstain",
    VoteChoice.RECUSED: "Recused",
    VoteChoice.ABSENT: "Absent",
    ActionItemStatus.OPEN: "Open",
    ActionItemStatus.DONE: "Done",
    ActionItemStatus.DROPPED: "Dropped",
}


def label(value: enum.Enum) -> str:
    return _t(_LABELS.get(value, str(value.value)))


E = TypeVar("E", bound=enum.Enum)


def enum_data(combo: QComboBox, enum_type: type[E]) -> E | None:
    """The enum member stored in a combo's current item (Qt hands StrEnums back as plain str)."""
    value = combo.currentData()
    return None if value is None else enum_type(value)
