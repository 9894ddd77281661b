"""The start: the window shows before the database is open, then fills in; tabs are built when shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget
from sqlalchemy import select

from advisoryboard.opening import open_database
from advisoryboard.services import auth
from advisoryboard.services.backup import automatic_backup
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.settings import mark_initialized
from database.enums import Role
from database.models import Member
from ui.app import Opening, build_main_window, database_label
from ui.main_window import MainWindow
from ui.tabbase import BoardTab
from ui.tabpages import Placeholder

TAB_NAMES = [
    "membersTab",
    "issuesTab",
    "meetingsTab",
    "chartsTab",
    "safetyTab",
    "communityTab",
    "surveysTab",
]


def _shell(qtbot, url: str) -> MainWindow:
    window = MainWindow(opening=database_label(url))
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shows_no_board(window: MainWindow) -> None:
    """The shell: the four tab names, nothing of the board."""
    assert [window.tabs.widget(i).objectName() for i in range(len(TAB_NAMES))] == TAB_NAMES
    assert all(isinstance(window.tabs.widget(i), Placeholder) for i in range(len(TAB_NAMES)))
    assert window.findChildren(BoardTab) == []
    assert window.findChildren(QAbstractItemView) == [], "no table or list of board data"
    assert window.findChild(QLabel, "databaseLabel").text() == ""
    assert not window.print_action.isEnabled() and not window.backup_action.isEnabled()


def _answer_modal(answer: Callable[[QWidget], None], seen: list[str]) -> None:
    """Answer the next modal dialog from inside its own event loop (it blocks the caller)."""

    def reply() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, reply)
            return
        seen.append(dialog.objectName() or dialog.windowTitle())
        answer(dialog)

    QTimer.singleShot(0, reply)


def _first_start_answered(url: str) -> None:
    """As after the first start in single-user mode: the app opens without asking anything."""
    db = open_database(url)
    with transaction(db) as s:
        mark_initialized(s)
    db.dispose()


def test_the_window_shows_before_the_database_opens_then_fills_in(qtbot, demo_url: str) -> None:
    _first_start_answered(demo_url)
    window = _shell(qtbot, demo_url)
    _shows_no_board(window)
    assert window.windowTitle().startswith("Advisory Board")
    assert window.statusBar().currentMessage() == f"Opening {demo_url.removeprefix('sqlite:///')}…"
    opening = Opening(window, demo_url)
    with qtbot.waitSignal(window.ready, timeout=30000):
        opening.start_after_paint()
    qtbot.waitUntil(lambda: window.findChild(QLabel, "databaseLabel").text() != "")
    assert demo_url.removeprefix("sqlite:///") in window.findChild(QLabel, "databaseLabel").text()
    assert window.statusBar().currentMessage() == ""
    members = window.tabs.currentWidget()
    assert members.objectName() == "membersTab" and isinstance(members, BoardTab)
    with read_only(window.ctx.db) as s:
        names = set(s.scalars(select(Member.name)))
    assert members.model.rowCount() > 0  # type: ignore[attr-defined]
    assert members.model.index(0, 0).data() in names  # type: ignore[attr-defined]
    assert window.print_action.isEnabled() and opening.exit_code == 0
    window.close()


def test_only_the_shown_tab_is_built_the_others_when_shown_or_navigated_to(qtbot, demo_url: str) -> None:
    QSettings().setValue("mainWindow/tab", 0)  # the window opens on the Members tab
    main_window = build_main_window(demo_url)
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    built = [t.objectName() for t in main_window.findChildren(BoardTab)]
    assert built == ["membersTab"]
    assert isinstance(main_window.tabs.widget(2), Placeholder)
    # Ctrl+3 builds the Meetings tab, keeping its place, title and shortcut hint.
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    meetings = main_window.tabs.currentWidget()
    assert isinstance(meetings, BoardTab) and meetings.objectName() == "meetingsTab"
    assert main_window.tabs.indexOf(meetings) == 2
    assert main_window.tabs.tabText(2).replace("&&", "&") == "Meetings & Minutes"
    assert main_window.tabs.tabToolTip(2) == "Ctrl+3"
    # A click on the tab bar builds the Issues tab.
    bar = main_window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert main_window.tabs.currentWidget().objectName() == "issuesTab"
    assert isinstance(main_window.tabs.currentWidget(), BoardTab)
    # Navigation from a tab to one not built yet builds it and hands it the request.
    assert isinstance(main_window.tabs.widget(3), Placeholder)
    main_window.navigate("chartsTab", None)
    assert main_window.tabs.currentWidget() is main_window.tab("chartsTab")
    assert main_window.tabs.count() == len(TAB_NAMES)
    assert [t.objectName() for t in main_window.board_tabs()] == TAB_NAMES
    qtbot.waitUntil(lambda: not main_window.findChildren(Placeholder))  # deleted once replaced
    main_window.close()


def test_board_tabs_builds_every_tab_and_switching_database_rebuilds_lazily(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from advisoryboard.permissions import OFFICE
    from ui.main_window import FirstRunQuestion
    from ui.safety.login import FirstStartDialog

    monkeypatch.setattr(FirstRunQuestion, "ask", classmethod(lambda cls, parent: False))
    monkeypatch.setattr(FirstStartDialog, "ask", classmethod(lambda cls, db, parent=None: OFFICE))
    tabs = main_window.board_tabs()
    assert [t.objectName() for t in tabs] == TAB_NAMES
    current = main_window.tabs.currentIndex()
    assert main_window.switch_database(f"sqlite:///{tmp_path / 'other.db'}")
    assert main_window.tabs.currentIndex() == current
    assert isinstance(main_window.tabs.currentWidget(), BoardTab)
    assert main_window.tabs.currentWidget() not in tabs, "the current tab is rebuilt on the new database"
    others = [main_window.tabs.widget(i) for i in range(len(TAB_NAMES)) if i != current]
    assert all(isinstance(page, Placeholder) for page in others)


def test_a_database_that_cannot_be_opened_still_gets_its_message(qtbot, tmp_path: Path) -> None:
    bogus = tmp_path / "minutes.docx"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    url = f"sqlite:///{bogus}"
    window = _shell(qtbot, url)
    opening = Opening(window, url)
    texts: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.parent() is window
        texts.append(box.text())
        box.accept()

    _answer_modal(read_and_close, [])
    opening.start_after_paint()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert len(texts) == 1 and "is not an Advisory Board database" in texts[0]
    assert opening.exit_code == 1
    assert window.findChildren(BoardTab) == []
    assert bogus.read_bytes() == b"PK\x03\x04 not a database", "the file is left as it was"


def test_a_damaged_file_offers_the_newest_backup_over_the_window(qtbot, tmp_path: Path, monkeypatch) -> None:
    from ui.safety.restore import NewestBackupOffer

    path = tmp_path / "board.db"
    url = f"sqlite:///{path}"
    db = open_database(url)
    with transaction(db) as s:
        s.add(Member(name="Ana García"))
        mark_initialized(s)
    automatic_backup(db)
    db.dispose()
    path.write_bytes(b"this is not a database" * 100)
    window = _shell(qtbot, url)
    offered: list[object] = []
    monkeypatch.setattr(
        NewestBackupOffer,
        "ask",
        classmethod(lambda cls, parent, message, newest: offered.append(parent) or True),
    )
    opening = Opening(window, url)
    with qtbot.waitSignal(window.ready, timeout=30000):
        opening.start_after_paint()
    assert offered == [window], "asked over the main window"
    members = window.tab("membersTab")
    assert members.model.rowCount() == 1  # type: ignore[attr-defined]
    window.close()


def _board_with_accounts(url: str) -> None:
    db = open_database(url)
    auth.create_first_admin(db, "mei", "Mei Chen", "mei-password-1")
    with transaction(db) as s:
        s.add(Member(name="<b>Ana & José</b>"))
    db.dispose()


def test_sign_in_comes_over_an_empty_window_and_then_shows_the_board(qtbot, sqlite_url: str) -> None:
    _board_with_accounts(sqlite_url)
    window = _shell(qtbot, sqlite_url)
    seen: list[str] = []

    def sign_in(dialog: QWidget) -> None:
        assert dialog.parent() is window
        _shows_no_board(window)  # nothing of the board while the sign-in is asked
        dialog.username.setText("mei")  # type: ignore[attr-defined]
        dialog.password.setText("mei-password-1")  # type: ignore[attr-defined]
        dialog.sign_in()  # type: ignore[attr-defined]

    _answer_modal(sign_in, seen)
    with qtbot.waitSignal(window.ready, timeout=30000):
        Opening(window, sqlite_url).start_after_paint()
    assert seen == ["loginDialog"]
    assert (window.ctx.actor.username, window.ctx.actor.role) == ("mei", Role.ADMIN)
    members = window.tabs.currentWidget()
    assert members.objectName() == "membersTab"
    assert members.model.index(0, 0).data() == "<b>Ana & José</b>"  # type: ignore[attr-defined]
    window.close()


def test_cancelling_the_sign_in_quits_without_showing_the_board(qtbot, sqlite_url: str) -> None:
    _board_with_accounts(sqlite_url)
    window = _shell(qtbot, sqlite_url)
    seen: list[str] = []

    def cancel(dialog: QWidget) -> None:
        _shows_no_board(window)
        dialog.reject()  # type: ignore[attr-defined]

    _answer_modal(cancel, seen)
    opening = Opening(window, sqlite_url)
    opening.start_after_paint()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert seen == ["loginDialog"] and opening.exit_code == 0
    assert window.ctx is None and window.findChildren(BoardTab) == []
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_build_main_window_accepts_an_open_database(qtbot, demo_url: str) -> None:
    db = open_database(demo_url)
    window = build_main_window(None, db=db)
    qtbot.addWidget(window)
    assert window.ctx.db is db
    assert isinstance(window.tabs.currentWidget(), BoardTab)
    window.close()
