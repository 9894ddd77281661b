"""approved minutes locked in the database; per-year issue reference counter; source category

- Triggers (database/triggers.py) refuse changes to a meeting whose minutes are approved and
  to its agenda items, motions, votes and attendance, except while the amendment path holds a
  `minutes_unlocks` row for it inside its own transaction.
- `issue_ref_counters` hands out issue sequence numbers under a row lock, filled from the
  issues already there.
- `issues.source_category` / `issues.source_agency` keep an imported record's own service
  type and department as they came.

Revision ID: 0004_trust
Revises: 0003_issue_sort
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from database.triggers import create_statements_1, drop_statements_1

revision = "0004_trust"
down_revision = "0003_issue_sort"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "minutes_unlocks",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_minutes_unlocks_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_minutes_unlocks")),
    )
    op.create_table(
        "issue_ref_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_issue_ref_counters")),
    )
    op.execute(
        "INSERT INTO issue_ref_counters (year, last_seq) "
        "SELECT ref_year, MAX(ref_seq) FROM issues GROUP BY ref_year"
    )
    with op.batch_alter_table("issues") as batch:
        batch.add_column(sa.Column("source_category", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("source_agency", sa.String(length=200), nullable=True))
    dialect = op.get_bind().dialect.name
    for stmt in create_statements_1(dialect):
        op.execute(stmt)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for stmt in drop_statements_1(dialect):
        op.execute(stmt)
    with op.batch_alter_table("issues") as batch:
        batch.drop_column("source_agency")
        batch.drop_column("source_category")
    op.drop_table("issue_ref_counters")
    op.drop_table("minutes_unlocks")
