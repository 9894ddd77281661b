"""Small helpers of the meetings screens; the words themselves come from advisoryboard/labels.py."""

from __future__ import annotations

import enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from advisoryboard.labels import label as core_label
from advisoryboard.labels import meeting_kind_label
from database.enums import MeetingKind


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate (same name as Qt's macro) and returns it untranslated; typed as str."""
    return text


def tr_meetings(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("meetings", …)."""
    return QCoreApplication.translate("meetings", text)


def label(value: enum.Enum) -> str:
    """The word for `value` from advisoryboard/labels.py, the one vocabulary of screen and
    paper (meeting kinds short, as lists show them: 'Regular')."""
    if isinstance(value, MeetingKind):
        return meeting_kind_label(value)
    return core_label(value)


E = TypeVar("E", bound=enum.Enum)


def enum_data(combo: QComboBox, enum_type: type[E]) -> E | None:
    """The enum member stored in a combo's current item (Qt hands StrEnums back as plain str)."""
    value = combo.currentData()
    return None if value is None else enum_type(value)
