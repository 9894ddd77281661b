"""Editing an agenda: add, change, remove and reorder items (keyboard and drag and drop)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from advisoryboard.services.meetings import ensure_minutes_editable
from database.enums import AgendaSection
from database.models import AgendaItem, Issue, IssueEvent, Meeting, Motion


@dataclass(frozen=True)
class ItemInput:
    title: str
    description: str | None = None
    presenter: str | None = None
    minutes_allotted: int | None = None
    issue_id: int | None = None
    consent: bool = False
    closed_session: bool = False
    closed_reason: str | None = None
    section: AgendaSection = AgendaSection.OTHER


def _validate(session: Session, data: ItemInput) -> None:
    errors: dict[str, str] = {}
    if not data.title.strip():
        errors["title"] = _("Give the item a title.")
    elif len(data.title) > 300:
        errors["title"] = _("The title is too long (300 characters at most).")
    if data.minutes_allotted is not None and not 0 <= data.minutes_allotted <= 600:
        errors["minutes_allotted"] = _("Minutes must be between 0 and 600.")
    if data.closed_session and not (data.closed_reason or "").strip():
        errors["closed_reason"] = _("A closed-session item needs its legal reason.")
    if data.issue_id is not None and session.get(Issue, data.issue_id) is None:
        errors["issue_id"] = _("Issue #{id} does not exist.").format(id=data.issue_id)
    if errors:
        raise ValidationError(errors)


def _siblings(session: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
    stmt = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    stmt = stmt.where(
        AgendaItem.parent_id.is_(None) if parent_id is None else AgendaItem.parent_id == parent_id
    )
    return list(session.scalars(stmt.order_by(AgendaItem.position, AgendaItem.id)))


def _renumber(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position


def _editable_meeting(session: Session, meeting_id: int) -> Meeting:
    require_permission(session, Permission.EDIT_MEETINGS)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    ensure_minutes_editable(meeting)
    return meeting


def add_item(session: Session, meeting_id: int, data: ItemInput, parent_id: int | None = None) -> int:
    _editable_meeting(session, meeting_id)
    _validate(session, data)
    if parent_id is not None:
        parent = get_or_404(session, AgendaItem, parent_id, _("Agenda item"))
        if parent.meeting_id != meeting_id or parent.parent_id is not None:
            raise UserError(_("Sub-items go one level deep, under a numbered item."))
    siblings = _siblings(session, meeting_id, parent_id)
    item = AgendaItem(meeting_id=meeting_id, parent_id=parent_id, position=len(siblings))
    _apply(item, data)
    session.add(item)
    session.flush()
    return item.id


def _apply(item: AgendaItem, data: ItemInput) -> None:
    item.title = data.title.strip()
    item.description = (data.description or "").strip() or None
    item.presenter = (data.presenter or "").strip() or None
    item.minutes_allotted = data.minutes_allotted or None
    item.issue_id = data.issue_id
    item.consent = data.consent
    item.closed_session = data.closed_session
    item.closed_reason = (data.closed_reason or "").strip() or None if data.closed_session else None
    item.section = data.section


def update_item(session: Session, item_id: int, version: int | None, data: ItemInput) -> None:
    item = get_or_404(session, AgendaItem, item_id, _("Agenda item"))
    _editable_meeting(session, item.meeting_id)
    check_version(item, version, _("This agenda item"))
    _validate(session, data)
    _apply(item, data)


def delete_item(session: Session, item_id: int) -> None:
    item = get_or_404(session, AgendaItem, item_id, _("Agenda item"))
    _editable_meeting(session, item.meeting_id)
    family = [item.id, *(c.id for c in _siblings(session, item.meeting_id, item.id))]
    if session.scalar(select(Motion.id).where(Motion.agenda_item_id.in_(family)).limit(1)) is not None:
        raise UserError(_("Motions were recorded under this item; delete or move them first."))
    if (
        session.scalar(select(IssueEvent.id).where(IssueEvent.agenda_item_id.in_(family)).limit(1))
        is not None
    ):
        raise UserError(
            _("This item is on an issue's timeline (it was discussed), so it stays on the agenda.")
        )
    for child in _siblings(session, item.meeting_id, item.id):
        session.delete(child)
    session.flush()  # children first: the database would cascade them otherwise
    meeting_id, parent_id = item.meeting_id, item.parent_id
    session.delete(item)
    session.flush()
    _renumber(_siblings(session, meeting_id, parent_id))


def move_item(session: Session, item_id: int, delta: int) -> None:
    """Move an item up (delta -1) or down (+1) among its siblings (Ctrl+Up / Ctrl+Down)."""
    item = get_or_404(session, AgendaItem, item_id, _("Agenda item"))
    siblings = _siblings(session, item.meeting_id, item.parent_id)
    index = next(i for i, s in enumerate(siblings) if s.id == item.id)
    move_item_to(session, item_id, item.parent_id, max(0, min(len(siblings) - 1, index + delta)))


def move_item_to(session: Session, item_id: int, parent_id: int | None, index: int) -> None:
    """Put an item at `index` under `parent_id` (None: top level), as a drop does."""
    item = get_or_404(session, AgendaItem, item_id, _("Agenda item"))
    _editable_meeting(session, item.meeting_id)
    if parent_id is not None:
        parent = get_or_404(session, AgendaItem, parent_id, _("Agenda item"))
        if parent.meeting_id != item.meeting_id or parent.parent_id is not None or parent.id == item.id:
            raise UserError(_("Sub-items go one level deep, under a numbered item."))
        if _siblings(session, item.meeting_id, item.id):
            raise UserError(_("An item with sub-items cannot become a sub-item itself."))
    old_parent = item.parent_id
    old = [s for s in _siblings(session, item.meeting_id, old_parent) if s.id != item.id]
    if old_parent == parent_id:
        target = old
    else:
        _renumber(old)
        target = [s for s in _siblings(session, item.meeting_id, parent_id) if s.id != item.id]
    target.insert(max(0, min(index, len(target))), item)
    item.parent_id = parent_id
    _renumber(target)


def find_issue(session: Session, reference: str) -> int | None:
    """The id of the issue with this reference ('2025-0142' or '#17'); None for blank input."""
    require_permission(session, Permission.READ)
    text = reference.strip()
    if not text:
        return None
    if text.startswith("#") and text[1:].isdigit():
        issue = session.get(Issue, int(text[1:]))
        if issue is not None:
            return issue.id
    found = session.scalar(select(Issue.id).where(Issue.reference == text))
    if found is None:
        raise ValidationError({"issue_id": _("No issue has the reference {ref}.").format(ref=text)})
    return found
