"""approved minutes locked all the way: the meeting row cannot be deleted, nor its action items

Adds to the triggers of 0004_trust (database/triggers.py, `create_statements_2`):
- deleting a meeting whose minutes are approved (its agenda items, motions and attendance
  would go with it by cascade);
- inserting, deleting or rewriting an action item of such a meeting (what, who, due, motion,
  issue); its status, closing date and note stay editable as follow-up;
- rewriting or deleting a recorded minutes amendment.

Revision ID: 0010_trust
Revises: 0006_surveys
"""

from __future__ import annotations

from alembic import op

from database.triggers import create_statements_2, drop_statements_2

revision = "0010_trust"
down_revision = "0006_surveys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for stmt in create_statements_2(dialect):
        op.execute(stmt)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for stmt in drop_statements_2(dialect):
        op.execute(stmt)
