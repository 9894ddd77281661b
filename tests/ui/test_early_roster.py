"""The roster's first page painted at start, read with plain sqlite3 before the data layer loads.

What the user sees first must be what the real Members tab then shows: the same rows, cells,
words, language and order; and it must not show where the data layer has something to ask
or do first (accounts, a first start, an older schema) or where it is not an SQLite file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from advisoryboard.cli import desktop_only
from advisoryboard.early_roster import read_early_roster, sqlite_file
from advisoryboard.opening import open_database
from advisoryboard.services import auth
from advisoryboard.services.base import transaction
from advisoryboard.services.settings import mark_initialized
from database.revision import KNOWN_REVISIONS, SCHEMA_HEAD
from ui import language
from ui.app import SMOKE_EXIT_ENV, Opening, database_label, show_early_roster
from ui.main_window import MainWindow
from ui.members.early_page import EarlyMembersPage, EarlyRosterModel
from ui.tabbase import BoardTab
from ui.tabpages import Placeholder


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    QSettings().remove(language.SETTING)
    language.apply_language("en")


def _answered(url: str) -> str:
    """As after the first start in single-user mode: the app opens without asking anything."""
    db = open_database(url)
    with transaction(db) as s:
        mark_initialized(s)
    db.dispose()
    return url


def _path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def _shell(qtbot, url: str) -> MainWindow:
    window = MainWindow(opening=database_label(url))
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    return window


def _cells(view: QTableView) -> list[list[object]]:
    """Every cell as a user meets it: text, tooltip, alignment; the header first."""
    model = view.model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole)
    rows = [
        [tuple(model.index(r, c).data(role) for role in roles) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return [header, *rows]


def _place(window: MainWindow, view: QTableView) -> tuple[QPoint, QSize, list[int]]:
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    return view.mapTo(window, QPoint(0, 0)), view.size(), widths


def _sort(view: QTableView) -> tuple[int, Qt.SortOrder]:
    header = view.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


@pytest.mark.parametrize(("code", "first_header"), [("en", "Name"), ("es", "Nombre")])
def test_the_early_page_shows_what_the_real_members_tab_then_shows(
    qtbot, demo_url: str, us_english: None, code: str, first_header: str
) -> None:
    _answered(demo_url)
    QSettings().remove("columns/members")  # a first start: no widths saved by earlier tests
    language.apply_language(code)
    window = _shell(qtbot, demo_url)
    assert show_early_roster(window, demo_url)
    window.show()
    qtbot.waitExposed(window)
    early = window.findChild(QTableView, "membersTable")
    assert early is not None
    assert isinstance(early.model(), EarlyRosterModel) and early.isVisible()
    assert isinstance(window.tabs.currentWidget(), Placeholder)
    early_cells = _cells(early)
    assert early_cells[0][0] == first_header
    assert len(early_cells) > 10, "the demo board's active members"
    early_count = window.findChild(QLabel, "membersCount").text()
    early_sort = _sort(early)
    early_place = _place(window, early)
    # read-only until the real tab replaces it: nothing to select, sort or edit
    assert early.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    assert not early.isSortingEnabled() and not early.horizontalHeader().sectionsClickable()
    assert early.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers

    with qtbot.waitSignal(window.ready, timeout=30000):
        Opening(window, demo_url).start_after_paint()
    members = window.tabs.currentWidget()
    assert isinstance(members, BoardTab) and members.objectName() == "membersTab"
    real = members.table  # type: ignore[attr-defined]
    assert real.model().rowCount() == len(early_cells) - 1
    assert _cells(real) == early_cells
    assert members.count_label.text() == early_count  # type: ignore[attr-defined]
    assert _place(window, real) == early_place, "the table does not move when the real tab comes"
    assert _sort(real) == early_sort == (0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: window.findChildren(EarlyMembersPage) == [])
    assert window.findChildren(QTableView, "membersTable") == [real]
    window.close()


def _no_early_page(qtbot, url: str) -> None:
    window = _shell(qtbot, url)
    assert not show_early_roster(window, url)
    assert window.findChildren(QAbstractItemView) == [] and window.findChildren(EarlyMembersPage) == []


def test_no_early_page_where_accounts_need_a_sign_in(qtbot, demo_url: str) -> None:
    _answered(demo_url)
    db = open_database(demo_url)
    auth.create_first_admin(db, "mei", "Mei Chen", "mei-password-1")
    db.dispose()
    assert read_early_roster(demo_url) is None
    _no_early_page(qtbot, demo_url)


def test_no_early_page_for_an_older_schema_or_before_the_first_start(qtbot, demo_url: str) -> None:
    _answered(demo_url)
    assert read_early_roster(demo_url) is not None
    older = KNOWN_REVISIONS[KNOWN_REVISIONS.index(SCHEMA_HEAD) - 1]
    with sqlite3.connect(_path(demo_url)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (older,))
    conn.close()
    assert read_early_roster(demo_url) is None  # the data layer migrates it first
    _no_early_page(qtbot, demo_url)
    with sqlite3.connect(_path(demo_url)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_HEAD,))
        conn.execute("UPDATE board_settings SET initialized_at = NULL")
    conn.close()
    assert read_early_roster(demo_url) is None  # the first-start question comes first
    _no_early_page(qtbot, demo_url)


def test_no_early_page_for_a_server_an_empty_board_or_another_sort(
    qtbot, demo_url: str, sqlite_url: str, tmp_path: Path
) -> None:
    assert sqlite_file("postgresql://board@localhost/board") is None
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("board.db") == Path("board.db").resolve()
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a database")
    assert read_early_roster(str(foreign)) is None
    _answered(sqlite_url)  # a new board, set up, no members yet
    assert read_early_roster(sqlite_url) is None
    _answered(demo_url)
    window = _shell(qtbot, demo_url)
    window.tabs.setCurrentIndex(1)  # the app reopens on the Issues tab
    assert not show_early_roster(window, demo_url)
    assert window.findChildren(EarlyMembersPage) == []
    # The user last sorted the roster by district: the real tab comes up in that order.
    window = _shell(qtbot, demo_url)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(EarlyRosterModel(read_early_roster(demo_url)))  # type: ignore[arg-type]
    table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
    QSettings().setValue("columns/members", table.horizontalHeader().saveState())
    try:
        assert not show_early_roster(window, demo_url)
        assert window.findChildren(QAbstractItemView) == []
    finally:
        QSettings().remove("columns/members")


def test_the_advisoryboard_command_opens_the_desktop_app_on_its_db(demo_url: str, tmp_path: Path) -> None:
    assert desktop_only([]) == (True, None)
    assert desktop_only(["--db", "board.db"]) == (True, "board.db")
    assert desktop_only(["--db=board.db"]) == (True, "board.db")
    for other in (["--db"], ["--help"], ["--version"], ["--user", "mei"], ["info"], ["--db", "b.db", "info"]):
        assert desktop_only(other)[0] is False, other  # the full parser: help, errors, commands
    _answered(demo_url)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env[SMOKE_EXIT_ENV] = "1"
    env.pop("ADVISORYBOARD_DB", None)
    path = str(_path(demo_url))
    for args in (["--db", path], [f"--db={path}"]):
        done = subprocess.run(
            [sys.executable, "-m", "advisoryboard", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        report = json.loads([line for line in done.stdout.splitlines() if line.startswith("{")][-1])
        assert report["database"] == path and report["tabs"][0] == "Members"


def test_after_a_day_of_use_the_early_page_stays_read_only_and_the_real_tab_sortable(
    qtbot, demo_url: str, us_english: None
) -> None:
    """The widths the secretary set on the real tab are saved with its (clickable) header: the
    early page takes the widths, not the clicks, and never saves its own header over them."""
    _answered(demo_url)
    key = "columns/members"
    QSettings().remove(key)
    try:
        first = _shell(qtbot, demo_url)
        first.show()
        qtbot.waitExposed(first)
        with qtbot.waitSignal(first.ready, timeout=30000):
            Opening(first, demo_url).start_after_paint()
        real = first.tabs.currentWidget().table  # type: ignore[attr-defined]
        assert real.horizontalHeader().sectionsClickable()
        real.horizontalHeader().resizeSection(0, 260)  # the secretary widens Name
        saved = QSettings().value(key)
        assert saved is not None and not saved.isEmpty()
        first.close()

        window = _shell(qtbot, demo_url)  # the next morning
        assert show_early_roster(window, demo_url)
        window.show()
        qtbot.waitExposed(window)
        early = window.findChild(QTableView, "membersTable")
        assert isinstance(early, QTableView) and isinstance(early.model(), EarlyRosterModel)
        assert early.horizontalHeader().sectionSize(0) == 260, "the widths the secretary set"
        assert not early.horizontalHeader().sectionsClickable()
        early.horizontalHeader().resizeSection(1, 90)
        assert QSettings().value(key) == saved, "the early page saves nothing"
        with qtbot.waitSignal(window.ready, timeout=30000):
            Opening(window, demo_url).start_after_paint()
        members = window.tabs.currentWidget()
        table = members.table  # type: ignore[attr-defined]
        assert table.isSortingEnabled() and table.horizontalHeader().sectionsClickable()
        window.close()
    finally:
        QSettings().remove(key)
