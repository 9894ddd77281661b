"""Meetings: the list, creating and scheduling them, roll call and quorum."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _, format_date
from advisoryboard.labels import office_label
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from advisoryboard.services.seats import covering, filled_voting_seats, seat_holders
from advisoryboard.services.votes import QuorumStatus, quorum_status
from database.enums import (
    NON_VOTING_OFFICES,
    PRESENT_STATUSES,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    QuorumRule,
    ThresholdBase,
)
from database.models import Attendance, BoardSettings, Meeting, Member, OfficeTerm


@dataclass(frozen=True)
class MeetingRow:
    id: int
    kind: MeetingKind
    status: MeetingStatus
    title: str | None
    starts_at: dt.datetime
    location: str | None
    minutes_status: MinutesStatus
    version: int
    cancelled_reason: str | None = None


def settings_of(session: Session) -> BoardSettings:
    return get_or_404(session, BoardSettings, 1, _("Board settings"))


def lock_meeting(meeting: Meeting) -> None:
    """Re-read the meeting under a row lock, so its minutes cannot be approved before we commit.

    PostgreSQL: SELECT … FOR UPDATE (an approval on another PC waits for this save, or this
    save waits for the approval and then sees it). SQLite: the write transaction was taken at
    its start (BEGIN IMMEDIATE, see services.base.transaction), which already excludes others.
    """
    session = object_session(meeting)
    if session is not None and session.get_bind().dialect.name != "sqlite":
        session.refresh(meeting, with_for_update=True)


def ensure_minutes_editable(meeting: Meeting) -> None:
    """Approved minutes are locked: corrections go through a recorded amendment.

    The check is made under a lock on the meeting row (see lock_meeting), so it still holds
    when the caller writes later in the same transaction.
    """
    lock_meeting(meeting)
    if meeting.minutes_status is MinutesStatus.APPROVED:
        raise UserError(
            _(
                "The minutes of the meeting of {date} were approved and are locked. "
                "Record a correction as an amendment instead."
            ).format(date=format_date(meeting.starts_at.date(), "medium"))
        )


def _row(m: Meeting) -> MeetingRow:
    return MeetingRow(
        m.id,
        m.kind,
        m.status,
        m.title,
        m.starts_at,
        m.location,
        m.minutes_status,
        m.version,
        m.cancelled_reason,
    )


SORT_COLUMNS = {
    "starts_at": Meeting.starts_at,
    "kind": Meeting.kind,
    "status": Meeting.status,
    "location": Meeting.location,
    "minutes_status": Meeting.minutes_status,
}


def list_meetings(
    session: Session,
    *,
    when: str = "all",
    today: dt.date | None = None,
    sort: str = "starts_at",
    descending: bool = True,
) -> list[MeetingRow]:
    """Meetings, filtered to 'upcoming' / 'past' / 'all' and sorted in SQL."""
    require_permission(session, Permission.READ)
    stmt = select(Meeting)
    start_of_today = dt.datetime.combine(today or dt.date.today(), dt.time())
    if when == "upcoming":
        stmt = stmt.where(Meeting.starts_at >= start_of_today)
    elif when == "past":
        stmt = stmt.where(Meeting.starts_at < start_of_today)
    column = SORT_COLUMNS.get(sort, Meeting.starts_at)
    stmt = stmt.order_by(column.desc() if descending else column.asc(), Meeting.id)
    return [_row(m) for m in session.scalars(stmt)]


def get_meeting(session: Session, meeting_id: int) -> MeetingRow:
    require_permission(session, Permission.READ)
    return _row(get_or_404(session, Meeting, meeting_id, _("Meeting")))


def create_meeting(
    session: Session,
    *,
    starts_at: dt.datetime,
    kind: MeetingKind = MeetingKind.REGULAR,
    location: str | None = None,
    title: str | None = None,
    planned_end_at: dt.datetime | None = None,
) -> int:
    require_permission(session, Permission.EDIT_MEETINGS)
    errors: dict[str, str] = {}
    if planned_end_at is not None and planned_end_at <= starts_at:
        errors["planned_end_at"] = _("The meeting must end after it starts.")
    if location is not None and len(location) > 300:
        errors["location"] = _("The place is too long (300 characters at most).")
    if errors:
        raise ValidationError(errors)
    meeting = Meeting(
        kind=kind,
        status=MeetingStatus.SCHEDULED,
        title=(title or "").strip() or None,
        starts_at=starts_at,
        planned_end_at=planned_end_at,
        location=(location or "").strip() or settings_of(session).default_location,
        minutes_status=MinutesStatus.NONE,
    )
    session.add(meeting)
    session.flush()
    return meeting.id


def update_meeting(
    session: Session,
    meeting_id: int,
    version: int | None,
    *,
    starts_at: dt.datetime,
    kind: MeetingKind,
    location: str | None,
    status: MeetingStatus,
    title: str | None = None,
    cancelled_reason: str | None = None,
) -> None:
    require_permission(session, Permission.EDIT_MEETINGS)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    ensure_minutes_editable(meeting)  # place, title and status belong to the approved minutes too
    check_version(meeting, version, _("This meeting"))
    meeting.starts_at = starts_at
    kind, status = MeetingKind(kind), MeetingStatus(status)
    meeting.kind = kind
    meeting.location = (location or "").strip() or None
    meeting.status = status
    meeting.title = (title or "").strip() or None
    meeting.cancelled_reason = cancelled_reason if status is MeetingStatus.CANCELLED else None


def find_meeting(session: Session, spec: str, *, today: dt.date | None = None) -> int:
    """The id of the meeting a person names on the command line: an id, a date
    (YYYY-MM-DD: the meeting that day), 'next' (the next one from today) or 'last'
    (the latest one before today)."""
    require_permission(session, Permission.READ)
    text = (spec or "").strip().lower()
    start_of_today = dt.datetime.combine(today or dt.date.today(), dt.time())
    if text.isdigit():
        return get_or_404(session, Meeting, int(text), _("Meeting")).id
    if text in ("next", "last"):
        stmt = (
            select(Meeting.id).where(Meeting.starts_at >= start_of_today).order_by(Meeting.starts_at)
            if text == "next"
            else select(Meeting.id)
            .where(Meeting.starts_at < start_of_today)
            .order_by(Meeting.starts_at.desc())
        )
        found = session.scalar(stmt.where(Meeting.status != MeetingStatus.CANCELLED).limit(1))
        if found is None:
            raise UserError(
                _("There is no upcoming meeting.") if text == "next" else _("There is no earlier meeting.")
            )
        return found
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(
            _("“{spec}” is not a meeting: give its number, a date (YYYY-MM-DD), next or last.").format(
                spec=spec
            ),
            field="meeting",
        ) from None
    start = dt.datetime.combine(day, dt.time())
    ids = session.scalars(
        select(Meeting.id)
        .where(Meeting.starts_at >= start, Meeting.starts_at < start + dt.timedelta(days=1))
        .order_by(Meeting.starts_at)
    ).all()
    if not ids:
        raise UserError(_("There is no meeting on {date}.").format(date=day.isoformat()), field="meeting")
    if len(ids) > 1:
        raise UserError(
            _("There are {count} meetings on {date}; give the number of one: {ids}.").format(
                count=len(ids), date=day.isoformat(), ids=", ".join(str(i) for i in ids)
            ),
            field="meeting",
        )
    return ids[0]


# ----------------------------------------------------------------- recurring schedule
def nth_weekday(year: int, month: int, weekday: int, ordinal: int) -> dt.date | None:
    """The ordinal-th (1..5, or -1 for the last) weekday (0=Monday) of a month, or None."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month]
    matching = [d for d in days if d.weekday() == weekday]
    if ordinal == -1:
        return matching[-1]
    if 1 <= ordinal <= len(matching):
        return matching[ordinal - 1]
    return None


