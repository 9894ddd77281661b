"""What every tab is handed: the open database, who is acting, and the change signal."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from advisoryboard.events import changes
from advisoryboard.permissions import OFFICE, Actor, Permission
from database.engine import Database


class ChangeHub(QObject):
    """Bridges the core's change bus to a Qt signal (queued onto the GUI thread).

    Commits made in worker threads publish from those threads; emitting a signal of an
    object that lives on the GUI thread delivers it there.
    """

    changed = Signal(object)  # frozenset[str] of areas: 'members', 'issues', 'meetings', …

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        changes.subscribe(self._publish)

    def _publish(self, areas: frozenset[str]) -> None:
        self.changed.emit(areas)

    def close(self) -> None:
        changes.unsubscribe(self._publish)


@dataclass
class AppContext:
    db: Database
    hub: ChangeHub
    actor: Actor = OFFICE
    #: Work done ahead of a tab's first show, by the tab's objectName (`BoardTab.work_ahead`).
    ahead: dict[str, object] = field(default_factory=dict)

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)
