"""Adding, editing, deactivating and deleting members, with the rules of the roster.

A member with history (attendance, votes, motions, issues, action items, meetings
presided) is never deleted: they are deactivated with a reason and their open terms,
offices and committee places end on that day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _, format_date
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, exists, get_or_404, require_permission
from advisoryboard.services.contacts import visible_contact
from advisoryboard.services.districts import area_name
from advisoryboard.services.seats import check_term, covering, set_offices
from database.enums import LeaveReason, Office
from database.models import (
    ActionItem,
    Attendance,
    CommitteeMembership,
    Issue,
    Meeting,
    Member,
    Motion,
    OfficeTerm,
    SeatTerm,
    User,
    Vote,
)

EMAIL_RE = re.compile(r"^[^@\s<>(),;:]+@[^@\s<>(),;:]+\.[A-Za-z]{2,}$")
PHONE_RE = re.compile(r"^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?)\s*\d{1,6})?$", re.IGNORECASE)


@dataclass(frozen=True)
class MemberInput:
    """What the member dialog (or an import row) says about a member."""

    name: str
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    district: str | None = None
    publish_contact: bool = False
    notes: str | None = None
    joined_on: dt.date | None = None
    seat_id: int | None = None
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    offices: tuple[Office, ...] = ()
    office_start: dt.date | None = None


@dataclass(frozen=True)
class MemberRecord:
    """A member as the edit dialog shows them (current seat term and offices included)."""

    id: int
    version: int
    name: str
    email: str | None
    phone: str | None
    address: str | None
    district: str | None
    publish_contact: bool
    notes: str | None
    joined_on: dt.date | None
    left_on: dt.date | None
    leave_reason: LeaveReason | None
    term_id: int | None
    seat_id: int | None
    term_start: dt.date | None
    term_end: dt.date | None
    offices: tuple[Office, ...] = field(default_factory=tuple)

    @property
    def active(self) -> bool:
        return self.left_on is None


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def phone_digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def validate(data: MemberInput) -> dict[str, str]:
    """Field -> message for everything wrong with `data` (empty when all is well)."""
    errors: dict[str, str] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = _("Enter the member's name.")
    elif len(name) > 200:
        errors["name"] = _("The name is too long (at most 200 characters).")
    email = _text(data.email)
    if email and (len(email) > 254 or not EMAIL_RE.match(email)):
        errors["email"] = _("'{value}' is not an email address (like name@example.org).").format(value=email)
    phone = _text(data.phone)
    if phone and (not PHONE_RE.match(phone) or not 7 <= len(phone_digits(phone)) <= 15 or len(phone) > 40):
        errors["phone"] = _("'{value}' is not a phone number (like 617-555-0142).").format(value=phone)
    if data.seat_id is not None and data.term_start is None:
        errors["term_start"] = _("Enter the date the term starts.")
    if data.term_start and data.term_end and data.term_end <= data.term_start:
        errors["term_end"] = _("The term must end after it starts.")
    if data.seat_id is None and (data.term_start or data.term_end):
        errors["seat"] = _("Choose the seat this term is for.")
    if data.joined_on and data.term_start and data.joined_on > data.term_start:
        errors["joined_on"] = _("The member cannot join after their term starts.")
    return errors


def _check_joined(session: Session, member: Member, joined_on: dt.date | None) -> None:
    """A joining date after the member's first term began, or after they left, is a typo."""
    if joined_on is None:
        return
    first_term = session.scalar(select(func.min(SeatTerm.start_date)).where(SeatTerm.member_id == member.id))
    if first_term is not None and joined_on > first_term:
        raise ValidationError(
            {
                "joined_on": _("The member's first term started on {date}: they joined by then.").format(
                    date=format_date(first_term)
                )
            }
        )
    if member.left_on is not None and joined_on > member.left_on:
        raise ValidationError({"joined_on": _("The member cannot join after they left.")})


def _apply(session: Session, member: Member, data: MemberInput) -> None:
    member.name = data.name.strip()
    member.email = _text(data.email)
    member.phone = _text(data.phone)
    member.address = _text(data.address)
    member.district = area_name(session, _text(data.district))
    member.publish_contact = data.publish_contact
    member.notes = _text(data.notes)
    member.joined_on = data.joined_on or member.joined_on or data.term_start


