"""Drive the app with the keyboard only, as a user without a mouse would.

Every input goes through QTest key events to the widget that has the focus (or the open
menu, or the modal dialog); `Keyboard.no_mouse()` fails the test if any mouse event
reaches a widget meanwhile. Modal dialogs that block in exec() are answered with a
handler queued before the key that opens them (`answer_dialog`).

    kb = Keyboard(qtbot, window)
    with kb.no_mouse():
        kb.shortcut("Ctrl+2")                 # Issues tab
        kb.alt("f")                           # File menu
        kb.press(Qt.Key.Key_Escape)
        kb.tab_to(lambda w: w.objectName() == "searchEdit")
        kb.type("graffiti")
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}  # fmt: skip


class _MouseWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type().name} on {watched.objectName() or type(watched).__name__}")
        return False


class Keyboard:
    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window
        self.dialogs: list[str] = []  # titles of the modal dialogs answered

    # ------------------------------------------------------------------ where keys go
    def target(self) -> QWidget:
        """The open menu, else the modal dialog, else the focused widget, else the window."""
        for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
            if widget is not None:
                return (widget.focusWidget() or widget) if isinstance(widget, QDialog) else widget
        return QApplication.focusWidget() or self.window

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()

    # ------------------------------------------------------------------ keys
    def activate(self) -> None:
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.target(), key, modifiers)

    def press_until(self, key: Qt.Key, done: Callable[[], bool], limit: int = 20) -> None:
        """Press `key` until `done()` holds (fails after `limit` presses instead of looping forever)."""
        for _ in range(limit):
            if done():
                return
            self.press(key)
        assert done(), f"{key.name} pressed {limit} times without reaching the wanted state"

    def type(self, text: str) -> None:
        QTest.keyClicks(self.target(), text)

    def shortcut(self, sequence: str | QKeySequence.StandardKey) -> None:
        """Press a key combination: 'Ctrl+2', or a standard key such as QKeySequence.StandardKey.Print."""
        keys = QKeySequence(sequence) if isinstance(sequence, str) else QKeySequence.keyBindings(sequence)[0]
        combo = keys[0]
        QTest.keyClick(self.target(), combo.key(), combo.keyboardModifiers())

    def alt(self, letter: str) -> None:
        """Alt+letter: open a menu of the menu bar by its underlined letter."""
        QTest.keyClick(self.target(), Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)

    def open_menu(self, letter: str) -> QMenu:
        self.alt(letter)
        self.qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        return menu

    def tab_to(self, wanted: Callable[[QWidget], bool], limit: int = 200, backwards: bool = False) -> QWidget:
        """Press Tab (Shift+Tab) until the focused widget (or one of its parents) is `wanted`."""
        key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
        for _ in range(limit):
            node = self.focused()
            while node is not None:
                if wanted(node):
                    return node
                node = node.parentWidget()
            self.press(key)
        raise AssertionError(f"Tab never reached the wanted widget in {limit} presses")

    # ------------------------------------------------------------------ modal dialogs
    def answer_dialog(self, answer: Callable[[QWidget], None] | None = None, timeout_ms: int = 5000) -> None:
        """Queue a reply to the next modal dialog (default: read its title, press Escape).

        Gives up after `timeout_ms` (the test then fails on what the dialog should have done).
        """
        attempts = [timeout_ms // 10]

        def reply() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                attempts[0] -= 1
                if attempts[0] > 0:
                    QTimer.singleShot(10, reply)
                return
            self.dialogs.append(dialog.windowTitle())
            if answer is not None:
                answer(dialog)
            else:
                QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

        QTimer.singleShot(0, reply)

    # ------------------------------------------------------------------ proof
    @contextlib.contextmanager
    def no_mouse(self) -> Iterator[None]:
        """Fail if any mouse event is delivered while the block runs."""
        watch = _MouseWatch()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(watch)
        try:
            yield
        finally:
            app.removeEventFilter(watch)
        assert not watch.seen, f"mouse events during a keyboard-only walkthrough: {watch.seen}"
