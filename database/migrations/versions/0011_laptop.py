"""board areas: the board's named list of districts and beats

The forms offer it as their choice list and the imports map values to it (`E-13` is
`E13`). Stored on the settings row as JSON; NULL until first saved.

Revision ID: 0011_laptop
Revises: 0010_trust
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_laptop"
down_revision = "0010_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("board_settings") as batch:
        batch.add_column(sa.Column("areas", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("board_settings") as batch:
        batch.drop_column("areas")
