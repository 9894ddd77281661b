"""Every tab's button row fits the window; buttons that do not fit move into "More ▾", keyboard reachable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from ui import language
from ui.app import build_main_window
from ui.common.button_bar import ButtonBar
from ui.main_window import MainWindow
from ui.members.tab import MembersTab

#: The offscreen platform cannot raise a popup menu or grab the keyboard for it; real ones do.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True
)


@pytest.fixture(params=["en", "es"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    language.apply_language(request.param)
    yield request.param
    QSettings().remove(language.SETTING)
    language.apply_language("en")


@pytest.fixture
def window(qtbot, demo_url: str, lang: str) -> Iterator[MainWindow]:
    win = build_main_window(demo_url)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _bars(window: MainWindow) -> list[ButtonBar]:
    return window.tabs.currentWidget().findChildren(ButtonBar)


def test_every_tabs_buttons_are_on_screen_or_in_more(window: MainWindow, lang: str) -> None:
    seen = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = window.tabs.tabText(index)
        for bar in _bars(window):
            if not bar.isVisible():
                continue  # e.g. the agenda's row with no meeting selected
            seen += 1
            assert bar.minimumSizeHint().width() <= 1366, f"{lang} {tab}: {bar.objectName()} needs more room"
            for button in bar.buttons():
                if button in bar.overflow():
                    continue
                assert button.isVisible(), f"{lang} {tab}: {button.objectName()} is neither shown nor in More"
                left = button.mapTo(window, button.rect().topLeft()).x()
                assert left >= 0 and left + button.width() <= window.width(), (
                    f"{lang} {tab}: {button.text()!r} is off the window"  # type: ignore[attr-defined]
                )
    assert seen >= 4  # members, issues, meetings, community (and the agenda's, when shown)


def test_on_a_narrow_window_the_last_buttons_move_into_more_and_come_back(
    qtbot, window: MainWindow, lang: str
) -> None:
    members = window.tab("membersTab")
    assert isinstance(members, MembersTab)
    window.tabs.setCurrentWidget(members)
    bar = members.findChild(ButtonBar, "memberButtons")
    assert bar is not None
    window.resize(900, 700)
    qtbot.waitUntil(lambda: bar.more.isVisible())
    hidden = bar.overflow()
    assert members.print_button in hidden and members.add_button not in hidden  # the first ones stay
    assert all(not b.isVisible() for b in hidden)
    assert bar.more.geometry().right() <= bar.width()
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: not bar.more.isVisible())
    assert bar.overflow() == [] and members.print_button.isVisible()


def test_more_opens_from_the_keyboard_and_runs_the_hidden_button(
    qtbot, window: MainWindow, lang: str
) -> None:
    members = window.tab("membersTab")
    assert isinstance(members, MembersTab)
    window.tabs.setCurrentWidget(members)
    bar = members.findChild(ButtonBar, "memberButtons")
    assert bar is not None
    window.resize(900, 700)
    qtbot.waitUntil(lambda: bar.more.isVisible())
    members.delete_button.setEnabled(False)
    seen: list[tuple[str, bool]] = []

    def in_the_menu() -> None:
        menu = bar.findChild(QMenu, "memberButtonsMenu")
        assert menu is not None and menu.isVisible()
        seen.extend((a.text(), a.isEnabled()) for a in menu.actions())
        qtbot.keyClick(menu, Qt.Key.Key_Up)  # from the top, Up goes to the last item: Print roster
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    bar.more.setFocus()
    assert bar.more.hasFocus(), "More is in the Tab order"
    QTimer.singleShot(0, in_the_menu)
    with qtbot.waitSignal(members.print_request, timeout=5000) as printed:
        qtbot.keyClick(bar.more, Qt.Key.Key_Space)
    assert printed.args == ["roster", {"public": True}]
    assert seen == [(b.text(), b.isEnabled()) for b in bar.overflow()]
    if members.delete_button in bar.overflow():
        assert (members.delete_button.text(), False) in seen  # greyed in the menu as on the button
