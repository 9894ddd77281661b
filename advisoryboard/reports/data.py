"""What the meeting documents print (agenda, minutes, sign-in), read with SQLAlchemy.

Plain frozen dataclasses, loaded in one Session; the builders never touch the ORM.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from advisoryboard.i18n import _
from advisoryboard.services.agenda import display_order, item_clocks, item_numbers
from advisoryboard.services.base import get_or_404
from advisoryboard.services.seats import filled_voting_seats, seat_holders
from advisoryboard.services.votes import Tally, board_quorum_required
from database.enums import (
    PRESENT_STATUSES,
    ActionItemStatus,
    AgendaSection,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    MotionResult,
    QuorumRule,
    ThresholdBase,
    VoteChoice,
    VoteThreshold,
    VotingMethod,
)
from database.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    BoardSettings,
    Meeting,
    Member,
    MinutesAmendment,
    Motion,
    Vote,
)


@dataclass(frozen=True)
class Board:
    name: str
    logo_path: str | None
    accommodation_notice: str | None
    public_comment_instructions: str | None
    quorum_rule: QuorumRule
    quorum_fixed_number: int | None
    seat_count: int
    fiscal_year_start_month: int
    threshold_base: ThresholdBase = ThresholdBase.VOTES_CAST


@dataclass(frozen=True)
class MeetingFacts:
    id: int
    kind: MeetingKind
    status: MeetingStatus
    title: str | None
    starts_at: dt.datetime
    location: str | None
    called_to_order_at: dt.time | None
    adjourned_at: dt.time | None
    presiding: str | None
    recorder: str | None
    public_count: int
    public_comments: int
    guests: str | None
    minutes_status: MinutesStatus
    minutes_summary: str | None
    approved_at: dt.datetime | None  # start of the meeting whose motion approved the minutes
    approved_on: dt.date | None
    cancelled_reason: str | None


@dataclass(frozen=True)
class AgendaLine:
    id: int
    number: str  # "4" or "4a"
    is_sub: bool
    title: str
    description: str | None
    presenter: str | None
    starts: dt.datetime | None
    minutes: int | None
    consent: bool
    closed_session: bool
    closed_reason: str | None
    minutes_notes: str | None
    section: AgendaSection = AgendaSection.OTHER


@dataclass(frozen=True)
class AttendanceLine:
    member_id: int
    name: str
    status: AttendanceStatus
    arrived_at: dt.time | None
    voting: bool


@dataclass(frozen=True)
class VoteLine:
    name: str
    choice: VoteChoice
    #: The member's roll-call status that day: an absent vote of an excused member prints "Excused".
    attendance: AttendanceStatus | None = None


@dataclass(frozen=True)
class MotionLine:
    id: int
    agenda_item_id: int | None
    text: str
    mover: str | None
    seconder: str | None
    method: VotingMethod
    result: MotionResult
    ayes: int | None
    nays: int | None
    abstentions: int | None
    votes: tuple[VoteLine, ...]
    procedural_kind: str | None = None
    threshold: VoteThreshold = VoteThreshold.MAJORITY

    @property
    def tally(self) -> str:
        """Ayes-nays-abstentions, e.g. 4-0-1 (empty when not counted)."""
        counts = Tally.stored(self.ayes, self.nays, self.abstentions)
        return counts.text if counts is not None else ""


@dataclass(frozen=True)
class ActionLine:
    description: str
    owner: str | None
    due_on: dt.date | None
    status: ActionItemStatus


@dataclass(frozen=True)
class AmendmentLine:
    """A recorded correction to approved minutes (never a silent edit)."""

    made_at: dt.datetime
    made_by: str
    reason: str
    old_text: str | None
    new_text: str | None


@dataclass(frozen=True)
class MeetingRecord:
    board: Board
    meeting: MeetingFacts
    agenda: tuple[AgendaLine, ...]
    attendance: tuple[AttendanceLine, ...]
    motions: tuple[MotionLine, ...]
    actions: tuple[ActionLine, ...]
    #: Voting seats held on the meeting's day (services.seats.filled_voting_seats), as roll call counts them.
    filled_seats: int
    amendments: tuple[AmendmentLine, ...] = ()
    #: The agenda's police report item and the last full month its "Crime trends" handout covers
    #: (set for the agenda when there is incident data: the item then names the handout).
    crime_trends: tuple[int, dt.date] | None = None

    @property
    def voting_present(self) -> int:
        return sum(1 for a in self.attendance if a.voting and a.status in PRESENT_STATUSES)

    @property
    def quorum_needed(self) -> int:
        return quorum_needed(self.board, self.filled_seats)


def quorum_needed(board: Board, voting_seated: int) -> int:
    """Members needed for quorum under the board's rule (`voting_seated`: filled voting seats).

    The rule itself lives in services/votes.py."""
    return board_quorum_required(
        board.quorum_rule,
        seat_count=board.seat_count,
        filled_seats=voting_seated,
        fixed_number=board.quorum_fixed_number,
    )


def load_board(session: Session) -> Board:
    s = session.get(BoardSettings, 1)
    if s is None:  # open_database always seeds it; a bare test database may not
        s = BoardSettings(id=1)
    return Board(
        name=s.board_name or _("Neighborhood Advisory Board"),
        logo_path=s.logo_path,
        accommodation_notice=s.accommodation_notice,
        public_comment_instructions=s.public_comment_instructions,
        quorum_rule=s.quorum_rule or QuorumRule.MAJORITY_OF_FILLED_SEATS,
        quorum_fixed_number=s.quorum_fixed_number,
        seat_count=s.seat_count or 0,
        fiscal_year_start_month=s.fiscal_year_start_month or 1,
        threshold_base=s.threshold_base or ThresholdBase.VOTES_CAST,
    )


#: Words that make an agenda item the police liaison's report (its title in English or Spanish,
#: as typed or from the standard order of business: "Police liaison report: crime trends").
POLICE_REPORT_WORDS = ("police", "policía", "policia", "crime", "delit", "criminal")


def police_report_item(lines: tuple[AgendaLine, ...]) -> AgendaLine | None:
    """The agenda's police report item (the first one, a report or a sub-item of Reports)."""
    for line in lines:
        if line.closed_session or line.section not in (AgendaSection.REPORTS, AgendaSection.OTHER):
            continue
        title = line.title.casefold()
        if any(word in title for word in POLICE_REPORT_WORDS):
            return line
    return None


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Member.id, Member.name).where(Member.id.in_(wanted))).all())


