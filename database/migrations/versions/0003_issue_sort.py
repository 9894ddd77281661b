"""an index that serves the Issues table's title sort

The issues table pages its rows in SQL (`ORDER BY lower(title), id LIMIT … OFFSET …`);
this expression index lets the database read the first page in order instead of sorting
every issue. The other sort keys are served by existing indexes (see
advisoryboard.services.issue_listing).

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


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_issues_title_sort")
