"""Meetings, agendas, attendance, motions, votes, action items, minutes amendments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, Versioned, enum_column, utcnow
from database.enums import (
    ActionItemStatus,
    AgendaSection,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    MotionKind,
    MotionResult,
    VoteChoice,
    VoteThreshold,
    VotingMethod,
)


class Meeting(Versioned, Timestamped, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind), default=MeetingKind.REGULAR)
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus), default=MeetingStatus.SCHEDULED)
    title: Mapped[str | None] = mapped_column(String(200))
    #: Local wall-clock time in the board's time zone (settings.timezone).
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    planned_end_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    location: Mapped[str | None] = mapped_column(String(300))
    committee_id: Mapped[int | None] = mapped_column(ForeignKey("committees.id"))
    called_to_order_at: Mapped[dt.time | None] = mapped_column(Time)
    adjourned_at: Mapped[dt.time | None] = mapped_column(Time)
    presiding_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    recorder_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    public_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    public_comments: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: Guests and non-member attendees, one per line ("Name, organization").
    guests: Mapped[str | None] = mapped_column(Text)
    minutes_status: Mapped[MinutesStatus] = mapped_column(
        enum_column(MinutesStatus), default=MinutesStatus.NONE
    )
    minutes_summary: Mapped[str | None] = mapped_column(Text)
    #: The later meeting whose motion approved these minutes, and that motion.
    minutes_approved_at_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    minutes_approved_by_motion_id: Mapped[int | None] = mapped_column(
        ForeignKey("motions.id", use_alter=True)
    )
    minutes_approved_on: Mapped[dt.date | None] = mapped_column(Date)
    cancelled_reason: Mapped[str | None] = mapped_column(String(300))

    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        lazy="raise",
        order_by="AgendaItem.position",
        foreign_keys="AgendaItem.meeting_id",
    )


class AgendaItem(Versioned, Base):
    """An agenda item; sub-items (4a, 4b) point at their parent (one level deep)."""

    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    section: Mapped[AgendaSection] = mapped_column(enum_column(AgendaSection), default=AgendaSection.OTHER)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    presenter: Mapped[str | None] = mapped_column(String(200))
    minutes_allotted: Mapped[int | None] = mapped_column(Integer)
    issue_id: Mapped[int | None] = mapped_column(ForeignKey("issues.id"), index=True)
    action_item_id: Mapped[int | None] = mapped_column(ForeignKey("action_items.id", use_alter=True))
    #: For 'approval of minutes' items: the meeting whose minutes are up for approval.
    minutes_of_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    closed_session: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    closed_reason: Mapped[str | None] = mapped_column(String(300))
    minutes_notes: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(
        back_populates="agenda_items", lazy="raise", foreign_keys=[meeting_id]
    )


class Attendance(Versioned, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(enum_column(AttendanceStatus))
    arrived_at: Mapped[dt.time | None] = mapped_column(Time)
    #: Snapshot at the meeting: did this person hold a voting seat then?
    voting: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Motion(Versioned, Base):
    __tablename__ = "motions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    mover_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    seconder_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[MotionKind] = mapped_column(enum_column(MotionKind), default=MotionKind.MAIN)
    #: For procedural motions: table, refer, adjourn, reconsider…
    procedural_kind: Mapped[str | None] = mapped_column(String(40))
    amends_motion_id: Mapped[int | None] = mapped_column(ForeignKey("motions.id"))
    method: Mapped[VotingMethod] = mapped_column(enum_column(VotingMethod), default=VotingMethod.VOICE)
    threshold: Mapped[VoteThreshold] = mapped_column(
        enum_column(VoteThreshold), default=VoteThreshold.MAJORITY
    )
    result: Mapped[MotionResult] = mapped_column(enum_column(MotionResult), default=MotionResult.PENDING)
    ayes: Mapped[int | None] = mapped_column(Integer)
    nays: Mapped[int | None] = mapped_column(Integer)
    abstentions: Mapped[int | None] = mapped_column(Integer)
    quorum_present: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    #: An approval-of-minutes motion names the meeting whose minutes it approves.
    approves_minutes_of_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    issue_id: Mapped[int | None] = mapped_column(ForeignKey("issues.id"), index=True)
    referred_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))


class Vote(Base):
    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("motion_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    motion_id: Mapped[int] = mapped_column(ForeignKey("motions.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    choice: Mapped[VoteChoice] = mapped_column(enum_column(VoteChoice))


class ActionItem(Versioned, Timestamped, Base):
    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    motion_id: Mapped[int | None] = mapped_column(ForeignKey("motions.id"))
    description: Mapped[str] = mapped_column(Text)
    owner_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    owner_text: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    issue_id: Mapped[int | None] = mapped_column(ForeignKey("issues.id"), index=True)
    status: Mapped[ActionItemStatus] = mapped_column(
        enum_column(ActionItemStatus), default=ActionItemStatus.OPEN, index=True
    )
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_note: Mapped[str | None] = mapped_column(Text)


class MinutesAmendment(Base):
    """A recorded correction to approved (locked) minutes: never a silent edit."""

    __tablename__ = "minutes_amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    #: What was corrected: 'meeting.minutes_summary', 'agenda_item:12.minutes_notes', …
    target: Mapped[str] = mapped_column(String(100))
    old_text: Mapped[str | None] = mapped_column(Text)
    new_text: Mapped[str | None] = mapped_column(Text)
    approved_by_motion_id: Mapped[int | None] = mapped_column(ForeignKey("motions.id"))
