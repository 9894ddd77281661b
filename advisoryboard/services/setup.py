"""First-run contents of a new database: the settings row and the issue categories."""

from __future__ import annotations

import json

from sqlalchemy import func, select

# The first-run texts live in advisoryboard.default_texts (no database import); named here too.
from advisoryboard.default_texts import (
    DEFAULT_ACCOMMODATION_NOTICE,
    DEFAULT_AGENDA_TEMPLATE,
    DEFAULT_CATEGORIES,
    DEFAULT_PUBLIC_COMMENT,
)
from advisoryboard.services.base import transaction
from database.engine import Database
from database.models import BoardSettings, Issue, IssueCategory, Member

__all__ = [
    "DEFAULT_ACCOMMODATION_NOTICE",
    "DEFAULT_AGENDA_TEMPLATE",
    "DEFAULT_CATEGORIES",
    "DEFAULT_PUBLIC_COMMENT",
    "ensure_initialized",
    "has_data",
]


def ensure_initialized(db: Database) -> None:
    """Create the settings row and default categories if this database has none."""
    with transaction(db) as session:
        if session.get(BoardSettings, 1) is None:
            session.add(
                BoardSettings(
                    id=1,
                    accommodation_notice=DEFAULT_ACCOMMODATION_NOTICE,
                    public_comment_instructions=DEFAULT_PUBLIC_COMMENT,
                    agenda_template=json.dumps(DEFAULT_AGENDA_TEMPLATE),
                )
            )
        if not session.scalar(select(func.count()).select_from(IssueCategory)):
            for order, name in enumerate(DEFAULT_CATEGORIES):
                session.add(IssueCategory(name=name, sort_order=order))


def has_data(db: Database) -> bool:
    """Whether `db` holds members or issues (the app offers demo data only when it holds neither).

    Here rather than in advisoryboard.demo, which imports numpy and shapely (≈ 0.2 s): the
    main window asks this at every start, right after the first tab is built."""
    with db.session() as s:
        return bool(s.scalar(select(func.count()).select_from(Member))) or bool(
            s.scalar(select(func.count()).select_from(Issue))
        )
