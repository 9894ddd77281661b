"""Community issues: create, edit, and move through the workflow with a timeline.

Every status change, referral, assignment and note becomes an IssueEvent with the
acting person and the time. Functions take a Session first and return plain data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from advisoryboard.audit import actor_of
from advisoryboard.errors import PermissionDenied, UserError, ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Actor, Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from advisoryboard.services.districts import area_name
from advisoryboard.services.issue_workflow import NOTE_REQUIRED, check_transition, is_reopen, status_label
from database.base import utcnow
from database.enums import CLOSED_STATUSES, IssuePriority, IssueSource, IssueStatus, TimelineKind
from database.models import (
    Committee,
    CommunityEvent,
    Issue,
    IssueCategory,
    IssueEvent,
    IssueRefCounter,
    Member,
    Partner,
)


@dataclass(frozen=True)
class IssueInput:
    """What a person types into the new/edit issue form."""

    title: str
    description: str | None = None
    category_id: int | None = None
    priority: IssuePriority = IssuePriority.NORMAL
    source: IssueSource | None = None
    location: str | None = None
    district: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    reported_on: dt.datetime | None = None
    reporter_name: str | None = None
    reporter_contact: str | None = None
    due_on: dt.date | None = None
    confidential: bool = False
    #: The community event where it was raised ("Raised at event"), if any.
    source_event_id: int | None = None


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    at: dt.datetime
    kind: TimelineKind
    author: str
    from_status: IssueStatus | None
    to_status: IssueStatus | None
    text: str | None
    partner: str | None
    meeting_id: int | None


@dataclass(frozen=True)
class IssueLink:
    """A meeting, agenda item, motion or action item that mentions the issue."""

    kind: str  # 'meeting' | 'agenda_item' | 'motion' | 'action_item'
    id: int
    meeting_id: int | None
    label: str


@dataclass(frozen=True)
class IssueDetail:
    id: int
    version: int
    reference: str
    title: str
    description: str | None
    category_id: int | None
    category: str | None
    status: IssueStatus
    priority: IssuePriority
    source: IssueSource | None
    location: str | None
    district: str | None
    latitude: float | None
    longitude: float | None
    reported_on: dt.datetime
    reporter_name: str | None
    reporter_contact: str | None
    assignee_member_id: int | None
    assignee_committee_id: int | None
    assignee: str | None
    partner_id: int | None
    partner: str | None
    due_on: dt.date | None
    resolved_on: dt.datetime | None
    confidential: bool
    withheld: bool  # confidential and the actor may not see its details
    duplicate_of_id: int | None
    duplicate_of: str | None
    external_source: str | None
    external_id: str | None
    timeline: tuple[TimelineEntry, ...] = ()
    #: An imported record's own service type and department, as they came.
    source_category: str | None = None
    source_agency: str | None = None
    links: tuple[IssueLink, ...] = field(default=())
    source_event_id: int | None = None

    @property
    def overdue(self) -> bool:
        return (
            self.due_on is not None and self.status not in CLOSED_STATUSES and self.due_on < dt.date.today()
        )


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _validate(session: Session, data: IssueInput) -> dict[str, Any]:
    errors: dict[str, str] = {}
    title = _clean(data.title)
    if title is None:
        errors["title"] = _("Give the issue a short title.")
    elif len(title) > 300:
        errors["title"] = _("The title is too long (at most 300 characters).")
    if data.category_id is not None and session.get(IssueCategory, data.category_id) is None:
        errors["category_id"] = _("This category does not exist any more.")
    if data.latitude is not None and not -90 <= data.latitude <= 90:
        errors["latitude"] = _("Latitude must be between -90 and 90.")
    if data.longitude is not None and not -180 <= data.longitude <= 180:
        errors["longitude"] = _("Longitude must be between -180 and 180.")
    if data.source_event_id is not None and session.get(CommunityEvent, data.source_event_id) is None:
        errors["source_event_id"] = _("This event does not exist any more.")
    if errors:
        raise ValidationError(errors)
    return {
        "title": title,
        "description": _clean(data.description),
        "category_id": data.category_id,
        "priority": data.priority,
        "source": data.source,
        "location": _clean(data.location),
        "district": area_name(session, _clean(data.district)),
        "latitude": data.latitude,
        "longitude": data.longitude,
        "reporter_name": _clean(data.reporter_name),
        "reporter_contact": _clean(data.reporter_contact),
        "due_on": data.due_on,
        "confidential": data.confidential,
        "source_event_id": data.source_event_id,
    }


def reserve_references(session: Session, year: int, count: int = 1) -> int:
    """Take `count` sequence numbers of `year` from its counter row, under a lock; the first.

    Two PCs creating (or importing) issues at once queue on the counter row (SELECT … FOR
    UPDATE on PostgreSQL; SQLite's write transaction is exclusive already) instead of both
    reading the same max + 1 and one being refused. Issues written without the counter (the
    demo, older databases) are allowed for: numbers start past both the counter and the
    highest one in use.
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(IssueRefCounter).values(year=year, last_seq=0).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(IssueRefCounter).values(year=year, last_seq=0).on_conflict_do_nothing())
    counted = session.scalar(
        select(IssueRefCounter.last_seq).where(IssueRefCounter.year == year).with_for_update()
    )
    used = session.scalar(select(func.coalesce(func.max(Issue.ref_seq), 0)).where(Issue.ref_year == year))
    first = max(int(counted or 0), int(used or 0)) + 1
    session.execute(
        update(IssueRefCounter).where(IssueRefCounter.year == year).values(last_seq=first + count - 1)
    )
    return first


