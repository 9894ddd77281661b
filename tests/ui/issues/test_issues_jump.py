"""The Issues table after a scrollbar jump: the rows say "Loading…" at once, their page is
read in the background, and nothing a reload replaced meanwhile is ever shown."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QComboBox

from advisoryboard.services import issue_listing
from advisoryboard.services.base import read_only
from advisoryboard.services.issue_filter import IssueFilter
from advisoryboard.services.issue_rows import IssueRow
from ui.issues import model as model_module
from ui.issues.model import COLUMNS, PAGE
from ui.issues.tab import IssuesTab
from ui.main_window import MainWindow

TITLE = [k for k, _ in COLUMNS].index("title")
REFERENCE = [k for k, _ in COLUMNS].index("reference")


@pytest.fixture
def tab(main_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> IssuesTab:
    # The demo board is small: read it as 100 000 issues are read, every page away from a
    # row read before being a jump (an OFFSET read).
    monkeypatch.setattr(issue_listing, "SMALL", 0)
    monkeypatch.setattr(issue_listing, "CHEAP_SKIP", 0)
    tab = main_window.tab("issuesTab")
    assert isinstance(tab, IssuesTab)
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() > 0, timeout=20000)
    return tab


def _show(qtbot: Any, tab: IssuesTab, status: str) -> None:
    combo = tab.findChild(QComboBox, "statusFilter")
    assert combo is not None
    with qtbot.waitSignal(tab.model.count_changed, timeout=20000):
        combo.setCurrentIndex(combo.findData(status))


def _rows(tab: IssuesTab, status: str) -> list[IssueRow]:
    """Every row of the listing as the services read it, in the table's order."""
    model = tab.model
    with read_only(tab.ctx.db) as s:
        flt = IssueFilter(status=status)
        listing = issue_listing.open_listing(
            s, flt, sort=model.sort_key, descending=model.descending, today=model.today
        )
        return issue_listing.listing_page(s, listing, 0, listing.total)


def _in_view(tab: IssuesTab) -> range:
    first = tab.table.rowAt(0)
    last = tab.table.rowAt(tab.table.viewport().height() - 1)
    return range(first, (last if last >= 0 else tab.model.rowCount() - 1) + 1)


def _jump(tab: IssuesTab, fraction: float) -> range:
    """Move the scrollbar as a drag does, and paint what it shows now."""
    QApplication.processEvents()  # the scrollbar's range follows the rows
    bar = tab.table.verticalScrollBar()
    bar.setValue(int(bar.maximum() * fraction))
    tab.table.viewport().repaint()
    QApplication.processEvents()  # the page reads the paint asked for start
    return _in_view(tab)


def _recording(monkeypatch: pytest.MonkeyPatch, before: Callable[[int], None] = lambda _o: None) -> list[Any]:
    """Record (offset, thread) of every page the model reads; `before(offset)` runs first."""
    reads: list[Any] = []
    read = issue_listing.listing_page

    def recorded(session: Any, listing: Any, offset: int, limit: int) -> list[IssueRow]:
        reads.append((offset, threading.current_thread()))
        before(offset)
        return read(session, listing, offset, limit)

    monkeypatch.setattr(model_module, "listing_page", recorded)
    return reads


