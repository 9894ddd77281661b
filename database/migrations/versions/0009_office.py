"""edit presence: who has a record open for editing on which computer

One row per open editor of a record (an issue today), renewed while the form is open and
deleted when it closes, so another PC can say "<user> is editing this issue on <computer>"
before a conflict happens. A crashed PC's row simply expires (expires_at).

Revision ID: 0009_office
Revises: 0003_issue_sort
Create Date: 2026-12-02 13:25:51.166929
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009_office'
down_revision = "0008_geo"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('edit_leases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=200), nullable=False),
    sa.Column('computer', sa.String(length=200), nullable=False),
    sa.Column('acquired_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_edit_leases')),
    sa.UniqueConstraint('token', name=op.f('uq_edit_leases_token'))
    )
    with op.batch_alter_table('edit_leases', schema=None) as batch_op:
        batch_op.create_index('ix_edit_leases_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_edit_leases_expires_at'), ['expires_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('edit_leases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_edit_leases_expires_at'))
        batch_op.drop_index('ix_edit_leases_entity')

    op.drop_table('edit_leases')
