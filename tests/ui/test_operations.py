"""The operation runner (ui/operations.py) and the refresh policy of BoardTab (ui/tabbase.py)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from sqlalchemy import func, select

from advisoryboard.errors import UserError
from advisoryboard.events import ChangeNotice, changes
from advisoryboard.opening import open_database
from advisoryboard.permissions import Actor
from advisoryboard.services import members
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import Role
from database.models import AuditEntry, Member
from ui import workers
from ui.context import AppContext, ChangeHub
from ui.operations import ChangeOp, QueryOp
from ui.tabbase import BoardTab


@pytest.fixture
def ctx(sqlite_url: str) -> Iterator[AppContext]:
    db = open_database(sqlite_url)
    hub = ChangeHub()
    yield AppContext(db, hub, Actor("rosa", Role.SECRETARY, display_name="Rosa"))
    hub.close()
    db.dispose()


@pytest.fixture
def form(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _count_members(db: Database) -> int:
    with read_only(db) as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


def _message_boxes(name: str) -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == name
    ]


# ---------------------------------------------------------------------- running a change
def test_a_change_commits_in_the_name_of_the_signed_in_actor(ctx: AppContext, form: QWidget) -> None:
    seen: list[int] = []
    op = ChangeOp(form, ctx, lambda s: members.create_member(s, members.MemberInput(name="Ana & José")))
    assert op.success(seen.append).run() is True
    assert seen == [op.result] and isinstance(op.result, int)
    assert _count_members(ctx.db) == 1
    with read_only(ctx.db) as s:
        who = s.scalars(select(AuditEntry.username).where(AuditEntry.entity == "members")).all()
    assert who == ["rosa"]


def test_a_validation_error_goes_next_to_its_field_and_nothing_is_saved(
    ctx: AppContext, form: QWidget, qtbot
) -> None:
    message, name_error, phone = QLabel(form), QLabel(form), QLineEdit(form)
    form.show()
    message.setText("an old message")
    failures: list[UserError] = []
    bad = members.MemberInput(name="", phone="12")
    ok = (
        ChangeOp(form, ctx, lambda s: members.create_member(s, bad))
        .show_errors_in(message, {"name": name_error, "phone": phone})
        .failure(failures.append)
        .run()
    )
    assert ok is False
    assert name_error.text() == "Enter the member's name."
    assert "is not a phone number" in message.text() and "an old message" not in message.text()
    assert form.focusWidget() is phone
    assert len(failures) == 1
    assert _count_members(ctx.db) == 0
    # a later success clears the messages the form shows
    assert ChangeOp(form, ctx, lambda s: 1).show_errors_in(message, {"name": name_error}).run()
    assert message.text() == name_error.text() == ""


def test_a_user_error_without_a_place_gets_the_standard_message(
    ctx: AppContext, form: QWidget, qtbot
) -> None:
    def refuse(_s: object) -> None:
        raise UserError("The meeting is closed.")

    assert ChangeOp(form, ctx, refuse).run() is False
    boxes = [b for b in form.findChildren(QMessageBox) if b.objectName() == "userErrorBox"]
    assert [b.text() for b in boxes] == ["The meeting is closed."]


def test_a_bug_goes_to_the_crash_dialog_and_rolls_back(ctx: AppContext, form: QWidget, qtbot, caplog) -> None:
    def broken(s: object) -> None:
        members.create_member(s, members.MemberInput(name="Luis"))  # type: ignore[arg-type]
        raise KeyError("oops")

    assert ChangeOp(form, ctx, broken).run() is False
    dialogs = [b for b in form.findChildren(QMessageBox) if b.objectName() == "bugDialog"]
    assert len(dialogs) == 1 and "KeyError: 'oops'" in dialogs[0].detailedText()
    assert _count_members(ctx.db) == 0
    assert "unexpected error" in caplog.text


def test_a_read_never_commits(ctx: AppContext, form: QWidget) -> None:
    def sneaky(s: object) -> int:
        return members.create_member(s, members.MemberInput(name="Luis"))  # type: ignore[arg-type]

    assert QueryOp(form, ctx, sneaky).run() is True
    assert _count_members(ctx.db) == 0


# ---------------------------------------------------------------------- in the background
def test_background_work_runs_off_the_gui_thread_and_reports_on_it(
    ctx: AppContext, form: QWidget, qtbot
) -> None:
    gui = QThread.currentThread()
    threads: dict[str, object] = {}

    def work(s: object, progress: workers.Progress) -> int:
        threads["work"] = QThread.currentThread()
        progress.report(50, "half way")
        return members.create_member(s, members.MemberInput(name="Marta"))  # type: ignore[arg-type]

    def done(member_id: int) -> None:
        threads["success"] = QThread.currentThread()
        threads["id"] = member_id

    ChangeOp.reporting(form, ctx, work).success(done).with_progress("Saving…").run_in_background()
    qtbot.waitUntil(lambda: "success" in threads)
    assert threads["work"] is not gui and threads["success"] is gui
    assert isinstance(threads["id"], int) and _count_members(ctx.db) == 1


def test_a_user_error_in_the_background_goes_to_the_form(ctx: AppContext, form: QWidget, qtbot) -> None:
    message = QLabel(form)
    op = ChangeOp(form, ctx, lambda s: members.create_member(s, members.MemberInput(name=" ")))
    op.show_errors_in(message).run_in_background()
    qtbot.waitUntil(lambda: message.text() != "")
    assert message.text() == "Enter the member's name."


def test_results_of_work_whose_widget_was_deleted_are_dropped_quietly(ctx: AppContext, qtbot) -> None:
    widget = QWidget()
    release = threading.Event()
    called: list[object] = []

    def slow(s: object) -> int:
        release.wait(10)
        return 1

    op = QueryOp(widget, ctx, slow).success(called.append)
    task = op.run_in_background()
    shiboken6.delete(widget)  # the window closes while the work runs
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10000)
    QApplication.processEvents()
    assert called == [] and task not in workers._running  # no traceback, nothing kept


def test_a_bug_after_the_widget_was_deleted_is_only_logged(ctx: AppContext, qtbot, caplog) -> None:
    widget = QWidget()
    release = threading.Event()

    def slow(s: object) -> int:
        release.wait(10)
        raise KeyError("late")

    QueryOp(widget, ctx, slow).run_in_background()
    shiboken6.delete(widget)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10000)
    QApplication.processEvents()
    assert "after its window closed" in caplog.text and not _message_boxes("bugDialog")


def test_closing_a_window_while_its_read_runs_prints_no_traceback(
    ctx: AppContext, qtbot, capfd, monkeypatch
) -> None:
    """Issue 15: closing the window right after a background read started printed
    "Error calling Python override of QRunnable::run(): RuntimeError: Signal source has
    been deleted" on exit. The read finishes after the window is gone: nothing is printed,
    nothing reaches the unraisable hook, and the result is dropped."""
    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    window = QWidget()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    started, release = threading.Event(), threading.Event()
    called: list[object] = []

    def slow_read(s: object) -> int:
        started.set()
        release.wait(10)
        return _count_members(ctx.db)

    task = QueryOp(window, ctx, slow_read).success(called.append).run_in_background()
    assert started.wait(10)  # the read is in flight
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the window is deleted now
    assert not shiboken6.isValid(window)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10000)
    QApplication.processEvents()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Signal source has been deleted" not in err, err
    assert unraisable == [] and called == [] and task not in workers._running


# ---------------------------------------------------------------------- change notices
def test_a_notice_carries_the_areas_and_the_ids_that_changed(ctx: AppContext) -> None:
    seen: list[frozenset[str]] = []
    changes.subscribe(seen.append)
    try:
        with transaction(ctx.db) as s:
            member_id = members.create_member(s, members.MemberInput(name="Ana"))
    finally:
        changes.unsubscribe(seen.append)
    [notice] = seen
    assert isinstance(notice, ChangeNotice)
    assert notice == {"members"}  # still the set of areas older listeners expect
    assert member_id in notice.ids_of("members")
    assert notice.may_touch("members", member_id) and not notice.may_touch("members", member_id + 1)
    assert not notice.may_touch("issues")


def test_plain_area_sets_from_older_code_still_work() -> None:
    notice = ChangeNotice.of(frozenset({"issues"}))
    assert notice.may_touch("issues", 5) and notice.ids_of("issues") == frozenset()
    both = ChangeNotice({"members"}, {"members": [1]}).merged(frozenset({"issues"}))
    assert both == {"members", "issues"} and both.ids_of("members") == {1} and both.unknown == {"issues"}


class CountingTab(BoardTab):
    watched_areas = frozenset({"members"})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.notices: list[frozenset[str]] = []

    def tab_title(self) -> str:
        return "Counting"

    def on_changed(self, areas: frozenset[str]) -> None:
        self.notices.append(areas)


@pytest.fixture
def counting(ctx: AppContext, qtbot) -> CountingTab:
    tab = CountingTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_notices_of_one_turn_make_one_refresh(counting: CountingTab, ctx: AppContext, qtbot) -> None:
    for name in ("Ana", "Luis", "Marta"):
        with transaction(ctx.db) as s:
            members.create_member(s, members.MemberInput(name=name))
    assert counting.notices == []  # not inside the commit: at the end of the turn
    qtbot.waitUntil(lambda: counting.refresh_count > 0)
    QApplication.processEvents()
    assert counting.refresh_count == 1
    assert len(counting.notices[0].ids_of("members")) == 3  # type: ignore[attr-defined]


def test_a_notice_for_an_unrelated_area_refreshes_nothing(counting: CountingTab, qtbot) -> None:
    changes.publish(ChangeNotice({"issues"}, {"issues": [4]}))
    changes.publish(frozenset({"partners"}))
    QApplication.processEvents()
    counting.flush_changes()
    assert counting.refresh_count == 0 and not counting.is_stale


def test_a_hidden_tab_refreshes_only_when_shown(counting: CountingTab, qtbot) -> None:
    counting.hide()
    changes.publish(ChangeNotice({"members"}, {"members": [1]}))
    changes.publish(ChangeNotice({"members"}, {"members": [2]}))
    QApplication.processEvents()
    counting.flush_changes()
    assert counting.refresh_count == 0 and counting.is_stale
    counting.show()
    assert counting.refresh_count == 1 and not counting.is_stale
    assert counting.notices[0].ids_of("members") == {1, 2}
    counting.hide()
    counting.show()
    assert counting.refresh_count == 1  # showing again without news does not reload


def test_a_task_whose_signals_are_gone_finishes_without_a_traceback(qtbot) -> None:
    """What closing the window right after a big read used to print: 'RuntimeError: Signal
    source has been deleted' from the worker thread (ui/workers.py)."""
    ran: list[int] = []

    def work(progress: workers.Progress) -> int:
        ran.append(1)
        progress.report(50)  # nobody shows it any more: the work stops quietly
        return 1

    task = workers.Task(work)
    workers._running.add(task)
    shiboken6.delete(task.signals)
    task.run()  # would raise RuntimeError before
    assert ran == [1] and task not in workers._running


def test_after_failure_runs_after_a_refusal_and_after_a_bug(ctx: AppContext, form: QWidget, qtbot) -> None:
    calls: list[str] = []

    def refuse(_s: object) -> None:
        raise UserError("No.")

    def crash(_s: object) -> None:
        raise KeyError("bug")

    ChangeOp(form, ctx, refuse).after_failure(lambda: calls.append("refused")).run()
    ChangeOp(form, ctx, crash).after_failure(lambda: calls.append("bug")).run()
    ChangeOp(form, ctx, lambda s: 1).after_failure(lambda: calls.append("never")).run()
    assert calls == ["refused", "bug"]
