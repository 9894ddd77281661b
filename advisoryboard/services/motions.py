"""Motions and votes: the tally and result follow from the votes and the bylaws' threshold."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import ValidationError
from advisoryboard.i18n import _
from advisoryboard.labels import label, motion_result_label
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from advisoryboard.services.meetings import PRESENT_STATUSES, ensure_minutes_editable, roll_call, settings_of
from advisoryboard.services.minutes import approve_minutes, issue_event
from advisoryboard.services.votes import Tally, result_of, tally
from database.enums import (
    MeetingKind,
    MotionKind,
    MotionResult,
    TimelineKind,
    VoteChoice,
    VoteThreshold,
    VotingMethod,
)
from database.models import Issue, Meeting, Motion, Partner, Vote

#: Results the chair declares without a count (they are not the outcome of a vote).
DECLARED_RESULTS = frozenset({MotionResult.TABLED, MotionResult.WITHDRAWN, MotionResult.REFERRED})
COUNTED_METHODS = frozenset({VotingMethod.SHOW_OF_HANDS, VotingMethod.BALLOT})


@dataclass(frozen=True)
class MotionInput:
    text: str
    mover_id: int | None = None
    seconder_id: int | None = None
    kind: MotionKind = MotionKind.MAIN
    method: VotingMethod = VotingMethod.VOICE
    threshold: VoteThreshold = VoteThreshold.MAJORITY
    #: Roll call: each present voting member's choice (absent members are filled in).
    votes: dict[int, VoteChoice] = field(default_factory=dict)
    #: Show of hands / ballot: the counts (ayes, nays, abstentions).
    counts: tuple[int, int, int] | None = None
    #: Voice votes, and tabled / withdrawn / referred: the result as declared.
    declared_result: MotionResult | None = None
    agenda_item_id: int | None = None
    approves_minutes_of_meeting_id: int | None = None
    #: The version of those minutes the board approved (approval is a versioned edit).
    approves_minutes_version: int | None = None
    issue_id: int | None = None
    referred_partner_id: int | None = None
    procedural_kind: str | None = None


@dataclass(frozen=True)
class MotionRow:
    id: int
    meeting_id: int
    position: int
    text: str
    mover_id: int | None
    seconder_id: int | None
    kind: MotionKind
    method: VotingMethod
    threshold: VoteThreshold
    result: MotionResult
    tally: str | None
    quorum_present: bool
    agenda_item_id: int | None
    approves_minutes_of_meeting_id: int | None
    issue_id: int | None
    votes: dict[int, VoteChoice]
    version: int
    issue_reference: str | None = None
    referred_partner_id: int | None = None


#: The most votes a show of hands or ballot of everyone present at a forum may count.
OPEN_VOTE_LIMIT = 100_000


def counted_vote_limit(kind: MeetingKind, voting_present: int) -> int:
    """How many votes a show of hands or ballot may count at a meeting of `kind`.

    A board vote counts the voting members present. At a community forum or town hall the
    residents present vote too: the count is of those present, not tied to seats."""
    return OPEN_VOTE_LIMIT if MeetingKind(kind) is MeetingKind.FORUM else voting_present


def _outcome(
    data: MotionInput, present_voting: list[int], absent_voting: list[int], meeting: Meeting, session: Session
) -> tuple[MotionResult, Tally | None, dict[int, VoteChoice]]:
    settings = settings_of(session)
    votes: dict[int, VoteChoice] = {}
    if data.method is VotingMethod.ROLL_CALL:
        missing = [m for m in present_voting if m not in data.votes]
        if missing:
            raise ValidationError({"votes": _("Record a vote for every voting member present.")})
        strangers = [m for m in data.votes if m not in present_voting]
        if strangers:
            raise ValidationError({"votes": _("Only voting members present can vote.")})
        if any(VoteChoice(c) is VoteChoice.ABSENT for c in data.votes.values()):
            raise ValidationError({"votes": _("A member who is present cannot be recorded absent.")})
        votes = {m: VoteChoice(c) for m, c in data.votes.items()}
        votes.update(dict.fromkeys(absent_voting, VoteChoice.ABSENT))
        counts: Tally | None = tally(votes.values())
    elif data.method in COUNTED_METHODS and data.counts is not None:
        ayes, nays, abstentions = data.counts
        limit = counted_vote_limit(meeting.kind, len(present_voting))
        if min(ayes, nays, abstentions) < 0:
            raise ValidationError({"counts": _("The counts cannot be negative.")})
        if ayes + nays + abstentions > limit:
            raise ValidationError(
                {"counts": _("The counts cannot exceed the voting members present.")}
                if meeting.kind is not MeetingKind.FORUM
                else {"counts": _("The counts cannot exceed {n}.").format(n=OPEN_VOTE_LIMIT)}
            )
        counts = Tally(ayes=ayes, nays=nays, abstentions=abstentions)
    elif data.method is VotingMethod.UNANIMOUS_CONSENT:
        counts = Tally(ayes=len(present_voting))
    else:
        counts = None
    if data.declared_result in DECLARED_RESULTS:
        return data.declared_result, counts, votes
    if counts is not None and counts.ayes + counts.nays + counts.abstentions > 0:
        return result_of(counts, data.threshold, settings.threshold_base), counts, votes
    if data.declared_result in (MotionResult.CARRIED, MotionResult.FAILED):
        return data.declared_result, counts, votes
    raise ValidationError({"result": _("Say whether the motion carried or failed.")})


def _validate(data: MotionInput, present_voting: list[int]) -> None:
    errors: dict[str, str] = {}
    if not data.text.strip():
        errors["text"] = _("Write the motion's wording.")
    if data.mover_id is not None and data.mover_id not in present_voting:
        errors["mover_id"] = _("The mover must be a voting member present.")
    if data.seconder_id is not None:
        if data.seconder_id == data.mover_id:
            errors["seconder_id"] = _("The seconder cannot be the mover.")
        elif data.seconder_id not in present_voting:
            errors["seconder_id"] = _("The seconder must be a voting member present.")
    if errors:
        raise ValidationError(errors)


def record_motion(
    session: Session,
    meeting_id: int,
    data: MotionInput,
    motion_id: int | None = None,
    version: int | None = None,
) -> int:
    """Record (or, with motion_id, correct) a motion with its vote; returns its id."""
    require_permission(session, Permission.EDIT_MINUTES)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    ensure_minutes_editable(meeting)
    data = replace(
        data,
        kind=MotionKind(data.kind),
        method=VotingMethod(data.method),
        threshold=VoteThreshold(data.threshold),
        declared_result=None if data.declared_result is None else MotionResult(data.declared_result),
    )
    call = roll_call(session, meeting_id)
    present = [e.member_id for e in call.voting if e.status in PRESENT_STATUSES]
    absent = [e.member_id for e in call.voting if e.status not in PRESENT_STATUSES]
    _validate(data, present)
    result, counts, votes = _outcome(data, present, absent, meeting, session)
    quorum = call.quorum().has_quorum
    if data.approves_minutes_of_meeting_id is not None and result is MotionResult.CARRIED and not quorum:
        raise ValidationError(
            {"approves_minutes_of_meeting_id": _("Minutes cannot be approved without a quorum present.")}
        )
    if motion_id is None:
        position = len(list(session.scalars(select(Motion.id).where(Motion.meeting_id == meeting_id))))
        motion = Motion(meeting_id=meeting_id, position=position)
        session.add(motion)
    else:
        motion = get_or_404(session, Motion, motion_id, _("Motion"))
        check_version(motion, version, _("This motion"))
        if motion.meeting_id != meeting_id:
            raise ValidationError({"motion": _("That motion belongs to another meeting.")})
        if motion.approves_minutes_of_meeting_id is not None and motion.result is MotionResult.CARRIED:
            raise ValidationError({"motion": _("This motion approved minutes; it cannot be changed.")})
        for old in session.scalars(select(Vote).where(Vote.motion_id == motion.id)):
            session.delete(old)
        session.flush()
    motion.text = data.text.strip()
    motion.mover_id, motion.seconder_id = data.mover_id, data.seconder_id
    motion.kind, motion.method, motion.threshold = data.kind, data.method, data.threshold
    motion.procedural_kind = data.procedural_kind
    motion.result = result
    motion.ayes = counts.ayes if counts else None
    motion.nays = counts.nays if counts else None
    motion.abstentions = counts.abstentions if counts else None
    motion.quorum_present = quorum
    motion.agenda_item_id = data.agenda_item_id
    motion.approves_minutes_of_meeting_id = data.approves_minutes_of_meeting_id
    motion.issue_id = data.issue_id
    motion.referred_partner_id = data.referred_partner_id
    session.flush()
    for member_id, choice in votes.items():
        session.add(Vote(motion_id=motion.id, member_id=member_id, choice=choice))
    if data.approves_minutes_of_meeting_id is not None and result is MotionResult.CARRIED:
        approve_minutes(
            session, data.approves_minutes_of_meeting_id, motion, meeting, data.approves_minutes_version
        )
    if data.issue_id is not None:
        words = _("Motion {result} ({tally}) at the meeting of {date}: {text}").format(
            result=motion_result_label(result).lower(),
            tally=counts.text if counts else label(data.method).lower(),
            date=meeting.starts_at.date().isoformat(),
            text=motion.text,
        )
        issue_event(
            session,
            data.issue_id,
            TimelineKind.MOTION,
            words,
            meeting_id=meeting.id,
            agenda_item_id=data.agenda_item_id,
            motion_id=motion.id,
            partner_id=data.referred_partner_id,
        )
    return motion.id


def delete_motion(session: Session, motion_id: int) -> None:
    require_permission(session, Permission.EDIT_MINUTES)
    motion = get_or_404(session, Motion, motion_id, _("Motion"))
    ensure_minutes_editable(get_or_404(session, Meeting, motion.meeting_id, _("Meeting")))
    if motion.approves_minutes_of_meeting_id is not None and motion.result is MotionResult.CARRIED:
        raise ValidationError({"motion": _("This motion approved minutes; it cannot be deleted.")})
    session.delete(motion)


def list_motions(session: Session, meeting_id: int) -> list[MotionRow]:
    require_permission(session, Permission.READ)
    motions = list(
        session.scalars(select(Motion).where(Motion.meeting_id == meeting_id).order_by(Motion.position))
    )
    votes: dict[int, dict[int, VoteChoice]] = {m.id: {} for m in motions}
    for v in session.scalars(select(Vote).where(Vote.motion_id.in_(list(votes)))):
        votes[v.motion_id][v.member_id] = v.choice
    issue_ids = [m.issue_id for m in motions if m.issue_id is not None]
    refs = dict(session.execute(select(Issue.id, Issue.reference).where(Issue.id.in_(issue_ids))).all())
    result = []
    for m in motions:
        counted = m.ayes is not None
        text = Tally(m.ayes or 0, m.nays or 0, m.abstentions or 0).text if counted else None
        result.append(
            MotionRow(
                m.id,
                m.meeting_id,
                m.position,
                m.text,
                m.mover_id,
                m.seconder_id,
                m.kind,
                m.method,
                m.threshold,
                m.result,
                text,
                m.quorum_present,
                m.agenda_item_id,
                m.approves_minutes_of_meeting_id,
                m.issue_id,
                votes[m.id],
                m.version,
                refs.get(m.issue_id) if m.issue_id is not None else None,
                m.referred_partner_id,
            )
        )
    return result


def partner_choices(session: Session) -> list[tuple[int, str]]:
    """Active partner organizations a motion may refer an issue to."""
    require_permission(session, Permission.READ)
    return [
        (pid, name)
        for pid, name in session.execute(
            select(Partner.id, Partner.name).where(Partner.active).order_by(Partner.name)
        )
    ]
