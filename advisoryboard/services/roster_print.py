"""The printed roster: every active seat in seat order with its holder (or vacant), the
holder's offices and contacts. The one reader behind both prints of the roster.

Public: email and phone only for members who agreed to publish them, never a home
address. Internal (private contacts): needs the permission to see confidential data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.labels import office_order
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.seats import covering, seat_holders
from database.enums import Office, SeatKind
from database.models import Member, OfficeTerm, Seat


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


def roster_for_print(session: Session, public: bool, today: dt.date | None = None) -> list[RosterLine]:
    require_permission(session, Permission.PRINT)
    if not public:
        require_permission(session, Permission.VIEW_CONFIDENTIAL)
    day = today or dt.date.today()
    holders = {
        h.seat_id: h for h in seat_holders(session, day, active_only=True)
    }  # newcomer wins a handover day
    members = {
        m.id: m
        for m in session.scalars(select(Member).where(Member.id.in_([h.member_id for h in holders.values()])))
    }
    offices: dict[int, list[Office]] = {}
    for member_id, office in session.execute(
        select(OfficeTerm.member_id, OfficeTerm.office).where(
            covering(OfficeTerm.start_date, OfficeTerm.end_date, day)
        )
    ):
        offices.setdefault(member_id, []).append(office)
    lines: list[RosterLine] = []
    for seat in session.scalars(select(Seat).where(Seat.active).order_by(Seat.sort_order, Seat.label)):
        held = holders.get(seat.id)
        if held is None:
            lines.append(
                RosterLine(seat.label, seat.kind, None, seat.district, (), None, None, None, None, None)
            )
            continue
        member = members[held.member_id]
        show = not public or member.publish_contact
        lines.append(
            RosterLine(
                seat=seat.label,
                seat_kind=seat.kind,
                name=member.name,
                district=member.district or seat.district,
                offices=tuple(sorted(offices.get(member.id, []), key=office_order)),
                term_start=held.start,
                term_end=held.end,
                email=member.email if show else None,
                phone=member.phone if show else None,
                address=None if public else member.address,
            )
        )
    return lines