def _agenda(session: Session, meeting: Meeting) -> tuple[AgendaLine, ...]:
    """Numbers (4, 4a) and clock times come from services/agenda.py, as on screen."""
    rows = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)).all()
    by_id = {r.id: r for r in rows}
    shape = [(r.id, r.parent_id, r.position) for r in rows]
    numbers = item_numbers(shape)
    starts = item_clocks([(*item, by_id[item[0]].minutes_allotted) for item in shape], meeting.starts_at)
    return tuple(
        AgendaLine(
            id=item.id,
            number=numbers[item.id],
            is_sub=item.parent_id is not None,
            title=item.title,
            description=item.description,
            presenter=item.presenter,
            starts=starts[item.id] if item.minutes_allotted else None,
            minutes=item.minutes_allotted,
            consent=item.consent,
            closed_session=item.closed_session,
            closed_reason=item.closed_reason,
            minutes_notes=item.minutes_notes,
            section=item.section,
        )
        for item in (by_id[ident] for ident in display_order(shape))
    )


def load_meeting(session: Session, meeting_id: int) -> MeetingRecord:
    """Everything the agenda, minutes and sign-in sheet of one meeting print."""
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    attendance_rows = session.execute(
        select(Attendance, Member.name)
        .join(Member, Member.id == Attendance.member_id)
        .where(Attendance.meeting_id == meeting_id)
        .order_by(Attendance.voting.desc(), Member.name)
    ).all()
    motions = session.scalars(
        select(Motion).where(Motion.meeting_id == meeting_id).order_by(Motion.position, Motion.id)
    ).all()
    roll_call = {a.member_id: a.status for a, _name in attendance_rows}
    votes: dict[int, list[VoteLine]] = {}
    for motion_id, member_id, name, choice in session.execute(
        select(Vote.motion_id, Vote.member_id, Member.name, Vote.choice)
        .join(Member, Member.id == Vote.member_id)
        .join(Motion, Motion.id == Vote.motion_id)
        .where(Motion.meeting_id == meeting_id)
        .order_by(Member.name)
    ):
        votes.setdefault(motion_id, []).append(VoteLine(name, choice, roll_call.get(member_id)))
    actions = session.scalars(
        select(ActionItem).where(ActionItem.meeting_id == meeting_id).order_by(ActionItem.id)
    ).all()
    names = _names(
        session,
        {meeting.presiding_member_id, meeting.recorder_member_id}
        | {m.mover_id for m in motions}
        | {m.seconder_id for m in motions}
        | {a.owner_member_id for a in actions},
    )
    approver = aliased(Meeting)
    approved_at = None
    if meeting.minutes_approved_at_meeting_id is not None:
        approved_at = session.scalar(
            select(approver.starts_at).where(approver.id == meeting.minutes_approved_at_meeting_id)
        )
    facts = MeetingFacts(
        id=meeting.id,
        kind=meeting.kind,
        status=meeting.status,
        title=meeting.title,
        starts_at=meeting.starts_at,
        location=meeting.location,
        called_to_order_at=meeting.called_to_order_at,
        adjourned_at=meeting.adjourned_at,
        presiding=names.get(meeting.presiding_member_id or -1),
        recorder=names.get(meeting.recorder_member_id or -1),
        public_count=meeting.public_count or 0,
        public_comments=meeting.public_comments or 0,
        guests=meeting.guests,
        minutes_status=meeting.minutes_status,
        minutes_summary=meeting.minutes_summary,
        approved_at=approved_at,
        approved_on=meeting.minutes_approved_on,
        cancelled_reason=meeting.cancelled_reason,
    )
    return MeetingRecord(
        filled_seats=filled_voting_seats(session, meeting.starts_at.date()),
        board=load_board(session),
        meeting=facts,
        agenda=_agenda(session, meeting),
        attendance=tuple(
            AttendanceLine(a.member_id, name, a.status, a.arrived_at, a.voting) for a, name in attendance_rows
        ),
        motions=tuple(
            MotionLine(
                id=m.id,
                agenda_item_id=m.agenda_item_id,
                text=m.text,
                mover=names.get(m.mover_id or -1),
                seconder=names.get(m.seconder_id or -1),
                method=m.method,
                result=m.result,
                ayes=m.ayes,
                nays=m.nays,
                abstentions=m.abstentions,
                votes=tuple(votes.get(m.id, [])),
                procedural_kind=m.procedural_kind,
                threshold=m.threshold,
            )
            for m in motions
        ),
        actions=tuple(
            ActionLine(
                description=a.description,
                owner=names.get(a.owner_member_id or -1) or a.owner_text,
                due_on=a.due_on,
                status=a.status,
            )
            for a in actions
        ),
        amendments=tuple(
            AmendmentLine(a.made_at, a.made_by, a.reason, a.old_text, a.new_text)
            for a in session.scalars(
                select(MinutesAmendment)
                .where(MinutesAmendment.meeting_id == meeting_id)
                .order_by(MinutesAmendment.made_at)
            )
        ),
    )


def voting_members_on(session: Session, day: dt.date) -> list[tuple[int, str, bool]]:
    """(id, name, voting) of everyone seated on `day`, for a sign-in sheet before roll call."""
    seen: dict[int, tuple[int, str, bool]] = {}
    for h in seat_holders(session, day):
        if h.member_id not in seen or h.voting:
            seen[h.member_id] = (h.member_id, h.member_name, h.voting)
    return sorted(seen.values(), key=lambda row: (not row[2], row[1]))
