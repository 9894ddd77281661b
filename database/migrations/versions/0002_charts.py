"""covering indexes for the Charts tab's date-range counts

The dashboard counts issues by month, category, district and status over a date range,
and referrals per partner. These indexes hold every column those queries read, so on a
100 000-issue database they are index-only range scans instead of row lookups.

Revision ID: 0002_charts
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002_charts"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issues", schema=None) as batch_op:
        batch_op.create_index(
            "ix_issues_reported_cover",
            ["reported_on", "resolved_on", "category_id", "district", "status", "partner_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_issues_resolved_cover",
            ["resolved_on", "reported_on", "category_id", "district", "status"],
            unique=False,
        )
    with op.batch_alter_table("issue_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_issue_events_kind_at", ["kind", "at", "partner_id", "issue_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("issue_events", schema=None) as batch_op:
        batch_op.drop_index("ix_issue_events_kind_at")
    with op.batch_alter_table("issues", schema=None) as batch_op:
        batch_op.drop_index("ix_issues_resolved_cover")
        batch_op.drop_index("ix_issues_reported_cover")