def schedule_dates(first_month: dt.date, *, weekday: int, ordinal: int, months: int = 12) -> list[dt.date]:
    """The dates of a monthly schedule ('2nd Tuesday') for `months` months from first_month."""
    result = []
    year, month = first_month.year, first_month.month
    for _i in range(months):
        day = nth_weekday(year, month, weekday, ordinal)
        if day is not None and day >= first_month:
            result.append(day)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return result


def schedule_meetings(
    session: Session,
    *,
    first_month: dt.date,
    weekday: int,
    ordinal: int,
    start_time: dt.time,
    location: str | None,
    kind: MeetingKind = MeetingKind.REGULAR,
    months: int = 12,
) -> list[int]:
    """Create a year (by default) of meetings; days that already have a meeting are skipped."""
    require_permission(session, Permission.EDIT_MEETINGS)
    if not 1 <= months <= 36:
        raise ValidationError({"months": _("Schedule between 1 and 36 months at a time.")})
    if ordinal not in (-1, 1, 2, 3, 4, 5) or not 0 <= weekday <= 6:
        raise ValidationError({"ordinal": _("Choose which weekday of the month.")})
    ids = []
    for day in schedule_dates(first_month, weekday=weekday, ordinal=ordinal, months=months):
        start = dt.datetime.combine(day, start_time)
        taken = session.scalar(
            select(Meeting.id).where(
                Meeting.starts_at >= dt.datetime.combine(day, dt.time()),
                Meeting.starts_at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time()),
            )
        )
        if taken is None:
            ids.append(create_meeting(session, starts_at=start, kind=kind, location=location))
    return ids


