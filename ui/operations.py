"""The one way a widget reads or changes data (Anki's CollectionOp / QueryOp).

A widget hands the runner a function of a Session and says what to do with the result:

    ChangeOp(self, self.ctx, lambda s: save_member(s, data)).show_errors_in(
        self.message, {"name": self.name_error}
    ).success(self._saved).run()

    QueryOp(self, self.ctx, lambda s: roster(s, flt)).success(self.model.set_rows).run_in_background()

The runner
- opens one transaction in the name of the signed-in actor (`ChangeOp`) or a read-only
  Session (`QueryOp`), so widgets never import Session, `transaction` or `read_only`;
- runs the function on the GUI thread (`run()`, for quick work) or on the thread pool
  (`run_in_background()`, with a progress dialog when `with_progress` was asked for);
- puts a UserError next to its field (a field → label mapping the widget gives), in the
  form's message label, or else in the one standard message box;
- reports anything else as a bug through the crash dialog (ui/errors.py);
- calls `success` on the GUI thread, and drops the results quietly when the widget that
  started the work has been deleted meanwhile.

The panel that made a change is refreshed by the change notice (ui/tabbase.py), so a
`success` callback does not reload by hand; it only does what the notice cannot know
(select the new record, close the dialog, say "Saved.").
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, Self, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.permissions import Actor
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from ui.errors import show_exception, show_user_error
from ui.workers import Cancelled, Progress, Task, run_in_background

__all__ = [
    "Acting",
    "Cancelled",
    "ChangeOp",
    "DbSession",
    "Operation",
    "OperationContext",
    "Progress",
    "QueryOp",
    "error_text",
]

#: The type of what an operation's function receives (for annotating a nested `def`): the
#: runner opens and closes it; a widget never does.
DbSession = Session

log = logging.getLogger("advisoryboard.ui")
T = TypeVar("T")
R = TypeVar("R")

#: Where a UserError about a field is shown: a label (its text becomes the message) or the
#: field itself (it gets the focus; the message goes to the form's label or the box).
FieldTargets = Mapping[str, QWidget]


class OperationContext(Protocol):
    """What the runner needs: the open database and who is acting (ui.context.AppContext)."""

    @property
    def db(self) -> Database: ...

    @property
    def actor(self) -> Actor: ...


@dataclass(frozen=True)
class Acting:
    """A context before the main window exists (sign-in, first start): a database and an actor."""

    db: Database
    actor: Actor


def error_text(exc: UserError) -> str:
    """All the messages of a user error, one a line."""
    return "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else exc.message


def _alive(obj: QObject | None) -> bool:
    return obj is None or shiboken6.isValid(obj)


class Operation(Generic[T]):
    """One user action or one read. Build it, chain the options, then `run*()` it once."""

    _writes = False

    def __init__(self, parent: QObject | None, ctx: OperationContext, op: Callable[[Session], T]) -> None:
        self._setup(parent, ctx, lambda session, _progress: op(session))

    @classmethod
    def reporting(
        cls, parent: QObject | None, ctx: OperationContext, op: Callable[[Session, Progress], R]
    ) -> Operation[R]:
        """An operation whose function also reports progress (`progress.report(percent, text)`)
        and notices Cancel (`progress.check()`); run on the GUI thread it gets a silent Progress."""
        operation: Operation[R] = object.__new__(cls)  # type: ignore[arg-type]
        operation._setup(parent, ctx, lambda session, progress: op(session, progress or Progress.detached()))
        return operation

    def _setup(
        self, parent: QObject | None, ctx: OperationContext, work: Callable[[Session, Progress | None], T]
    ) -> None:
        self.parent = parent
        self.ctx = ctx
        self._work = work
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[UserError], object] | None = None
        self._label: QLabel | None = None
        self._fields: dict[str, QWidget] = {}
        self._validation_only = False
        self._handler: Callable[[UserError], object] | None = None
        self._title: str | None = None
        self._cancellable = True
        self.result: T | None = None
        self.error: BaseException | None = None
        self.task: Task | None = None

    # ------------------------------------------------------------------ options
    def success(self, callback: Callable[[T], object]) -> Self:
        """Called with the result on the GUI thread, after the transaction committed."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[UserError], object]) -> Self:
        """Called with a UserError after it has been shown (bugs always go to the crash dialog)."""
        self._failure = callback
        return self

    def handle_errors(self, callback: Callable[[UserError], object]) -> Self:
        """The widget shows user errors itself (a banner, a conflict dialog): `callback` gets
        them instead of the standard display. Bugs still go to the crash dialog."""
        self._handler = callback
        return self

    def show_errors_in(
        self,
        label: QLabel | None = None,
        fields: FieldTargets | None = None,
        *,
        validation_only: bool = False,
    ) -> Self:
        """Show user errors in the form: `fields` maps a field name to its label or widget,
        `label` takes the rest. Without either, errors appear in the standard message box.
        With `validation_only`, only bad input (ValidationError) goes to the form; other user
        errors (someone else saved first, no permission, database busy) to the message box."""
        self._label = label
        self._fields = dict(fields or {})
        self._validation_only = validation_only
        return self

    def with_progress(self, title: str, *, cancellable: bool = True) -> Self:
        """Show a progress dialog (after a short delay) while it runs in the background."""
        self._title = title
        self._cancellable = cancellable
        return self

    # ------------------------------------------------------------------ running
    def _session_scope(self) -> Any:
        actor = self.ctx.actor  # who is signed in when the work starts is who made the change
        return transaction(self.ctx.db, actor) if self._writes else read_only(self.ctx.db, actor)

    def _call(self, progress: Progress | None) -> T:
        with self._session_scope() as session:
            return self._work(session, progress)

    def run(self) -> bool:
        """Run now on the GUI thread (quick work). True when it succeeded; see `result`."""
        self._clear_errors()
        try:
            result = self._call(None)
        except UserError as exc:
            self._user_error(exc)
            return False
        except Cancelled:
            return False
        except Exception as exc:
            self._bug(exc, traceback.format_exc())
            return False
        self._succeeded(result)
        return True

    def get(self) -> T:
        """Run now on the GUI thread and return the result: for a read a widget needs in order
        to go on (filling a dialog, a page of rows). Errors propagate to the caller (from a
        slot, ui/errors.py shows them: a UserError in the standard message, a bug in the
        crash dialog)."""
        return self._call(None)

    def run_in_background(self) -> Task:
        """Run on the thread pool; the callbacks run on the GUI thread afterwards."""
        self._clear_errors()
        widget = self.parent if isinstance(self.parent, QWidget) else None

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, UserError):
                self._user_error(exc)
            else:
                self._bug(exc, tb)

        self.task = run_in_background(
            widget,
            self._call,
            on_success=self._succeeded,
            on_failure=failed,
            title=self._title,
            cancellable=self._cancellable,
            owner=self.parent,
        )
        return self.task

    # ------------------------------------------------------------------ outcomes
    def _succeeded(self, result: Any) -> None:
        if not _alive(self.parent):
            return
        self.result = result
        if self._success is not None:
            self._success(result)

    def _clear_errors(self) -> None:
        if self._label is not None and _alive(self._label):
            self._label.setText("")
        for target in self._fields.values():
            if isinstance(target, QLabel) and _alive(target):
                target.setText("")
                target.hide()  # a field's message line takes room only while it says something

    def _user_error(self, exc: UserError) -> None:
        self.error = exc
        if not _alive(self.parent):
            return
        if self._handler is not None:
            self._handler(exc)
            return
        messages = dict(exc.errors) if isinstance(exc, ValidationError) else {exc.field or "": exc.message}
        in_form = isinstance(exc, ValidationError) or not self._validation_only
        rest: list[str] = []
        focus: QWidget | None = None
        for field, message in messages.items():
            target = self._fields.get(field) if in_form else None
            if isinstance(target, QLabel):
                target.setText(message)
                target.show()
                continue
            if target is not None and focus is None:
                focus = target
            rest.append(message)
        if rest:
            if self._label is not None and in_form:
                self._label.setText("\n".join(rest))
                self._label.show()
            else:
                widget = self.parent if isinstance(self.parent, QWidget) else None
                show_user_error(widget, UserError("\n".join(rest), exc.field))
        if focus is not None:
            focus.setFocus()
        if self._failure is not None:
            self._failure(exc)

    def _bug(self, exc: BaseException, tb: str) -> None:
        self.error = exc
        if not _alive(self.parent):
            log.error("unexpected error after its window closed:\n%s", tb)
            return
        show_exception(self.parent if isinstance(self.parent, QWidget) else None, exc, tb)


class ChangeOp(Operation[T]):
    """A change: one transaction in the name of the signed-in actor, committed at the end."""

    _writes = True


class QueryOp(Operation[T]):
    """A read: a read-only Session that never commits."""

    _writes = False