def latest_term(session: Session, member_id: int) -> SeatTerm | None:
    return session.scalar(
        select(SeatTerm)
        .where(SeatTerm.member_id == member_id)
        .order_by(SeatTerm.start_date.desc(), SeatTerm.id.desc())
        .limit(1)
    )


def create_member(session: Session, data: MemberInput, today: dt.date | None = None) -> int:
    require_permission(session, Permission.EDIT_MEMBERS)
    day = today or dt.date.today()
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    if data.seat_id is not None and data.term_start is not None:
        check_term(session, data.seat_id, data.term_start, data.term_end, member_id=None)
    member = Member(name="")
    _apply(session, member, data)
    session.add(member)
    session.flush()
    if data.seat_id is not None and data.term_start is not None:
        session.add(
            SeatTerm(
                seat_id=data.seat_id, member_id=member.id, start_date=data.term_start, end_date=data.term_end
            )
        )
    if data.offices:
        set_offices(session, member.id, data.offices, data.office_start or data.term_start or day, day)
    session.flush()
    return member.id


def update_member(
    session: Session,
    member_id: int,
    data: MemberInput,
    expected_version: int | None,
    today: dt.date | None = None,
) -> None:
    """Save the dialog: the member's details, their latest seat term, and current offices.

    Changing the dates or seat of the latest term corrects it, except that a new seat from a
    later start date is a move: the old term ends and a new one begins.
    """
    require_permission(session, Permission.EDIT_MEMBERS)
    day = today or dt.date.today()
    member = get_or_404(session, Member, member_id, _("Member"))
    check_version(member, expected_version, _("This member"))
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    _check_joined(session, member, data.joined_on)
    term = latest_term(session, member_id)
    moving = (
        term is not None
        and data.seat_id is not None
        and data.term_start is not None
        and term.seat_id != data.seat_id
        and term.start_date < data.term_start
    )
    if moving and term is not None and data.seat_id is not None and data.term_start is not None:
        # A move to another seat: the old term ends the day before the new one starts.
        check_term(session, data.seat_id, data.term_start, data.term_end, member_id=member_id)
        if term.end_date is None or term.end_date >= data.term_start:
            term.end_date = data.term_start - dt.timedelta(days=1)
        session.add(
            SeatTerm(
                seat_id=data.seat_id, member_id=member_id, start_date=data.term_start, end_date=data.term_end
            )
        )
    elif data.seat_id is not None and data.term_start is not None:
        check_term(
            session,
            data.seat_id,
            data.term_start,
            data.term_end,
            member_id=member_id,
            ignore_term_id=term.id if term else None,
        )
        if term is None:
            session.add(
                SeatTerm(
                    seat_id=data.seat_id,
                    member_id=member_id,
                    start_date=data.term_start,
                    end_date=data.term_end,
                )
            )
        elif (term.seat_id, term.start_date, term.end_date) != (data.seat_id, data.term_start, data.term_end):
            term.seat_id, term.start_date, term.end_date = data.seat_id, data.term_start, data.term_end
    elif term is not None and term.start_date >= day:
        session.delete(term)  # a term that had not begun: entered by mistake
    elif term is not None and (term.end_date is None or term.end_date >= day):
        term.end_date = day - dt.timedelta(days=1)  # no seat from today: the term's history stays
    _apply(session, member, data)
    if member.left_on is None:
        set_offices(session, member_id, data.offices, data.office_start or day, day)
    session.flush()


def deactivate_member(
    session: Session,
    member_id: int,
    reason: LeaveReason,
    on: dt.date,
    expected_version: int | None = None,
) -> None:
    """The member leaves on `on`: their open seat term, offices and committee places end then."""
    require_permission(session, Permission.EDIT_MEMBERS)
    member = get_or_404(session, Member, member_id, _("Member"))
    check_version(member, expected_version, _("This member"))
    if member.left_on is not None:
        raise UserError(_("{name} is already a former member.").format(name=member.name))
    if member.joined_on is not None and on < member.joined_on:
        raise ValidationError({"left_on": _("The member cannot leave before they joined.")})
    member.left_on = on
    member.leave_reason = LeaveReason(reason)
    models: tuple[type[SeatTerm] | type[OfficeTerm] | type[CommitteeMembership], ...] = (
        SeatTerm,
        OfficeTerm,
        CommitteeMembership,
    )
    for model in models:
        open_period = (model.member_id == member_id) & or_(model.end_date.is_(None), model.end_date > on)
        rows: list[SeatTerm | OfficeTerm | CommitteeMembership] = list(
            session.scalars(select(model).where(open_period))
        )
        for row in rows:
            if row.start_date > on:
                session.delete(row)  # a term that had not begun yet
            else:
                row.end_date = on
    session.flush()


