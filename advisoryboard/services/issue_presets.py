"""Named filter presets of the issues list ("My open graffiti")."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.issue_filter import IssueFilter
from database.models import SavedFilter


@dataclass(frozen=True)
class SavedPreset:
    id: int
    name: str
    filter: IssueFilter


PRESET_SCOPE = "issues"


def saved_presets(session: Session) -> list[SavedPreset]:
    require_permission(session, Permission.READ)
    stmt = select(SavedFilter).where(SavedFilter.scope == PRESET_SCOPE).order_by(SavedFilter.name)
    return [SavedPreset(f.id, f.name, IssueFilter.from_json(f.definition)) for f in session.scalars(stmt)]


def save_preset(session: Session, name: str, flt: IssueFilter) -> int:
    """Save (or overwrite) a named filter preset."""
    require_permission(session, Permission.READ)
    name = (name or "").strip()
    if not name:
        raise UserError(_("Give the saved filter a name."), "name")
    existing = session.scalar(
        select(SavedFilter).where(SavedFilter.scope == PRESET_SCOPE, SavedFilter.name == name)
    )
    if existing is None:
        existing = SavedFilter(scope=PRESET_SCOPE, name=name, definition=flt.to_json())
        session.add(existing)
    else:
        existing.definition = flt.to_json()
    session.flush()
    return existing.id


def delete_preset(session: Session, preset_id: int) -> None:
    require_permission(session, Permission.READ)
    preset = session.get(SavedFilter, preset_id)
    if preset is not None and preset.scope == PRESET_SCOPE:
        session.delete(preset)
        session.flush()
