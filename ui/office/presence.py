"""The banner "<user> is editing this issue on <computer>" at the top of an editing form.

`attach_presence(dialog, "issues", issue_id)` takes a lease when the form opens, renews it
and looks for other editors every few seconds (off the GUI thread), and gives the lease back
when the form closes. It is advice, shown before a conflict can happen; saving still checks
the record's version, and the conflict dialog remains the safety net. A failed check (the
server away) leaves the form as it is.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from shiboken6 import isValid

from ui.workers import Progress, run_in_background

if TYPE_CHECKING:
    from advisoryboard.services.presence import Editor
    from ui.context import AppContext

log = logging.getLogger(__name__)

#: How often an open form renews its lease and looks for other editors.
PRESENCE_POLL_MS = 3000


def _context_of(widget: QWidget | None) -> AppContext | None:
    from ui.context import AppContext

    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        if isinstance(ctx, AppContext):
            return ctx
        widget = widget.parentWidget()
    return None


class Presence(QObject):
    def __init__(self, dialog: QDialog, ctx: AppContext, entity: str, entity_id: int) -> None:
        super().__init__(dialog)
        self.ctx, self.entity, self.entity_id = ctx, entity, entity_id
        self.db = ctx.db  # the form's database, even if the window switches meanwhile
        self.token: str | None = None
        self.others: list[Editor] = []
        self.checks = 0
        self._busy = False
        self._closed = False
        self.banner = QLabel(dialog)
        self.banner.setObjectName("presenceBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Others editing this record"))
        self.banner.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px")
        self.banner.hide()
        layout = dialog.layout()
        if layout is not None and hasattr(layout, "insertWidget"):
            layout.insertWidget(0, self.banner)
        self.timer = QTimer(self)
        self.timer.setInterval(PRESENCE_POLL_MS)
        self.timer.timeout.connect(self.check)
        dialog.finished.connect(lambda _result: self.close())
        self.timer.start()
        self.check()

    def check(self) -> None:
        if self._busy or self._closed:
            return
        self._busy = True
        from advisoryboard.services.presence import check_in

        db, actor, entity, entity_id, token = self.db, self.ctx.actor, self.entity, self.entity_id, self.token

        def work(_progress: Progress) -> tuple[str, list[Editor]] | None:
            return check_in(db, actor, entity, entity_id, token)

        run_in_background(
            self.banner,
            work,
            on_success=lambda result: self._show(result),
            on_failure=lambda exc, tb: self._failed(exc, tb),
        )

    def _failed(self, exc: BaseException, tb: str) -> None:
        """A bug (connection trouble comes back as None, not here): reported once, then no more beats."""
        if not isValid(self):
            return
        self._busy = False
        self.timer.stop()
        from ui.errors import show_exception

        show_exception(self.banner.window(), exc, tb)

    def _show(self, result: object) -> None:
        if not isValid(self) or not isValid(self.banner):  # the form went away meanwhile
            return
        self._busy = False
        if result is None:  # the server is away: keep what the form shows, try again next beat
            return
        assert isinstance(result, tuple)
        token, others = result
        self.token = str(token)
        self.others = list(others)
        self.checks += 1
        if self._closed:
            self._release()
            return
        if not self.others:
            self.banner.hide()
            return
        lines = [
            self.tr("{user} is editing this issue on {computer}").format(user=e.username, computer=e.computer)
            for e in self.others
        ]
        self.banner.setText("\n".join(lines))
        self.banner.show()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        if not self._busy:
            self._release()

    def _release(self) -> None:
        token, db, actor = self.token, self.db, self.ctx.actor
        self.token = None
        if token is None:
            return
        from advisoryboard.services.presence import check_out

        def work(_progress: Progress) -> None:
            check_out(db, actor, token)

        run_in_background(None, work, on_failure=lambda exc, tb: log.info("lease not released: %s", exc))


def attach_presence(dialog: QDialog, entity: str, entity_id: int) -> Presence | None:
    """Show other editors of this record in `dialog` (the app context is found from its parents)."""
    ctx = _context_of(dialog.parentWidget())
    if ctx is None:
        return None
    presence = Presence(dialog, ctx, entity, entity_id)
    dialog.presence = presence  # type: ignore[attr-defined]
    return presence
