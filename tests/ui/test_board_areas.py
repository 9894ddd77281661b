"""Board settings ▸ Districts and beats, and the forms that offer that list (members, issues, events)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidgetItem
from sqlalchemy import select

from advisoryboard.services.base import read_only
from advisoryboard.services.districts import board_areas
from database.enums import AreaKind
from database.models import Member
from ui import language
from ui.app import build_main_window
from ui.main_window import MainWindow

#: Typing into the district field pops up its completion list: offscreen cannot raise it or grab keys.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True
)


@pytest.fixture
def window(qtbot, demo_url: str) -> Iterator[MainWindow]:
    win = build_main_window(demo_url)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def spanish() -> Iterator[None]:
    language.apply_language("es")
    yield
    QSettings().remove(language.SETTING)
    language.apply_language("en")


def _rows(dialog) -> list[tuple[str, str]]:
    table = dialog.areas.table
    return [(table.cellWidget(r, 0).currentText(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_the_settings_list_is_edited_and_a_repeated_area_is_refused_next_to_it(
    qtbot, window: MainWindow
) -> None:
    from ui.settings.dialog import BoardSettingsDialog

    dialog = BoardSettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = _rows(dialog)
    assert rows[:2] == [("District", "District 1"), ("District", "District 2")]  # what the records name
    assert ("Beat", "Beat 12") in rows
    table = dialog.areas.table
    table.setRowCount(0)
    for name in ("E-13", "e13"):
        qtbot.mouseClick(dialog.areas.add_button, Qt.MouseButton.LeftButton)
        table.setItem(table.rowCount() - 1, 1, QTableWidgetItem(name))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "areasError")
    assert error is not None and error.isVisible()
    assert error.text() == "Row 2: 'e13' is the same area as row 1."
    assert dialog.isVisible(), "nothing was saved and the form stays open"
    table.item(1, 1).setText("Beat 7")
    beat = table.cellWidget(1, 0)
    beat.setCurrentIndex(beat.findData("beat"))  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with read_only(window.ctx.db) as s:
        saved = [(a.kind, a.name) for a in board_areas(s)]
    assert saved == [(AreaKind.DISTRICT, "E-13"), (AreaKind.BEAT, "Beat 7")]

    again = BoardSettingsDialog(window.ctx, window)
    qtbot.addWidget(again)
    assert _rows(again) == [("District", "E-13"), ("Beat", "Beat 7")]


def test_the_member_form_offers_the_list_in_spanish_and_saves_the_lists_spelling(
    qtbot, window: MainWindow, spanish: None
) -> None:
    from ui.members.member_dialog import MemberDialog

    with read_only(window.ctx.db) as s:
        member_id = s.scalar(select(Member.id).where(Member.district == "District 1").order_by(Member.id))
    assert member_id is not None
    dialog = MemberDialog(window, window.ctx, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.district
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "Distrito 4" in offered and "Sector 12" in offered and "District 4" not in offered
    assert combo.currentText() == "Distrito 1"
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "distrito 4")  # typed, not picked: still the list's area
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    QApplication.processEvents()
    with read_only(window.ctx.db) as s:
        assert s.get(Member, member_id).district == "District 4"


def test_the_issue_and_event_forms_offer_the_same_list(qtbot, window: MainWindow) -> None:
    from ui.community.dialogs import EventDialog
    from ui.issues.issue_dialog import IssueDialog

    with read_only(window.ctx.db) as s:
        areas = board_areas(s)
    issue = IssueDialog(window, [], lambda data: None, areas=areas)  # type: ignore[arg-type, return-value]
    event = EventDialog(window.ctx, window)
    for dialog in (issue, event):
        qtbot.addWidget(dialog)
        combo = dialog.district
        assert [combo.itemText(i) for i in range(1, combo.count())] == [a.name for a in areas]
        assert combo.isEditable() and combo.completer() is not None
    completer = issue.district.completer()
    completer.setCompletionPrefix("beat 1")
    assert completer.currentCompletion() in {"Beat 11", "Beat 12"}