# ----------------------------------------------------------------- roll call and quorum
@dataclass(frozen=True)
class RollCallEntry:
    member_id: int
    name: str
    seat: str
    voting: bool
    status: AttendanceStatus | None
    arrived_at: dt.time | None


@dataclass(frozen=True)
class RollCall:
    meeting_id: int
    meeting_version: int
    entries: tuple[RollCallEntry, ...]
    seat_count: int
    filled_seats: int
    rule: QuorumRule
    fixed_number: int | None
    public_count: int
    guests: str
    locked: bool

    @property
    def voting(self) -> list[RollCallEntry]:
        return [e for e in self.entries if e.voting]

    @property
    def non_voting(self) -> list[RollCallEntry]:
        return [e for e in self.entries if not e.voting]

    def quorum(self) -> QuorumStatus:
        present = sum(1 for e in self.voting if e.status in PRESENT_STATUSES)
        return quorum_status(
            present,
            self.rule,
            seat_count=self.seat_count,
            filled_seats=self.filled_seats,
            fixed_number=self.fixed_number,
        )


def board_on(session: Session, day: dt.date) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """(voting members, non-voting attendees) on `day` as (member id, name, seat or office)."""
    voting = [
        (h.member_id, h.member_name, h.seat_label)
        for h in seat_holders(session, day, voting=True, active_only=True)
    ]
    voting_ids = {r[0] for r in voting}
    others: dict[int, tuple[int, str, str]] = {}
    for h in seat_holders(session, day, voting=False):
        if h.member_id not in voting_ids:
            others[h.member_id] = (h.member_id, h.member_name, h.seat_label)
    for mid, name, office in session.execute(
        select(Member.id, Member.name, OfficeTerm.office)
        .join(OfficeTerm, OfficeTerm.member_id == Member.id)
        .where(
            OfficeTerm.office.in_(list(NON_VOTING_OFFICES)),
            covering(OfficeTerm.start_date, OfficeTerm.end_date, day),
        )
    ):
        if mid not in voting_ids and mid not in others:
            others[mid] = (mid, name, office_label(office))
    return voting, list(others.values())


