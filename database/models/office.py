"""Edit presence: who has a record open for editing on which computer (short leases)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from database.base import Base, utcnow


class EditLease(Base):
    """One open editor of one record. Renewed while the form is open, deleted when it closes;
    a PC that crashed leaves a row that simply expires."""

    __tablename__ = "edit_leases"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(200))
    computer: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)

    __table_args__ = (Index("ix_edit_leases_entity", "entity", "entity_id"),)
