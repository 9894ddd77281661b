"""District, beat and precinct outlines, and where each issue falls on them.

An outline's geometry is stored as WKB in hex text (portable across SQLite and
PostgreSQL without a spatial extension); its bounding box has columns of its own so a
point can be pre-filtered in SQL before the exact test in shapely. Placing an issue
never changes the district it was recorded with: the computed area is kept beside it
in `issue_places`, one row per issue per boundary set.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from database.base import Base, utcnow

#: The kinds of outline a set can hold (validated by the import service).
BOUNDARY_KINDS = ("district", "beat", "precinct")


class BoundarySet(Base):
    """One imported file of outlines: the city's police districts, or its beats."""

    __tablename__ = "boundary_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="district")
    name_field: Mapped[str] = mapped_column(String(100))
    source_file: Mapped[str | None] = mapped_column(String(300))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class BoundaryArea(Base):
    """One named outline (several features of the same name are merged into one)."""

    __tablename__ = "boundary_areas"
    __table_args__ = (
        UniqueConstraint("set_id", "key"),
        Index("ix_boundary_areas_bbox", "set_id", "min_lon", "max_lon", "min_lat", "max_lat"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("boundary_sets.id", ondelete="CASCADE"), index=True)
    #: The name as the file spells it (`9`, `E-13`) and its normalised key (`9`, `E13`).
    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(100))
    #: The district name the board already uses for this area (None: no issue mentions it yet).
    board_district: Mapped[str | None] = mapped_column(String(60))
    #: Shapely geometry as hex WKB, longitude/latitude (WGS84).
    geometry: Mapped[str] = mapped_column(Text)
    feature_count: Mapped[int] = mapped_column(Integer, default=1)
    min_lon: Mapped[float] = mapped_column(Float)
    min_lat: Mapped[float] = mapped_column(Float)
    max_lon: Mapped[float] = mapped_column(Float)
    max_lat: Mapped[float] = mapped_column(Float)


class IssuePlace(Base):
    """The area an issue's coordinates fall in, per boundary set (None: outside every outline)."""

    __tablename__ = "issue_places"
    __table_args__ = (Index("ix_issue_places_area", "area_id", "issue_id"),)

    set_id: Mapped[int] = mapped_column(ForeignKey("boundary_sets.id", ondelete="CASCADE"), primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issues.id", ondelete="CASCADE"), primary_key=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("boundary_areas.id", ondelete="CASCADE"))
    placed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
