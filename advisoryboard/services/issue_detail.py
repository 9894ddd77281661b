"""Reading one issue: all its fields, its timeline, and what mentions it; and pick lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from advisoryboard.errors import PermissionDenied
from advisoryboard.i18n import _, format_date
from advisoryboard.permissions import Permission
from advisoryboard.services.base import get_or_404, require_permission
from advisoryboard.services.issues import IssueDetail, IssueLink, TimelineEntry
from database.models import (
    ActionItem,
    AgendaItem,
    Committee,
    Issue,
    IssueCategory,
    IssueEvent,
    Meeting,
    Member,
    Motion,
    Partner,
)


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


def get_issue(session: Session, issue_id: int) -> IssueDetail:
    actor = require_permission(session, Permission.READ)
    issue = get_or_404(session, Issue, issue_id, _("Issue"))
    withheld = issue.confidential and not actor.can(Permission.VIEW_CONFIDENTIAL)
    private = not actor.can(Permission.EDIT_ISSUES) or withheld
    category = session.get(IssueCategory, issue.category_id) if issue.category_id else None
    partner = session.get(Partner, issue.partner_id) if issue.partner_id else None
    assignee = None
    if issue.assignee_member_id:
        member = session.get(Member, issue.assignee_member_id)
        assignee = member.name if member else None
    elif issue.assignee_committee_id:
        committee = session.get(Committee, issue.assignee_committee_id)
        assignee = committee.name if committee else None
    duplicate = session.get(Issue, issue.duplicate_of_id) if issue.duplicate_of_id else None
    hidden = _("(confidential)")
    return IssueDetail(
        id=issue.id,
        version=issue.version,
        reference=issue.reference,
        title=hidden if withheld else issue.title,
        description=None if withheld else issue.description,
        category_id=issue.category_id,
        category=category.name if category else None,
        status=issue.status,
        priority=issue.priority,
        source=issue.source,
        location=None if withheld else issue.location,
        district=issue.district,
        latitude=None if withheld else issue.latitude,
        longitude=None if withheld else issue.longitude,
        reported_on=issue.reported_on,
        reporter_name=None if private else issue.reporter_name,
        reporter_contact=None if private else issue.reporter_contact,
        assignee_member_id=issue.assignee_member_id,
        assignee_committee_id=issue.assignee_committee_id,
        assignee=assignee,
        partner_id=issue.partner_id,
        partner=partner.name if partner else None,
        due_on=issue.due_on,
        resolved_on=issue.resolved_on,
        confidential=issue.confidential,
        withheld=withheld,
        duplicate_of_id=issue.duplicate_of_id,
        duplicate_of=duplicate.reference if duplicate else None,
        external_source=issue.external_source,
        external_id=issue.external_id,
        source_category=issue.source_category,
        source_agency=issue.source_agency,
        timeline=() if withheld else tuple(timeline(session, issue.id)),
        links=tuple(links(session, issue.id)),
        source_event_id=issue.source_event_id,
    )


def timeline(session: Session, issue_id: int) -> list[TimelineEntry]:
    """The issue's timeline; a confidential issue's only for accounts that may see it."""
    actor = require_permission(session, Permission.READ)
    issue = get_or_404(session, Issue, issue_id, _("Issue"))
    if issue.confidential and not actor.can(Permission.VIEW_CONFIDENTIAL):
        raise PermissionDenied(
            _("This issue is confidential; your account ({role}) is not allowed to see its timeline.").format(
                role=actor.role.value
            )
        )
    partner = aliased(Partner)
    rows = session.execute(
        select(IssueEvent, partner.name)
        .outerjoin(partner, partner.id == IssueEvent.partner_id)
        .where(IssueEvent.issue_id == issue_id)
        .order_by(IssueEvent.at, IssueEvent.id)
    ).all()
    return [
        TimelineEntry(
            id=e.id,
            at=e.at,
            kind=e.kind,
            author=e.author,
            from_status=e.from_status,
            to_status=e.to_status,
            text=e.text,
            partner=pname,
            meeting_id=e.meeting_id,
        )
        for e, pname in rows
    ]


def _meeting_label(kind: str, starts_at: dt.datetime | None, title: str | None) -> str:
    """The meeting as links name it: Mar 10, 2026 (March meeting), in the current language."""
    day = format_date(starts_at.date(), "medium") if starts_at else ""
    if day and title:
        return f"{day} ({title})"
    return day or title or kind


def links(session: Session, issue_id: int) -> list[IssueLink]:
    """Meetings, agenda items, motions and action items that mention the issue."""
    out: list[IssueLink] = []
    for item, m in session.execute(
        select(AgendaItem, Meeting)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.issue_id == issue_id)
    ).all():
        label = _("Agenda item “{title}” at the meeting of {meeting}").format(
            title=item.title, meeting=_meeting_label(m.kind.value, m.starts_at, m.title)
        )
        out.append(IssueLink("agenda_item", item.id, m.id, label))
    for motion, m in session.execute(
        select(Motion, Meeting)
        .join(Meeting, Meeting.id == Motion.meeting_id)
        .where(Motion.issue_id == issue_id)
    ).all():
        label = _("Motion “{text}” at the meeting of {meeting}").format(
            text=motion.text[:80], meeting=_meeting_label(m.kind.value, m.starts_at, m.title)
        )
        out.append(IssueLink("motion", motion.id, m.id, label))
    for action in session.scalars(select(ActionItem).where(ActionItem.issue_id == issue_id)):
        label = _("Action item “{text}” ({status})").format(
            text=action.description[:80], status=action.status.value
        )
        out.append(IssueLink("action_item", action.id, action.meeting_id, label))
    seen = {link.meeting_id for link in out}
    for m in session.scalars(
        select(Meeting)
        .join(IssueEvent, IssueEvent.meeting_id == Meeting.id)
        .where(IssueEvent.issue_id == issue_id)
        .distinct()
    ):
        if m.id not in seen:
            label = _("Discussed at the meeting of {meeting}").format(
                meeting=_meeting_label(m.kind.value, m.starts_at, m.title)
            )
            out.append(IssueLink("meeting", m.id, m.id, label))
    return out


def categories(session: Session, include_inactive: bool = False) -> list[Choice]:
    require_permission(session, Permission.READ)
    stmt = select(IssueCategory).order_by(IssueCategory.sort_order, IssueCategory.name)
    if not include_inactive:
        stmt = stmt.where(IssueCategory.active.is_(True))
    return [Choice(c.id, c.name) for c in session.scalars(stmt)]


def members(session: Session) -> list[Choice]:
    require_permission(session, Permission.READ)
    stmt = select(Member).where(Member.left_on.is_(None)).order_by(Member.name)
    return [Choice(m.id, m.name) for m in session.scalars(stmt)]


def committees(session: Session) -> list[Choice]:
    require_permission(session, Permission.READ)
    stmt = select(Committee).where(Committee.active.is_(True)).order_by(Committee.name)
    return [Choice(c.id, c.name) for c in session.scalars(stmt)]


def districts(session: Session) -> list[str]:
    """The districts issues name, in order: one index seek per district (a loose index
    scan), so the cost follows the districts, not the issues."""
    require_permission(session, Permission.READ)
    seen = select(func.min(Issue.district)).where(Issue.district.is_not(None)).cte("seen", recursive=True)
    following = select(func.min(Issue.district)).where(Issue.district > seen.c[0]).scalar_subquery()
    seen = seen.union_all(select(following).where(seen.c[0].is_not(None)))
    return [d for d in session.scalars(select(seen.c[0]).where(seen.c[0].is_not(None))) if d]


def partner_choices(session: Session) -> list[Choice]:
    """Every partner (active or not), by name: ids and names for pick lists."""
    require_permission(session, Permission.READ)
    return [
        Choice(p[0], p[1]) for p in session.execute(select(Partner.id, Partner.name).order_by(Partner.name))
    ]


def find_by_reference(session: Session, reference: str) -> int | None:
    """The id of the issue with this reference (e.g. 2025-0142), or None."""
    require_permission(session, Permission.READ)
    return session.scalar(select(Issue.id).where(Issue.reference == reference.strip()))
