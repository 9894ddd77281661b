"""Community issues, their categories and timelines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, Versioned, enum_column, utcnow
from database.enums import IssuePriority, IssueSource, IssueStatus, TimelineKind


class IssueCategory(Versioned, Base):
    __tablename__ = "issue_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Issue(Versioned, Timestamped, Base):
    """A community concern tracked until solved (Open311 names in comments)."""

    __tablename__ = "issues"
    __table_args__ = (
        UniqueConstraint("ref_year", "ref_seq"),
        UniqueConstraint("external_source", "external_id"),
        Index("ix_issues_status_reported_on", "status", "reported_on"),
        # Covering indexes for the Charts tab's counts over a date range (index-only scans).
        Index(
            "ix_issues_reported_cover",
            "reported_on",
            "resolved_on",
            "category_id",
            "district",
            "status",
            "partner_id",
        ),
        Index("ix_issues_resolved_cover", "resolved_on", "reported_on", "category_id", "district", "status"),
        # The Issues table's title sort reads pages in this order (migration 0003_issue_sort).
        Index("ix_issues_title_sort", func.lower(text("title")), text("id")),
        # …and its assignee sort, one assignee (or nobody) at a time in id order.
        Index("ix_issues_assignee", "assignee_member_id", "assignee_committee_id"),
        # A year's issues by date, and the printed map's points of them from the index alone
        # (migration 0013_speed).
        Index("ix_issues_reported_on", "reported_on", "confidential", "longitude", "latitude", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Reference shown to people, e.g. 2025-0142 (year and sequence within the year).
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    ref_year: Mapped[int] = mapped_column(Integer)
    ref_seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)  # [description]
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("issue_categories.id"), index=True
    )  # [service_name]
    status: Mapped[IssueStatus] = mapped_column(
        enum_column(IssueStatus), default=IssueStatus.NEW, index=True
    )  # [status]
    priority: Mapped[IssuePriority] = mapped_column(
        enum_column(IssuePriority), default=IssuePriority.NORMAL, index=True
    )
    source: Mapped[IssueSource | None] = mapped_column(enum_column(IssueSource))
    location: Mapped[str | None] = mapped_column(String(300), index=True)  # [address]
    latitude: Mapped[float | None] = mapped_column(Float)  # [lat]
    longitude: Mapped[float | None] = mapped_column(Float)  # [long]
    district: Mapped[str | None] = mapped_column(String(60), index=True)
    reported_on: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)  # [requested_datetime]
    reporter_name: Mapped[str | None] = mapped_column(String(200))  # private
    reporter_contact: Mapped[str | None] = mapped_column(String(200))  # private
    assignee_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    assignee_committee_id: Mapped[int | None] = mapped_column(ForeignKey("committees.id"), index=True)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partners.id"), index=True
    )  # [agency_responsible]
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)  # [expected_datetime]
    resolved_on: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("issues.id"))
    external_source: Mapped[str | None] = mapped_column(String(100))
    external_id: Mapped[str | None] = mapped_column(String(100))  # [service_request_id]
    #: The source's own category or service type, as it came ("Street Light Knock Downs").
    source_category: Mapped[str | None] = mapped_column(String(200))  # [service_name]
    #: The source's department or agency, as it came ("PWDx", "Public Works").
    source_agency: Mapped[str | None] = mapped_column(String(200))  # [agency_responsible]
    #: The community event where the issue was raised (migration 0005_community).
    source_event_id: Mapped[int | None] = mapped_column(ForeignKey("community_events.id"), index=True)

    timeline: Mapped[list[IssueEvent]] = relationship(
        back_populates="issue", lazy="raise", order_by="IssueEvent.at"
    )


class IssueEvent(Base):
    """One entry on an issue's timeline: a status change, note, referral, assignment…

    Timeline entries are history: they are appended, never edited.
    """

    __tablename__ = "issue_events"
    #: Referrals per partner over a date range, without reading the timeline rows.
    __table_args__ = (
        Index("ix_issue_events_kind_at", "kind", "at", "partner_id", "issue_id"),
        # An issue's timeline, and referrals per partner of a set of issues (0013_speed).
        Index("ix_issue_events_issue_id", "issue_id", "kind", "partner_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issues.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[TimelineKind] = mapped_column(enum_column(TimelineKind))
    author: Mapped[str] = mapped_column(String(200))
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    from_status: Mapped[IssueStatus | None] = mapped_column(enum_column(IssueStatus))
    to_status: Mapped[IssueStatus | None] = mapped_column(enum_column(IssueStatus))
    text: Mapped[str | None] = mapped_column(Text)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    motion_id: Mapped[int | None] = mapped_column(ForeignKey("motions.id"))
    action_item_id: Mapped[int | None] = mapped_column(ForeignKey("action_items.id"))

    issue: Mapped[Issue] = relationship(back_populates="timeline", lazy="raise")


class SavedFilter(Base):
    """A named set of filters (issues table presets, chart ranges…), stored as JSON text."""

    __tablename__ = "saved_filters"
    __table_args__ = (UniqueConstraint("scope", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    definition: Mapped[str] = mapped_column(Text)


class ImportMapping(Base):
    """A column mapping remembered for a file layout (keyed by its header row)."""

    __tablename__ = "import_mappings"
    __table_args__ = (UniqueConstraint("kind", "header_signature"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    header_signature: Mapped[str] = mapped_column(String(64))
    mapping: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
