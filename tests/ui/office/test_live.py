"""Two app processes on one database: one PC's save shows on the other's screen by itself."""

from __future__ import annotations

import datetime as dt

import pytest

LIVE_MS = 2000  # the issue's promise: within 2 seconds, no manual refresh


def _issue_titles(window) -> list[str]:
    model = window.tab("issuesTab").model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def _close(window) -> None:
    window.close()
    window.ctx.db.dispose()  # its pooled server connections


def _window_on(qtbot, url: str):
    from ui.app import build_main_window

    window = build_main_window(url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    listener = window.live.listener  # type: ignore[attr-defined]
    assert listener is not None, "a PostgreSQL window listens for other PCs' notices"
    qtbot.waitUntil(listener.connected.is_set, timeout=5000)
    return window


@pytest.mark.postgres
def test_a_save_on_one_pc_appears_in_the_other_pcs_issues_table(qtbot, pg_url: str, peer_factory) -> None:
    window = _window_on(qtbot, pg_url)
    window.navigate("issuesTab", None)
    tab = window.tab("issuesTab")
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=5000)
    assert "Streetlight out on Elm St" not in _issue_titles(window)
    peer = peer_factory(pg_url)
    peer.save("issue Streetlight out on Elm St")
    qtbot.waitUntil(lambda: "Streetlight out on Elm St" in _issue_titles(window), timeout=LIVE_MS)
    assert tab.count_label.text().startswith("1 ")
    _close(window)


@pytest.mark.postgres
def test_a_motion_on_one_pc_appears_in_the_other_pcs_meetings_tab(qtbot, pg_url: str, peer_factory) -> None:
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction
    from advisoryboard.services.meetings import create_meeting

    db = open_database(pg_url)
    with transaction(db) as s:
        meeting_id = create_meeting(s, starts_at=dt.datetime(2026, 11, 3, 18, 30), location="Library")
    db.dispose()
    window = _window_on(qtbot, pg_url)
    window.navigate("meetingsTab", None)
    tab = window.tab("meetingsTab")
    tab.select_meeting(meeting_id)
    tab.details.setCurrentWidget(tab.motions)
    table = tab.motions.motions_table
    qtbot.waitUntil(lambda: tab.motions.meeting_id == meeting_id)
    assert table.rowCount() == 0
    peer = peer_factory(pg_url)
    peer.save(f"motion {meeting_id} Ask Public Works for two more streetlights")
    text = "Ask Public Works for two more streetlights"
    qtbot.waitUntil(lambda: table.rowCount() == 1 and table.item(0, 0).text() == text, timeout=LIVE_MS)
    assert table.item(0, 5).text() == "Carried"
    _close(window)


@pytest.mark.postgres
def test_own_saves_are_not_announced_twice(qtbot, pg_url: str) -> None:
    """The window's own commit is on the bus once (after commit), not again from the server."""
    from advisoryboard.services.base import transaction
    from advisoryboard.services.issues import IssueInput, create_issue

    window = _window_on(qtbot, pg_url)
    seen: list[frozenset[str]] = []
    window.ctx.hub.changed.connect(seen.append)
    with transaction(window.ctx.db) as s:
        create_issue(s, IssueInput(title="Graffiti on the bus shelter"))
    assert frozenset({"issues"}) in seen  # told at once, on this thread, by the commit itself
    # the server's echo of this very commit would arrive within the listener's tick; none does
    with qtbot.assertNotEmitted(window.ctx.hub.changed, wait=800):
        pass
    _close(window)


def test_an_sqlite_file_shared_by_two_windows_shows_the_other_windows_save(
    qtbot, sqlite_url: str, peer_factory
) -> None:
    from advisoryboard.opening import open_database
    from ui.app import build_main_window

    open_database(sqlite_url).dispose()  # the file exists, up to date, before both open it
    window = build_main_window(sqlite_url)
    qtbot.addWidget(window)
    window.show()
    assert window.live.listener is None and window.live.timer is not None  # type: ignore[attr-defined]
    window.navigate("issuesTab", None)
    tab = window.tab("issuesTab")
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=5000)  # type: ignore[attr-defined]
    peer = peer_factory(sqlite_url)
    peer.save("issue Abandoned car on Pine St")
    qtbot.waitUntil(lambda: "Abandoned car on Pine St" in _issue_titles(window), timeout=LIVE_MS)
    _close(window)
