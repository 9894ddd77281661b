"""The texts a new board starts with (no database import: `default_data.shown` reads them at start-up)."""

from __future__ import annotations

from advisoryboard.i18n import N_

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
