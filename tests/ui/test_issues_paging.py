"""The Issues table reads pages as it is scrolled: the end of the list, the selection
across a sort change, and the model tester on a sort read segment by segment."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import text

from advisoryboard.services import issue_listing
from advisoryboard.services.base import read_only
from advisoryboard.services.issue_search import IssueFilter
from ui.issues.model import COLUMNS, MAX_PAGES, PAGE, IssuesTableModel
from ui.issues.tab import IssuesTab
from ui.main_window import MainWindow

TITLE = [k for k, _ in COLUMNS].index("title")
REFERENCE = [k for k, _ in COLUMNS].index("reference")


@pytest.fixture
def tab(main_window: MainWindow, qtbot) -> IssuesTab:  # type: ignore[no-untyped-def]
    tab = main_window.findChild(IssuesTab, "issuesTab")
    assert tab is not None
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() > 0, timeout=20000)
    return tab


def _sql(tab: IssuesTab, query: str) -> list[tuple[object, ...]]:
    with read_only(tab.ctx.db) as s:
        return [tuple(r) for r in s.execute(text(query))]


@pytest.mark.parametrize("small", [True, False], ids=["one-query", "segments"])
def test_scrolling_to_the_end_shows_the_last_issue(tab: IssuesTab, qtbot, monkeypatch, small: bool) -> None:  # type: ignore[no-untyped-def]
    if not small:  # the demo board is small: make the model read it as a big one would be read
        monkeypatch.setattr(issue_listing, "SMALL", 0)
    status = tab.findChild(QComboBox, "statusFilter")
    assert status is not None
    with qtbot.waitSignal(tab.model.count_changed, timeout=20000):
        status.setCurrentIndex(status.findData("all"))
    with qtbot.waitSignal(tab.model.count_changed, timeout=20000):
        tab.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    everything = _sql(tab, "SELECT reference FROM issues ORDER BY lower(title), id")
    assert tab.model.rowCount() == len(everything) > 3 * PAGE

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = tab.model.rowCount() - 1
    assert tab.table.currentIndex().row() == last
    assert tab.table.viewport().rect().intersects(tab.table.visualRect(tab.table.currentIndex()))
    assert str(tab.model.index(last, REFERENCE).data()).endswith(str(everything[-1][0]))

    tab.table.scrollToTop()
    top = tab.table.rowAt(0)
    assert str(tab.model.index(top, REFERENCE).data()).endswith(str(everything[top][0]))
    for row in range(0, last, PAGE // 2):  # scroll down the whole list, page by page
        tab.table.scrollTo(tab.model.index(row, 0))
        shown = tab.table.rowAt(tab.table.viewport().height() // 2)
        assert str(tab.model.index(shown, REFERENCE).data()).endswith(str(everything[shown][0]))
    assert len(tab.model.cache) <= MAX_PAGES * PAGE  # the model holds a window, not the list


def test_the_selected_issue_stays_selected_across_a_sort_change(tab: IssuesTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab.table.selectRow(7)
    chosen = tab.model.issue_id(7)
    assert chosen is not None and tab.detail.detail is not None and tab.detail.detail.id == chosen
    open_by_title = [
        r[0]
        for r in _sql(
            tab,
            "SELECT id FROM issues WHERE status IN ('new', 'acknowledged', 'referred', 'in_progress') "
            "ORDER BY lower(title) DESC, id DESC",
        )
    ]
    with qtbot.waitSignal(tab.model.count_changed, timeout=20000):
        tab.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: bool(tab.table.selectionModel().selectedRows()))
    (selected,) = tab.table.selectionModel().selectedRows()
    assert selected.row() == open_by_title.index(chosen)
    assert tab.model.issue_id(selected.row()) == chosen
    assert tab.detail.detail is not None and tab.detail.detail.id == chosen


def test_the_model_passes_the_model_tester_reading_segments(
    tab: IssuesTab, qtmodeltester: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(issue_listing, "SMALL", 0)
    model = IssuesTableModel(tab.ctx)
    model.sort([k for k, _ in COLUMNS].index("category"), Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignal(model.count_changed, timeout=20000):
        model.set_filter(IssueFilter(status="all"))
    qtmodeltester.check(model)
    names = _sql(
        tab,
        "SELECT c.name FROM issues i LEFT JOIN issue_categories c ON c.id = i.category_id "
        "ORDER BY c.name IS NOT NULL, lower(c.name), c.name, i.id",
    )
    column = [k for k, _ in COLUMNS].index("category")
    for row in (0, PAGE - 1, PAGE, model.rowCount() // 2, model.rowCount() - 1):
        assert model.index(row, column).data() == (names[row][0] or "")
