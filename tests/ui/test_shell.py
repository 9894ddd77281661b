"""The main window: four tabs, menus, status bar, geometry, first start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QLabel, QMessageBox

from advisoryboard.demo import has_data
from ui.app import build_main_window
from ui.main_window import FirstRunQuestion, MainWindow


def test_main_window_shows_the_four_tabs(main_window: MainWindow) -> None:
    names = [main_window.tabs.widget(i).objectName() for i in range(main_window.tabs.count())]
    assert names == [
        "membersTab",
        "issuesTab",
        "meetingsTab",
        "chartsTab",
        "safetyTab",
        "communityTab",
        "surveysTab",
    ]
    assert main_window.objectName() == "mainWindow"
    titles = [main_window.tabs.tabText(i).replace("&&", "&") for i in range(7)]
    assert titles == ["Members", "Issues", "Meetings & Minutes", "Charts", "Safety", "Community", "Surveys"]


def test_menus_offer_the_file_and_help_actions(main_window: MainWindow) -> None:
    file_actions = [a.text() for a in main_window.file_menu.actions() if not a.isSeparator()]
    assert file_actions == [
        "&New database…",
        "&Open database…",
        "Connect to a &shared server…",
        "&Backup…",
        "&Restore…",
        "Publish &website…",
        "&Print…",
        "&Quit",
    ]
    assert [a.text() for a in main_window.help_menu.actions()] == ["&About Advisory Board"]


def test_status_bar_names_the_open_database(main_window: MainWindow, demo_url: str) -> None:
    label = main_window.findChild(QLabel, "databaseLabel")
    assert label is not None
    assert demo_url.removeprefix("sqlite:///") in label.text()


def test_ctrl_number_switches_tabs(main_window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt

    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentWidget().objectName() == "meetingsTab"
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentWidget().objectName() == "membersTab"


def test_window_geometry_is_kept_between_sessions(qtbot, demo_url: str) -> None:
    first = build_main_window(demo_url)
    qtbot.addWidget(first)
    first.show()
    first.tabs.setCurrentIndex(2)  # builds the Meetings tab (tabs are built when first shown)
    first.resize(QSize(700, 520))  # fits the offscreen screen (restoreGeometry keeps windows on screen)
    size = first.size()
    first.close()
    assert QSettings().value("mainWindow/geometry") is not None
    second = build_main_window(demo_url)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.tabs.currentIndex() == 2
    second.close()


def test_first_start_offers_demo_data_and_loads_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(FirstRunQuestion, "ask", classmethod(lambda cls, parent: asked.append(True) or True))
    window = build_main_window(f"sqlite:///{tmp_path / 'new.db'}")
    qtbot.addWidget(window)
    window.show()
    assert not has_data(window.ctx.db)
    window.offer_demo_if_new()
    assert asked == [True]
    qtbot.waitUntil(
        lambda: has_data(window.ctx.db) and "Demo data loaded" in window.statusBar().currentMessage(),
        timeout=60000,
    )
    window.close()


def test_declining_demo_data_leaves_the_database_empty(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(FirstRunQuestion, "ask", classmethod(lambda cls, parent: False))
    window = build_main_window(f"sqlite:///{tmp_path / 'new.db'}")
    qtbot.addWidget(window)
    window.offer_demo_if_new()
    assert not has_data(window.ctx.db)
    window.close()


def test_opening_a_file_that_is_not_a_database_keeps_the_current_one(
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,
) -> None:
    bogus = tmp_path / "minutes.docx"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    current = main_window.ctx.db.url
    assert main_window.switch_database(f"sqlite:///{bogus}") is False
    box = main_window.findChild(QMessageBox, "userErrorBox")
    assert box is not None and "not an Advisory Board database" in box.text()
    box.close()
    assert main_window.ctx.db.url == current
    assert bogus.read_bytes() == b"PK\x03\x04 not a database"
