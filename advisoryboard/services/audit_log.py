"""Reading the audit log: one record's history, and the whole log filtered.

Entries are written only by `advisoryboard.audit` (automatically, with every change).
This module reads; on purpose there is no function that edits or deletes an entry.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from advisoryboard.i18n import N_, _
from advisoryboard.labels import AUDIT_ACTION_LABELS
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.enums import AuditAction
from database.models import AuditEntry

#: Record types (table names) in words, for the log's "Record" column and filter.
RECORD_TYPES: dict[str, str] = {
    "members": N_("Member"),
    "seats": N_("Seat"),
    "seat_terms": N_("Seat term"),
    "office_terms": N_("Office"),
    "committees": N_("Committee"),
    "committee_memberships": N_("Committee membership"),
    "partners": N_("Partner"),
    "issue_categories": N_("Issue category"),
    "issues": N_("Issue"),
    "issue_events": N_("Issue timeline entry"),
    "saved_filters": N_("Saved filter"),
    "import_mappings": N_("Import mapping"),
    "meetings": N_("Meeting"),
    "agenda_items": N_("Agenda item"),
    "attendance": N_("Attendance"),
    "motions": N_("Motion"),
    "votes": N_("Vote"),
    "action_items": N_("Action item"),
    "minutes_amendments": N_("Minutes amendment"),
    "board_settings": N_("Board settings"),
    "users": N_("Account"),
}
#: The words for the actions: those of advisoryboard/labels.py (kept under this name).
ACTION_WORDS = AUDIT_ACTION_LABELS


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    entity: str | None = None
    entity_id: int | None = None
    #: Inclusive calendar dates (UTC, as stored).
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: AuditAction
    entity: str
    entity_id: int | None
    changes: dict[str, Any]

    @property
    def record_type(self) -> str:
        return _(RECORD_TYPES.get(self.entity, self.entity))

    @property
    def summary(self) -> str:
        """'name: "Ana" → "Ana García"; email: … ' in one line (for tables)."""
        if "summary" in self.changes:
            return str(self.changes["summary"])
        parts = []
        for field, pair in self.changes.items():
            if isinstance(pair, list) and len(pair) == 2:
                old, new = pair
                if self.action is AuditAction.CREATE:
                    parts.append(f"{field}: {_show(new)}")
                elif self.action is AuditAction.DELETE:
                    parts.append(f"{field}: {_show(old)}")
                else:
                    parts.append(f"{field}: {_show(old)} → {_show(new)}")
        return "; ".join(parts)


def _show(value: Any) -> str:
    if value is None:
        return "—"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:79] + "…"


def _row(entry: AuditEntry) -> AuditRow:
    try:
        changes = json.loads(entry.changes or "{}")
    except ValueError:
        changes = {"summary": entry.changes}
    return AuditRow(
        id=entry.id,
        at=entry.at,
        username=entry.username,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        changes=changes if isinstance(changes, dict) else {"summary": str(changes)},
    )


def _filtered(stmt: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.username:
        stmt = stmt.where(AuditEntry.username == flt.username)
    if flt.entity:
        stmt = stmt.where(AuditEntry.entity == flt.entity)
    if flt.entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == flt.entity_id)
    if flt.date_from is not None:
        stmt = stmt.where(AuditEntry.at >= dt.datetime.combine(flt.date_from, dt.time.min))
    if flt.date_to is not None:
        stmt = stmt.where(
            AuditEntry.at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time.min)
        )
    return stmt


def count_entries(session: Session, flt: AuditFilter = AuditFilter()) -> int:
    require_permission(session, Permission.VIEW_AUDIT)
    return int(session.scalar(_filtered(select(func.count()).select_from(AuditEntry), flt)) or 0)


def list_entries(
    session: Session,
    flt: AuditFilter = AuditFilter(),
    offset: int = 0,
    limit: int = 200,
    newest_first: bool = True,
) -> list[AuditRow]:
    """One page of the log, newest first."""
    require_permission(session, Permission.VIEW_AUDIT)
    order = (AuditEntry.at.desc(), AuditEntry.id.desc()) if newest_first else (AuditEntry.at, AuditEntry.id)
    stmt = _filtered(select(AuditEntry), flt).order_by(*order).offset(max(offset, 0)).limit(max(limit, 0))
    return [_row(e) for e in session.scalars(stmt)]


def record_history(session: Session, entity: str, entity_id: int) -> list[AuditRow]:
    """Every change of one record, oldest first (the History dialog)."""
    return list_entries(
        session, AuditFilter(entity=entity, entity_id=entity_id), limit=100_000, newest_first=False
    )


def usernames(session: Session) -> list[str]:
    """Who appears in the log (for the user filter)."""
    require_permission(session, Permission.VIEW_AUDIT)
    return list(session.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username)))


def record_types(session: Session) -> list[str]:
    """Which record types appear in the log (table names; see RECORD_TYPES for words)."""
    require_permission(session, Permission.VIEW_AUDIT)
    return list(session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)))
