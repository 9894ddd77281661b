"""One vocabulary: every enum value has one word (advisoryboard/labels.py), and the screen
and the printed documents say it with that word."""

from __future__ import annotations

import datetime as dt
import enum
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

import database.enums as enums
from advisoryboard import labels
from advisoryboard.reports.documents import render
from advisoryboard.services import meetings, motions
from advisoryboard.services.base import transaction
from database.enums import MotionResult, VotingMethod
from tests.support.meetings_board import make_board
from ui.context import AppContext, ChangeHub
from ui.meetings.motions_panel import MotionsPanel

ROOT = Path(__file__).resolve().parents[2]
ENUMS = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, enum.Enum) and value.__module__ == enums.__name__
]


@pytest.mark.parametrize("enum_type", ENUMS, ids=lambda e: e.__name__)
def test_every_value_of_every_enum_has_one_word(enum_type: type[enum.Enum]) -> None:
    table = labels.VOCABULARIES[enum_type]
    assert set(table) == set(enum_type)
    words = list(table.values())
    assert all(w.strip() for w in words) and len(set(words)) == len(words)
    for value in enum_type:
        assert labels.label(value) == table[value]  # English: the word itself


def test_no_other_module_names_enum_values() -> None:
    """A second table of words (`Kind.X: "Word"`) anywhere in ui/ or the core is a second vocabulary."""
    names = "|".join(e.__name__ for e in ENUMS)
    # (one-letter marks, like the attendance grid's P/L/E/A, are abbreviations, not words)
    entry = re.compile(
        # (colours "#D55E00" and column names "scanning_on" are not words either)
        rf"^\s*(?:{names})\.[A-Z_0-9]+\s*:\s*(?:N_\(|_\(|QT_TRANSLATE_NOOP\(|self\.tr\(|[\"'](?![^\"']?[\"'])(?!#)(?![a-z_]+[\"']))",
        re.M,
    )
    offenders = []
    for folder in ("ui", "advisoryboard"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "advisoryboard" / "labels.py":
                continue
            offenders += [
                f"{path.relative_to(ROOT)}: {m.group(0).strip()}"
                for m in entry.finditer(path.read_text("utf-8"))
            ]
    assert offenders == []


def test_the_screen_and_the_minutes_use_the_same_words(qtbot, sqlite_url: str) -> None:
    from advisoryboard.opening import open_database

    db = open_database(sqlite_url)
    board = make_board(db)
    with transaction(db) as s:
        meeting_id = meetings.create_meeting(s, starts_at=dt.datetime(2025, 3, 11, 18, 30))
        for member_id in board.voting:
            meetings.set_attendance(s, meeting_id, member_id, enums.AttendanceStatus.PRESENT)
        motions.record_motion(
            s,
            meeting_id,
            motions.MotionInput(
                text="To adjourn",
                mover_id=board.voting[0],
                seconder_id=board.voting[1],
                method=VotingMethod.VOICE,
                declared_result=MotionResult.CARRIED,
            ),
        )
    hub = ChangeHub()
    panel = MotionsPanel(AppContext(db, hub))
    qtbot.addWidget(panel)
    panel.load(meeting_id)
    table = panel.motions_table
    shown = {table.item(0, c).text() for c in range(table.columnCount()) if table.item(0, c)}
    voice, carried = labels.label(VotingMethod.VOICE), labels.label(MotionResult.CARRIED)
    assert {voice, carried} <= shown
    with transaction(db) as s:
        pdf = render(s, "minutes", {"meeting_id": meeting_id}, "en")
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)
    assert voice in " ".join(text.split()) and carried.lower() in text.lower()
    hub.close()
    db.dispose()
