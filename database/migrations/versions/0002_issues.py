"""full-text search over issues and their timeline notes

SQLite: FTS5 external-content tables kept in step by triggers.
PostgreSQL: GIN indexes on to_tsvector expressions (see advisoryboard.services.issue_search).
All objects are named issues_fts* / issue_events_fts* so schema comparison can skip them
(database.schema.include_name).

Revision ID: 0002_issues
Revises: 0002_charts
"""

from __future__ import annotations

from alembic import op

revision = "0002_issues"
down_revision = "0002_charts"
branch_labels = None
depends_on = None

_SQLITE_UP = [
    "CREATE VIRTUAL TABLE issues_fts USING fts5(title, description, location, "
    "content='issues', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER issues_fts_ai AFTER INSERT ON issues BEGIN "
    "INSERT INTO issues_fts(rowid, title, description, location) "
    "VALUES (new.id, new.title, new.description, new.location); END",
    "CREATE TRIGGER issues_fts_ad AFTER DELETE ON issues BEGIN "
    "INSERT INTO issues_fts(issues_fts, rowid, title, description, location) "
    "VALUES ('delete', old.id, old.title, old.description, old.location); END",
    "CREATE TRIGGER issues_fts_au AFTER UPDATE OF title, description, location ON issues BEGIN "
    "INSERT INTO issues_fts(issues_fts, rowid, title, description, location) "
    "VALUES ('delete', old.id, old.title, old.description, old.location); "
    "INSERT INTO issues_fts(rowid, title, description, location) "
    "VALUES (new.id, new.title, new.description, new.location); END",
    "CREATE VIRTUAL TABLE issue_events_fts USING fts5(text, "
    "content='issue_events', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER issue_events_fts_ai AFTER INSERT ON issue_events WHEN new.text IS NOT NULL BEGIN "
    "INSERT INTO issue_events_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER issue_events_fts_ad AFTER DELETE ON issue_events WHEN old.text IS NOT NULL BEGIN "
    "INSERT INTO issue_events_fts(issue_events_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER issue_events_fts_au AFTER UPDATE OF text ON issue_events BEGIN "
    "INSERT INTO issue_events_fts(issue_events_fts, rowid, text) "
    "SELECT 'delete', old.id, old.text WHERE old.text IS NOT NULL; "
    "INSERT INTO issue_events_fts(rowid, text) SELECT new.id, new.text WHERE new.text IS NOT NULL; END",
    "INSERT INTO issues_fts(issues_fts) VALUES ('rebuild')",
    "INSERT INTO issue_events_fts(issue_events_fts) VALUES ('rebuild')",
]
_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS issue_events_fts_au",
    "DROP TRIGGER IF EXISTS issue_events_fts_ad",
    "DROP TRIGGER IF EXISTS issue_events_fts_ai",
    "DROP TABLE IF EXISTS issue_events_fts",
    "DROP TRIGGER IF EXISTS issues_fts_au",
    "DROP TRIGGER IF EXISTS issues_fts_ad",
    "DROP TRIGGER IF EXISTS issues_fts_ai",
    "DROP TABLE IF EXISTS issues_fts",
]
_PG_UP = [
    "CREATE INDEX issues_fts_doc ON issues USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || "
    "coalesce(description, '') || ' ' || coalesce(location, '')))",
    "CREATE INDEX issue_events_fts_doc ON issue_events USING gin (to_tsvector('simple', coalesce(text, '')))",
]
_PG_DOWN = ["DROP INDEX IF EXISTS issue_events_fts_doc", "DROP INDEX IF EXISTS issues_fts_doc"]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _run(_PG_UP if op.get_bind().dialect.name == "postgresql" else _SQLITE_UP)


def downgrade() -> None:
    _run(_PG_DOWN if op.get_bind().dialect.name == "postgresql" else _SQLITE_DOWN)
