"""Everything the member's page shows: terms, offices, committees, attendance, motions, issues."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.members import MemberRecord, get_member
from advisoryboard.services.roster import ATTENDED, year_before
from database.enums import (
    AttendanceStatus,
    CommitteeRole,
    IssueStatus,
    MeetingKind,
    MeetingStatus,
    MotionResult,
    Office,
    SeatKind,
)
from database.models import (
    Attendance,
    Committee,
    CommitteeMembership,
    Issue,
    Meeting,
    Motion,
    OfficeTerm,
    Seat,
    SeatTerm,
)


@dataclass(frozen=True)
class Period:
    what: str
    start: dt.date
    end: dt.date | None
    detail: str = ""


@dataclass(frozen=True)
class MissedMeeting:
    when: dt.datetime
    kind: MeetingKind
    title: str | None
    status: AttendanceStatus


@dataclass(frozen=True)
class MotionMoved:
    when: dt.datetime
    text: str
    result: MotionResult


@dataclass(frozen=True)
class IssueAssigned:
    reference: str
    title: str
    status: IssueStatus


@dataclass(frozen=True)
class MemberPage:
    member: MemberRecord
    seat_terms: list[Period]
    seat_kinds: list[SeatKind]
    offices: list[tuple[Office, dt.date, dt.date | None, str | None]]
    committees: list[tuple[str, CommitteeRole, dt.date, dt.date | None]]
    attended_12m: int
    meetings_12m: int
    attended_all: int
    meetings_all: int
    missed: list[MissedMeeting]
    motions: list[MotionMoved]
    issues: list[IssueAssigned]


def member_page(session: Session, member_id: int, today: dt.date | None = None) -> MemberPage:
    require_permission(session, Permission.READ)
    day = today or dt.date.today()
    member = get_member(session, member_id, day)
    terms = session.execute(
        select(Seat.label, Seat.kind, SeatTerm.start_date, SeatTerm.end_date)
        .join(Seat, Seat.id == SeatTerm.seat_id)
        .where(SeatTerm.member_id == member_id)
        .order_by(SeatTerm.start_date.desc())
    ).all()
    offices = session.execute(
        select(OfficeTerm.office, OfficeTerm.start_date, OfficeTerm.end_date, OfficeTerm.qualifier)
        .where(OfficeTerm.member_id == member_id)
        .order_by(OfficeTerm.start_date.desc(), OfficeTerm.office)
    ).all()
    committees = session.execute(
        select(
            Committee.name,
            CommitteeMembership.role,
            CommitteeMembership.start_date,
            CommitteeMembership.end_date,
        )
        .join(Committee, Committee.id == CommitteeMembership.committee_id)
        .where(CommitteeMembership.member_id == member_id)
        .order_by(CommitteeMembership.start_date.desc())
    ).all()
    records = session.execute(
        select(Meeting.starts_at, Meeting.kind, Meeting.title, Attendance.status)
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .where(
            Attendance.member_id == member_id,
            Meeting.status == MeetingStatus.HELD,
            Meeting.starts_at <= dt.datetime.combine(day, dt.time.max),
        )
        .order_by(Meeting.starts_at.desc())
    ).all()
    since = dt.datetime.combine(year_before(day), dt.time.min)
    recent = [r for r in records if r[0] >= since]
    motions = session.execute(
        select(Meeting.starts_at, Motion.text, Motion.result)
        .join(Meeting, Meeting.id == Motion.meeting_id)
        .where(Motion.mover_id == member_id)
        .order_by(Meeting.starts_at.desc(), Motion.position)
    ).all()
    issues = session.execute(
        select(Issue.reference, Issue.title, Issue.status)
        .where(or_(Issue.assignee_member_id == member_id))
        .order_by(Issue.reported_on.desc())
    ).all()
    return MemberPage(
        member=member,
        seat_terms=[Period(label, start, end) for label, _kind, start, end in terms],
        seat_kinds=[kind for _label, kind, _s, _e in terms],
        offices=[(o, s, e, q) for o, s, e, q in offices],
        committees=[(n, r, s, e) for n, r, s, e in committees],
        attended_12m=sum(1 for r in recent if r[3] in ATTENDED),
        meetings_12m=len(recent),
        attended_all=sum(1 for r in records if r[3] in ATTENDED),
        meetings_all=len(records),
        missed=[MissedMeeting(w, k, t, s) for w, k, t, s in records if s not in ATTENDED],
        motions=[MotionMoved(w, t, r) for w, t, r in motions],
        issues=[IssueAssigned(ref, t, s) for ref, t, s in issues],
    )
