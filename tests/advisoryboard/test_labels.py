"""One vocabulary of names for screens, charts, paper and calendar files."""

from __future__ import annotations

import enum

import pytest

from advisoryboard import labels
from advisoryboard.reports.labels import label as printed_label
from database.enums import (
    ActionItemStatus,
    AttendanceStatus,
    IssueStatus,
    LeaveReason,
    MeetingKind,
    MotionResult,
    Office,
    SeatKind,
    VoteChoice,
    VotingMethod,
)

VOCABULARIES: list[type[enum.Enum]] = [
    ActionItemStatus,
    AttendanceStatus,
    IssueStatus,
    LeaveReason,
    MeetingKind,
    MotionResult,
    Office,
    SeatKind,
    VoteChoice,
    VotingMethod,
]


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_value_has_a_written_name(vocabulary: type[enum.Enum]) -> None:
    for value in vocabulary:
        name = labels.label(value)
        assert name and name != str(value.value).replace("_", " "), value


def test_paper_and_screen_use_the_same_names() -> None:
    def identity(text: str) -> str:
        return text

    assert printed_label(Office.MEMBER_AT_LARGE, identity) == labels.office_label(Office.MEMBER_AT_LARGE)
    assert printed_label(IssueStatus.IN_PROGRESS, identity) == labels.status_label(IssueStatus.IN_PROGRESS)
    assert printed_label(MeetingKind.REGULAR, identity) == labels.meeting_kind_title(MeetingKind.REGULAR)
    assert labels.meeting_kind_title(MeetingKind.REGULAR) == "Regular meeting"
    assert labels.meeting_kind_label(MeetingKind.REGULAR) == "Regular"


def test_a_combined_office_title_follows_the_usual_order() -> None:
    assert labels.office_title([Office.TREASURER, Office.VICE_CHAIR]) == "Vice Chair/Treasurer"


def test_printed_names_go_through_the_documents_translator() -> None:
    assert printed_label(VotingMethod.VOICE, lambda text: f"<{text}>") == "<Voice vote>"
