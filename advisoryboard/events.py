"""One signal, many listeners: after a commit the core says which areas and rows changed.

Areas are table-level names ('members', 'issues', 'meetings', 'settings', …). The UI
bridges this to a Qt signal; each tab refreshes itself.

A notice is a `ChangeNotice`: it *is* the frozenset of areas (so a listener written as
`areas & {"members"}` keeps working) and also carries, per table, the ids of the rows that
changed. Areas changed by a bulk write (import, demo data) are `unknown`: any row of theirs
may have changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping

Listener = Callable[[frozenset[str]], None]


class ChangeNotice(frozenset[str]):
    """The areas one commit touched, plus the ids that changed in each table."""

    ids: Mapping[str, frozenset[int]]
    unknown: frozenset[str]

    def __new__(
        cls,
        areas: Iterable[str] = (),
        ids: Mapping[str, Iterable[int]] | None = None,
        unknown: Iterable[str] = (),
    ) -> ChangeNotice:
        unknown = frozenset(unknown)
        self = super().__new__(cls, frozenset(areas) | unknown)
        self.ids = {table: frozenset(values) for table, values in (ids or {}).items() if values}
        self.unknown = unknown
        return self

    @classmethod
    def of(cls, areas: frozenset[str]) -> ChangeNotice:
        """A notice from a plain set of areas (an older publisher): any of their rows may have changed."""
        return areas if isinstance(areas, ChangeNotice) else cls(unknown=areas)

    def ids_of(self, table: str) -> frozenset[int]:
        """The ids that changed in `table` (empty when none, or when they are not known)."""
        return self.ids.get(table, frozenset())

    def may_touch(self, table: str, ident: int | None = None) -> bool:
        """Whether rows of `table` (row `ident`, when given) may have changed."""
        area = TABLE_AREAS.get(table, table)
        if area in self.unknown:
            return True
        changed = self.ids.get(table, frozenset())
        return bool(changed) if ident is None else ident in changed

    def merged(self, other: frozenset[str]) -> ChangeNotice:
        """This notice and `other` together (coalescing the notices of one event-loop turn)."""
        other = ChangeNotice.of(other)
        tables = set(self.ids) | set(other.ids)
        ids = {t: self.ids.get(t, frozenset()) | other.ids.get(t, frozenset()) for t in tables}
        return ChangeNotice(frozenset(self) | frozenset(other), ids, self.unknown | other.unknown)

    def __repr__(self) -> str:
        return f"ChangeNotice({sorted(self)}, ids={dict(self.ids)}, unknown={sorted(self.unknown)})"


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
    "offense_categories": "crime",
    "offense_mappings": "crime",
    "incidents": "crime",
    "projects": "crime",
    "project_categories": "crime",
    "project_partners": "crime",
    "project_issues": "crime",
    "project_incidents": "crime",
    "project_responses": "crime",
    "response_action_items": "crime",
    "response_motions": "crime",
    "boundary_sets": "geo",
    "boundary_areas": "geo",
    "issue_places": "geo",
    "community_programs": "community",
    "watch_blocks": "community",
    "community_events": "community",
    "event_sign_ins": "community",
    "surveys": "surveys",
    "survey_questions": "surveys",
    "survey_choices": "surveys",
    "survey_waves": "surveys",
    "survey_responses": "surveys",
    "survey_answers": "surveys",
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
        """Tell every listener; `areas` is a ChangeNotice (or, from older code, a frozenset)."""
        if not areas:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(areas)


changes = ChangeBus()
