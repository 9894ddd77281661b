"""What the roster and the open-issues follow-up list print, read with SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import OPEN_STATUSES, IssueStatus, Office, SeatKind
from database.models import Issue, IssueCategory, Member, OfficeTerm, Partner, Seat, SeatTerm


@dataclass(frozen=True)
class RosterLine:
    seat: str
    seat_kind: SeatKind
    name: str | None  # None: the seat is vacant
    district: str | None
    offices: tuple[Office, ...]
    term_start: dt.date | None
    term_end: dt.date | None
    email: str | None
    phone: str | None
    address: str | None


def load_roster(session: Session, day: dt.date, *, private_contacts: bool) -> list[RosterLine]:
    """Every active seat on `day` with its holder (or vacant), officers' titles and contacts.

    Without `private_contacts`, contact details print only for members who agreed to publish them.
    """
    seats = (
        session.execute(select(Seat).where(Seat.active).order_by(Seat.sort_order, Seat.label)).scalars().all()
    )
    holders = session.execute(
        select(SeatTerm.seat_id, SeatTerm.start_date, SeatTerm.end_date, Member)
        .join(Member, Member.id == SeatTerm.member_id)
        .where(SeatTerm.start_date <= day)
        .where((SeatTerm.end_date.is_(None)) | (SeatTerm.end_date >= day))
    ).all()
    by_seat = {seat_id: (start, end, member) for seat_id, start, end, member in holders}
    offices: dict[int, list[Office]] = {}
    for member_id, office in session.execute(
        select(OfficeTerm.member_id, OfficeTerm.office)
        .where(OfficeTerm.start_date <= day)
        .where((OfficeTerm.end_date.is_(None)) | (OfficeTerm.end_date >= day))
        .order_by(OfficeTerm.office)
    ):
        offices.setdefault(member_id, []).append(office)
    lines: list[RosterLine] = []
    for seat in seats:
        held = by_seat.get(seat.id)
        if held is None:
            lines.append(
                RosterLine(seat.label, seat.kind, None, seat.district, (), None, None, None, None, None)
            )
            continue
        start, end, member = held
        show = private_contacts or member.publish_contact
        lines.append(
            RosterLine(
                seat=seat.label,
                seat_kind=seat.kind,
                name=member.name,
                district=member.district or seat.district,
                offices=tuple(offices.get(member.id, [])),
                term_start=start,
                term_end=end,
                email=member.email if show else None,
                phone=member.phone if show else None,
                address=member.address if private_contacts else None,
            )
        )
    return lines


@dataclass(frozen=True)
class IssueLine:
    reference: str
    title: str
    category: str | None
    status: IssueStatus
    district: str | None
    location: str | None
    reported_on: dt.datetime
    due_on: dt.date | None
    assignee: str | None
    partner: str | None
    confidential: bool


def load_issues(
    session: Session, statuses: frozenset[IssueStatus], *, include_confidential: bool
) -> list[IssueLine]:
    """Issues in `statuses`, oldest first; confidential ones only when allowed."""
    stmt = (
        select(Issue, IssueCategory.name, Member.name, Partner.name)
        .outerjoin(IssueCategory, IssueCategory.id == Issue.category_id)
        .outerjoin(Member, Member.id == Issue.assignee_member_id)
        .outerjoin(Partner, Partner.id == Issue.partner_id)
        .where(Issue.status.in_(statuses))
        .order_by(Issue.reported_on, Issue.id)
    )
    if not include_confidential:
        stmt = stmt.where(Issue.confidential.is_(False))
    return [
        IssueLine(
            reference=issue.reference,
            title=issue.title,
            category=category,
            status=issue.status,
            district=issue.district,
            location=issue.location,
            reported_on=issue.reported_on,
            due_on=issue.due_on,
            assignee=assignee,
            partner=partner,
            confidential=issue.confidential,
        )
        for issue, category, assignee, partner in session.execute(stmt)
    ]


STATUS_GROUPS: dict[str, frozenset[IssueStatus]] = {
    "open": OPEN_STATUSES,
    "all": frozenset(IssueStatus),
    **{status.value: frozenset({status}) for status in IssueStatus},
}
