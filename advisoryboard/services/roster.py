"""The roster: one row per member, filtered and sorted in SQL, loaded a page at a time.

The table model keeps only the ordered ids (`roster_ids`) and asks for the rows it
shows (`roster_rows`). The printed roster is services/roster_print.py.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Float, and_, case, cast, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from advisoryboard.early_roster import COLUMN_LABELS, COLUMNS
from advisoryboard.i18n import _
from advisoryboard.labels import leave_reason_label, office_title
from advisoryboard.permissions import Actor, Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.contacts import may_see_private_contacts, visible_contact
from advisoryboard.services.seats import covering
from database.enums import PRESENT_STATUSES, MeetingStatus, Office, SeatKind
from database.models import Attendance, Meeting, Member, OfficeTerm, Seat, SeatTerm

ATTENDED = PRESENT_STATUSES  # present or late (database/enums.py)
__all__ = ["COLUMNS", "COLUMN_LABELS"]  # the columns, in display order (advisoryboard/early_roster.py)


@dataclass(frozen=True)
class RosterFilter:
    text: str = ""
    status: str = "active"  # active | former | all
    voting: str = "all"  # all | voting | non_voting
    office: Office | None = None
    district: str | None = None


@dataclass(frozen=True)
class RosterRow:
    id: int
    name: str
    seat: str | None
    seat_kind: SeatKind | None
    offices: tuple[Office, ...]
    office: str
    district: str | None
    active: bool
    status: str
    term_start: dt.date | None
    term_end: dt.date | None
    attended: int
    meetings: int
    email: str | None
    phone: str | None
    address: str | None
    publish_contact: bool
    #: The member's version, for row actions (deactivate, reactivate, delete).
    version: int = 0

    @property
    def attendance_rate(self) -> float | None:
        return self.attended / self.meetings if self.meetings else None

    @property
    def voting(self) -> bool:
        return self.active and self.seat_kind is SeatKind.VOTING


def year_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=365)


def _held_window(day: dt.date) -> ColumnElement[bool]:
    start = dt.datetime.combine(year_before(day), dt.time.min)
    end = dt.datetime.combine(day, dt.time.max)
    return and_(Meeting.status == MeetingStatus.HELD, Meeting.starts_at >= start, Meeting.starts_at <= end)


def _attendance_counts(day: dt.date) -> tuple[ColumnElement[int], ColumnElement[int]]:
    base = (
        select(func.count(Attendance.id))
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Attendance.member_id == Member.id, _held_window(day))
    )
    total = base.scalar_subquery()
    attended = base.where(Attendance.status.in_(ATTENDED)).scalar_subquery()
    return attended, total


def _current_term(day: dt.date) -> ColumnElement[bool]:
    return and_(SeatTerm.member_id == Member.id, covering(SeatTerm.start_date, SeatTerm.end_date, day))


def _latest_term_value(column: ColumnElement[object], day: dt.date) -> ColumnElement[object]:
    """The value from the term covering `day`, else from the member's latest term."""
    return (
        select(column)
        .select_from(SeatTerm)
        .join(Seat, Seat.id == SeatTerm.seat_id)
        .where(SeatTerm.member_id == Member.id)
        .order_by(
            case((covering(SeatTerm.start_date, SeatTerm.end_date, day), 0), else_=1),
            SeatTerm.start_date.desc(),
        )
        .limit(1)
        .scalar_subquery()
    )


def _email_matches(like: str, actor: Actor) -> ColumnElement[bool]:
    """The search text is in the member's email, and this actor may read that email.

    A match on an unpublished email would tell a staff or member account whose it is (search
    for the address, see who is left), so for them only published emails are searched.
    """
    match = func.lower(func.coalesce(Member.email, "")).like(like, escape="\\")
    if may_see_private_contacts(actor):
        return match
    return and_(Member.publish_contact.is_(True), match)


def _filters(flt: RosterFilter, day: dt.date, actor: Actor) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if flt.status == "active":
        out.append(Member.left_on.is_(None))
    elif flt.status == "former":
        out.append(Member.left_on.is_not(None))
    text = flt.text.strip().lower()
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        out.append(
            or_(
                func.lower(Member.name).like(like, escape="\\"),
                _email_matches(like, actor),
                func.lower(func.coalesce(Member.district, "")).like(like, escape="\\"),
            )
        )
    voting_now = exists(
        select(SeatTerm.id)
        .join(Seat, Seat.id == SeatTerm.seat_id)
        .where(_current_term(day), Seat.kind == SeatKind.VOTING)
    )
    if flt.voting == "voting":
        out.append(voting_now)
    elif flt.voting == "non_voting":
        out.append(~voting_now)
    if flt.office is not None:
        out.append(
            exists(
                select(OfficeTerm.id).where(
                    OfficeTerm.member_id == Member.id,
                    OfficeTerm.office == flt.office,
                    covering(OfficeTerm.start_date, OfficeTerm.end_date, day),
                )
            )
        )
    if flt.district:
        out.append(Member.district == flt.district)
    return out


