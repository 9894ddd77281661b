"""Police incident data (public statistics, never edited) and SARA problem-solving projects.

Incidents live apart from the board's issues: they are imported from a city's open-data
export with the source's own offense code, group and description kept as they came. The
board's own offense categories group them through `OffenseMapping` rows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, Versioned, enum_column, utcnow
from database.enums import ProjectAreaKind, ProjectStage


class OffenseCategory(Versioned, Base):
    """A board-defined offense category (Burglary, Robbery, Vehicle theft…)."""

    __tablename__ = "offense_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class OffenseMapping(Base):
    """A source offense group (or code) filed under one of the board's categories.

    `source_value` is the source's text in lower case; `field` says which of the
    incident's offense fields it matches ('group' or 'code').
    """

    __tablename__ = "offense_mappings"
    __table_args__ = (UniqueConstraint("field", "source_value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    field: Mapped[str] = mapped_column(String(20), default="group")
    source_value: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int] = mapped_column(ForeignKey("offense_categories.id", ondelete="CASCADE"))


class Incident(Base):
    """One offense of a police incident as the city published it (one row per offense)."""

    __tablename__ = "incidents"
    __table_args__ = (
        UniqueConstraint("source", "incident_number", "offense_code"),
        # Counts per month by category and district read only this index.
        Index("ix_incidents_trend_cover", "occurred_at", "category_id", "district"),
        # A project's area over its windows: by district, by beat, or a box around a point.
        Index("ix_incidents_district", "district", "occurred_at", "category_id"),
        Index("ix_incidents_beat", "beat", "occurred_at", "category_id"),
        # …and around a point, with the window and category from the index alone (0013_speed).
        Index("ix_incidents_location", "latitude", "longitude", "occurred_at", "category_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The file layout the row came from (as issue imports record it).
    source: Mapped[str] = mapped_column(String(100))
    incident_number: Mapped[str] = mapped_column(String(60))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    offense_code: Mapped[str | None] = mapped_column(String(40))
    offense_group: Mapped[str | None] = mapped_column(String(200))
    offense_description: Mapped[str | None] = mapped_column(String(300))
    #: The board's category (from the mappings at import time); None = not yet mapped.
    category_id: Mapped[int | None] = mapped_column(ForeignKey("offense_categories.id"))
    district: Mapped[str | None] = mapped_column(String(60))
    beat: Mapped[str | None] = mapped_column(String(60))
    block_address: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Project(Versioned, Timestamped, Base):
    """A SARA problem-solving project: a problem, its analysis, responses and assessment."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    problem: Mapped[str | None] = mapped_column(Text)
    stage: Mapped[ProjectStage] = mapped_column(enum_column(ProjectStage), default=ProjectStage.SCANNING)
    scanning_on: Mapped[dt.date | None] = mapped_column(Date)
    analysis_on: Mapped[dt.date | None] = mapped_column(Date)
    response_on: Mapped[dt.date | None] = mapped_column(Date)
    assessment_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The problem's time frame (which incidents and issues belong to it).
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    area_kind: Mapped[ProjectAreaKind] = mapped_column(
        enum_column(ProjectAreaKind), default=ProjectAreaKind.DISTRICTS
    )
    #: Comma-separated district and beat numbers of the area, and of its surrounding buffer.
    districts: Mapped[str | None] = mapped_column(String(300))
    beats: Mapped[str | None] = mapped_column(String(300))
    buffer_districts: Mapped[str | None] = mapped_column(String(300))
    buffer_beats: Mapped[str | None] = mapped_column(String(300))
    center_address: Mapped[str | None] = mapped_column(String(300))
    center_lat: Mapped[float | None] = mapped_column(Float)
    center_lon: Mapped[float | None] = mapped_column(Float)
    radius_m: Mapped[int | None] = mapped_column(Integer)
    #: Width of the ring around the area that is watched for displacement.
    buffer_m: Mapped[int | None] = mapped_column(Integer)
    #: Days in each of the two equal assessment windows (before and after the response).
    window_days: Mapped[int] = mapped_column(Integer, default=180, server_default="180")
    # The problem analysis triangle and what feeds the problem.
    triangle_location: Mapped[str | None] = mapped_column(Text)
    triangle_offender: Mapped[str | None] = mapped_column(Text)
    triangle_victim: Mapped[str | None] = mapped_column(Text)
    contributing_factors: Mapped[str | None] = mapped_column(Text)
    assessment_notes: Mapped[str | None] = mapped_column(Text)

    responses: Mapped[list[ProjectResponse]] = relationship(
        back_populates="project", lazy="raise", order_by="ProjectResponse.started_on"
    )


class ProjectCategory(Base):
    __tablename__ = "project_categories"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("offense_categories.id"), primary_key=True)


class ProjectPartner(Base):
    """A partner organization involved in the project's analysis or responses."""

    __tablename__ = "project_partners"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), primary_key=True)


class ProjectIssue(Base):
    __tablename__ = "project_issues"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issues.id", ondelete="CASCADE"), primary_key=True)


class ProjectIncident(Base):
    __tablename__ = "project_incidents"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ProjectResponse(Versioned, Base):
    """What is done about the problem, by whom, with which partner, from when."""

    __tablename__ = "project_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str | None] = mapped_column(String(200))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))
    started_on: Mapped[dt.date] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="responses", lazy="raise")


class ResponseActionItem(Base):
    __tablename__ = "response_action_items"

    response_id: Mapped[int] = mapped_column(
        ForeignKey("project_responses.id", ondelete="CASCADE"), primary_key=True
    )
    action_item_id: Mapped[int] = mapped_column(ForeignKey("action_items.id"), primary_key=True)


class ResponseMotion(Base):
    __tablename__ = "response_motions"

    response_id: Mapped[int] = mapped_column(
        ForeignKey("project_responses.id", ondelete="CASCADE"), primary_key=True
    )
    motion_id: Mapped[int] = mapped_column(ForeignKey("motions.id"), primary_key=True)
