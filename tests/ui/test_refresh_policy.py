"""One refresh policy for the tabs (ui/tabbase.py), counted on the real main window.

Recording one voice-vote motion used to load the motions panel three times, refresh the
hidden Members roster at once and reload the Issues table although no issue was linked.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from advisoryboard.events import ChangeNotice, changes
from advisoryboard.services import meetings as meeting_service
from advisoryboard.services.base import transaction
from database.enums import MotionResult, VotingMethod
from ui.main_window import MainWindow
from ui.meetings.motion_dialog import MotionDialog
from ui.meetings.tab import MeetingsTab
from ui.tabbase import BoardTab


def _settle(qtbot, *tabs: BoardTab) -> None:
    qtbot.waitUntil(lambda: not any(t.has_pending_changes for t in tabs))
    QApplication.processEvents()


def test_a_change_refreshes_its_panel_once_hidden_tabs_when_shown_and_unrelated_tabs_never(
    main_window: MainWindow, qtbot, monkeypatch
) -> None:
    meetings = main_window.tab("meetingsTab")
    members, issues = main_window.tab("membersTab"), main_window.tab("issuesTab")
    assert isinstance(meetings, MeetingsTab)
    qtbot.waitUntil(lambda: not issues.model.loading)  # type: ignore[attr-defined]
    main_window.tabs.setCurrentWidget(meetings)
    with transaction(meetings.ctx.db) as s:
        meeting_id = meeting_service.create_meeting(s, starts_at=dt.datetime(2026, 12, 8, 18, 30))
    _settle(qtbot, meetings, members, issues)
    meetings.select_meeting(meeting_id)
    meetings.details.setCurrentWidget(meetings.motions)
    QApplication.processEvents()
    assert meetings.selected_meeting_id() == meeting_id and members.is_stale

    panel_loads: list[int | None] = []
    load = meetings.motions.load
    monkeypatch.setattr(meetings.motions, "load", lambda mid: (panel_loads.append(mid), load(mid))[1])
    table_reloads: list[None] = []
    reload = issues.model.reload  # type: ignore[attr-defined]
    monkeypatch.setattr(issues.model, "reload", lambda: (table_reloads.append(None), reload())[1])  # type: ignore[attr-defined]
    members_before, issues_before = members.refresh_count, issues.refresh_count

    # a voice vote, as the secretary records it in the dialog
    dialog = MotionDialog(meetings.ctx, meeting_id, meetings.motions, text="To adjourn")
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.VOICE))
    dialog.declared.setCurrentIndex(dialog.declared.findData(MotionResult.CARRIED))
    dialog.save()
    assert dialog.motion_id is not None
    _settle(qtbot, meetings, members, issues)
    assert panel_loads == [meeting_id]  # once, by the change notice
    assert meetings.motions.motions_table.rowCount() == 1
    # the hidden tabs only know they are out of date
    assert members.refresh_count == members_before and members.is_stale
    assert issues.refresh_count == issues_before and issues.is_stale

    main_window.tabs.setCurrentWidget(members)
    QApplication.processEvents()
    assert members.refresh_count == members_before + 1 and not members.is_stale
    main_window.tabs.setCurrentWidget(issues)
    QApplication.processEvents()
    assert issues.refresh_count == issues_before + 1
    assert table_reloads == []  # no issue was linked: the table is not read again

    # a notice for an area no tab shows refreshes nothing
    counts = [t.refresh_count for t in (meetings, members, issues)]
    changes.publish(ChangeNotice({"users"}, {"users": [1]}))
    QApplication.processEvents()
    for tab in (meetings, members, issues):
        tab.flush_changes()
    assert [t.refresh_count for t in (meetings, members, issues)] == counts
    assert panel_loads == [meeting_id]