def _sort_key(column: str, day: dt.date) -> ColumnElement[object]:
    if column == "seat":
        return _latest_term_value(Seat.sort_order, day)  # type: ignore[arg-type]
    if column == "office":
        rank = case({o.value: i for i, o in enumerate(Office)}, value=OfficeTerm.office, else_=99)
        return (
            select(func.min(rank))
            .where(
                OfficeTerm.member_id == Member.id, covering(OfficeTerm.start_date, OfficeTerm.end_date, day)
            )
            .scalar_subquery()
        )
    if column == "district":
        return func.lower(func.coalesce(Member.district, ""))
    if column == "status":
        return case((Member.left_on.is_(None), 0), else_=1)
    if column == "term_end":
        return _latest_term_value(SeatTerm.end_date, day)  # type: ignore[arg-type]
    if column == "attendance":
        attended, total = _attendance_counts(day)
        return cast(attended, Float) / func.nullif(total, 0)  # type: ignore[return-value]
    return func.lower(Member.name)


def roster_ids(
    session: Session,
    flt: RosterFilter = RosterFilter(),
    sort: str = "name",
    ascending: bool = True,
    today: dt.date | None = None,
) -> list[int]:
    actor = require_permission(session, Permission.READ)
    day = today or dt.date.today()
    key = _sort_key(sort, day)
    # Empty values last whichever way the column is sorted.
    order = [case((key.is_(None), 1), else_=0), key.asc() if ascending else key.desc()]
    stmt = (
        select(Member.id)
        .where(*_filters(flt, day, actor))
        .order_by(*order, func.lower(Member.name), Member.id)
    )
    return list(session.scalars(stmt))


def roster_rows(session: Session, ids: Sequence[int], today: dt.date | None = None) -> list[RosterRow]:
    """The rows for `ids`, in the same order."""
    actor = require_permission(session, Permission.READ)
    day = today or dt.date.today()
    if not ids:
        return []
    attended, total = _attendance_counts(day)
    members = {
        m.id: (m, a or 0, t or 0)
        for m, a, t in session.execute(select(Member, attended, total).where(Member.id.in_(ids)))
    }
    terms: dict[int, tuple[str, SeatKind, dt.date, dt.date | None, bool]] = {}
    for member_id, label, kind, start, end in session.execute(
        select(SeatTerm.member_id, Seat.label, Seat.kind, SeatTerm.start_date, SeatTerm.end_date)
        .join(Seat, Seat.id == SeatTerm.seat_id)
        .where(SeatTerm.member_id.in_(ids))
        .order_by(SeatTerm.start_date)
    ):
        now = start <= day and (end is None or end >= day)
        previous = terms.get(member_id)
        if previous is None or now or not previous[4]:
            terms[member_id] = (label, kind, start, end, now)
    offices: dict[int, list[Office]] = defaultdict(list)
    for member_id, office in session.execute(
        select(OfficeTerm.member_id, OfficeTerm.office).where(
            OfficeTerm.member_id.in_(ids), covering(OfficeTerm.start_date, OfficeTerm.end_date, day)
        )
    ):
        offices[member_id].append(office)
    rows = []
    for mid in ids:
        if mid not in members:
            continue
        m, att, tot = members[mid]
        contact = visible_contact(actor, m.publish_contact, m.email, m.phone, m.address)
        term = terms.get(mid)
        held = tuple(offices.get(mid, ())) if m.left_on is None else ()
        status = (
            _("Active")
            if m.left_on is None
            else _("Former ({reason})").format(reason=leave_reason_label(m.leave_reason))
            if m.leave_reason
            else _("Former")
        )
        rows.append(
            RosterRow(
                id=m.id,
                name=m.name,
                seat=term[0] if term else None,
                seat_kind=term[1] if term and term[4] else None,
                offices=held,
                office=office_title(held),
                district=m.district,
                active=m.left_on is None,
                status=status,
                term_start=term[2] if term else None,
                term_end=term[3] if term else None,
                attended=att,
                meetings=tot,
                email=contact.email,
                phone=contact.phone,
                address=contact.address,
                publish_contact=m.publish_contact,
                version=m.version,
            )
        )
    return rows


def roster(
    session: Session,
    flt: RosterFilter = RosterFilter(),
    sort: str = "name",
    ascending: bool = True,
    today: dt.date | None = None,
) -> list[RosterRow]:
    return roster_rows(session, roster_ids(session, flt, sort, ascending, today), today)
