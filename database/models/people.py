"""Members, seats and their terms, offices, committees, partner organizations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, Versioned, enum_column
from database.enums import (
    CommitteeKind,
    CommitteeRole,
    LeaveReason,
    Office,
    PartnerKind,
    SeatKind,
)


class Member(Versioned, Timestamped, Base):
    """A person who holds (or held) a seat, or attends ex officio."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    district: Mapped[str | None] = mapped_column(String(60), index=True)
    publish_contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    notes: Mapped[str | None] = mapped_column(Text)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Set when the member is deactivated; a member with history is never deleted.
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    leave_reason: Mapped[LeaveReason | None] = mapped_column(enum_column(LeaveReason))

    seat_terms: Mapped[list[SeatTerm]] = relationship(back_populates="member", lazy="raise")
    offices: Mapped[list[OfficeTerm]] = relationship(back_populates="member", lazy="raise")


class Seat(Versioned, Base):
    """A seat on the board (e.g. 'Seat 4' or 'District 2'); vacant when no term covers a date."""

    __tablename__ = "seats"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[SeatKind] = mapped_column(enum_column(SeatKind), default=SeatKind.VOTING)
    district: Mapped[str | None] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")

    terms: Mapped[list[SeatTerm]] = relationship(back_populates="seat", lazy="raise")


class SeatTerm(Versioned, Base):
    """One member in one seat for one continuous term."""

    __tablename__ = "seat_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    seat_id: Mapped[int] = mapped_column(ForeignKey("seats.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    seat: Mapped[Seat] = relationship(back_populates="terms", lazy="raise")
    member: Mapped[Member] = relationship(back_populates="seat_terms", lazy="raise")


class OfficeTerm(Versioned, Base):
    """An office (chair, secretary, police liaison…) held by a member for a period.

    A combined title ('Vice Chair/Treasurer') is two rows with the same dates.
    """

    __tablename__ = "office_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    office: Mapped[Office] = mapped_column(enum_column(Office, 32))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Extra words for the title, e.g. the district of a district representative.
    qualifier: Mapped[str | None] = mapped_column(String(100))

    member: Mapped[Member] = relationship(back_populates="offices", lazy="raise")


class Committee(Versioned, Timestamped, Base):
    __tablename__ = "committees"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    kind: Mapped[CommitteeKind] = mapped_column(enum_column(CommitteeKind), default=CommitteeKind.STANDING)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    created_on: Mapped[dt.date | None] = mapped_column(Date)
    dissolved_on: Mapped[dt.date | None] = mapped_column(Date)


class CommitteeMembership(Versioned, Base):
    __tablename__ = "committee_memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    role: Mapped[CommitteeRole] = mapped_column(enum_column(CommitteeRole), default=CommitteeRole.MEMBER)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class Partner(Versioned, Timestamped, Base):
    """A partner organization issues are referred to (police district, city agency…)."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[PartnerKind] = mapped_column(enum_column(PartnerKind), default=PartnerKind.OTHER)
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