def next_reference(session: Session, year: int) -> tuple[int, int, str]:
    """The next free (year, seq, 'YYYY-NNNN'), taken from the year's counter (see above)."""
    nxt = reserve_references(session, year)
    return year, nxt, format_reference(year, nxt)


def format_reference(year: int, seq: int) -> str:
    return f"{year}-{seq:04d}"


def _event(session: Session, actor: Actor, issue: Issue, kind: TimelineKind, **values: Any) -> None:
    session.add(
        IssueEvent(
            issue_id=issue.id,
            at=utcnow(),
            kind=kind,
            author=actor.label,
            author_user_id=actor.user_id,
            **values,
        )
    )


def create_issue(session: Session, data: IssueInput) -> int:
    """Create an issue with a new reference; returns its id."""
    actor = require_permission(session, Permission.EDIT_ISSUES)
    values = _validate(session, data)
    reported = data.reported_on or utcnow()
    for attempt in range(2):
        year, seq, ref = next_reference(session, reported.year)
        issue = Issue(
            reference=ref, ref_year=year, ref_seq=seq, reported_on=reported, status=IssueStatus.NEW, **values
        )
        try:
            with session.begin_nested():
                session.add(issue)
                session.flush()
            break
        except IntegrityError:
            if attempt == 1:
                raise UserError(
                    _("Someone else created an issue at the same moment; please save again.")
                ) from None
    _event(session, actor, issue, TimelineKind.CREATED, to_status=IssueStatus.NEW)
    session.flush()
    return issue.id


def _writable(session: Session, issue_id: int) -> Issue:
    """The issue, if this account may change it: confidential ones only with VIEW_CONFIDENTIAL."""
    actor = actor_of(session)
    issue = get_or_404(session, Issue, issue_id, _("Issue"))
    if issue.confidential and not actor.can(Permission.VIEW_CONFIDENTIAL):
        raise PermissionDenied(
            _("Issue {ref} is confidential; your account ({role}) is not allowed to change it.").format(
                ref=issue.reference, role=actor.role.value
            )
        )
    return issue


def _load(session: Session, issue_id: int, version: int | None) -> Issue:
    issue = _writable(session, issue_id)
    check_version(issue, version, _("Issue {ref}").format(ref=issue.reference))
    return issue


def update_issue(session: Session, issue_id: int, data: IssueInput, version: int | None = None) -> None:
    actor = require_permission(session, Permission.EDIT_ISSUES)
    issue = _load(session, issue_id, version)
    values = _validate(session, data)
    if data.reported_on is not None:
        values["reported_on"] = data.reported_on
    changed = [k for k, v in values.items() if getattr(issue, k) != v]
    for key in changed:
        setattr(issue, key, values[key])
    if changed:
        _event(
            session,
            actor,
            issue,
            TimelineKind.EDIT,
            text=_("Edited: {fields}").format(fields=", ".join(changed)),
        )
    session.flush()


