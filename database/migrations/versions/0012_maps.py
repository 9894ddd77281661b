"""community events on the map: optional latitude and longitude of an event's place

Events had a place typed as text only; the map needs stored coordinates (nothing is
geocoded: an office PC may have no internet). Both columns are optional.

Revision ID: 0012_maps
Revises: 0011_laptop
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0012_maps"
down_revision = "0011_laptop"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("community_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("latitude", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("longitude", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("community_events", schema=None) as batch_op:
        batch_op.drop_column("longitude")
        batch_op.drop_column("latitude")