def reactivate_member(session: Session, member_id: int, expected_version: int | None = None) -> None:
    """A former member returns (re-elected, reappointed); their past terms stay as they were."""
    require_permission(session, Permission.EDIT_MEMBERS)
    member = get_or_404(session, Member, member_id, _("Member"))
    check_version(member, expected_version, _("This member"))
    if member.left_on is None:
        raise UserError(_("{name} is already an active member.").format(name=member.name))
    member.left_on = None
    member.leave_reason = None
    session.flush()


def history_of(session: Session, member_id: int) -> list[str]:
    """What ties this member to the record (empty: the member may be deleted)."""
    checks = [
        (select(Attendance.id).where(Attendance.member_id == member_id), _("attendance")),
        (select(Vote.id).where(Vote.member_id == member_id), _("votes")),
        (
            select(Motion.id).where(or_(Motion.mover_id == member_id, Motion.seconder_id == member_id)),
            _("motions"),
        ),
        (select(Issue.id).where(Issue.assignee_member_id == member_id), _("issues assigned")),
        (select(ActionItem.id).where(ActionItem.owner_member_id == member_id), _("action items")),
        (
            select(Meeting.id).where(
                or_(Meeting.presiding_member_id == member_id, Meeting.recorder_member_id == member_id)
            ),
            _("meetings presided or recorded"),
        ),
        (select(User.id).where(User.member_id == member_id), _("a user account")),
    ]
    return [label for stmt, label in checks if exists(session, stmt)]


def delete_member(session: Session, member_id: int, expected_version: int | None = None) -> None:
    """Delete a member entered by mistake; refused once they have any history."""
    require_permission(session, Permission.EDIT_MEMBERS)
    member = get_or_404(session, Member, member_id, _("Member"))
    check_version(member, expected_version, _("This member"))
    history = history_of(session, member_id)
    if history:
        raise UserError(
            _("{name} has history ({what}) and cannot be deleted; deactivate the member instead.").format(
                name=member.name, what=", ".join(history)
            )
        )
    for model in (SeatTerm, OfficeTerm, CommitteeMembership):
        for row in session.scalars(select(model).where(model.member_id == member_id)):
            session.delete(row)
    session.delete(member)
    session.flush()


def get_member(session: Session, member_id: int, today: dt.date | None = None) -> MemberRecord:
    actor = require_permission(session, Permission.READ)
    day = today or dt.date.today()
    member = get_or_404(session, Member, member_id, _("Member"))
    contact = visible_contact(actor, member.publish_contact, member.email, member.phone, member.address)
    term = latest_term(session, member_id)
    offices = session.scalars(
        select(OfficeTerm.office).where(
            OfficeTerm.member_id == member_id, covering(OfficeTerm.start_date, OfficeTerm.end_date, day)
        )
    ).all()
    return MemberRecord(
        id=member.id,
        version=member.version,
        name=member.name,
        email=contact.email,
        phone=contact.phone,
        address=contact.address,
        district=member.district,
        publish_contact=member.publish_contact,
        notes=member.notes,
        joined_on=member.joined_on,
        left_on=member.left_on,
        leave_reason=member.leave_reason,
        term_id=term.id if term else None,
        seat_id=term.seat_id if term else None,
        term_start=term.start_date if term else None,
        term_end=term.end_date if term else None,
        offices=tuple(offices),
    )


def districts(session: Session) -> list[str]:
    require_permission(session, Permission.READ)
    return sorted(
        {d for d in session.scalars(select(Member.district).where(Member.district.is_not(None))) if d}
    )
