"""After an action, to the changed views painted: `python -m benchmarks.actions_probe KIND URL RUNS`.

Real main window (`ui.app.build_main_window`), offscreen, the event loop running. A time
starts when the user's action starts (the save, the click on another meeting, the tab
chosen) and ends once every view that shows the change has *handled* a paint event after
it, with no background work of the window still running (`ui.workers`), so a view that
paints "Loading…" first and its data later is timed to its data. Prints one JSON line.

KINDS
- saves: the Issues tab, 100 000 issues: a new issue (the tab's own `new_issue`, the form
  answered as a user would), a status change and a note in the detail pane → the issues
  table and the detail pane repainted with the change.
- meetings: the Meetings tab: open another meeting in the list → its page painted; record a
  roll-call motion (the motion form filled, every present member voting aye, Save) → the
  Motions page repainted with it, and with the Minutes page in view, the minutes repainted.
- tabs: the first show of each tab (its module imported, built, its data painted).
- prefetch: the import ahead after start (`TabPages.prefetch`), the roster in view: how long
  each of its idle turns holds the GUI thread, and the longest wait of a 5 ms heartbeat timer
  meanwhile (what a click or a key pressed then would wait at most).

The probe works on a copy of the database it is given (the saves change it).
"""

from __future__ import annotations

import itertools
import json
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TIMEOUT_MS = 60_000


def idle() -> bool:
    """No background work of the app is running (its results, if any, have been shown)."""
    from ui import workers

    return not workers._running


class Painted(QObject):
    """Waits until each of `targets` (or a widget inside it) has painted while `ready()` holds."""

    def __init__(self) -> None:
        app = QApplication.instance()
        assert app is not None
        super().__init__(app)
        self.targets: list[QWidget] = []
        self.seen: set[int] = set()
        self.ready: Callable[[], bool] = idle
        self.loop: QEventLoop | None = None
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.loop is not None and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            for i, target in enumerate(self.targets):
                if i not in self.seen and (obj is target or target.isAncestorOf(obj)) and self.ready():
                    self.seen.add(i)
            if len(self.seen) == len(self.targets):
                # Quit after this paint has been handled (the loop returns once the event is done).
                self.loop.quit()
                self.loop = None
        return False

    def _nudge(self) -> None:
        if self.loop is not None and not self._nudged and self.ready():
            self._nudged = True
            for i, target in enumerate(self.targets):
                if i not in self.seen:
                    target.update()

    def wait(self, targets: Sequence[QWidget], ready: Callable[[], bool] = idle) -> None:
        self.targets, self.seen = list(targets), set()
        self.ready = lambda: idle() and ready()
        loop = QEventLoop()
        self.loop = loop
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        # Work that finishes without a visible change (e.g. data for a hidden page) asks for no
        # paint: once everything is ready, ask for one, so the time ends at a paint of the result.
        poll = QTimer(self)
        poll.setInterval(2)
        poll.timeout.connect(self._nudge)
        self._nudged = False
        poll.start()
        loop.exec()
        poll.stop()
        poll.deleteLater()
        if self.loop is loop:
            self.loop = None
            raise TimeoutError(f"not painted: {[t.objectName() for t in targets]}")


def timed(
    action: Callable[[], object],
    targets: Callable[[], Sequence[QWidget]],
    waiter: Painted,
    ready: Callable[[], bool] = lambda: True,
) -> float:
    start = time.perf_counter()
    action()
    waiter.wait(targets(), ready)
    return time.perf_counter() - start


def _copy(url: str) -> str:
    """A copy of the SQLite database at `url`, next to it (the probe's saves go there)."""
    source = Path(url.removeprefix("sqlite:///"))
    target = source.with_name(f"{source.stem}-actions.db")
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return f"sqlite:///{target}"


def _window(url: str) -> Any:
    from ui.app import build_main_window

    window = build_main_window(_copy(url))
    window.resize(1366, 728)
    window.show()
    return window


def _settle(waiter: Painted, window: Any) -> None:
    window.update()
    waiter.wait([window])


def _prefetched(window: Any) -> None:
    """As `ui.app.run` does once the first tab is shown: the other tabs' modules imported in
    idle turns (TabPages.prefetch); wait for that, as a user reading the roster would."""
    loop = QEventLoop()
    window.pages.prefetched.connect(loop.quit)
    window.pages.prefetch()
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()


