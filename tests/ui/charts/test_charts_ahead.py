"""The Charts tab's first numbers, counted ahead in idle time (ui/charts/ahead.py).

What the user notices: once the window has settled, choosing the Charts tab shows its charts
at once, with no "Counting…" while the numbers are read; and never numbers older than a save
made before the tab was chosen, in this window or by another program on the same file.
Expected counts come from the raw rows (tests/support/analytics.py), not from the code under test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from advisoryboard.analytics.filters import default_filter
from advisoryboard.services.base import transaction
from database.models import Issue
from tests.support.analytics import issues_in, raw
from tests.support.peer import Peer
from ui.charts import ahead as ahead_module
from ui.charts.ahead import DashboardAhead
from ui.charts.tab import ChartsTab


def _prefetched(qtbot: Any, window: Any) -> DashboardAhead:
    """The window settled, as after start-up on the Members tab: the other tabs imported and
    the charts counted."""
    if window.tabs.currentIndex() != 0:  # the tab chosen last time (a test before this one)
        window.tabs.setCurrentIndex(0)
        window.pages.reset()  # as if started on Members: the other tabs not built yet
    with qtbot.waitSignal(window.pages.prefetched, timeout=30000):
        window.pages.prefetch()
    ahead = window.ctx.ahead["chartsTab"]
    assert isinstance(ahead, DashboardAhead)
    return ahead


def _choose_charts(window: Any) -> ChartsTab:
    """Choose the Charts tab as a click on it does; nothing else runs before the return."""
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    window.tabs.setCurrentIndex(names.index("chartsTab"))
    tab = window.tabs.currentWidget()
    assert isinstance(tab, ChartsTab)
    return tab


def _reported(window: Any) -> int:
    """Issues reported in the range the Charts tab opens on, counted from the raw rows."""
    return len(issues_in(raw(window.ctx.db), default_filter(dt.date.today())))


def _shown(tab: ChartsTab) -> int:
    """Issues reported per the drawn 'opened and resolved per month' chart."""
    data = tab.panels["months"].data
    assert data is not None
    return int(sum(data.series[0].values))  # "Opened"


def _new_issue(window: Any, title: str) -> None:
    """A save in this window (any form's save commits and announces it the same way)."""
    now = dt.datetime.now().replace(microsecond=0)
    with transaction(window.ctx.db) as session:
        session.add(Issue(reference="2099-0001", ref_year=2099, ref_seq=1, title=title, reported_on=now))


def test_the_first_show_of_the_charts_draws_them_at_once_with_the_numbers_counted_ahead(
    qtbot: Any, main_window: Any, us_english: None
) -> None:
    _prefetched(qtbot, main_window)
    tab = _choose_charts(main_window)
    # Drawn by the time the click is handled: no "Counting…", no chart waiting for numbers.
    assert tab.message.text().startswith("Showing 1/1/")
    in_view = [p for p in tab.panels.values() if tab.in_view(p)]
    assert in_view and all(p.data is not None for p in in_view)
    assert _shown(tab) == _reported(main_window) > 0
    assert main_window.ctx.ahead == {}  # used once: later refreshes count for themselves


def test_a_save_after_the_count_ahead_shows_in_the_charts_first_show(qtbot: Any, main_window: Any) -> None:
    ahead = _prefetched(qtbot, main_window)
    assert ahead.dashboard is not None
    before = sum(p.opened for p in ahead.dashboard.months)
    _new_issue(main_window, "Streetlight out on Elm St")
    qtbot.waitUntil(lambda: ahead.dashboard is None, timeout=5000)  # the window heard of the save
    tab = _choose_charts(main_window)
    qtbot.waitUntil(lambda: tab.panels["months"].data is not None, timeout=20000)
    assert _shown(tab) == before + 1 == _reported(main_window)


def test_a_save_while_counting_ahead_is_not_hidden_by_the_count(
    qtbot: Any, main_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = ahead_module.compute_dashboard

    def count_then_save(*args: Any) -> Any:
        dashboard = counted(*args)  # read before the save below: those numbers are old
        _new_issue(main_window, "Graffiti on the library wall")
        return dashboard

    monkeypatch.setattr(ahead_module, "compute_dashboard", count_then_save)
    monkeypatch.setattr(ahead_module, "RECOUNT_MS", 60_000)  # the tab is chosen before any recount
    ahead = _prefetched(qtbot, main_window)
    assert ahead.dashboard is None  # dropped: the save came while it was counted
    tab = _choose_charts(main_window)
    qtbot.waitUntil(lambda: tab.panels["months"].data is not None, timeout=20000)
    assert _shown(tab) == _reported(main_window)


def test_after_another_programs_save_the_numbers_are_counted_again_and_shown_at_once(
    qtbot: Any, main_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ahead_module, "RECOUNT_MS", 50)
    ahead = _prefetched(qtbot, main_window)
    assert ahead.dashboard is not None
    before = sum(p.opened for p in ahead.dashboard.months)
    peer = Peer(main_window.ctx.db.url)  # another PC (or window) on the same file
    try:
        peer.save("issue Abandoned car on Pine St")
    finally:
        peer.close()
    # The window notices the other program's commit (it polls the file), drops the numbers
    # and counts them again once the board is quiet.
    qtbot.waitUntil(
        lambda: ahead.dashboard is not None and sum(p.opened for p in ahead.dashboard.months) == before + 1,
        timeout=5000,
    )
    tab = _choose_charts(main_window)
    assert tab.panels["months"].data is not None  # drawn at once, from the new count
    assert _shown(tab) == before + 1 == _reported(main_window)


def test_numbers_counted_for_another_board_or_user_are_not_shown(qtbot: Any, main_window: Any) -> None:
    """After a switch of board or user (the same window, its context given another database
    or actor), numbers counted ahead for the one before are not handed to the new tab: they
    may be another board's, or include what the new user may not see."""
    ahead = _prefetched(qtbot, main_window)
    assert ahead.dashboard is not None
    before = main_window.ctx.actor
    main_window.ctx.actor = object()  # as ui.board_switch sets it: another user
    try:
        got: list[Any] = []
        assert not ahead.take(ahead.filter, got.append)
        assert got == []
    finally:
        main_window.ctx.actor = before


def test_the_work_ahead_ends_when_the_tab_takes_it_before_the_plots_are_made(
    qtbot: Any, main_window: Any
) -> None:
    """The window waits for the work ahead to end (`TabPages.prefetched`): a tab that takes
    the numbers before the plots ahead were made ends it too."""
    from ui.charts.tab import WATCHED_AREAS

    ahead = DashboardAhead(main_window.ctx, WATCHED_AREAS)  # counting, no plots made ahead
    ahead.start()
    qtbot.waitUntil(lambda: not ahead.running, timeout=20000)
    with qtbot.waitSignal(ahead.finished, timeout=2000):
        ahead.take(ahead.filter, lambda _dashboard: None)
