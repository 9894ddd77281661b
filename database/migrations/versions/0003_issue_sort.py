"""indexes that serve the Issues table's title and assignee sorts

The issues table pages its rows in SQL (`ORDER BY lower(title), id LIMIT …`); the
expression index lets the database read a page in order instead of sorting every issue.
The assignee sort reads one assignee (or nobody) at a time in id order. The other sort
keys are served by existing indexes (see advisoryboard.services.issue_listing).

Revision ID: 0003_issue_sort
Revises: 0002_issues
"""

from __future__ import annotations

from alembic import op

revision = "0003_issue_sort"
down_revision = "0002_issues"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_issues_title_sort ON issues (lower(title), id)")
    op.create_index("ix_issues_assignee", "issues", ["assignee_member_id", "assignee_committee_id"])


def downgrade() -> None:
    op.drop_index("ix_issues_assignee", table_name="issues")
    op.execute("DROP INDEX IF EXISTS ix_issues_title_sort")
