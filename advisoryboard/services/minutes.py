"""Minutes: times, who presided, notes per item, approval, and amendments to locked minutes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.audit import actor_of
from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from advisoryboard.services.meetings import ensure_minutes_editable, lock_meeting
from database.enums import MinutesStatus, TimelineKind
from database.models import AgendaItem, IssueEvent, Meeting, MinutesAmendment, MinutesUnlock, Motion


@dataclass(frozen=True)
class MinutesHeader:
    meeting_id: int
    version: int
    status: MinutesStatus
    called_to_order_at: dt.time | None
    adjourned_at: dt.time | None
    presiding_member_id: int | None
    summary: str | None
    approved_at_meeting_id: int | None
    approved_by_motion_id: int | None
    approved_on: dt.date | None

    @property
    def locked(self) -> bool:
        return self.status is MinutesStatus.APPROVED


@dataclass(frozen=True)
class AmendmentRow:
    id: int
    made_at: dt.datetime
    made_by: str
    reason: str
    target: str
    old_text: str | None
    new_text: str | None


def minutes_header(session: Session, meeting_id: int) -> MinutesHeader:
    require_permission(session, Permission.READ)
    m = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    return MinutesHeader(
        m.id,
        m.version,
        m.minutes_status,
        m.called_to_order_at,
        m.adjourned_at,
        m.presiding_member_id,
        m.minutes_summary,
        m.minutes_approved_at_meeting_id,
        m.minutes_approved_by_motion_id,
        m.minutes_approved_on,
    )


def set_minutes_header(
    session: Session,
    meeting_id: int,
    version: int | None,
    *,
    called_to_order_at: dt.time | None,
    adjourned_at: dt.time | None,
    presiding_member_id: int | None,
    summary: str | None,
) -> None:
    require_permission(session, Permission.EDIT_MINUTES)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    ensure_minutes_editable(meeting)
    check_version(meeting, version, _("These minutes"))
    if called_to_order_at and adjourned_at and adjourned_at <= called_to_order_at:
        raise ValidationError({"adjourned_at": _("Adjournment must come after the call to order.")})
    meeting.called_to_order_at = called_to_order_at
    meeting.adjourned_at = adjourned_at
    meeting.presiding_member_id = presiding_member_id
    meeting.minutes_summary = (summary or "").strip() or None
    if meeting.minutes_status is MinutesStatus.NONE:
        meeting.minutes_status = MinutesStatus.DRAFT


def issue_event(
    session: Session,
    issue_id: int,
    kind: TimelineKind,
    text: str,
    *,
    meeting_id: int | None = None,
    agenda_item_id: int | None = None,
    motion_id: int | None = None,
    action_item_id: int | None = None,
    partner_id: int | None = None,
) -> None:
    """Append an entry to an issue's timeline (history: never edited)."""
    actor = actor_of(session)
    session.add(
        IssueEvent(
            issue_id=issue_id,
            kind=kind,
            author=actor.label,
            author_user_id=actor.user_id,
            text=text,
            meeting_id=meeting_id,
            agenda_item_id=agenda_item_id,
            motion_id=motion_id,
            action_item_id=action_item_id,
            partner_id=partner_id,
        )
    )


def set_item_notes(session: Session, item_id: int, version: int | None, notes: str) -> None:
    """Minutes notes for one agenda item; a linked issue gets a 'discussed at' entry once."""
    actor = require_permission(session, Permission.EDIT_MINUTES)
    item = get_or_404(session, AgendaItem, item_id, _("Agenda item"))
    meeting = get_or_404(session, Meeting, item.meeting_id, _("Meeting"))
    ensure_minutes_editable(meeting)
    check_version(item, version, _("This agenda item"))
    if item.closed_session and not actor.can(Permission.VIEW_CONFIDENTIAL):
        raise UserError(_("Only accounts that may see confidential records can write closed-session notes."))
    item.minutes_notes = notes.strip() or None
    if meeting.minutes_status is MinutesStatus.NONE:
        meeting.minutes_status = MinutesStatus.DRAFT
    if item.issue_id and item.minutes_notes:
        seen = session.scalar(
            select(IssueEvent.id).where(
                IssueEvent.agenda_item_id == item.id, IssueEvent.kind == TimelineKind.MEETING
            )
        )
        if seen is None:
            issue_event(
                session,
                item.issue_id,
                TimelineKind.MEETING,
                _("Discussed at the meeting of {date} (item: {title}).").format(
                    date=meeting.starts_at.date().isoformat(), title=item.title
                ),
                meeting_id=meeting.id,
                agenda_item_id=item.id,
            )


