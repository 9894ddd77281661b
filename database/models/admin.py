"""Board settings, user accounts and the audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from database.base import Base, Timestamped, Versioned, enum_column, utcnow
from database.enums import AuditAction, QuorumRule, Role, ThresholdBase


class BoardSettings(Versioned, Base):
    """The board's own rules and particulars; a single row with id 1."""

    __tablename__ = "board_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_name: Mapped[str] = mapped_column(String(200), default="Neighborhood Advisory Board")
    seat_count: Mapped[int] = mapped_column(Integer, default=15)
    quorum_rule: Mapped[QuorumRule] = mapped_column(
        enum_column(QuorumRule), default=QuorumRule.MAJORITY_OF_FILLED_SEATS
    )
    quorum_fixed_number: Mapped[int | None] = mapped_column(Integer)
    threshold_base: Mapped[ThresholdBase] = mapped_column(
        enum_column(ThresholdBase), default=ThresholdBase.VOTES_CAST
    )
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, default=1)
    timezone: Mapped[str] = mapped_column(String(64), default="America/New_York")
    default_location: Mapped[str | None] = mapped_column(String(300))
    accommodation_notice: Mapped[str | None] = mapped_column(Text)
    public_comment_instructions: Mapped[str | None] = mapped_column(Text)
    logo_path: Mapped[str | None] = mapped_column(String(500))
    absence_consecutive_limit: Mapped[int] = mapped_column(Integer, default=3)
    absence_min_rate_percent: Mapped[int] = mapped_column(Integer, default=50)
    term_warning_days: Mapped[int] = mapped_column(Integer, default=60)
    single_user_mode: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(10), default="en")
    #: JSON list of agenda template items (section, title, minutes, children).
    agenda_template: Mapped[str | None] = mapped_column(Text)
    #: The board's named districts and beats, as JSON [{"kind": "district", "name": "District 4"}, …];
    #: None until first saved (the list is then the areas the board's records already name).
    areas: Mapped[str | None] = mapped_column(Text)
    backup_folder: Mapped[str | None] = mapped_column(String(500))
    #: Set once the first start has offered demo data / created the admin.
    initialized_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class User(Versioned, Timestamped, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.MEMBER)
    #: An argon2 hash; the clear password is never stored or logged.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """Who changed what, when (old -> new). Written by the core; never edited."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, index=True)
    username: Mapped[str] = mapped_column(String(80))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    entity: Mapped[str] = mapped_column(String(60), index=True)
    entity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: JSON object {field: [old, new]}.
    changes: Mapped[str | None] = mapped_column(Text)