# ---------------------------------------------------------------------- saves in the Issues tab
def saves(url: str, runs: int) -> dict[str, list[float]]:
    from advisoryboard.services.issues import IssueInput
    from database.enums import IssueStatus
    from ui.issues import tab as issues_tab_module

    window = _window(url)
    waiter = Painted()
    tab = window.tab("issuesTab")
    window.tabs.setCurrentWidget(tab)
    waiter.wait([tab.table.viewport()], lambda: tab.model.rowCount() > 0)
    # An issue open in the pane, as when the secretary works (its first showing loads the
    # map library for its places: that is the first click's cost, not a save's).
    first = tab.model.issue_id(0)
    timed(lambda: tab.open_issue(first), lambda: [tab.detail.viewport()], waiter)
    category = tab.filter_bar.category.itemData(1) if hasattr(tab.filter_bar, "category") else None
    out: dict[str, list[float]] = {"new_issue": [], "status": [], "note": []}
    views = lambda: [tab.table.viewport(), tab.detail.viewport()]  # noqa: E731

    saved_at: list[float] = []  # when the form's Save was pressed

    def answered(
        _parent: object, _cats: object, save: Callable[[Any], Any], *_a: object, **_kw: object
    ) -> object:
        """The issue form, filled in and saved as a user would (IssueDialog runs `save`)."""
        data = IssueInput(title=f"Streetlight out on Elm St {time.time_ns()}", category_id=category)
        saved_at.append(time.perf_counter())
        op = save(data)
        return op.result if op.run() else None

    issues_tab_module.IssueDialog.ask = answered  # type: ignore[method-assign]
    detail = tab.detail
    for _ in range(runs):
        # The form opens once its choices are read in the background (not timed: that is the
        # click's cost); the time runs from its Save to the table and pane repainted.
        saved_at.clear()
        tab.new_issue()
        waiter.wait(views(), lambda: bool(saved_at))
        out["new_issue"].append(time.perf_counter() - saved_at[0])
        new_id = tab._selected_id
        assert detail.detail is not None and detail.detail.id == new_id
        before = len(detail.detail.timeline)

        def change_status() -> None:
            index = detail.status_combo.findData(IssueStatus.ACKNOWLEDGED.value)
            detail.status_combo.setCurrentIndex(max(index, 0))
            detail.note_edit.setPlainText("Crew scheduled")
            detail._change_status()

        out["status"].append(
            timed(change_status, views, waiter, lambda b=before: len(detail.detail.timeline) > b)
        )
        before = len(detail.detail.timeline)

        def add_note() -> None:
            detail.note_edit.setPlainText("Called the reporter back")
            detail._add_note()

        out["note"].append(timed(add_note, views, waiter, lambda b=before: len(detail.detail.timeline) > b))
    return out


# ---------------------------------------------------------------------- the Meetings tab
def _open_meeting(tab: Any, meeting_id: int) -> None:
    from PySide6.QtCore import QItemSelectionModel

    row = tab.model.row_of(meeting_id)
    index = tab.model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    tab.table.selectionModel().setCurrentIndex(index, flags)  # as a click on the row does


def _workable_meeting(window: Any) -> int:
    """A held meeting with draft minutes, everyone present (set up once, not timed)."""
    from sqlalchemy import select

    from advisoryboard.services.base import transaction
    from database.enums import AttendanceStatus, MeetingStatus, MinutesStatus
    from database.models import Attendance, Meeting

    with transaction(window.ctx.db, window.ctx.actor) as s:
        meeting = s.scalars(
            select(Meeting)
            .where(Meeting.status == MeetingStatus.HELD, Meeting.minutes_status != MinutesStatus.APPROVED)
            .order_by(Meeting.starts_at.desc())
        ).first()
        assert meeting is not None, "the demo board has no held meeting with draft minutes"
        for a in s.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id)):
            a.status = AttendanceStatus.PRESENT
        return int(meeting.id)


def meetings(url: str, runs: int) -> dict[str, list[float]]:
    from ui.meetings import motions_panel as motions_module
    from ui.meetings.motion_dialog import MotionDialog

    window = _window(url)
    waiter = Painted()
    target = _workable_meeting(window)
    tab = window.tab("meetingsTab")
    window.tabs.setCurrentWidget(tab)
    waiter.wait([tab.table.viewport()], lambda: tab.model.rowCount() > 1)
    out: dict[str, list[float]] = {"open_meeting": [], "motion": [], "motion_minutes": []}
    others = [tab.model.row_at(r).id for r in range(min(tab.model.rowCount(), 12))]
    others = [m for m in others if m != target][:3] or others
    for page in (tab.agenda, tab.roll_call, tab.minutes, tab.motions):  # every page in turn
        tab.details.setCurrentWidget(page)
        for i in range(runs):
            meeting = others[i % len(others)]
            out["open_meeting"].append(
                timed(
                    lambda m=meeting: _open_meeting(tab, m),
                    lambda p=page: [p, tab.table.viewport()],
                    waiter,
                    lambda m=meeting: tab.selected_meeting_id() == m,
                )
            )
    recorded: list[int] = []

    def fill(parent: Any, ctx: Any, meeting_id: int, **_kw: Any) -> int | None:
        """The motion form as the secretary fills it: wording, roll call, all aye, Save (timed)."""
        from database.enums import VotingMethod

        dialog = MotionDialog(ctx, meeting_id, parent)
        dialog.text.setPlainText(f"To ask the city for a crosswalk on Elm St ({len(recorded) + 1})")
        dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.ROLL_CALL.value))
        if dialog.method.currentIndex() < 0:
            dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.ROLL_CALL))
        dialog.all_aye()
        start = time.perf_counter()
        dialog.save()
        assert dialog.motion_id is not None, dialog.error_label.text()
        recorded.append(dialog.motion_id)
        fill.started = start  # type: ignore[attr-defined]
        dialog.deleteLater()
        return dialog.motion_id

    motions_module.MotionDialog.ask = fill  # type: ignore[method-assign]
    _open_meeting(tab, target)
    for page, key in ((tab.motions, "motion"), (tab.minutes, "motion_minutes")):
        tab.details.setCurrentWidget(page)
        waiter.wait([page])
        for _ in range(runs):
            n = len(recorded)
            # The Minutes page records a motion on an agenda item the same way (MotionDialog).
            tab.motions.record_motion()
            waiter.wait(
                [page],
                lambda p=page, k=n + 1: _shows_motions(tab, p, k),
            )
            out[key].append(time.perf_counter() - fill.started)  # type: ignore[attr-defined]
    return out


