"""The Issues tab on the demo database: filter, search, open, change status, navigate,
and the table reading pages as it is scrolled."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton, QTableView
from sqlalchemy import func, select, text

from advisoryboard.services import issue_listing
from advisoryboard.services.base import read_only
from advisoryboard.services.issue_search import IssueFilter, count_issues
from database.enums import OPEN_STATUSES, IssueStatus
from database.models import Issue, IssueCategory
from ui.issues.issue_dialog import IssueDialog
from ui.issues.model import COLUMNS, MAX_PAGES, PAGE, IssuesTableModel
from ui.issues.tab import IssuesTab
from ui.main_window import MainWindow


@pytest.fixture
def tab(main_window: MainWindow, qtbot) -> IssuesTab:
    tab = main_window.tab("issuesTab")  # built when first asked for
    assert isinstance(tab, IssuesTab)
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() > 0, timeout=20000)
    return tab


def _wait_count(qtbot, tab: IssuesTab, action) -> int:
    with qtbot.waitSignal(tab.model.count_changed, timeout=20000) as blocker:
        action()
    return int(blocker.args[0])


def _count(tab: IssuesTab, flt: IssueFilter) -> int:
    with read_only(tab.ctx.db) as s:
        return count_issues(s, flt)


def test_issues_model_passes_the_model_tester(tab: IssuesTab, qtmodeltester, qtbot) -> None:
    model = IssuesTableModel(tab.ctx)
    with qtbot.waitSignal(model.count_changed, timeout=20000):
        model.set_filter(IssueFilter(status="all"))
    assert model.rowCount() > 400  # more than a page, so paging is exercised
    qtmodeltester.check(model)
    last = model.index(model.rowCount() - 1, 0)
    assert model.data(last)  # rows far down are read when shown


def test_the_table_shows_open_issues_and_their_count(tab: IssuesTab) -> None:
    table = tab.findChild(QTableView, "issuesTable")
    assert table is not None and table.model() is tab.model
    with read_only(tab.ctx.db) as s:
        expected = s.scalar(
            select(func.count()).select_from(Issue).where(Issue.status.in_(sorted(OPEN_STATUSES)))
        )
    assert tab.model.rowCount() == expected
    label = tab.findChild(QLabel, "issueCount")
    assert label is not None and str(expected) in label.text()


def test_the_count_reads_as_english_with_the_locales_digit_grouping(tab: IssuesTab, qtbot) -> None:
    from PySide6.QtCore import QLocale

    from ui.language import apply_language

    apply_language("en")  # as the app starts in English: the catalog of English plural forms
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        status = tab.filter_bar.findChild(QComboBox, "statusFilter")
        assert status is not None
        n_all = _wait_count(qtbot, tab, lambda: status.setCurrentIndex(status.findData("all")))
        assert n_all >= 1000, "the demo board has enough issues to need a thousands separator"
        label = tab.findChild(QLabel, "issueCount")
        assert label is not None and label.text() == f"{n_all:,} matching issues"
        tab._show_count(1)
        assert label.text() == "1 matching issue"
    finally:
        QLocale.setDefault(previous)


def test_filtering_by_category_and_status_changes_the_rows(tab: IssuesTab, qtbot) -> None:
    bar = tab.filter_bar
    status = bar.findChild(QComboBox, "statusFilter")
    category = bar.findChild(QComboBox, "categoryFilter")
    assert status is not None and category is not None
    n_all = _wait_count(qtbot, tab, lambda: status.setCurrentIndex(status.findData("all")))
    with read_only(tab.ctx.db) as s:
        assert n_all == s.scalar(select(func.count()).select_from(Issue))
        graffiti = s.scalar(select(IssueCategory.id).where(IssueCategory.name == "Graffiti"))
        expected = s.scalar(select(func.count()).select_from(Issue).where(Issue.category_id == graffiti))
    n = _wait_count(qtbot, tab, lambda: category.setCurrentIndex(category.findData(graffiti)))
    assert n == expected and 0 < n < n_all
    cat_col = [k for k, _ in COLUMNS].index("category")
    shown = {tab.model.index(r, cat_col).data() for r in range(min(50, tab.model.rowCount()))}
    assert shown == {"Graffiti"}


def test_search_as_you_type_narrows_the_list(tab: IssuesTab, qtbot) -> None:
    search = tab.findChild(QLineEdit, "issueSearch")
    assert search is not None
    before = tab.model.rowCount()
    n = _wait_count(qtbot, tab, lambda: qtbot.keyClicks(search, "graffiti"))
    assert n == _count(tab, IssueFilter(status="open", text="graffiti"))
    assert 0 < n < before


def test_ctrl_f_focuses_the_search(tab: IssuesTab, qtbot) -> None:
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter_bar.search.hasFocus()


def test_open_an_issue_change_its_status_and_see_the_timeline_grow(tab: IssuesTab, qtbot) -> None:
    tab.table.selectRow(0)
    iid = tab.model.issue_id(0)
    assert iid is not None and tab.detail.detail is not None and tab.detail.detail.id == iid
    timeline = tab.detail.findChild(QListWidget, "timelineList")
    assert timeline is not None
    before = timeline.count()
    status_combo = tab.detail.findChild(QComboBox, "statusCombo")
    assert status_combo is not None
    status_combo.setCurrentIndex(status_combo.findData(IssueStatus.RESOLVED.value))
    button = tab.detail.findChild(QPushButton, "changeStatusButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # no note yet: refused, next to the note
    error = tab.detail.findChild(QLabel, "noteError")
    assert error is not None and "note" in error.text()
    assert timeline.count() == before
    tab.detail.note_edit.setPlainText("Fixed by the city <b>Ana & José</b>")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.has_pending_changes)  # the change notice shows the new event
    assert timeline.count() == before + 1
    assert "Fixed by the city <b>Ana & José</b>" in timeline.item(0).text()
    assert "Resolved" in timeline.item(0).text()
    assert tab.detail.detail.status is IssueStatus.RESOLVED


def test_new_issue_with_ctrl_n(tab: IssuesTab, qtbot, monkeypatch) -> None:
    from advisoryboard.services.issues import IssueInput

    def fake_ask(cls, parent, cats, save, detail=None, areas=(), **_kw):
        op = save(IssueInput(title="Broken bench in Elm Park", due_on=dt.date(2020, 1, 1)))
        assert op.run()
        return op.result

    monkeypatch.setattr(IssueDialog, "ask", classmethod(fake_ask))
    with qtbot.waitSignal(tab.model.count_changed, timeout=20000):
        qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.detail.detail is not None and tab.detail.detail.title == "Broken bench in Elm Park"
    row = tab.model.row_of(tab.detail.detail.id)
    assert row is not None
    due_col = [k for k, _ in COLUMNS].index("due_on")
    assert "Overdue" in tab.model.index(row, due_col).data()  # not by colour alone
    assert tab.model.index(row, due_col).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_navigation_from_charts_filters_the_table(tab: IssuesTab, qtbot) -> None:
    request = {"category": "Noise", "date_from": "2025-01-01", "date_to": "2025-12-31", "status": "all"}
    n = _wait_count(qtbot, tab, lambda: tab.apply_navigation(request))
    with read_only(tab.ctx.db) as s:
        noise = s.scalar(select(IssueCategory.id).where(IssueCategory.name == "Noise"))
        expected = s.scalar(
            select(func.count())
            .select_from(Issue)
            .where(
                Issue.category_id == noise,
                Issue.reported_on >= dt.datetime(2025, 1, 1),
                Issue.reported_on < dt.datetime(2026, 1, 1),
            )
        )
    assert n == expected > 0
    assert tab.filter_bar.category.currentText() == "Noise"
    assert tab.filter_bar.status.currentData() == "all"
    assert tab.filter_bar.date_from.date().toString("yyyy-MM-dd") == "2025-01-01"


def test_print_button_asks_for_the_open_issues_list(tab: IssuesTab, qtbot) -> None:
    assert tab.default_print_request() == ("issues", {"status": "open"})
    alone = IssuesTab(tab.ctx)  # not wired to the main window's print preview
    qtbot.addWidget(alone)
    button = alone.findChild(QPushButton, "printButton")
    assert button is not None
    with qtbot.waitSignal(alone.print_request) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["issues", {"status": "open"}]
    qtbot.waitUntil(lambda: not alone.model.loading, timeout=20000)


def test_saved_filter_presets_come_back(tab: IssuesTab, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    bar = tab.filter_bar
    _wait_count(qtbot, tab, lambda: bar.overdue.setChecked(True))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Overdue", True)))
    bar._save_preset()
    _wait_count(qtbot, tab, lambda: bar.set_filter(IssueFilter()))
    assert not bar.overdue.isChecked()
    index = bar.presets.findText("Overdue")
    assert index > 0
    n = _wait_count(qtbot, tab, lambda: bar.presets.activated.emit(index))
    assert bar.overdue.isChecked()
    assert n == _count(tab, IssueFilter(overdue=True))


# ---------------------------------------------------------------- paging
# The table reads pages as it is scrolled: the end of the list, the selection across a
# sort change, and the model tester on a sort read segment by segment.
TITLE = [k for k, _ in COLUMNS].index("title")
REFERENCE = [k for k, _ in COLUMNS].index("reference")


def _sql(tab: IssuesTab, query: str) -> list[tuple[object, ...]]:
    with read_only(tab.ctx.db) as s:
        return [tuple(r) for r in s.execute(text(query))]


@pytest.mark.parametrize("small", [True, False], ids=["one-query", "segments"])
def test_scrolling_to_the_end_shows_the_last_issue(tab: IssuesTab, qtbot, monkeypatch, small: bool) -> None:
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


def test_the_selected_issue_stays_selected_across_a_sort_change(tab: IssuesTab, qtbot) -> None:
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
        model.index(row, column).data()  # a page in a segment not counted yet: in the background
        qtbot.waitUntil(lambda row=row: not model.is_loading(row), timeout=20000)
        assert model.index(row, column).data() == (names[row][0] or "")


def test_a_new_issue_shows_from_its_heading(tab: IssuesTab, qtbot, monkeypatch) -> None:
    from advisoryboard.services.issues import IssueInput

    tab.resize(1366, 500)  # short enough that the detail pane scrolls
    tab.table.selectRow(0)
    bar = tab.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the secretary scrolled down to the timeline

    def fake_ask(cls, parent, cats, save, detail=None, areas=(), **_kw):
        op = save(IssueInput(title="Broken bench in Elm Park"))
        assert op.run()
        return op.result

    monkeypatch.setattr(IssueDialog, "ask", classmethod(fake_ask))
    with qtbot.waitSignal(tab.model.count_changed, timeout=20000):
        qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.detail.detail is not None and tab.detail.detail.title == "Broken bench in Elm Park"
    assert bar.value() == 0
    heading = tab.detail.heading
    assert (
        tab.detail.viewport().rect().contains(heading.mapTo(tab.detail.viewport(), heading.rect().center()))
    )


def test_a_referral_says_who_it_went_to_once(tab: IssuesTab, qtbot) -> None:
    rows = _sql(tab, "select issue_id from issue_events where kind = 'referral' limit 1")
    issue_id = rows[0][0]
    tab.detail.show_issue(int(issue_id))
    timeline = tab.detail.findChild(QListWidget, "timelineList")
    assert timeline is not None
    texts = [timeline.item(i).text() for i in range(timeline.count())]
    referral = next(t for t in texts if "\nReferred to " in t)
    assert referral.count("Referred to") == 1, referral


def test_the_issue_forms_read_their_choices_off_the_gui_thread(tab: IssuesTab, qtbot, monkeypatch) -> None:
    import threading

    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from advisoryboard.services.community import event_choices
    from advisoryboard.services.issue_detail import categories
    from ui.issues import tab as tab_module

    release = threading.Event()
    readers: list[threading.Thread] = []

    def slow_categories(session, include_inactive: bool = False):  # a busy server, say
        readers.append(threading.current_thread())
        assert release.wait(5)
        return categories(session, include_inactive=include_inactive)

    forms: list[IssueDialog] = []

    def keep_open(cls, parent, cats, save, detail=None, areas=(), **kw):
        form = cls(parent, cats, save, detail, areas, **kw)
        qtbot.addWidget(form)
        form.show()
        forms.append(form)
        return None

    monkeypatch.setattr(tab_module, "categories", slow_categories)
    monkeypatch.setattr(IssueDialog, "ask", classmethod(keep_open))
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # pressed again, impatient
    qtbot.waitUntil(lambda: bool(readers))
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks))  # the window goes on responding while the choices are read
    assert forms == [] and readers[0] is not threading.main_thread()
    release.set()
    qtbot.waitUntil(lambda: bool(forms))
    with read_only(tab.ctx.db) as s:
        names = [c.label for c in categories(s)]
        events = event_choices(s)
    form = forms[0]
    assert form.windowTitle() == "New issue"
    assert [form.category.itemText(i) for i in range(1, form.category.count())] == names
    assert form.source_event.count() == len(events) + 1 and events  # the demo board has events
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()  # what any other read would have delivered
    assert len(forms) == 1 and len(readers) == 1  # one form, from one read, for the two presses

    issue_id = tab.model.issue_id(0)
    assert issue_id is not None
    tab.edit_issue(issue_id)
    qtbot.waitUntil(lambda: len(forms) == 2)
    assert readers[1] is not threading.main_thread()
    with read_only(tab.ctx.db) as s:
        title = s.get(Issue, issue_id).title
    assert forms[1].title.text() == title and forms[1].windowTitle().startswith("Edit issue")


def test_the_issue_form_shows_a_refusal_next_to_its_field_and_keeps_the_input(tab: IssuesTab, qtbot) -> None:
    from advisoryboard.services import issues as issue_service
    from ui.operations import ChangeOp

    before = count_issues_now(tab)
    dialog = IssueDialog(
        tab, [], lambda data: ChangeOp(tab, tab.ctx, lambda s: issue_service.create_issue(s, data))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setText("Elm St & 3rd")
    dialog._save()  # no title
    title_error = dialog.findChild(QLabel, "titleError")
    assert title_error is not None and title_error.isVisible()
    assert title_error.text() == "Give the issue a short title."
    assert dialog.location.text() == "Elm St & 3rd" and dialog.isVisible()  # nothing lost
    assert count_issues_now(tab) == before
    dialog.title.setText("Streetlight out")
    dialog._save()
    assert isinstance(dialog.result_value, int) and not title_error.isVisible()
    assert count_issues_now(tab) == before + 1


def count_issues_now(tab: IssuesTab) -> int:
    with read_only(tab.ctx.db) as s:
        return int(s.scalar(select(func.count()).select_from(Issue)) or 0)
