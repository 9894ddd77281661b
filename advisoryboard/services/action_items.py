"""Action items: who does what by when; they stay on later agendas until done or dropped."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from advisoryboard.services.meetings import ensure_minutes_editable
from advisoryboard.services.minutes import issue_event
from database.enums import ActionItemStatus, TimelineKind
from database.models import ActionItem, Issue, Meeting, Member


@dataclass(frozen=True)
class ActionItemRow:
    id: int
    meeting_id: int | None
    description: str
    owner: str
    owner_member_id: int | None
    due_on: dt.date | None
    issue_id: int | None
    status: ActionItemStatus
    closed_on: dt.date | None
    closed_note: str | None
    version: int
    #: The date of the meeting the item was assigned at (None for one with no meeting).
    meeting_date: dt.date | None = None


def add_action_item(
    session: Session,
    meeting_id: int,
    *,
    description: str,
    owner_member_id: int | None = None,
    owner_text: str | None = None,
    due_on: dt.date | None = None,
    issue_id: int | None = None,
    motion_id: int | None = None,
) -> int:
    require_permission(session, Permission.EDIT_MINUTES)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    ensure_minutes_editable(meeting)
    errors: dict[str, str] = {}
    if not description.strip():
        errors["description"] = _("Say what is to be done.")
    if owner_member_id is None and not (owner_text or "").strip():
        errors["owner"] = _("Say who will do it.")
    if due_on is not None and due_on < meeting.starts_at.date():
        errors["due_on"] = _("The due date cannot be before the meeting.")
    if issue_id is not None and session.get(Issue, issue_id) is None:
        errors["issue_id"] = _("Issue #{id} does not exist.").format(id=issue_id)
    if errors:
        raise ValidationError(errors)
    item = ActionItem(
        meeting_id=meeting_id,
        motion_id=motion_id,
        description=description.strip(),
        owner_member_id=owner_member_id,
        owner_text=(owner_text or "").strip() or None,
        due_on=due_on,
        issue_id=issue_id,
        status=ActionItemStatus.OPEN,
    )
    session.add(item)
    session.flush()
    if issue_id is not None:
        issue_event(
            session,
            issue_id,
            TimelineKind.ACTION_ITEM,
            _("Action item from the meeting of {date}: {text}").format(
                date=meeting.starts_at.date().isoformat(), text=item.description
            ),
            meeting_id=meeting_id,
            action_item_id=item.id,
        )
    return item.id


def close_action_item(
    session: Session,
    item_id: int,
    version: int | None,
    status: ActionItemStatus,
    on: dt.date,
    note: str | None = None,
) -> None:
    """Mark an action item done or dropped on a date (it then leaves later agendas)."""
    require_permission(session, Permission.EDIT_MINUTES)
    item = get_or_404(session, ActionItem, item_id, _("Action item"))
    check_version(item, version, _("This action item"))
    if status is ActionItemStatus.OPEN:
        item.status, item.closed_on, item.closed_note = status, None, None
        return
    item.status = status
    item.closed_on = on
    item.closed_note = (note or "").strip() or None
    if item.issue_id is not None:
        issue_event(
            session,
            item.issue_id,
            TimelineKind.ACTION_ITEM,
            _("Action item {status} on {date}: {text}").format(
                status=_(status.value), date=on.isoformat(), text=item.description
            ),
            meeting_id=item.meeting_id,
            action_item_id=item.id,
        )


def list_action_items(
    session: Session, *, meeting_id: int | None = None, open_only: bool = False, with_carried: bool = False
) -> list[ActionItemRow]:
    """Action items (of one meeting; `with_carried` adds items still open from earlier meetings)."""
    require_permission(session, Permission.READ)
    stmt = (
        select(ActionItem, Member.name, Meeting.starts_at)
        .join(Member, Member.id == ActionItem.owner_member_id, isouter=True)
        .join(Meeting, Meeting.id == ActionItem.meeting_id, isouter=True)
    )
    if meeting_id is not None and with_carried:
        starts = get_or_404(session, Meeting, meeting_id, _("Meeting")).starts_at
        earlier = select(Meeting.id).where(Meeting.starts_at < starts)
        stmt = stmt.where(
            (ActionItem.meeting_id == meeting_id)
            | ((ActionItem.status == ActionItemStatus.OPEN) & ActionItem.meeting_id.in_(earlier))
        )
    elif meeting_id is not None:
        stmt = stmt.where(ActionItem.meeting_id == meeting_id)
    if open_only:
        stmt = stmt.where(ActionItem.status == ActionItemStatus.OPEN)
    rows = session.execute(stmt.order_by(ActionItem.due_on, ActionItem.id)).all()
    return [
        ActionItemRow(
            a.id,
            a.meeting_id,
            a.description,
            name or a.owner_text or "",
            a.owner_member_id,
            a.due_on,
            a.issue_id,
            a.status,
            a.closed_on,
            a.closed_note,
            a.version,
            starts.date() if starts else None,
        )
        for a, name, starts in rows
    ]
