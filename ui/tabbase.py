"""The base of the tabs: each owns its widgets, actions and refresh; the refresh policy is here.

One policy for every tab (DESIGN.md, "Qt"):
- a change notice (advisoryboard.events.ChangeNotice: areas and ids) for an area the tab
  does not watch (`watched_areas`) refreshes nothing;
- the notices of one event-loop turn are coalesced into one refresh;
- a visible tab refreshes (`on_changed`, once, with the merged notice); a hidden tab only
  marks itself stale and refreshes when it is shown again.
The panel that made a change is refreshed by the notice like everyone else, not by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from advisoryboard.events import ChangeNotice

if TYPE_CHECKING:  # the main window's shell imports this module before the data layer
    from ui.context import AppContext


class BoardTab(QWidget):
    """A main-window tab. Subclasses set `watched_areas`, override `on_changed` and, if
    they print, `default_print_request`."""

    #: The areas whose changes this tab shows; empty means every area (the tab filters itself).
    watched_areas: frozenset[str] = frozenset()

    #: Ask the main window to show another tab, e.g. ('issuesTab', {'category': 'Graffiti'}).
    navigate = Signal(str, object)
    #: A short message for the status bar.
    status_message = Signal(str)
    #: Ask for a printed document: kind is one of ui.printing.DOCUMENT_KINDS
    #: ('agenda', 'minutes', 'sign-in', 'annual', 'roster', 'issues'), params e.g. {'meeting_id': 4}.
    print_request = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: Notices of this event-loop turn, not yet handled.
        self._incoming: ChangeNotice | None = None
        #: Notices that arrived while the tab was hidden: handled when it is shown.
        self._stale_notice: ChangeNotice | None = None
        #: How many times `on_changed` ran (for tests and the status of a tab).
        self.refresh_count = 0
        ctx.hub.changed.connect(self._changed)

    def tab_title(self) -> str:
        raise NotImplementedError

    @classmethod
    def work_ahead(cls, ctx: AppContext) -> QObject | None:
        """Start what this tab's first show needs besides its modules (e.g. reading its first
        numbers in a worker), in idle time before the tab is built (`TabPages.prefetch`).

        Returns the work while it runs (an object with a `finished` signal), else None.
        """
        return None

    # ------------------------------------------------------------------ refresh policy
    def _changed(self, areas: object) -> None:
        if not isinstance(areas, frozenset):
            return
        notice = ChangeNotice.of(areas)
        if self.watched_areas and not notice & self.watched_areas:
            return
        if self._incoming is None:
            self._incoming = notice
            QTimer.singleShot(0, self, self.flush_changes)  # once, at the end of this turn
        else:
            self._incoming = self._incoming.merged(notice)

    def flush_changes(self) -> None:
        """Handle the notices that came in: refresh now when visible, else mark stale."""
        notice, self._incoming = self._incoming, None
        if notice is None:
            return
        if self._stale_notice is not None:
            notice = self._stale_notice.merged(notice)
            self._stale_notice = None
        if self.isVisible():
            self._refresh_with(notice)
        else:
            self._stale_notice = notice

    @staticmethod
    def flush_changes_around(widget: QWidget) -> None:
        """Let the tab holding `widget` show the changes just made now (before, say,
        selecting the record a panel has just created), instead of at the end of the turn."""
        parent: QWidget | None = widget
        while parent is not None and not isinstance(parent, BoardTab):
            parent = parent.parentWidget()
        if isinstance(parent, BoardTab):
            parent.flush_changes()

    @property
    def has_pending_changes(self) -> bool:
        """Whether notices came in that this event-loop turn has not handled yet."""
        return self._incoming is not None

    @property
    def is_stale(self) -> bool:
        """Whether changes arrived while hidden that the tab has not shown yet."""
        return self._stale_notice is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale_notice is not None:
            notice, self._stale_notice = self._stale_notice, None
            self._refresh_with(notice)

    def _refresh_with(self, notice: ChangeNotice) -> None:
        self.refresh_count += 1
        self.on_changed(notice)

    def on_changed(self, areas: frozenset[str]) -> None:
        """Refresh what shows the changed areas. `areas` is a ChangeNotice: the areas, and
        per table the ids that changed (`areas.ids_of("motions")`, `areas.may_touch(...)`).
        Called once per event-loop turn while the tab is visible, or when it is shown."""

    def default_print_request(self) -> tuple[str, dict[str, object]] | None:
        """What File ▸ Print… prints while this tab is shown (None: let the user choose)."""
        return None

    def apply_navigation(self, request: object) -> None:
        """Show what another tab asked for (e.g. a filter)."""

    def view_state(self) -> object:
        """What this tab shows (e.g. the selected record) as a request `apply_navigation` takes,
        so a rebuilt window (a language switch) shows the same; None: nothing to keep."""
        return None

    def shutdown(self) -> None:
        """Stop background work before the window closes."""