def approve_minutes(
    session: Session, meeting_id: int, motion: Motion, at_meeting: Meeting, version: int | None
) -> None:
    """Approve `meeting_id`'s minutes by `motion` at the later meeting `at_meeting`: locks them.

    Approving is a versioned edit: `version` is the version of the minutes the board was
    shown; if they changed since, the approval is refused rather than locking other words.
    """
    require_permission(session, Permission.APPROVE_MINUTES)
    target = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    lock_meeting(target)
    check_version(target, version, _("These minutes"))
    if target.starts_at >= at_meeting.starts_at:
        raise ValidationError(
            {"approves_minutes_of_meeting_id": _("Minutes are approved at a later meeting than their own.")}
        )
    if target.minutes_status is not MinutesStatus.DRAFT:
        raise ValidationError(
            {
                "approves_minutes_of_meeting_id": _(
                    "Only draft minutes can be approved (these are {status})."
                ).format(status=_(target.minutes_status.value))
            }
        )
    target.minutes_status = MinutesStatus.APPROVED
    target.minutes_approved_at_meeting_id = at_meeting.id
    target.minutes_approved_by_motion_id = motion.id
    target.minutes_approved_on = at_meeting.starts_at.date()


AMENDABLE = ("meeting.minutes_summary", "agenda_item:{id}.minutes_notes", "motion:{id}.text")


def amend_minutes(
    session: Session, meeting_id: int, target: str, new_text: str, reason: str, *, version: int | None
) -> int:
    """Correct approved minutes: the change is applied and recorded (who, when, why, old, new).

    `version` is the meeting's version the correction was made from. The database triggers
    (database/triggers.py) let the change through only while this transaction holds the
    meeting's `minutes_unlocks` row, which is removed again before it commits.
    """
    actor = require_permission(session, Permission.EDIT_MINUTES)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    lock_meeting(meeting)
    check_version(meeting, version, _("These minutes"))
    if meeting.minutes_status is not MinutesStatus.APPROVED:
        raise UserError(_("These minutes are still a draft: edit them directly."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the approved minutes are being corrected.")})
    unlock = MinutesUnlock(meeting_id=meeting.id)
    session.add(unlock)
    session.flush()
    old = _apply_amendment(session, meeting, target, new_text.strip() or None)
    session.flush()
    session.delete(unlock)
    amendment = MinutesAmendment(
        meeting_id=meeting.id,
        made_by=actor.label,
        reason=reason.strip(),
        target=target,
        old_text=old,
        new_text=new_text.strip() or None,
    )
    session.add(amendment)
    session.flush()
    return amendment.id


def _apply_amendment(session: Session, meeting: Meeting, target: str, new: str | None) -> str | None:
    if target == "meeting.minutes_summary":
        old = meeting.minutes_summary
        meeting.minutes_summary = new
        return old
    kind, _sep, rest = target.partition(":")
    ident_text, _dot, field = rest.partition(".")
    if not ident_text.isdigit():
        raise ValidationError({"target": _("Choose what to correct.")})
    ident = int(ident_text)
    if kind == "agenda_item" and field == "minutes_notes":
        item = get_or_404(session, AgendaItem, ident, _("Agenda item"))
        if item.meeting_id != meeting.id:
            raise ValidationError({"target": _("That item belongs to another meeting.")})
        old = item.minutes_notes
        item.minutes_notes = new
        return old
    if kind == "motion" and field == "text":
        motion = get_or_404(session, Motion, ident, _("Motion"))
        if motion.meeting_id != meeting.id or not new:
            raise ValidationError({"target": _("That motion belongs to another meeting.")})
        old_text: str | None = motion.text
        motion.text = new
        return old_text
    raise ValidationError({"target": _("Choose what to correct.")})


def list_amendments(session: Session, meeting_id: int) -> list[AmendmentRow]:
    require_permission(session, Permission.READ)
    rows = session.scalars(
        select(MinutesAmendment)
        .where(MinutesAmendment.meeting_id == meeting_id)
        .order_by(MinutesAmendment.id)
    )
    return [
        AmendmentRow(a.id, a.made_at, a.made_by, a.reason, a.target, a.old_text, a.new_text) for a in rows
    ]
