"""The audit log and change notices, written from Session events.

Every create, update and delete flushed through a Session records who (the Session's
actor), when and what changed (old -> new), in the same transaction as the change.
Bulk inserts through Core (demo data, imports) record one summary entry instead.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import json
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from advisoryboard.events import TABLE_AREAS, ChangeNotice, changes
from advisoryboard.permissions import OFFICE, Actor
from database.base import utcnow
from database.enums import AuditAction
from database.models import AuditEntry

MAX_AUDITED_TEXT = 10_000
_SKIP_FIELDS = {"version", "created_at", "updated_at", "password_hash"}


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.time | dt.datetime | decimal.Decimal):
        return value.isoformat() if not isinstance(value, decimal.Decimal) else str(value)
    if isinstance(value, str) and len(value) > MAX_AUDITED_TEXT:
        return value[:MAX_AUDITED_TEXT] + "…"
    return value


def actor_of(session: Session) -> Actor:
    actor = session.info.get("actor")
    return actor if isinstance(actor, Actor) else OFFICE


def _entity_row(session: Session, obj: Any, action: AuditAction) -> dict[str, Any] | None:
    state = inspect(obj)
    table = state.mapper.local_table.name
    if table == AuditEntry.__tablename__:
        return None
    diff: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIP_FIELDS:
            continue
        if action is AuditAction.UPDATE:
            hist = state.attrs[key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
            diff[key] = [_plain(old), _plain(new)]
        elif action is AuditAction.CREATE:
            value = getattr(obj, key)
            if value is not None:
                diff[key] = [None, _plain(value)]
        else:
            diff[key] = [_plain(state.attrs[key].loaded_value), None]
    if (
        action is AuditAction.UPDATE
        and "password_hash" in state.attrs
        and state.attrs["password_hash"].history.has_changes()
    ):
        diff["password"] = ["***", "*** (changed)"]  # that it changed, never the hash
    if action is AuditAction.UPDATE and not diff:
        return None
    actor = actor_of(session)
    # The primary key, also for rows just inserted (their identity key is set only after the flush).
    ident = state.identity or state.mapper.primary_key_from_instance(obj)
    return {
        "at": utcnow(),
        "user_id": actor.user_id,
        "username": actor.username,
        "action": action,
        "entity": table,
        "entity_id": ident[0] if ident else None,
        "changes": json.dumps(diff, ensure_ascii=False, default=str),
    }


def _after_flush(session: Session, _ctx: Any) -> None:
    rows: list[dict[str, Any]] = []
    areas: set[str] = session.info.setdefault("changed_areas", set())
    changed_ids: dict[str, set[int]] = session.info.setdefault("changed_ids", {})
    for action, objs in (
        (AuditAction.CREATE, session.new),
        (AuditAction.UPDATE, session.dirty),
        (AuditAction.DELETE, session.deleted),
    ):
        for obj in objs:
            table = inspect(obj).mapper.local_table.name
            if table in TABLE_AREAS:
                areas.add(TABLE_AREAS[table])
                _note_id(changed_ids, table, obj)
            if action is AuditAction.UPDATE and not session.is_modified(obj):
                continue
            row = _entity_row(session, obj, action)
            if row is not None:
                rows.append(row)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def _note_id(changed_ids: dict[str, set[int]], table: str, obj: Any) -> None:
    state = inspect(obj)
    ident = state.identity or state.mapper.primary_key_from_instance(obj)
    if ident and len(ident) == 1 and isinstance(ident[0], int):
        changed_ids.setdefault(table, set()).add(ident[0])


def _after_commit(session: Session) -> None:
    areas = session.info.pop("changed_areas", set())
    ids = session.info.pop("changed_ids", {})
    bulk = session.info.pop("bulk_areas", set())
    if areas or bulk:
        changes.publish(ChangeNotice(areas, ids, unknown=bulk))


def _after_rollback(session: Session) -> None:
    session.info.pop("changed_areas", None)
    session.info.pop("changed_ids", None)
    session.info.pop("bulk_areas", None)


def note_bulk_change(session: Session, area: str, entity: str, summary: str, count: int) -> None:
    """Record a Core bulk write (import, demo data) as one audit entry and one change notice."""
    actor = actor_of(session)
    session.info.setdefault("bulk_areas", set()).add(area)
    session.execute(
        insert(AuditEntry),
        [
            {
                "at": utcnow(),
                "user_id": actor.user_id,
                "username": actor.username,
                "action": AuditAction.CREATE,
                "entity": entity,
                "entity_id": None,
                "changes": json.dumps({"summary": summary, "count": count}, ensure_ascii=False),
            }
        ],
    )


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_soft_rollback", lambda s, _t: _after_rollback(s))
