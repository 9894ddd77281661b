"""Meetings services on SQLite and PostgreSQL: roll call, motions, approval, locking, amendments."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from advisoryboard.errors import PermissionDenied, UserError, ValidationError
from advisoryboard.permissions import Actor
from advisoryboard.services import action_items, agenda, agenda_edit, meetings, minutes, motions
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import (
    ActionItemStatus,
    AgendaSection,
    AttendanceStatus,
    MotionResult,
    QuorumRule,
    Role,
    TimelineKind,
    VoteChoice,
    VotingMethod,
)
from database.models import AgendaItem, BoardSettings, IssueEvent, Meeting, MinutesAmendment, Motion, Vote
from tests.support.meetings_board import Board, make_board
from tests.support.versions import current

P, AB = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT
JAN = dt.datetime(2025, 1, 14, 18, 30)
FEB = dt.datetime(2025, 2, 11, 18, 30)


def _meeting(db: Database, when: dt.datetime) -> int:
    with transaction(db) as s:
        return meetings.create_meeting(s, starts_at=when, location="Community Room")


def _attend(db: Database, meeting_id: int, statuses: dict[int, AttendanceStatus]) -> None:
    with transaction(db) as s:
        for member, status in statuses.items():
            meetings.set_attendance(
                s, meeting_id, member, status, dt.time(18, 45) if status is AttendanceStatus.LATE else None
            )


def test_roll_call_lists_voting_members_of_that_date_and_non_voting_apart(db: Database) -> None:
    board = make_board(db)
    jan = _meeting(db, JAN)
    with read_only(db) as s:
        call = meetings.roll_call(s, jan)
    assert [e.member_id for e in call.voting] == board.voting
    assert [e.member_id for e in call.non_voting] == [board.liaison]
    assert board.former not in {e.member_id for e in call.entries}
    assert call.filled_seats == len(board.voting) == 6
    assert call.quorum().required == 4  # majority of 6 filled seats


def test_quorum_follows_attendance_and_the_bylaws_rule(db: Database) -> None:
    board = make_board(db)
    jan = _meeting(db, JAN)
    _attend(db, jan, {m: P for m in board.voting[:3]} | {board.liaison: P})
    with read_only(db) as s:
        assert not meetings.quorum_of_meeting(s, jan).has_quorum  # 3 of 4; the liaison does not count
    _attend(db, jan, {board.voting[3]: AttendanceStatus.LATE})
    with read_only(db) as s:
        assert meetings.quorum_of_meeting(s, jan).has_quorum
    with transaction(db) as s:
        settings = s.get(BoardSettings, 1)
        assert settings is not None
        settings.quorum_rule = QuorumRule.MAJORITY_OF_ALL_SEATS
        settings.seat_count = 9
    with read_only(db) as s:
        status = meetings.quorum_of_meeting(s, jan)
    assert (status.present, status.required, status.has_quorum) == (4, 5, False)


def test_late_needs_an_arrival_time(db: Database) -> None:
    board = make_board(db)
    jan = _meeting(db, JAN)
    with pytest.raises(ValidationError) as info, transaction(db) as s:
        meetings.set_attendance(s, jan, board.voting[0], AttendanceStatus.LATE, None)
    assert info.value.field == "arrived_at"


def test_roll_call_vote_gives_tally_and_result_and_absent_members_are_recorded(db: Database) -> None:
    board = make_board(db)
    jan = _meeting(db, JAN)
    v = board.voting
    _attend(db, jan, {v[0]: P, v[1]: P, v[2]: P, v[3]: P, v[4]: P, v[5]: AB})
    choices = {
        v[0]: VoteChoice.AYE,
        v[1]: VoteChoice.AYE,
        v[2]: VoteChoice.AYE,
        v[3]: VoteChoice.AYE,
        v[4]: VoteChoice.ABSTAIN,
    }
    data = motions.MotionInput(
        text="Ask the city to fix the light",
        mover_id=v[0],
        seconder_id=v[1],
        method=VotingMethod.ROLL_CALL,
        votes=choices,
        issue_id=board.issue,
    )
    with transaction(db) as s:
        motion_id = motions.record_motion(s, jan, data)
    with read_only(db) as s:
        (row,) = motions.list_motions(s, jan)
        stored = dict(s.execute(select(Vote.member_id, Vote.choice).where(Vote.motion_id == motion_id)).all())
        event = s.execute(
            select(IssueEvent.kind, IssueEvent.issue_id, IssueEvent.text).where(
                IssueEvent.motion_id == motion_id
            )
        ).one()
    assert (str(row.tally), row.result, row.quorum_present) == ("4-0-1", MotionResult.CARRIED, True)
    assert stored[v[5]] is VoteChoice.ABSENT
    assert len(stored) == 6
    assert (
        event.kind is TimelineKind.MOTION and event.issue_id == board.issue and "4-0-1" in (event.text or "")
    )


def test_tie_fails_and_a_missing_vote_is_refused(db: Database) -> None:
    board = make_board(db)
    jan = _meeting(db, JAN)
    v = board.voting
    _attend(db, jan, {m: P for m in v[:4]})
    tie = {v[0]: VoteChoice.AYE, v[1]: VoteChoice.AYE, v[2]: VoteChoice.NAY, v[3]: VoteChoice.NAY}
    with transaction(db) as s:
        motions.record_motion(
            s, jan, motions.MotionInput(text="Tie", method=VotingMethod.ROLL_CALL, votes=tie)
        )
    with pytest.raises(ValidationError) as info, transaction(db) as s:
        motions.record_motion(
            s,
            jan,
            motions.MotionInput(text="Short", method=VotingMethod.ROLL_CALL, votes={v[0]: VoteChoice.AYE}),
        )
    assert info.value.field == "votes"
    with read_only(db) as s:
        (row,) = motions.list_motions(s, jan)
    assert (str(row.tally), row.result) == ("2-2-0", MotionResult.FAILED)


def test_motion_without_quorum_is_flagged(db: Database) -> None:
    board = make_board(db)
    jan = _meeting(db, JAN)
    _attend(db, jan, {board.voting[0]: P, board.voting[1]: P})
    with transaction(db) as s:
        motions.record_motion(
            s, jan, motions.MotionInput(text="Adjourn", declared_result=MotionResult.CARRIED)
        )
    with read_only(db) as s:
        (row,) = motions.list_motions(s, jan)
    assert row.quorum_present is False


def _held_with_quorum(db: Database, board: Board, when: dt.datetime) -> int:
    meeting_id = _meeting(db, when)
    _attend(db, meeting_id, {m: P for m in board.voting})
    return meeting_id


def test_minutes_are_approved_at_a_later_meeting_and_then_locked(db: Database) -> None:
    board = make_board(db)
    jan = _held_with_quorum(db, board, JAN)
    with transaction(db) as s:
        agenda.build_agenda_from_template(s, jan)
    with read_only(db) as s:
        item = next(i for i in agenda.list_agenda(s, jan) if i.section is AgendaSection.NEW_BUSINESS)
        header = minutes.minutes_header(s, jan)
    with transaction(db) as s:
        minutes.set_item_notes(s, item.id, item.version, "Discussed the light.")
        minutes.set_minutes_header(
            s,
            jan,
            header.version,
            called_to_order_at=dt.time(18, 32),
            adjourned_at=dt.time(20, 1),
            presiding_member_id=board.voting[0],
            summary=None,
        )
    feb = _held_with_quorum(db, board, FEB)
    with transaction(db) as s:
        agenda.build_agenda_from_template(s, feb)
    with read_only(db) as s:
        approval = [i for i in agenda.list_agenda(s, feb) if i.minutes_of_meeting_id is not None]
    assert [i.minutes_of_meeting_id for i in approval] == [jan]
    assert approval[0].number == "4a"
    # minutes cannot be approved at their own meeting
    with pytest.raises(ValidationError), transaction(db) as s:
        motions.record_motion(
            s,
            jan,
            motions.MotionInput(
                text="Approve",
                declared_result=MotionResult.CARRIED,
                approves_minutes_of_meeting_id=jan,
                approves_minutes_version=current(s, Meeting, jan),
            ),
        )
    with transaction(db) as s:
        motion_id = motions.record_motion(
            s,
            feb,
            motions.MotionInput(
                text="Approve the January minutes",
                method=VotingMethod.UNANIMOUS_CONSENT,
                approves_minutes_of_meeting_id=jan,
                approves_minutes_version=current(s, Meeting, jan),
                agenda_item_id=approval[0].id,
            ),
        )
    with read_only(db) as s:
        header = minutes.minutes_header(s, jan)
    assert header.locked
    assert (header.approved_at_meeting_id, header.approved_by_motion_id, header.approved_on) == (
        feb,
        motion_id,
        FEB.date(),
    )
    edits = [
        lambda s: minutes.set_item_notes(s, item.id, None, "changed"),
        lambda s: minutes.set_minutes_header(
            s, jan, None, called_to_order_at=None, adjourned_at=None, presiding_member_id=None, summary="x"
        ),
        lambda s: meetings.set_attendance(s, jan, board.voting[0], AB),
        lambda s: motions.record_motion(
            s, jan, motions.MotionInput(text="Late", declared_result=MotionResult.CARRIED)
        ),
        lambda s: agenda_edit.add_item(s, jan, agenda_edit.ItemInput(title="Sneaked in")),
        lambda s: action_items.add_action_item(s, jan, description="x", owner_text="y"),
    ]
    for edit in edits:
        with pytest.raises(UserError, match="approved and are locked"), transaction(db) as s:
            edit(s)
    with read_only(db) as s:
        notes = next(i for i in agenda.list_agenda(s, jan) if i.id == item.id).minutes_notes
    assert notes == "Discussed the light."


def test_a_correction_to_locked_minutes_is_a_recorded_amendment(db: Database) -> None:
    board = make_board(db)
    jan = _held_with_quorum(db, board, JAN)
    with transaction(db) as s:
        item_id = agenda_edit.add_item(s, jan, agenda_edit.ItemInput(title="Lights"))
        minutes.set_item_notes(s, item_id, current(s, AgendaItem, item_id), "Light fixed on Elm St.")
    feb = _held_with_quorum(db, board, FEB)
    with transaction(db) as s:
        motions.record_motion(
            s,
            feb,
            motions.MotionInput(
                text="Approve",
                declared_result=MotionResult.CARRIED,
                approves_minutes_of_meeting_id=jan,
                approves_minutes_version=current(s, Meeting, jan),
            ),
        )
    secretary = Actor("sam", Role.SECRETARY, display_name="Sam Secretary")
    with read_only(db) as s:
        version = minutes.minutes_header(s, jan).version
    with pytest.raises(ValidationError), transaction(db, secretary) as s:
        minutes.amend_minutes(
            s, jan, f"agenda_item:{item_id}.minutes_notes", "Light fixed on Oak St.", " ", version=version
        )
    with transaction(db, secretary) as s:
        minutes.amend_minutes(
            s,
            jan,
            f"agenda_item:{item_id}.minutes_notes",
            "Light fixed on Oak St.",
            "Street name was wrong",
            version=version,
        )
    with read_only(db) as s:
        (row,) = minutes.list_amendments(s, jan)
        made_at = s.scalars(select(MinutesAmendment.made_at)).one()
        notes = next(i for i in agenda.list_agenda(s, jan) if i.id == item_id).minutes_notes
    assert (row.made_by, row.reason, row.old_text, row.new_text) == (
        "Sam Secretary",
        "Street name was wrong",
        "Light fixed on Elm St.",
        "Light fixed on Oak St.",
    )
    assert made_at is not None
    assert notes == "Light fixed on Oak St."


def test_approving_needs_the_permission_and_staff_cannot_edit_minutes(db: Database) -> None:
    board = make_board(db)
    jan = _held_with_quorum(db, board, JAN)
    staff = Actor("pat", Role.STAFF)
    with pytest.raises(PermissionDenied), transaction(db, staff) as s:
        minutes.set_minutes_header(
            s, jan, None, called_to_order_at=None, adjourned_at=None, presiding_member_id=None, summary="x"
        )
    with pytest.raises(PermissionDenied), transaction(db, staff) as s:
        meetings.set_attendance(s, jan, board.voting[0], AB)


def test_action_items_stay_on_agendas_until_done_and_reach_the_issue_timeline(db: Database) -> None:
    board = make_board(db)
    jan = _held_with_quorum(db, board, JAN)
    with transaction(db) as s:
        item_id = action_items.add_action_item(
            s,
            jan,
            description="Call the city about the light",
            owner_member_id=board.voting[1],
            due_on=dt.date(2025, 2, 1),
            issue_id=board.issue,
        )
    feb = _meeting(db, FEB)
    mar = _meeting(db, dt.datetime(2025, 3, 11, 18, 30))
    with transaction(db) as s:
        agenda.build_agenda_from_template(s, feb)
    with read_only(db) as s:
        carried = [i for i in agenda.list_agenda(s, feb) if i.action_item_id == item_id]
        (row,) = action_items.list_action_items(s, open_only=True)
    assert len(carried) == 1 and carried[0].section is AgendaSection.UNFINISHED_BUSINESS
    assert row.owner == "Member 2"
    with transaction(db) as s:
        action_items.close_action_item(
            s, item_id, row.version, ActionItemStatus.DONE, dt.date(2025, 2, 20), "Fixed"
        )
    with transaction(db) as s:
        agenda.build_agenda_from_template(s, mar)
    with read_only(db) as s:
        assert not [i for i in agenda.list_agenda(s, mar) if i.action_item_id == item_id]
        kinds = list(s.scalars(select(IssueEvent.kind).where(IssueEvent.action_item_id == item_id)))
    assert kinds == [TimelineKind.ACTION_ITEM, TimelineKind.ACTION_ITEM]


def test_unfinished_business_carries_issues_changed_since_the_previous_meeting(db: Database) -> None:
    board = make_board(db)
    _held_with_quorum(db, board, JAN)
    feb = _meeting(db, FEB)
    with transaction(db) as s:
        s.add(
            IssueEvent(issue_id=board.issue, kind=TimelineKind.NOTE, author="x", at=dt.datetime(2025, 1, 20))
        )
    with transaction(db) as s:
        agenda.build_agenda_from_template(s, feb)
    with read_only(db) as s:
        items = [i for i in agenda.list_agenda(s, feb) if i.issue_id == board.issue]
    assert len(items) == 1 and "2025-0001" in items[0].title


def test_closed_session_notes_are_hidden_without_view_confidential(db: Database) -> None:
    board = make_board(db)
    jan = _held_with_quorum(db, board, JAN)
    with transaction(db) as s:
        item_id = agenda_edit.add_item(
            s,
            jan,
            agenda_edit.ItemInput(
                title="Personnel", closed_session=True, closed_reason="Personnel matter (bylaws 4.2)"
            ),
        )
        minutes.set_item_notes(s, item_id, current(s, AgendaItem, item_id), "Secret discussion")
    with read_only(db, Actor("m", Role.MEMBER)) as s:
        (row,) = agenda.list_agenda(s, jan)
    assert row.notes_hidden and row.minutes_notes is None
    with read_only(db) as s:
        (row,) = agenda.list_agenda(s, jan)
    assert row.minutes_notes == "Secret discussion"


def test_a_referral_motion_and_discussion_reach_the_issue_timeline(db: Database) -> None:
    from database.models import Partner

    board = make_board(db)
    jan = _held_with_quorum(db, board, JAN)
    with transaction(db) as s:
        partner = Partner(name="Public Works")
        s.add(partner)
        s.flush()
        partner_id = partner.id
        item_id = agenda_edit.add_item(
            s, jan, agenda_edit.ItemInput(title="Elm St light", issue_id=board.issue)
        )
        minutes.set_item_notes(
            s, item_id, current(s, AgendaItem, item_id), "Residents report the light is out."
        )
        minutes.set_item_notes(
            s, item_id, current(s, AgendaItem, item_id), "Residents report the light has been out for weeks."
        )
        motion_id = motions.record_motion(
            s,
            jan,
            motions.MotionInput(
                text="Refer the light to Public Works",
                declared_result=MotionResult.REFERRED,
                agenda_item_id=item_id,
                issue_id=board.issue,
                referred_partner_id=partner_id,
            ),
        )
    with read_only(db) as s:
        events = s.execute(
            select(
                IssueEvent.kind,
                IssueEvent.meeting_id,
                IssueEvent.agenda_item_id,
                IssueEvent.motion_id,
                IssueEvent.partner_id,
            )
            .where(IssueEvent.issue_id == board.issue)
            .order_by(IssueEvent.id)
        ).all()
    assert [tuple(e) for e in events] == [
        (TimelineKind.MEETING, jan, item_id, None, None),  # once, however often the notes are edited
        (TimelineKind.MOTION, jan, item_id, motion_id, partner_id),
    ]


def test_schedule_creates_a_year_of_meetings_and_skips_taken_days(db: Database) -> None:
    import calendar

    _meeting(db, dt.datetime(2026, 3, 10, 19, 0))  # already on the 2nd Tuesday of March
    with transaction(db) as s:
        created = meetings.schedule_meetings(
            s,
            first_month=dt.date(2026, 1, 1),
            weekday=calendar.TUESDAY,
            ordinal=2,
            start_time=dt.time(18, 30),
            location="Community Room",
        )
    expected = [
        next(
            d
            for d in calendar.Calendar().itermonthdates(2026, m)
            if d.month == m and d.weekday() == 1 and d.day > 7
        )
        for m in range(1, 13)
        if m != 3
    ]
    with read_only(db) as s:
        days = [meetings.get_meeting(s, i).starts_at.date() for i in created]
    assert days == expected
    assert meetings.schedule_dates(dt.date(2026, 1, 1), weekday=calendar.THURSDAY, ordinal=-1, months=1) == [
        dt.date(2026, 1, 29)
    ]


def test_the_motion_that_approved_minutes_cannot_be_changed_or_deleted(db: Database) -> None:
    board = make_board(db)
    jan = _held_with_quorum(db, board, JAN)
    feb = _held_with_quorum(db, board, FEB)
    with transaction(db) as s:
        motion_id = motions.record_motion(
            s,
            feb,
            motions.MotionInput(
                text="Approve",
                declared_result=MotionResult.CARRIED,
                approves_minutes_of_meeting_id=jan,
                approves_minutes_version=current(s, Meeting, jan),
            ),
        )
    with pytest.raises(ValidationError, match="approved minutes"), transaction(db) as s:
        motions.record_motion(
            s,
            feb,
            motions.MotionInput(text="Oops", declared_result=MotionResult.FAILED),
            motion_id=motion_id,
            version=current(s, Motion, motion_id),
        )
    with pytest.raises(ValidationError, match="approved minutes"), transaction(db) as s:
        motions.delete_motion(s, motion_id)
    with read_only(db) as s:
        assert minutes.minutes_header(s, jan).locked
        # approving again (already approved) is refused with a clear message
    with pytest.raises(ValidationError, match="Only draft minutes"), transaction(db) as s:
        motions.record_motion(
            s,
            feb,
            motions.MotionInput(
                text="Approve again",
                declared_result=MotionResult.CARRIED,
                approves_minutes_of_meeting_id=jan,
                approves_minutes_version=current(s, Meeting, jan),
            ),
        )