def _shows_motions(tab: Any, page: Any, count: int) -> bool:
    if page is tab.motions:
        return bool(tab.motions.motions_table.rowCount() >= count and not tab.has_pending_changes)
    return not tab.has_pending_changes and page not in tab._stale


# ---------------------------------------------------------------------- first show of each tab
def tabs(url: str, prefetch: bool = True) -> dict[str, list[float]]:
    from ui.tabpages import TAB_SPECS

    window = _window(url)
    waiter = Painted()
    _settle(waiter, window)
    if prefetch:
        _prefetched(window)
    out: dict[str, list[float]] = {}
    order = [*range(1, len(TAB_SPECS)), 0]  # Members last: it was built at start; rebuild it
    for index in order:
        name = TAB_SPECS[index].object_name
        if index == 0:
            window.pages.reset()  # back to placeholders; the current one (Issues…) is rebuilt
            window.tabs.setCurrentIndex(1)
            _settle(waiter, window)
        out[name] = [
            timed(
                lambda i=index: window.tabs.setCurrentIndex(i),
                lambda: [window.tabs.currentWidget()],
                waiter,
                lambda n=name: _built(window, n),
            )
        ]
    return out


# ---------------------------------------------------------------------- the import ahead
def prefetch(url: str) -> dict[str, object]:
    """Each idle turn of the import ahead, timed (wall clock, and the GUI thread's CPU time:
    what it would take on a quiet machine), with the name of what it did; the longest gap
    between two ticks of a 5 ms timer from its start to its end."""
    window = _window(url)
    waiter = Painted()
    _settle(waiter, window)
    pages = window.pages
    turns: list[tuple[str, float, float]] = []
    step = pages._import_next

    def timed_step() -> None:
        pending = [str(s) for s in pages._to_import]
        start, cpu = time.perf_counter(), time.thread_time()
        step()
        wall, cpu = time.perf_counter() - start, time.thread_time() - cpu
        done = [name for name in pending if name not in {str(s) for s in pages._to_import}]
        turns.append((", ".join(done) or "work ahead started", wall, cpu))

    pages._import_next = timed_step  # the timer of each turn calls the instance's attribute
    ticks: list[float] = []
    beat = QTimer(window)
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.setInterval(5)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    beat.start()
    start = time.perf_counter()
    _prefetched(window)
    total = time.perf_counter() - start
    beat.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    longest = max(turns, key=lambda t: t[1])
    return {
        "turns": [t[1] for t in turns],
        "cpu": [t[2] for t in turns],
        "names": [t[0] for t in turns],
        "longest": [longest[1]],
        "longest_cpu": [max(t[2] for t in turns)],
        "longest_name": longest[0],
        "heartbeat_gap": [max(gaps, default=0.0)],
        "total": [total],
    }


def _built(window: Any, name: str) -> bool:
    from ui.tabbase import BoardTab

    page = window.tabs.currentWidget()
    return isinstance(page, BoardTab) and page.objectName() == name


def main(argv: list[str]) -> int:
    from ui.app import ensure_app

    kind, url = argv[0], argv[1]
    runs = int(argv[2]) if len(argv) > 2 else 5
    ensure_app()
    if kind == "saves":
        out: object = saves(url, runs)
    elif kind == "meetings":
        out = meetings(url, runs)
    elif kind == "tabs":
        out = tabs(url)
    elif kind == "prefetch":
        out = prefetch(url)
    elif kind == "tabs-cold":  # no import ahead: each tab's module imported at its first show
        out = tabs(url, prefetch=False)
    else:
        raise SystemExit(f"unknown probe {kind}")
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
