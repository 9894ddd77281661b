"""Community programs (neighborhood watch, youth programs…), their events and who took part.

Contacts of block captains and of people who signed in are private: the services decide
who sees them (advisoryboard/services/community_privacy.py), never the screens.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, Versioned, enum_column

# The community vocabularies live with the other enums (no SQLAlchemy needed to name them).
from database.enums import EventKind, EventStatus, ProgramKind, ProgramStatus


class CommunityProgram(Versioned, Timestamped, Base):
    """An ongoing initiative, e.g. 'Elm Street Neighborhood Watch'."""

    __tablename__ = "community_programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[ProgramKind] = mapped_column(enum_column(ProgramKind), default=ProgramKind.OTHER)
    status: Mapped[ProgramStatus] = mapped_column(enum_column(ProgramStatus), default=ProgramStatus.ACTIVE)
    district: Mapped[str | None] = mapped_column(String(60), index=True)  # district or beat
    area: Mapped[str | None] = mapped_column(Text)  # streets or blocks covered, as typed
    coordinator_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    coordinator_name: Mapped[str | None] = mapped_column(String(200))  # a volunteer, not a member
    partners: Mapped[str | None] = mapped_column(String(500))  # partner organizations, as typed
    households: Mapped[int | None] = mapped_column(Integer)  # participating households (watch)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    blocks: Mapped[list[WatchBlock]] = relationship(
        back_populates="program", lazy="raise", cascade="all, delete-orphan", order_by="WatchBlock.id"
    )


class WatchBlock(Base):
    """A block of a watch area and its captain (if any). Contacts are private."""

    __tablename__ = "watch_blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("community_programs.id", ondelete="CASCADE"), index=True
    )
    block: Mapped[str] = mapped_column(String(200))
    captain_name: Mapped[str | None] = mapped_column(String(200))
    captain_contact: Mapped[str | None] = mapped_column(String(200))
    captain_consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    captain_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")

    program: Mapped[CommunityProgram] = relationship(back_populates="blocks", lazy="raise")


class CommunityEvent(Versioned, Timestamped, Base):
    """A dated occurrence: a workshop, a safety fair, National Night Out…"""

    __tablename__ = "community_events"
    __table_args__ = (Index("ix_community_events_starts_kind", "starts_at", "kind", "district"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("community_programs.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind), default=EventKind.OTHER)
    status: Mapped[EventStatus] = mapped_column(enum_column(EventStatus), default=EventStatus.PLANNED)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(300))
    district: Mapped[str | None] = mapped_column(String(60))
    #: Where the place is, when known (typed or imported; nothing is geocoded): the map's point.
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    cohosts: Mapped[str | None] = mapped_column(String(500))
    languages: Mapped[str | None] = mapped_column(String(100))  # codes, comma-separated: "en,es"
    accessibility: Mapped[str | None] = mapped_column(Text)  # interpretation, ramps, ASL…
    what_to_bring: Mapped[str | None] = mapped_column(Text)
    expected_attendance: Mapped[int | None] = mapped_column(Integer)
    head_count: Mapped[int | None] = mapped_column(Integer)
    volunteers: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    volunteer_hours: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    outcome_notes: Mapped[str | None] = mapped_column(Text)

    sign_ins: Mapped[list[EventSignIn]] = relationship(
        back_populates="event", lazy="raise", cascade="all, delete-orphan", order_by="EventSignIn.id"
    )


class EventSignIn(Base):
    """A named sign-in. `person_key` (the name folded) tells returning participants apart."""

    __tablename__ = "event_sign_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("community_events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    person_key: Mapped[str] = mapped_column(String(200), index=True)
    street: Mapped[str | None] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(200))
    consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    language: Mapped[str | None] = mapped_column(String(20))

    event: Mapped[CommunityEvent] = relationship(back_populates="sign_ins", lazy="raise")
