"""One signal, many listeners: after a commit the core says which areas changed.

Areas are table-level names ('members', 'issues', 'meetings', 'settings', …). The UI
bridges this to a Qt signal; each tab refreshes itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Listener = Callable[[frozenset[str]], None]

#: Which area a table belongs to.
TABLE_AREAS: dict[str, str] = {
    "members": "members",
    "seats": "members",
    "seat_terms": "members",
    "office_terms": "members",
    "committees": "members",
    "committee_memberships": "members",
    "partners": "partners",
    "issue_categories": "issues",
    "issues": "issues",
    "issue_events": "issues",
    "saved_filters": "issues",
    "meetings": "meetings",
    "agenda_items": "meetings",
    "attendance": "meetings",
    "motions": "meetings",
    "votes": "meetings",
    "action_items": "meetings",
    "minutes_amendments": "meetings",
    "board_settings": "settings",
    "users": "users",
    "community_programs": "community",
    "watch_blocks": "community",
    "community_events": "community",
    "event_sign_ins": "community",
}
ALL_AREAS = frozenset(TABLE_AREAS.values())


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def publish(self, areas: frozenset[str]) -> None:
        if not areas:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(areas)


changes = ChangeBus()
