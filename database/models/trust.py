"""Tables that keep records trustworthy: the minutes unlock token and the reference counter."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from database.base import Base


class MinutesUnlock(Base):
    """Present only inside the transaction of a recorded amendment (see database/triggers.py).

    The minutes-lock triggers let a change to approved minutes through only while a row for
    that meeting is here; `amend_minutes` inserts it and deletes it before committing.
    """

    __tablename__ = "minutes_unlocks"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)


class IssueRefCounter(Base):
    """The last issue sequence number given out in a year, taken under a row lock."""

    __tablename__ = "issue_ref_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
