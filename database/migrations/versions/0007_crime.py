"""police incidents and SARA problem-solving projects

Incidents are the city's public statistics, kept apart from the board's issues (one row per
offense, the source's offense values as they came); offense categories and the mapping of
source offense groups onto them; SARA projects with their analysis, responses and links.

Revision ID: 0007_crime
Revises: 0003_issue_sort
Create Date: 2026-12-02 13:12:15.328646
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007_crime'
down_revision = '0004_trust'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('offense_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sort_order', sa.Integer(), server_default='0', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offense_categories')),
    sa.UniqueConstraint('name', name=op.f('uq_offense_categories_name'))
    )
    op.create_table('projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('problem', sa.Text(), nullable=True),
    sa.Column('stage', sa.Enum('scanning', 'analysis', 'response', 'assessment', name='projectstage', native_enum=False, length=24), nullable=False),
    sa.Column('scanning_on', sa.Date(), nullable=True),
    sa.Column('analysis_on', sa.Date(), nullable=True),
    sa.Column('response_on', sa.Date(), nullable=True),
    sa.Column('assessment_on', sa.Date(), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('area_kind', sa.Enum('districts', 'radius', name='projectareakind', native_enum=False, length=24), nullable=False),
    sa.Column('districts', sa.String(length=300), nullable=True),
    sa.Column('beats', sa.String(length=300), nullable=True),
    sa.Column('buffer_districts', sa.String(length=300), nullable=True),
    sa.Column('buffer_beats', sa.String(length=300), nullable=True),
    sa.Column('center_address', sa.String(length=300), nullable=True),
    sa.Column('center_lat', sa.Float(), nullable=True),
    sa.Column('center_lon', sa.Float(), nullable=True),
    sa.Column('radius_m', sa.Integer(), nullable=True),
    sa.Column('buffer_m', sa.Integer(), nullable=True),
    sa.Column('window_days', sa.Integer(), server_default='180', nullable=False),
    sa.Column('triangle_location', sa.Text(), nullable=True),
    sa.Column('triangle_offender', sa.Text(), nullable=True),
    sa.Column('triangle_victim', sa.Text(), nullable=True),
    sa.Column('contributing_factors', sa.Text(), nullable=True),
    sa.Column('assessment_notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects'))
    )
    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('incident_number', sa.String(length=60), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('offense_code', sa.String(length=40), nullable=True),
    sa.Column('offense_group', sa.String(length=200), nullable=True),
    sa.Column('offense_description', sa.String(length=300), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('district', sa.String(length=60), nullable=True),
    sa.Column('beat', sa.String(length=60), nullable=True),
    sa.Column('block_address', sa.String(length=300), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['offense_categories.id'], name=op.f('fk_incidents_category_id_offense_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents')),
    sa.UniqueConstraint('source', 'incident_number', 'offense_code', name=op.f('uq_incidents_source_incident_number_offense_code'))
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index("ix_incidents_trend_cover", ["occurred_at", "category_id", "district"], unique=False)
        batch_op.create_index("ix_incidents_district", ["district", "occurred_at", "category_id"], unique=False)
        batch_op.create_index("ix_incidents_beat", ["beat", "occurred_at", "category_id"], unique=False)
        batch_op.create_index("ix_incidents_location", ["latitude", "longitude"], unique=False)

    op.create_table('offense_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('source_value', sa.String(length=200), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['offense_categories.id'], name=op.f('fk_offense_mappings_category_id_offense_categories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offense_mappings')),
    sa.UniqueConstraint('field', 'source_value', name=op.f('uq_offense_mappings_field_source_value'))
    )
    op.create_table('project_categories',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['offense_categories.id'], name=op.f('fk_project_categories_category_id_offense_categories')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_categories_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'category_id', name=op.f('pk_project_categories'))
    )
    op.create_table('project_partners',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_project_partners_partner_id_partners')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_partners_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'partner_id', name=op.f('pk_project_partners'))
    )
    op.create_table('project_responses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('who', sa.String(length=200), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_project_responses_partner_id_partners')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_responses_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_responses'))
    )
    with op.batch_alter_table('project_responses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_responses_project_id'), ['project_id'], unique=False)

    op.create_table('project_incidents',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_project_incidents_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_incidents_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'incident_id', name=op.f('pk_project_incidents'))
    )
    with op.batch_alter_table('project_incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_incidents_incident_id'), ['incident_id'], unique=False)

    op.create_table('project_issues',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('issue_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['issue_id'], ['issues.id'], name=op.f('fk_project_issues_issue_id_issues'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_issues_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'issue_id', name=op.f('pk_project_issues'))
    )
    op.create_table('response_motions',
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('motion_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['motion_id'], ['motions.id'], name=op.f('fk_response_motions_motion_id_motions')),
    sa.ForeignKeyConstraint(['response_id'], ['project_responses.id'], name=op.f('fk_response_motions_response_id_project_responses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('response_id', 'motion_id', name=op.f('pk_response_motions'))
    )
    op.create_table('response_action_items',
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('action_item_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_item_id'], ['action_items.id'], name=op.f('fk_response_action_items_action_item_id_action_items')),
    sa.ForeignKeyConstraint(['response_id'], ['project_responses.id'], name=op.f('fk_response_action_items_response_id_project_responses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('response_id', 'action_item_id', name=op.f('pk_response_action_items'))
    )


def downgrade() -> None:
    op.drop_table('response_action_items')
    op.drop_table('response_motions')
    op.drop_table('project_issues')
    with op.batch_alter_table('project_incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_incidents_incident_id'))

    op.drop_table('project_incidents')
    with op.batch_alter_table('project_responses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_responses_project_id'))

    op.drop_table('project_responses')
    op.drop_table('project_partners')
    op.drop_table('project_categories')
    op.drop_table('offense_mappings')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_location")
        batch_op.drop_index("ix_incidents_beat")
        batch_op.drop_index("ix_incidents_district")
        batch_op.drop_index("ix_incidents_trend_cover")

    op.drop_table('incidents')
    op.drop_table('projects')
    op.drop_table('offense_categories')