def change_status(
    session: Session,
    issue_id: int,
    new_status: IssueStatus,
    note: str | None = None,
    *,
    version: int | None = None,
    duplicate_of_id: int | None = None,
    partner_id: int | None = None,
) -> None:
    """Move an issue along the workflow (refused with a clear message if not allowed)."""
    actor = require_permission(session, Permission.EDIT_ISSUES)
    issue = _load(session, issue_id, version)
    old = issue.status
    check_transition(old, new_status)
    note = _clean(note)
    if new_status in NOTE_REQUIRED and note is None:
        raise UserError(
            _("Say in a note why the issue is {status}.").format(status=status_label(new_status)), "note"
        )
    if new_status is IssueStatus.DUPLICATE:
        if duplicate_of_id is None:
            raise UserError(_("Choose the issue this one duplicates."), "duplicate_of")
        if duplicate_of_id == issue.id:
            raise UserError(_("An issue cannot be a duplicate of itself."), "duplicate_of")
        original = get_or_404(session, Issue, duplicate_of_id, _("Issue"))
        issue.duplicate_of_id = original.id
        note = note or _("Duplicate of {ref}").format(ref=original.reference)
    if new_status is IssueStatus.REFERRED:
        pid = partner_id or issue.partner_id
        if pid is None:
            raise UserError(_("Choose the partner organization the issue is referred to."), "partner")
        partner = get_or_404(session, Partner, pid, _("Partner"))
        issue.partner_id = partner.id
    issue.status = new_status
    if new_status in (IssueStatus.RESOLVED, IssueStatus.CLOSED_NO_ACTION, IssueStatus.DUPLICATE):
        issue.resolved_on = utcnow()
    if is_reopen(old, new_status):
        issue.resolved_on = None
        if old is IssueStatus.DUPLICATE:
            issue.duplicate_of_id = None
    kind = TimelineKind.REFERRAL if new_status is IssueStatus.REFERRED else TimelineKind.STATUS
    _event(
        session,
        actor,
        issue,
        kind,
        from_status=old,
        to_status=new_status,
        text=note,
        partner_id=issue.partner_id if new_status is IssueStatus.REFERRED else None,
    )
    session.flush()


def add_note(session: Session, issue_id: int, text: str, meeting_id: int | None = None) -> None:
    actor = require_permission(session, Permission.EDIT_ISSUES)
    issue = _writable(session, issue_id)
    note = _clean(text)
    if note is None:
        raise UserError(_("Write the note first."), "note")
    _event(session, actor, issue, TimelineKind.NOTE, text=note, meeting_id=meeting_id)
    session.flush()


def refer(
    session: Session, issue_id: int, partner_id: int, note: str | None = None, *, version: int | None
) -> None:
    """Refer to a partner: status becomes referred (if the workflow allows), else only the partner changes."""
    actor = require_permission(session, Permission.EDIT_ISSUES)
    issue = _load(session, issue_id, version)
    partner = get_or_404(session, Partner, partner_id, _("Partner"))
    if issue.status in CLOSED_STATUSES:
        raise UserError(_("Reopen the issue before referring it."), "partner")
    if issue.status is IssueStatus.REFERRED:
        issue.partner_id = partner.id
        _event(
            session,
            actor,
            issue,
            TimelineKind.REFERRAL,
            text=_clean(note) or partner.name,
            partner_id=partner.id,
        )
        session.flush()
        return
    change_status(  # the same action, in the same transaction: the version just read
        session,
        issue_id,
        IssueStatus.REFERRED,
        note or partner.name,
        version=issue.version,
        partner_id=partner.id,
    )


def assign(
    session: Session,
    issue_id: int,
    *,
    member_id: int | None = None,
    committee_id: int | None = None,
    version: int | None,
) -> None:
    """Assign to a member or a committee (or nobody when both are None)."""
    actor = require_permission(session, Permission.EDIT_ISSUES)
    issue = _load(session, issue_id, version)
    if member_id is not None and committee_id is not None:
        raise UserError(_("Assign the issue to a member or to a committee, not both."), "assignee")
    label = _("nobody")
    if member_id is not None:
        label = get_or_404(session, Member, member_id, _("Member")).name
    if committee_id is not None:
        label = get_or_404(session, Committee, committee_id, _("Committee")).name
    if (issue.assignee_member_id, issue.assignee_committee_id) == (member_id, committee_id):
        return
    issue.assignee_member_id = member_id
    issue.assignee_committee_id = committee_id
    _event(session, actor, issue, TimelineKind.ASSIGNMENT, text=_("Assigned to {who}").format(who=label))
    session.flush()
