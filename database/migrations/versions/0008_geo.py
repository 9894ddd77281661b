"""boundary outlines (districts, beats, precincts) and where issues fall on them

Outlines are stored as hex WKB text with bounding-box columns for a cheap pre-filter;
`issue_places` keeps the computed area beside each issue's recorded district.

Revision ID: 0008_geo
Revises: 0003_issue_sort
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0008_geo"
down_revision = "0007_crime"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "boundary_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name_field", sa.String(length=100), nullable=False),
        sa.Column("source_file", sa.String(length=300), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_boundary_sets")),
        sa.UniqueConstraint("name", name=op.f("uq_boundary_sets_name")),
    )
    op.create_table(
        "boundary_areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("board_district", sa.String(length=60), nullable=True),
        sa.Column("geometry", sa.Text(), nullable=False),
        sa.Column("feature_count", sa.Integer(), nullable=False),
        sa.Column("min_lon", sa.Float(), nullable=False),
        sa.Column("min_lat", sa.Float(), nullable=False),
        sa.Column("max_lon", sa.Float(), nullable=False),
        sa.Column("max_lat", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["boundary_sets.id"],
            name=op.f("fk_boundary_areas_set_id_boundary_sets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_boundary_areas")),
        sa.UniqueConstraint("set_id", "key", name=op.f("uq_boundary_areas_set_id_key")),
    )
    with op.batch_alter_table("boundary_areas", schema=None) as batch_op:
        batch_op.create_index(
            "ix_boundary_areas_bbox", ["set_id", "min_lon", "max_lon", "min_lat", "max_lat"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_boundary_areas_set_id"), ["set_id"], unique=False)

    op.create_table(
        "issue_places",
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("issue_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("placed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["boundary_areas.id"],
            name=op.f("fk_issue_places_area_id_boundary_areas"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"], ["issues.id"], name=op.f("fk_issue_places_issue_id_issues"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["boundary_sets.id"],
            name=op.f("fk_issue_places_set_id_boundary_sets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("set_id", "issue_id", name=op.f("pk_issue_places")),
    )
    with op.batch_alter_table("issue_places", schema=None) as batch_op:
        batch_op.create_index("ix_issue_places_area", ["area_id", "issue_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("issue_places", schema=None) as batch_op:
        batch_op.drop_index("ix_issue_places_area")

    op.drop_table("issue_places")
    with op.batch_alter_table("boundary_areas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_boundary_areas_set_id"))
        batch_op.drop_index("ix_boundary_areas_bbox")

    op.drop_table("boundary_areas")
    op.drop_table("boundary_sets")