def _held(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """Hold every page read after the first page until `release` (a busy server)."""
    release, started = threading.Event(), threading.Event()

    def hold(offset: int) -> None:
        if offset and not release.is_set():
            started.set()
            assert release.wait(10)

    _recording(monkeypatch, hold)
    return release, started


def test_a_jump_far_down_says_loading_then_shows_the_right_rows_read_off_the_gui_thread(
    tab: IssuesTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _show(qtbot, tab, "all")
    expected = _rows(tab, "all")
    reads = _recording(monkeypatch)
    shown = _jump(tab, 0.6)
    assert shown.start > 3 * PAGE
    model = tab.model
    assert [model.index(r, TITLE).data() for r in shown] == ["Loading…"] * len(shown)
    assert {model.index(r, REFERENCE).data() for r in shown} == {None}
    qtbot.waitUntil(lambda: not any(model.is_loading(r) for r in shown), timeout=20000)
    for r in shown:
        assert str(model.index(r, REFERENCE).data()).endswith(expected[r].reference)
        assert model.issue_id(r) == expected[r].id
    pages = {r // PAGE * PAGE for r in shown}
    assert {offset for offset, _ in reads} == pages
    assert all(thread is not threading.main_thread() for _, thread in reads)


def test_a_filter_change_during_a_read_never_shows_the_rows_it_replaced(
    tab: IssuesTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _show(qtbot, tab, "all")
    every = _rows(tab, "all")
    release, started = _held(monkeypatch)  # the jump's read waits, as on a busy server
    shown = _jump(tab, 0.5)
    qtbot.waitUntil(started.is_set, timeout=20000)
    filled: list[tuple[int, int]] = []
    tab.model.dataChanged.connect(lambda top, bottom: filled.append((top.row(), bottom.row())))

    _show(qtbot, tab, "closed")  # while the read of all issues is still running
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()  # what the old read would have delivered
    closed = _rows(tab, "closed")
    model = tab.model
    assert model.rowCount() == len(closed) < len(every)
    shown = _in_view(tab)
    qtbot.waitUntil(lambda: not any(model.is_loading(r) for r in shown), timeout=20000)
    for r in shown:
        assert model.issue_id(r) == closed[r].id
    for number, page in model.pages.items():  # nothing of all issues is held, in view or not
        assert [row.id for row in page] == [row.id for row in closed[number * PAGE : number * PAGE + PAGE]]
    assert all(top % PAGE == 0 for top, _ in filled)  # only the closed listing's pages came


def test_while_the_scrollbar_is_dragged_only_the_pages_in_view_are_read(
    tab: IssuesTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _show(qtbot, tab, "all")
    expected = _rows(tab, "all")
    release, started = threading.Event(), threading.Event()

    def hold(_offset: int) -> None:
        if not release.is_set():
            started.set()
            assert release.wait(10)

    reads = _recording(monkeypatch, hold)
    first = _jump(tab, 0.2)
    qtbot.waitUntil(started.is_set, timeout=20000)
    passed = set()
    for fraction in (0.35, 0.5, 0.65):  # the drag goes on while the first read runs
        rows = _jump(tab, fraction)
        assert tab.model.index(rows.start, TITLE).data() == "Loading…"
        passed |= {r // PAGE * PAGE for r in rows}
    last = _jump(tab, 0.8)
    release.set()
    model = tab.model
    qtbot.waitUntil(lambda: not any(model.is_loading(r) for r in last), timeout=20000)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    read = [offset for offset, _ in reads]
    at_first, at_last = {r // PAGE * PAGE for r in first}, {r // PAGE * PAGE for r in last}
    assert set(read) == at_first | at_last  # the places passed are not read
    assert not passed & set(read) - at_last
    for r in last:
        assert model.issue_id(r) == expected[r].id


def test_a_change_notice_during_a_read_shows_the_rows_as_saved(
    tab: IssuesTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from advisoryboard.services.base import transaction
    from database.models import Issue

    _show(qtbot, tab, "all")
    release, started = _held(monkeypatch)
    shown = _jump(tab, 0.4)
    qtbot.waitUntil(started.is_set, timeout=20000)
    row = shown.start + 1
    issue_id = _rows(tab, "all")[row].id
    with transaction(tab.ctx.db) as s:  # saved in another window while the page is read
        issue = s.get(Issue, issue_id)
        assert issue is not None
        issue.title = "Streetlight out, renamed elsewhere"
    with qtbot.waitSignal(tab.model.count_changed, timeout=20000):
        tab.on_changed(frozenset({"issues"}))  # its change notice
    release.set()
    qtbot.waitUntil(lambda: not tab.model.is_loading(row), timeout=20000)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    assert tab.model.issue_id(row) == issue_id
    assert tab.model.index(row, TITLE).data() == "Streetlight out, renamed elsewhere"


def test_a_row_selected_while_it_says_loading_opens_its_issue_when_it_comes(
    tab: IssuesTab, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _show(qtbot, tab, "all")
    expected = _rows(tab, "all")
    release, started = _held(monkeypatch)
    shown = _jump(tab, 0.7)
    qtbot.waitUntil(started.is_set, timeout=20000)
    row = shown.start + 2
    tab.table.selectRow(row)
    assert tab.model.index(row, TITLE).data() == "Loading…"
    assert tab.detail.shown_id != expected[row].id
    release.set()
    qtbot.waitUntil(lambda: tab.detail.shown_id == expected[row].id, timeout=20000)
    assert [i.row() for i in tab.table.selectionModel().selectedRows()] == [row]
