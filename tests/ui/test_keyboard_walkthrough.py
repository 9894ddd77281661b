"""Keyboard-only walkthroughs: everything done without a single mouse event.

The shell (tabs, menus, About), creating an issue, taking roll call and printing an agenda,
each with the `Keyboard` harness in tests/support/keyboard.py; `no_mouse()` fails on any mouse event.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton, QWidget

from tests.support.keyboard import Keyboard
from ui.main_window import MainWindow

#: The offscreen platform cannot raise a popup menu or grab the keyboard for it; real ones do.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True
)


def test_shell_walkthrough_with_the_keyboard_only(qtbot, main_window: MainWindow) -> None:
    kb = Keyboard(qtbot, main_window)
    kb.activate()
    with kb.no_mouse():
        # Switch through the tabs with Ctrl+1..5.
        tabs = [
            "membersTab",
            "issuesTab",
            "meetingsTab",
            "chartsTab",
            "safetyTab",
            "communityTab",
            "surveysTab",
        ]
        for number, name in enumerate(tabs, 1):
            kb.shortcut(f"Ctrl+{number}")
            assert main_window.tabs.currentWidget().objectName() == name

        # Alt+F opens the File menu; Escape closes it again.
        file_menu = kb.open_menu("f")
        assert file_menu is main_window.file_menu
        kb.press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not main_window.file_menu.isVisible())

        # Alt+V, then the arrow keys reach the tab entries; Enter shows the Issues tab.
        kb.shortcut("Ctrl+1")
        view_menu = kb.open_menu("v")
        assert view_menu is main_window.view_menu
        for _ in range(3):  # a menu opened by keyboard starts on its first entry
            if (
                view_menu.activeAction() is not None
                and view_menu.activeAction().objectName() == "showTab2Action"
            ):
                break
            kb.press(Qt.Key.Key_Down)
        assert view_menu.activeAction().objectName() == "showTab2Action"
        kb.press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: main_window.tabs.currentWidget().objectName() == "issuesTab")

        # Alt+H, then A (the underlined letter of About): the About box opens; Escape closes it.
        about_text: list[str] = []

        def read_and_close(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            about_text.append(dialog.text())
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        kb.open_menu("h")
        kb.answer_dialog(read_and_close)
        kb.type("a")
        qtbot.waitUntil(lambda: bool(kb.dialogs))
        assert kb.dialogs == ["About Advisory Board"]
        assert "Advisory Board" in about_text[0]
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        assert QApplication.activePopupWidget() is None

        # Back in the window, Tab reaches the tab bar, whose arrow keys change tabs too.
        kb.activate()
        kb.tab_to(lambda w: w is main_window.tabs.tabBar())
        kb.press(Qt.Key.Key_Right)
        assert main_window.tabs.currentWidget().objectName() == "meetingsTab"


def test_the_mouse_guard_notices_a_click(qtbot, main_window: MainWindow) -> None:
    kb = Keyboard(qtbot, main_window)
    button = QPushButton("Click me", main_window)
    button.show()
    with pytest.raises(AssertionError, match="MouseButtonPress"), kb.no_mouse():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_tab_to_finds_a_widget_by_keyboard(qtbot, main_window: MainWindow) -> None:
    kb = Keyboard(qtbot, main_window)
    kb.activate()
    main_window.setFocus()
    with kb.no_mouse():
        reached = kb.tab_to(lambda w: w is main_window.tabs.tabBar())
    assert reached is main_window.tabs.tabBar()
    assert isinstance(kb.open_menu("h"), QMenu)
    kb.press(Qt.Key.Key_Escape)


def test_roll_call_and_print_an_agenda_with_the_keyboard_only(
    qtbot, main_window: MainWindow, monkeypatch
) -> None:
    """Meetings tab: choose an upcoming meeting, mark a member present, print its agenda."""
    import ui.printing
    from advisoryboard.services import meetings
    from advisoryboard.services.base import read_only
    from database.enums import AttendanceStatus

    printed: list[tuple[str, dict[str, object]]] = []
    monkeypatch.setattr(
        ui.printing, "open_print", lambda parent, ctx, kind, params: printed.append((kind, params))
    )
    # the 1366×768 laptop: the whole button row fits (narrower, Print agenda moves under
    # "More", reached with Tab and Space too: tests/ui/test_button_bar.py)
    main_window.resize(1366, 728)
    kb = Keyboard(qtbot, main_window)
    kb.activate()
    tab = main_window.tab("meetingsTab")
    with kb.no_mouse():
        kb.shortcut("Ctrl+3")
        when = kb.tab_to(lambda w: w.objectName() == "meetingsWhenCombo")
        kb.press_until(Qt.Key.Key_Down, lambda: when.currentData() == "upcoming")  # type: ignore[attr-defined]
        kb.tab_to(lambda w: w.objectName() == "meetingsTable")
        kb.press(Qt.Key.Key_Home)
        kb.press(Qt.Key.Key_Down)
        kb.press(Qt.Key.Key_Up)  # the first upcoming meeting, chosen with the arrows
        meeting_id = tab.selected_meeting_id()  # type: ignore[attr-defined]
        assert meeting_id is not None

        kb.alt("r")  # the "Roll call" page of the meeting
        qtbot.waitUntil(lambda: tab.details.currentWidget() is tab.roll_call)  # type: ignore[attr-defined]
        combo = kb.tab_to(lambda w: w.objectName().startswith("attendance_") and w.isEnabled())
        member_id = int(combo.objectName().removeprefix("attendance_"))
        kb.press_until(Qt.Key.Key_Down, lambda: combo.currentData() == AttendanceStatus.PRESENT)  # type: ignore[attr-defined]

        kb.tab_to(lambda w: w.objectName() == "printAgendaButton")  # Tab on to "Print agenda"
        kb.press(Qt.Key.Key_Space)
        assert printed == [("agenda", {"meeting_id": meeting_id})]

    with read_only(main_window.ctx.db, main_window.ctx.actor) as session:
        call = meetings.roll_call(session, meeting_id)
    entry = next(e for e in call.entries if e.member_id == member_id)
    assert entry.status is AttendanceStatus.PRESENT


def test_create_an_issue_with_the_keyboard_only(qtbot, main_window: MainWindow) -> None:
    """Issues tab: Ctrl+N, type a title, Tab through the form to Save, and the issue is listed."""
    from PySide6.QtWidgets import QDialog

    title = "Streetlight out at <b>Elm & 5th</b>"  # typed text shows literally
    tab = main_window.tab("issuesTab")
    kb = Keyboard(qtbot, main_window)
    kb.activate()
    saved: list[str] = []

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        try:
            dialog.activateWindow()  # the window system gives a new dialog the focus (offscreen: asked)
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            kb.tab_to(lambda w: w.objectName() == "titleEdit")
            kb.type(title)
            # Tab on through every field (the "no due date" box too) to the Save button.
            kb.tab_to(lambda w: isinstance(w, QPushButton) and w.text().replace("&", "") == "Save")
            kb.press(Qt.Key.Key_Space)
            saved.append(title)
        finally:
            if dialog.isVisible():  # refused or stuck: close it so the test fails instead of hanging
                saved.append("still open")
                dialog.reject()

    with kb.no_mouse():
        kb.shortcut("Ctrl+2")
        kb.tab_to(lambda w: w.objectName() == "issuesTable")  # focus inside the tab, where Ctrl+N works
        kb.answer_dialog(fill_in)
        kb.shortcut(QKeySequence.StandardKey.New)
        qtbot.waitUntil(lambda: bool(kb.dialogs))
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        assert saved == [title]
        assert kb.dialogs == ["New issue"]

        # Ctrl+F, type part of the title: the new issue is the one row in the table.
        kb.activate()
        kb.shortcut(QKeySequence.StandardKey.Find)
        kb.type("Elm & 5th")
        model = tab.table.model()  # type: ignore[attr-defined]

        def listed() -> list[str]:
            column = next(
                c
                for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == "Title"
            )
            return [str(model.index(r, column).data()) for r in range(model.rowCount())]

        qtbot.waitUntil(lambda: listed() == [title], timeout=10000)
