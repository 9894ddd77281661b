"""The demo board's meetings: the schedule, agendas, roll call, motions, action items, minutes.

Quorum and vote results come from the services' rules (services/votes.py) with the board's
own settings, so a demo meeting is valid or not exactly as the Meetings tab would say.
Rows are collected for Core bulk inserts; every random draw happens in the same order for
the same seed, so the same arguments give the same meetings.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from advisoryboard.demo.rows import bulk_insert
from advisoryboard.services.votes import Tally as VoteTally
from advisoryboard.services.votes import board_quorum_required, result_of, tally
from database.enums import (
    ActionItemStatus,
    AgendaSection,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    MotionKind,
    ThresholdBase,
    TimelineKind,
    VoteChoice,
    VoteThreshold,
    VotingMethod,
)
from database.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    BoardSettings,
    IssueEvent,
    Meeting,
    Motion,
    Vote,
)
from database.triggers import relock_all, unlock_all

#: (issue id, title, reported at, is it open) for the issues meetings may discuss, in time order.
OpenIssue = tuple[int, str, dt.datetime, bool]
LOCATION = "Community Room, Curtis Hall, 20 South Street"


class Board(Protocol):
    """What the meetings need of the demo generator (board.py): its draws, its session, ids,
    the people and the issues it made."""

    r: random.Random
    s: Session
    today: dt.date
    start: dt.date
    summary: Any
    member_names: dict[int, str]
    ex_officio: list[int]
    references: dict[int, str]

    def _ids(self, model: Any, n: int) -> range: ...

    def voting_members_on(self, day: dt.date) -> list[int]: ...


def second_tuesday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (1 - first.weekday()) % 7  # Tuesday is weekday 1
    return first + dt.timedelta(days=offset + 7)


@dataclass
class _Sitting:
    """One meeting being written: its row, who may vote and who came, and its counters."""

    mid: int
    starts: dt.datetime
    kind: MeetingKind
    held: bool
    row: dict[str, Any]
    voting: list[int]
    present: list[int] = field(default_factory=list)
    quorum: bool = False
    agenda_position: int = 0
    motion_position: int = 0


@dataclass
class _Agenda:
    """The agenda items the business of a meeting refers to."""

    approve_agenda: int
    approve_minutes: int | None
    new_business: int
    discussed: list[tuple[int, int]]  # (issue id, agenda item id)


class MeetingsWriter:
    """Writes every meeting from the demo's first year to three months after today."""

    def __init__(self, gen: Board, open_issues: list[OpenIssue]) -> None:
        self.gen = gen
        self.r = gen.r
        self.open_issues = open_issues
        self.reported_days = [row[2] for row in open_issues]  # sorted: issues come in time order
        self.titles = {row[0]: row[1] for row in open_issues}
        settings = gen.s.get(BoardSettings, 1)
        assert settings is not None
        self.settings = settings
        self.base: ThresholdBase = settings.threshold_base or ThresholdBase.VOTES_CAST
        self.meetings: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []
        self.attendance: list[dict[str, Any]] = []
        self.motions: list[dict[str, Any]] = []
        self.votes: list[dict[str, Any]] = []
        self.actions: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []
        self.open_actions: list[tuple[int, str, int | None]] = []
        self.draft_meetings: list[int] = []

    # ------------------------------------------------------------------ the whole run
    def run(self) -> None:
        schedule = self.schedule()
        for mid, (starts, kind) in zip(self.gen._ids(Meeting, len(schedule)), schedule, strict=True):
            self.meeting(mid, starts, kind)
        self.write()
        summary = self.gen.summary
        summary.meetings = len(self.meetings)
        summary.motions = len(self.motions)
        summary.action_items = len(self.actions)

    def schedule(self) -> list[tuple[dt.datetime, MeetingKind]]:
        """Second Tuesdays (the December one is the annual meeting), spring and autumn forums,
        and most years a special meeting in June."""
        r, gen = self.r, self.gen
        schedule: list[tuple[dt.datetime, MeetingKind]] = []
        year, month = gen.start.year, gen.start.month
        horizon = gen.today + dt.timedelta(days=92)
        while dt.date(year, month, 1) <= horizon:
            day = second_tuesday(year, month)
            kind = MeetingKind.ANNUAL if month == 12 else MeetingKind.REGULAR
            schedule.append((dt.datetime.combine(day, dt.time(18, 30)), kind))
            if month in (4, 10):
                schedule.append(
                    (dt.datetime.combine(day + dt.timedelta(days=16), dt.time(18, 0)), MeetingKind.FORUM)
                )
            if month == 6 and r.random() < 0.7:
                schedule.append(
                    (dt.datetime.combine(day + dt.timedelta(days=9), dt.time(19, 0)), MeetingKind.SPECIAL)
                )
            month += 1
            if month == 13:
                year, month = year + 1, 1
        schedule.sort()
        return schedule

    def meeting(self, mid: int, starts: dt.datetime, kind: MeetingKind) -> None:
        held = starts.date() < self.gen.today
        cancelled = held and self.r.random() < 0.03
        status = (
            MeetingStatus.CANCELLED
            if cancelled
            else (MeetingStatus.HELD if held else MeetingStatus.SCHEDULED)
        )
        sitting = _Sitting(
            mid, starts, kind, held, self._meeting_row(mid, starts, kind, status, cancelled),
            self.gen.voting_members_on(starts.date()),
        )  # fmt: skip
        self.meetings.append(sitting.row)
        if cancelled:
            return
        agenda = self.agenda(sitting)
        if not held:
            return
        self.roll_call(sitting)
        self.open_meeting(sitting)
        if sitting.quorum:
            self.business(sitting, agenda)

    def _meeting_row(
        self, mid: int, starts: dt.datetime, kind: MeetingKind, status: MeetingStatus, cancelled: bool
    ) -> dict[str, Any]:
        return {
            "id": mid,
            "kind": kind,
            "status": status,
            "title": None,
            "starts_at": starts,
            "planned_end_at": starts + dt.timedelta(hours=2),
            "location": LOCATION,
            "committee_id": None,
            "called_to_order_at": None,
            "adjourned_at": None,
            "presiding_member_id": None,
            "recorder_member_id": None,
            "public_count": 0,
            "public_comments": 0,
            "guests": None,
            "minutes_status": MinutesStatus.NONE,
            "minutes_summary": None,
            "minutes_approved_at_meeting_id": None,
            "minutes_approved_by_motion_id": None,
            "minutes_approved_on": None,
            "cancelled_reason": "Weather emergency" if cancelled else None,
            "version": 1,
            "created_at": starts - dt.timedelta(days=30),
            "updated_at": starts,
        }

    # ------------------------------------------------------------------ the agenda
    def item(
        self,
        sitting: _Sitting,
        section: AgendaSection,
        title: str,
        minutes: int | None,
        parent: int | None = None,
        **extra: Any,
    ) -> int:
        (aid,) = self.gen._ids(AgendaItem, 1)
        sitting.agenda_position += 1
        row: dict[str, Any] = {
            "id": aid,
            "meeting_id": sitting.mid,
            "parent_id": parent,
            "position": sitting.agenda_position,
            "section": section,
            "title": title,
            "description": None,
            "presenter": None,
            "minutes_allotted": minutes,
            "issue_id": None,
            "action_item_id": None,
            "minutes_of_meeting_id": None,
            "consent": False,
            "closed_session": False,
            "closed_reason": None,
            "minutes_notes": None,
            "version": 1,
        }
        row.update(extra)
        self.items.append(row)
        return aid

    def agenda(self, s: _Sitting) -> _Agenda:
        """The standard order of business, with the minutes awaiting approval, open action
        items and issues reported since the last meeting."""
        r, item = self.r, self.item
        item(s, AgendaSection.CALL_TO_ORDER, "Call to order", 1, presenter="Chair")
        item(s, AgendaSection.ROLL_CALL, "Roll call and declaration of quorum", 4, presenter="Secretary")
        approve_agenda = item(s, AgendaSection.APPROVE_AGENDA, "Approval of the agenda", 2)
        approve_minutes = None
        if self.draft_meetings:
            approve_minutes = item(s, AgendaSection.APPROVE_MINUTES, "Approval of minutes", 3)
            for prev in self.draft_meetings:
                prev_date: Any = next(m["starts_at"] for m in self.meetings if m["id"] == prev)
                item(
                    s,
                    AgendaSection.APPROVE_MINUTES,
                    f"Minutes of {prev_date:%B} {prev_date.day}, {prev_date:%Y}",
                    None,
                    parent=approve_minutes,
                    minutes_of_meeting_id=prev,
                    consent=True,
                )
        item(s, AgendaSection.PUBLIC_COMMENT, "Public comment", 15)
        reports = item(s, AgendaSection.REPORTS, "Reports", None)
        police = self.gen.member_names[self.gen.ex_officio[0]]
        item(
            s,
            AgendaSection.REPORTS,
            "Police liaison report: crime trends",
            10,
            parent=reports,
            presenter=police,
        )
        item(s, AgendaSection.REPORTS, "Committee reports", 10, parent=reports)
        unfinished = item(s, AgendaSection.UNFINISHED_BUSINESS, "Unfinished business", 15)
        for action_id, desc, issue_id in self.open_actions[:3]:
            item(
                s,
                AgendaSection.UNFINISHED_BUSINESS,
                f"Action item: {desc}",
                5,
                parent=unfinished,
                action_item_id=action_id,
                issue_id=issue_id,
            )
        new_business = item(s, AgendaSection.NEW_BUSINESS, "New business", 20)
        discussed: list[tuple[int, int]] = []
        if s.held:
            lo = bisect.bisect_left(self.reported_days, s.starts - dt.timedelta(days=45))
            hi = bisect.bisect_left(self.reported_days, s.starts)
            pool = self.open_issues[lo:hi]
            for iid, title, _reported, _open in r.sample(pool, k=min(len(pool), r.randint(1, 3))):
                ai = item(s, AgendaSection.NEW_BUSINESS, title[:300], 5, parent=new_business, issue_id=iid)
                discussed.append((iid, ai))
        if s.kind is MeetingKind.SPECIAL or r.random() < 0.1:
            item(
                s,
                AgendaSection.NEW_BUSINESS,
                "Personnel matter",
                10,
                parent=new_business,
                closed_session=True,
                closed_reason="Personnel (bylaws §4.3)",
            )
        item(s, AgendaSection.ANNOUNCEMENTS, "Announcements, board member comments and next meeting date", 5)
        item(s, AgendaSection.ADJOURNMENT, "Adjournment", 1)
        return _Agenda(approve_agenda, approve_minutes, new_business, discussed)

    # ------------------------------------------------------------------ roll call
    def roll_call(self, s: _Sitting) -> None:
        """Voting members mostly present, some late, excused or absent; two ex-officio guests."""
        r = self.r
        for member in s.voting:
            roll = r.random()
            arrived = None
            if roll < 0.78:
                status = AttendanceStatus.PRESENT
            elif roll < 0.85:
                status = AttendanceStatus.LATE
                arrived = (s.starts + dt.timedelta(minutes=r.randint(5, 40))).time()
            elif roll < 0.93:
                status = AttendanceStatus.EXCUSED
            else:
                status = AttendanceStatus.ABSENT
            self._attend(s.mid, member, status, arrived, voting=True)
            if status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE):
                s.present.append(member)
        for member in self.gen.ex_officio[:2]:
            status = AttendanceStatus.PRESENT if r.random() < 0.8 else AttendanceStatus.ABSENT
            self._attend(s.mid, member, status, None, voting=False)
        required = board_quorum_required(
            self.settings.quorum_rule,
            seat_count=self.settings.seat_count,
            filled_seats=len(s.voting),  # every voting member on the day holds a filled seat
            fixed_number=self.settings.quorum_fixed_number,
        )
        s.quorum = len(s.present) >= required

    def _attend(
        self, mid: int, member: int, status: AttendanceStatus, arrived: dt.time | None, *, voting: bool
    ) -> None:
        self.attendance.append(
            {
                "meeting_id": mid,
                "member_id": member,
                "status": status,
                "arrived_at": arrived,
                "voting": voting,
                "version": 1,
            }
        )

    def open_meeting(self, s: _Sitting) -> None:
        """What the minutes record of a held meeting: times, chair, the public, draft minutes."""
        r = self.r
        chair = s.voting[0] if s.voting else None
        s.row.update(
            {
                "called_to_order_at": (s.starts + dt.timedelta(minutes=r.randint(0, 6))).time(),
                "adjourned_at": (s.starts + dt.timedelta(minutes=r.randint(75, 130))).time(),
                "presiding_member_id": chair if chair in s.present else (s.present[0] if s.present else None),
                "public_count": r.randint(4, 40) if s.kind is not MeetingKind.FORUM else r.randint(30, 120),
                "public_comments": r.randint(0, 9),
                "minutes_status": MinutesStatus.DRAFT,
                "minutes_summary": None
                if s.quorum
                else "Quorum was not present; no business was transacted.",
            }
        )

    # ------------------------------------------------------------------ motions and business
    def motion(
        self,
        s: _Sitting,
        text: str,
        agenda: int | None,
        threshold: VoteThreshold = VoteThreshold.MAJORITY,
        method: VotingMethod = VotingMethod.VOICE,
        **extra: Any,
    ) -> int:
        """A motion moved and seconded by members present; a roll call records each vote,
        a voice vote counts everyone present as aye. The result is the services' rule."""
        r = self.r
        (moid,) = self.gen._ids(Motion, 1)
        s.motion_position += 1
        mover, seconder = r.sample(s.present, 2) if len(s.present) >= 2 else (None, None)
        if method is VotingMethod.ROLL_CALL:
            choices = []
            for member in s.voting:
                if member not in s.present:
                    choice = VoteChoice.ABSENT
                else:
                    choice = r.choices(
                        [VoteChoice.AYE, VoteChoice.NAY, VoteChoice.ABSTAIN, VoteChoice.RECUSED],
                        [0.75, 0.15, 0.08, 0.02],
                    )[0]
                self.votes.append({"motion_id": moid, "member_id": member, "choice": choice})
                choices.append(choice)
            counts = tally(choices)
        else:
            counts = VoteTally(ayes=len(s.present))
        row: dict[str, Any] = {
            "id": moid,
            "meeting_id": s.mid,
            "agenda_item_id": agenda,
            "position": s.motion_position,
            "text": text,
            "mover_id": mover,
            "seconder_id": seconder,
            "kind": MotionKind.MAIN,
            "procedural_kind": None,
            "amends_motion_id": None,
            "method": method,
            "threshold": threshold,
            "result": result_of(counts, threshold, self.base),
            "ayes": counts.ayes,
            "nays": counts.nays,
            "abstentions": counts.abstentions,
            "quorum_present": s.quorum,
            "approves_minutes_of_meeting_id": None,
            "issue_id": None,
            "referred_partner_id": None,
            "version": 1,
        }
        row.update(extra)
        self.motions.append(row)
        return moid

    def business(self, s: _Sitting, agenda: _Agenda) -> None:
        """A meeting with a quorum: the agenda, earlier minutes approved, issues discussed
        (some with a follow-up motion and action item), now and then a bylaws vote."""
        self.motion(
            s, "To approve the agenda as presented.", agenda.approve_agenda, kind=MotionKind.PROCEDURAL
        )
        self.approve_minutes(s, agenda.approve_minutes)
        for iid, ai in agenda.discussed:
            self.discuss(s, iid, ai)
        if self.r.random() < 0.3:
            self.motion(
                s,
                "To amend the bylaws to allow remote participation.",
                agenda.new_business,
                VoteThreshold.TWO_THIRDS,
                VotingMethod.ROLL_CALL,
            )
        self.motion(s, "To adjourn.", None, kind=MotionKind.PROCEDURAL, procedural_kind="adjourn")
        self.draft_meetings.append(s.mid)

    def approve_minutes(self, s: _Sitting, agenda_item: int | None) -> None:
        for prev in self.draft_meetings:
            moid = self.motion(
                s, "To approve the minutes as presented.", agenda_item, approves_minutes_of_meeting_id=prev
            )
            prev_row = next(m for m in self.meetings if m["id"] == prev)
            prev_row.update(
                {
                    "minutes_status": MinutesStatus.APPROVED,
                    "minutes_approved_at_meeting_id": s.mid,
                    "minutes_approved_by_motion_id": moid,
                    "minutes_approved_on": s.starts.date(),
                }
            )
        self.draft_meetings = []

    def _timeline(self, iid: int, at: dt.datetime, kind: TimelineKind, text: str, **refs: Any) -> None:
        self.links.append(
            {
                "issue_id": iid,
                "at": at,
                "kind": kind,
                "author": "Secretary",
                "author_user_id": None,
                "from_status": None,
                "to_status": None,
                "text": text,
                "partner_id": None,
                "motion_id": None,
                "action_item_id": None,
                **refs,
            }
        )

    def discuss(self, s: _Sitting, iid: int, ai: int) -> None:
        """An issue on the agenda: a note on its timeline, and often a request to the partner."""
        r, starts = self.r, s.starts
        self._timeline(
            iid,
            starts + dt.timedelta(minutes=45),
            TimelineKind.MEETING,
            f"Discussed at the {starts:%B %Y} meeting.",
            meeting_id=s.mid,
            agenda_item_id=ai,
        )
        if r.random() >= 0.6:
            return
        moid = self.motion(
            s,
            f"To ask the partner agency for a written update on: {self.titles[iid][:200]}",
            ai,
            method=VotingMethod.ROLL_CALL,
            issue_id=iid,
        )
        (acid,) = self.gen._ids(ActionItem, 1)
        owner = r.choice(s.present)
        desc = f"Follow up with the partner on issue {self.gen.references[iid]}"
        done = r.random() < 0.7 and starts.date() < self.gen.today - dt.timedelta(days=60)
        self.actions.append(
            {
                "id": acid,
                "meeting_id": s.mid,
                "motion_id": moid,
                "description": desc,
                "owner_member_id": owner,
                "owner_text": None,
                "due_on": starts.date() + dt.timedelta(days=30),
                "issue_id": iid,
                "status": ActionItemStatus.DONE if done else ActionItemStatus.OPEN,
                "closed_on": starts.date() + dt.timedelta(days=r.randint(10, 50)) if done else None,
                "closed_note": "Done." if done else None,
                "version": 1,
                "created_at": starts,
                "updated_at": starts,
            }
        )
        if not done:
            self.open_actions.append((acid, desc, iid))
        self._timeline(
            iid,
            starts + dt.timedelta(minutes=50),
            TimelineKind.ACTION_ITEM,
            desc,
            meeting_id=s.mid,
            agenda_item_id=ai,
            motion_id=moid,
            action_item_id=acid,
        )

    # ------------------------------------------------------------------ writing
    def write(self) -> None:
        """Bulk inserts. Agenda items and meetings point at action items and motions written
        after them (a cycle of foreign keys): insert without those links, then set them."""
        session = self.gen.s
        deferred: list[tuple[Any, str, list[dict[str, Any]]]] = []
        for table, rows, column in (
            (AgendaItem.__table__, self.items, "action_item_id"),
            (Meeting.__table__, self.meetings, "minutes_approved_by_motion_id"),
            (Meeting.__table__, self.meetings, "minutes_approved_at_meeting_id"),
        ):
            links = [{"b_id": row["id"], "b_ref": row[column]} for row in rows if row[column]]
            for row in rows:
                row[column] = None
            deferred.append((table, column, links))
        bulk_insert(session, Meeting.__table__, self.meetings)
        unlock_all(session)  # approved minutes are written as history, in this transaction only
        bulk_insert(session, AgendaItem.__table__, self.items)
        bulk_insert(session, Attendance.__table__, self.attendance)
        bulk_insert(session, Motion.__table__, self.motions)
        bulk_insert(session, Vote.__table__, self.votes)
        bulk_insert(session, ActionItem.__table__, self.actions)
        bulk_insert(session, IssueEvent.__table__, self.links)
        for table, column, rows in deferred:
            if rows:
                session.connection().execute(
                    update(table).where(table.c.id == bindparam("b_id")).values({column: bindparam("b_ref")}),
                    rows,
                )
        relock_all(session)
