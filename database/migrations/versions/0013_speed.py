"""covering indexes for the annual summary: its map points, referrals and project areas

Three indexes gain the columns that the annual summary reads beside their key, so SQLite
answers from the index alone instead of visiting each table row:
- ix_issues_reported_on: + confidential, longitude, latitude, status (the printed map's
  points of a year);
- ix_issue_events_issue_id: + kind, partner_id (referrals per partner of a year's issues);
- ix_incidents_location: + occurred_at, category_id (incidents in a project's box, by window).
The leading columns are unchanged, so every query that used the old index can use the new one.

Revision ID: 0013_speed
Revises: 0012_maps
"""

from __future__ import annotations

from alembic import op


revision = "0013_speed"
down_revision = "0012_maps"
branch_labels = None
depends_on = None

#: (table, index, old columns, new columns)
_INDEXES = (
    (
        "issues",
        "ix_issues_reported_on",
        ["reported_on"],
        ["reported_on", "confidential", "longitude", "latitude", "status"],
    ),
    ("issue_events", "ix_issue_events_issue_id", ["issue_id"], ["issue_id", "kind", "partner_id"]),
    (
        "incidents",
        "ix_incidents_location",
        ["latitude", "longitude"],
        ["latitude", "longitude", "occurred_at", "category_id"],
    ),
)


def upgrade() -> None:
    for table, name, _old, new in _INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, new)


def downgrade() -> None:
    for table, name, old, _new in _INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, old)
