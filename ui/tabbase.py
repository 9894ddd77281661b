"""The base of the four tabs: each owns its widgets, actions and refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the main window's shell imports this module before the data layer
    from ui.context import AppContext


class BoardTab(QWidget):
    """A main-window tab. Subclasses override `on_changed` and, if they print, `print_current`."""

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
        ctx.hub.changed.connect(self._changed)

    def tab_title(self) -> str:
        raise NotImplementedError

    def _changed(self, areas: object) -> None:
        if isinstance(areas, frozenset):
            self.on_changed(areas)

    def on_changed(self, areas: frozenset[str]) -> None:
        """Called after any commit with the areas it touched; refresh what shows them."""

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
