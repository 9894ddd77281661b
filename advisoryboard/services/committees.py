"""Committees: standing or ad hoc, each with a chair and members who serve for a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import get_or_404, require_permission
from advisoryboard.services.seats import covering
from database.enums import CommitteeKind, CommitteeRole
from database.models import Committee, CommitteeMembership, Member


@dataclass(frozen=True)
class CommitteeInfo:
    id: int
    name: str
    kind: CommitteeKind
    description: str | None
    active: bool
    chair: str | None
    members: int


@dataclass(frozen=True)
class CommitteeSeat:
    id: int
    member_id: int
    name: str
    role: CommitteeRole
    start: dt.date
    end: dt.date | None


def list_committees(session: Session, today: dt.date | None = None) -> list[CommitteeInfo]:
    require_permission(session, Permission.READ)
    day = today or dt.date.today()
    out = []
    for c in session.scalars(select(Committee).order_by(Committee.active.desc(), Committee.name)):
        current = [m for m in committee_members(session, c.id) if m.end is None or m.end >= day]
        chair = next((m.name for m in current if m.role is CommitteeRole.CHAIR and m.start <= day), None)
        out.append(CommitteeInfo(c.id, c.name, c.kind, c.description, c.active, chair, len(current)))
    return out


def create_committee(
    session: Session,
    name: str,
    kind: CommitteeKind = CommitteeKind.STANDING,
    description: str | None = None,
    created_on: dt.date | None = None,
) -> int:
    require_permission(session, Permission.EDIT_MEMBERS)
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the committee a name.")})
    if session.scalar(select(Committee.id).where(Committee.name == name)) is not None:
        raise ValidationError({"name": _("There is already a committee called {name}.").format(name=name)})
    committee = Committee(
        name=name, kind=kind, description=(description or "").strip() or None, created_on=created_on
    )
    session.add(committee)
    session.flush()
    return committee.id


def committee_members(session: Session, committee_id: int) -> list[CommitteeSeat]:
    require_permission(session, Permission.READ)
    rows = session.execute(
        select(CommitteeMembership, Member.name)
        .join(Member, Member.id == CommitteeMembership.member_id)
        .where(CommitteeMembership.committee_id == committee_id)
        .order_by(CommitteeMembership.role, Member.name)
    )
    return [CommitteeSeat(m.id, m.member_id, name, m.role, m.start_date, m.end_date) for m, name in rows]


def add_committee_member(
    session: Session,
    committee_id: int,
    member_id: int,
    role: CommitteeRole,
    start: dt.date,
    end: dt.date | None = None,
) -> int:
    """Put a member on a committee; a new chair takes over from the current one that day."""
    require_permission(session, Permission.EDIT_MEMBERS)
    get_or_404(session, Committee, committee_id, _("Committee"))
    member = get_or_404(session, Member, member_id, _("Member"))
    if end is not None and end <= start:
        raise ValidationError({"end": _("The membership must end after it starts.")})
    if member.left_on is not None and start > member.left_on:
        raise ValidationError({"member": _("{name} is a former member.").format(name=member.name)})
    current = session.scalars(
        select(CommitteeMembership).where(
            CommitteeMembership.committee_id == committee_id,
            covering(CommitteeMembership.start_date, CommitteeMembership.end_date, start),
        )
    ).all()
    if any(m.member_id == member_id for m in current):
        raise UserError(_("{name} is already on this committee.").format(name=member.name), "member")
    if role is CommitteeRole.CHAIR:
        for m in current:
            if m.role is CommitteeRole.CHAIR:
                m.role = CommitteeRole.MEMBER  # the former chair stays on as a member
    row = CommitteeMembership(
        committee_id=committee_id, member_id=member_id, role=role, start_date=start, end_date=end
    )
    session.add(row)
    session.flush()
    return row.id


def end_committee_membership(session: Session, membership_id: int, on: dt.date) -> None:
    require_permission(session, Permission.EDIT_MEMBERS)
    row = get_or_404(session, CommitteeMembership, membership_id, _("Committee membership"))
    if on < row.start_date:
        raise ValidationError({"end": _("The membership cannot end before it started.")})
    row.end_date = on
    session.flush()