def roll_call(session: Session, meeting_id: int) -> RollCall:
    require_permission(session, Permission.READ)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    settings = settings_of(session)
    day = meeting.starts_at.date()
    voting, others = board_on(session, day)
    recorded = {
        a.member_id: a for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
    }
    entries: list[RollCallEntry] = []
    for mid, name, seat in voting:
        a = recorded.pop(mid, None)
        entries.append(
            RollCallEntry(mid, name, seat, True, a.status if a else None, a.arrived_at if a else None)
        )
    for mid, name, seat in others:
        a = recorded.pop(mid, None)
        entries.append(
            RollCallEntry(mid, name, seat, False, a.status if a else None, a.arrived_at if a else None)
        )
    if recorded:  # attendance of people no longer on the board that day: keep showing it
        names = dict(
            session.execute(select(Member.id, Member.name).where(Member.id.in_(list(recorded)))).all()
        )
        for mid, a in recorded.items():
            entries.append(RollCallEntry(mid, names.get(mid, "?"), "", a.voting, a.status, a.arrived_at))
    return RollCall(
        meeting_id=meeting.id,
        meeting_version=meeting.version,
        entries=tuple(entries),
        seat_count=settings.seat_count,
        filled_seats=filled_voting_seats(session, day),
        rule=settings.quorum_rule,
        fixed_number=settings.quorum_fixed_number,
        public_count=meeting.public_count,
        guests=meeting.guests or "",
        locked=meeting.minutes_status is MinutesStatus.APPROVED,
    )


def set_attendance(
    session: Session,
    meeting_id: int,
    member_id: int,
    status: AttendanceStatus | None,
    arrived_at: dt.time | None = None,
) -> None:
    """Record one person's attendance (None clears it). Voting is snapshotted from the seat."""
    require_permission(session, Permission.EDIT_MEETINGS)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    ensure_minutes_editable(meeting)
    status = None if status is None else AttendanceStatus(status)
    if status is AttendanceStatus.LATE and arrived_at is None:
        raise ValidationError({"arrived_at": _("Enter the time a late member arrived.")})
    voting, others = board_on(session, meeting.starts_at.date())
    voting_ids = {m for m, _n, _s in voting}
    if member_id not in voting_ids and member_id not in {m for m, _n, _s in others}:
        get_or_404(session, Member, member_id, _("Member"))
    row = session.scalar(
        select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.member_id == member_id)
    )
    if status is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = Attendance(meeting_id=meeting_id, member_id=member_id, status=status)
        session.add(row)
    row.status = status
    row.arrived_at = arrived_at if status is AttendanceStatus.LATE else None
    row.voting = member_id in voting_ids
    if meeting.status is MeetingStatus.SCHEDULED and status in PRESENT_STATUSES:
        meeting.status = MeetingStatus.HELD
    if meeting.minutes_status is MinutesStatus.NONE:
        meeting.minutes_status = MinutesStatus.DRAFT


def set_public_attendance(
    session: Session, meeting_id: int, public_count: int, guests: str, *, version: int | None
) -> None:
    """Public head count and guest list; `version` is the meeting's version the form showed."""
    require_permission(session, Permission.EDIT_MEETINGS)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    ensure_minutes_editable(meeting)
    check_version(meeting, version, _("This meeting"))
    if public_count < 0:
        raise ValidationError({"public_count": _("Public attendance cannot be negative.")})
    meeting.public_count = public_count
    meeting.guests = guests.strip() or None


def quorum_of_meeting(session: Session, meeting_id: int) -> QuorumStatus:
    return roll_call(session, meeting_id).quorum()


def draft_minutes_before(session: Session, meeting_id: int) -> list[MeetingRow]:
    """Held meetings before this one whose minutes are still drafts (to approve at it)."""
    require_permission(session, Permission.READ)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    stmt = (
        select(Meeting)
        .where(
            Meeting.starts_at < meeting.starts_at,
            Meeting.minutes_status == MinutesStatus.DRAFT,
            Meeting.status == MeetingStatus.HELD,
        )
        .order_by(Meeting.starts_at)
    )
    return [_row(m) for m in session.scalars(stmt)]


def threshold_base(session: Session) -> ThresholdBase:
    require_permission(session, Permission.READ)
    return settings_of(session).threshold_base
