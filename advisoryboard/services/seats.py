"""Seats, terms and offices: who holds which seat when and vacancies (names: advisoryboard/labels.py).

Dates are inclusive: a term covers a day when `start <= day <= end` (no end: still
running). Two terms in the same voting seat may share their handover day (one ends on
the day the next starts, as real rosters record it) but not more than that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _, format_date
from advisoryboard.labels import office_order
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.districts import area_name
from database.enums import NON_VOTING_OFFICES, Office, SeatKind
from database.models import BoardSettings, Member, OfficeTerm, Seat, SeatTerm


def is_non_voting_office(office: Office) -> bool:
    return office in NON_VOTING_OFFICES


def covers(start: dt.date, end: dt.date | None, day: dt.date) -> bool:
    return start <= day and (end is None or end >= day)


def covering(start_col: Any, end_col: Any, day: Any) -> ColumnElement[bool]:
    """SQL condition: the period (start_col, end_col) covers `day` (a date or an SQL expression)."""
    return and_(start_col <= day, or_(end_col.is_(None), end_col >= day))


def holds_voting_seat_on(day: Any) -> ColumnElement[bool]:
    """SQL condition on SeatTerm joined to Seat: the term is in a voting seat and covers `day`
    (a date or an SQL expression such as a meeting's date, for correlated counts)."""
    return and_(Seat.kind == SeatKind.VOTING, covering(SeatTerm.start_date, SeatTerm.end_date, day))


@dataclass(frozen=True)
class Holding:
    """Who holds a seat on a day: the one answer roll call, sign-in sheets, the seat list,
    the printed roster and the annual summary share."""

    seat_id: int
    seat_label: str
    seat_kind: SeatKind
    district: str | None
    member_id: int
    member_name: str
    start: dt.date
    end: dt.date | None

    @property
    def voting(self) -> bool:
        return self.seat_kind is SeatKind.VOTING


def seat_holders(
    session: Session, day: dt.date, *, voting: bool | None = None, active_only: bool = False
) -> list[Holding]:
    """Terms covering `day`, in seat order (then by start, so a handover day's newcomer comes
    last). `voting`: only voting (True) or only non-voting (False) seats; `active_only`: leave
    out retired seats. Callers check permissions."""
    stmt = (
        select(
            Seat.id,
            Seat.label,
            Seat.kind,
            Seat.district,
            Member.id,
            Member.name,
            SeatTerm.start_date,
            SeatTerm.end_date,
        )
        .join(SeatTerm, SeatTerm.seat_id == Seat.id)
        .join(Member, Member.id == SeatTerm.member_id)
        .where(covering(SeatTerm.start_date, SeatTerm.end_date, day))
        .order_by(Seat.sort_order, Seat.label, SeatTerm.start_date, SeatTerm.id)
    )
    if voting is not None:
        stmt = stmt.where(Seat.kind == SeatKind.VOTING if voting else Seat.kind != SeatKind.VOTING)
    if active_only:
        stmt = stmt.where(Seat.active)
    return [Holding(*row) for row in session.execute(stmt)]


def filled_voting_seats(session: Session, day: dt.date) -> int:
    """Voting seats held on `day` (vacancies and retired seats left out): what a quorum of
    "a majority of filled seats" is counted on, the same for roll call and printed minutes."""
    return len({h.seat_id for h in seat_holders(session, day, voting=True, active_only=True)})


@dataclass(frozen=True)
class SeatInfo:
    id: int
    label: str
    kind: SeatKind
    district: str | None
    holder_id: int | None
    holder_name: str | None
    active: bool = True


@dataclass(frozen=True)
class Vacancy:
    seat_id: int | None
    seat_label: str
    since: dt.date | None
    last_holder_id: int | None
    last_holder_name: str | None


def list_seats(
    session: Session, today: dt.date | None = None, include_retired: bool = False
) -> list[SeatInfo]:
    require_permission(session, Permission.READ)
    day = today or dt.date.today()
    holders = {h.seat_id: (h.member_id, h.member_name) for h in seat_holders(session, day)}
    out = []
    stmt = select(Seat).order_by(Seat.active.desc(), Seat.sort_order, Seat.label)
    for seat in session.scalars(stmt if include_retired else stmt.where(Seat.active)):
        mid, name = holders.get(seat.id, (None, None))
        out.append(SeatInfo(seat.id, seat.label, seat.kind, seat.district, mid, name, seat.active))
    return out


def retire_seat(session: Session, seat_id: int, retired: bool = True, today: dt.date | None = None) -> None:
    """A seat that no longer exists (e.g. after redistricting) stops counting as a vacancy.

    Its history stays; a seat someone holds today cannot be retired.
    """
    require_permission(session, Permission.EDIT_MEMBERS)
    seat = require_seat(session, seat_id)
    day = today or dt.date.today()
    if retired:
        holder = session.scalar(
            select(Member.name)
            .join(SeatTerm, SeatTerm.member_id == Member.id)
            .where(SeatTerm.seat_id == seat_id, or_(SeatTerm.end_date.is_(None), SeatTerm.end_date >= day))
            .limit(1)
        )
        if holder is not None:
            raise UserError(
                _("{name} holds {seat} now or later; end that term before retiring the seat.").format(
                    name=holder, seat=seat.label
                )
            )
    seat.active = not retired
    session.flush()


def create_seat(
    session: Session, label: str, kind: SeatKind = SeatKind.VOTING, district: str | None = None
) -> int:
    require_permission(session, Permission.EDIT_MEMBERS)
    label = label.strip()
    if not label:
        raise ValidationError({"label": _("Give the seat a name, e.g. 'Seat 4'.")})
    if session.scalar(select(Seat.id).where(Seat.label == label)) is not None:
        raise ValidationError({"label": _("There is already a seat called {label}.").format(label=label)})
    order = session.scalar(select(Seat.sort_order).order_by(Seat.sort_order.desc()).limit(1)) or 0
    seat = Seat(label=label, kind=kind, district=area_name(session, district), sort_order=order + 1)
    session.add(seat)
    session.flush()
    return seat.id


def vacancies(session: Session, today: dt.date | None = None) -> list[Vacancy]:
    """Voting seats nobody holds today, plus seats the settings count that were never set up."""
    require_permission(session, Permission.READ)
    day = today or dt.date.today()
    seats = session.scalars(
        select(Seat).where(Seat.active, Seat.kind == SeatKind.VOTING).order_by(Seat.sort_order, Seat.label)
    ).all()
    held: set[int] = set()
    last: dict[int, tuple[dt.date | None, int, str]] = {}
    for seat_id, start, end, member_id, name in session.execute(
        select(SeatTerm.seat_id, SeatTerm.start_date, SeatTerm.end_date, Member.id, Member.name)
        .join(Member, Member.id == SeatTerm.member_id)
        .join(Seat, Seat.id == SeatTerm.seat_id)
        .where(Seat.kind == SeatKind.VOTING, SeatTerm.start_date <= day)
        .order_by(SeatTerm.start_date, SeatTerm.id)
    ):
        if covers(start, end, day):
            held.add(seat_id)
        last[seat_id] = (end, member_id, name)  # the latest term that began by `day`
    out: list[Vacancy] = []
    for seat in seats:
        if seat.id in held:
            continue
        if seat.id not in last:
            out.append(Vacancy(seat.id, seat.label, None, None, None))
            continue
        end, member_id, name = last[seat.id]
        since = end + dt.timedelta(days=1) if end is not None else None
        out.append(Vacancy(seat.id, seat.label, since, member_id, name))
    settings = session.get(BoardSettings, 1)
    missing = (settings.seat_count if settings else 0) - len(seats)
    for n in range(max(missing, 0)):
        out.append(
            Vacancy(
                None, _("Seat not set up ({n} of {count})").format(n=n + 1, count=missing), None, None, None
            )
        )
    return out


def check_term(
    session: Session,
    seat_id: int,
    start: dt.date,
    end: dt.date | None,
    *,
    member_id: int | None,
    ignore_term_id: int | None = None,
    start_field: str = "term_start",
) -> None:
    """Refuse a term that ends before it starts or overlaps another member's term in a voting seat."""
    if end is not None and end <= start:
        raise ValidationError({"term_end": _("The term must end after it starts.")})
    seat = session.get(Seat, seat_id)
    if seat is None:
        raise ValidationError({"seat": _("Choose a seat.")})
    if seat.kind is not SeatKind.VOTING:
        return
    conditions = [
        SeatTerm.seat_id == seat_id,
        or_(SeatTerm.end_date.is_(None), SeatTerm.end_date > start),
    ]
    if end is not None:
        conditions.append(SeatTerm.start_date < end)
    if member_id is not None:
        conditions.append(SeatTerm.member_id != member_id)
    if ignore_term_id is not None:
        conditions.append(SeatTerm.id != ignore_term_id)
    clash = session.execute(
        select(Member.name, SeatTerm.start_date, SeatTerm.end_date)
        .join(Member, Member.id == SeatTerm.member_id)
        .where(*conditions)
        .limit(1)
    ).first()
    if clash is not None:
        raise ValidationError({start_field: overlap_message(seat.label, *clash)})


def periods_overlap(a_start: dt.date, a_end: dt.date | None, b_start: dt.date, b_end: dt.date | None) -> bool:
    """More than a shared handover day in common (the rule `check_term` applies in SQL)."""
    return (b_end is None or b_end > a_start) and (a_end is None or b_start < a_end)


def overlap_message(seat: str, name: str, start: dt.date, end: dt.date | None) -> str:
    until = format_date(end, "medium") if end else _("no end date")
    return _(
        "{seat} is held by {name} from {start} to {end}; "
        "a voting seat cannot have two members at the same time."
    ).format(seat=seat, name=name, start=format_date(start, "medium"), end=until)


def current_offices(session: Session, member_id: int, day: dt.date) -> list[OfficeTerm]:
    return list(
        session.scalars(
            select(OfficeTerm).where(
                OfficeTerm.member_id == member_id, covering(OfficeTerm.start_date, OfficeTerm.end_date, day)
            )
        )
    )


def set_offices(
    session: Session, member_id: int, wanted: Iterable[Office], start: dt.date, day: dt.date
) -> None:
    """Make `wanted` the member's current offices: new ones start on `start` (together, as a
    combined title); dropped ones end the day before `day`, so the history stays."""
    wanted_set = set(wanted)
    current = current_offices(session, member_id, day)
    held = {term.office for term in current}
    for term in current:
        if term.office not in wanted_set:
            if term.start_date >= day:
                session.delete(term)  # added by mistake today: no history to keep
            else:
                term.end_date = day - dt.timedelta(days=1)
    for office in sorted(wanted_set - held, key=office_order):
        session.add(OfficeTerm(member_id=member_id, office=office, start_date=start, end_date=None))


def require_seat(session: Session, seat_id: int) -> Seat:
    seat = session.get(Seat, seat_id)
    if seat is None:
        raise UserError(_("That seat does not exist any more."), "seat")
    return seat
