"""Run slow work off the GUI thread (Anki's CollectionOp/QueryOp pattern).

The operation runs in a thread-pool thread with its own database sessions and never touches
widgets; its result comes back through signals to callbacks on the GUI thread. A
progress dialog with Cancel appears when the operation asks for one.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("advisoryboard.ui")


class Cancelled(Exception):
    """Raised inside an operation when the user pressed Cancel."""


class Progress:
    """Handed to the operation: report progress, and notice a cancel request."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, percent: int, label: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        try:
            self._signals.progress.emit(int(percent), label)
        except RuntimeError:  # the window that showed the progress is gone: stop quietly
            self._cancel.set()
            raise Cancelled from None

    @classmethod
    def detached(cls) -> Progress:
        """A Progress nobody watches (for work run on the GUI thread)."""
        return cls(_Signals())

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    """One piece of background work.

    Its signals object may be owned by the widget that started the work (see
    `run_in_background(owner=...)`): when that widget is deleted first, the results have
    nobody to go to and are dropped quietly instead of raising "Signal source has been
    deleted" in the worker thread.
    """

    def __init__(self, fn: Callable[[Progress], Any], owner: QObject | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals(owner)
        self.progress = Progress(self.signals)
        self.setAutoDelete(False)

    def _emit(self, signal_name: str, *args: Any) -> bool:
        """Emit one of the signals; False when their object is gone (window closed, app quit)."""
        try:
            if not shiboken6.isValid(self.signals):
                return False
            getattr(self.signals, signal_name).emit(*args)
        except RuntimeError:  # deleted between the check and the emit: nobody is listening
            return False
        return True

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self._emit("cancelled")
        except Exception as exc:  # every failure goes back to the GUI thread
            if not self._emit("failed", exc, traceback.format_exc()):
                log.error("background work failed after its window closed", exc_info=exc)
        else:
            if self.progress.cancelled:
                self._emit("cancelled")
            else:
                self._emit("succeeded", result)
        if not self._emit("finished"):
            _running.discard(self)  # its GUI-thread clean-up will never run


_running: set[Task] = set()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException, str], None] | None = None,
    title: str | None = None,
    cancellable: bool = True,
    owner: QObject | None = None,
) -> Task:
    """Start `fn(progress)` on the thread pool; callbacks run on the GUI thread.

    With a `title`, a progress dialog is shown (after a short delay, so quick work
    does not flash a dialog). Failures go to `on_failure`, or to the standard error
    dialog when none is given. With an `owner`, nothing is called back once the owner
    has been deleted (the work's results are dropped quietly).
    """
    task = Task(fn, owner)
    _running.add(task)
    dialog: QProgressDialog | None = None
    if title is not None:
        cancel = QCoreApplication.translate("workers", "Cancel")
        dialog = QProgressDialog(title, cancel, 0, 100, parent)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(task.progress.cancel)
        else:
            dialog.setCancelButton(None)

        def show_progress(percent: int, label: str) -> None:
            assert dialog is not None
            dialog.setValue(percent)
            if label:
                dialog.setLabelText(label)

        task.signals.progress.connect(show_progress)
    if on_success is not None:
        task.signals.succeeded.connect(on_success)

    def failed(exc: object, tb: str) -> None:
        if on_failure is not None:
            on_failure(exc, tb)  # type: ignore[arg-type]
        else:
            from ui.errors import show_exception

            show_exception(parent, exc, tb)  # type: ignore[arg-type]

    task.signals.failed.connect(failed)

    def finished() -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        _running.discard(task)

    task.signals.finished.connect(finished)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until background work is done (used when closing the window)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
