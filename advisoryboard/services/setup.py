"""First-run contents of a new database: the settings row and the issue categories."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from advisoryboard.i18n import N_
from advisoryboard.services.base import transaction
from database.engine import Database
from database.models import BoardSettings, Issue, IssueCategory, Member

#: Categories from DOMAIN.md, seeded into every new database (editable afterwards).
DEFAULT_CATEGORIES = [
    N_("Graffiti"),
    N_("Street lighting"),
    N_("Abandoned vehicles"),
    N_("Traffic and speeding"),
    N_("Noise"),
    N_("Illegal dumping"),
    N_("Drug activity"),
    N_("Property crime"),
    N_("Homelessness outreach"),
    N_("Parks and youth"),
    N_("Housing and code enforcement"),
    N_("Other public safety"),
]

DEFAULT_ACCOMMODATION_NOTICE = N_(
    "Persons needing special accommodations or interpretation should contact the board "
    "secretary at least 48 hours before the meeting."
)
DEFAULT_PUBLIC_COMMENT = N_(
    "Members of the public may speak for up to three minutes during public comment. "
    "Please sign in and note the topic you wish to address."
)

#: The standard order of business (DOMAIN.md): section, title, minutes allotted.
DEFAULT_AGENDA_TEMPLATE: list[dict[str, object]] = [
    {"section": "call_to_order", "title": N_("Call to order"), "minutes": 1},
    {"section": "roll_call", "title": N_("Roll call and declaration of quorum"), "minutes": 4},
    {"section": "approve_agenda", "title": N_("Approval of the agenda"), "minutes": 2},
    {"section": "approve_minutes", "title": N_("Approval of minutes"), "minutes": 3},
    {"section": "public_comment", "title": N_("Public comment"), "minutes": 15},
    {
        "section": "reports",
        "title": N_("Reports"),
        "minutes": 0,
        "children": [
            {"title": N_("Police liaison report: crime trends"), "minutes": 10},
            {"title": N_("Officers' reports"), "minutes": 5},
            {"title": N_("Committee reports"), "minutes": 10},
            {"title": N_("Partner reports"), "minutes": 5},
        ],
    },
    {"section": "unfinished_business", "title": N_("Unfinished business"), "minutes": 15},
    {"section": "new_business", "title": N_("New business"), "minutes": 20},
    {
        "section": "announcements",
        "title": N_("Announcements, board member comments and next meeting date"),
        "minutes": 5,
    },
    {"section": "adjournment", "title": N_("Adjournment"), "minutes": 1},
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
