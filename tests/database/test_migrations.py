"""Alembic: one head that the app knows, models and migrations agree, data survives upgrades."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, text

import database.models  # noqa: F401
from advisoryboard.errors import UserError
from advisoryboard.opening import open_database
from database.base import Base
from database.engine import make_engine
from database.schema import KNOWN_REVISIONS, SCHEMA_HEAD, alembic_config, include_name


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))


def test_there_is_exactly_one_head_and_the_app_knows_it() -> None:
    heads = _script().get_heads()
    assert heads == [SCHEMA_HEAD]
    revisions = [r.revision for r in reversed(list(_script().walk_revisions()))]
    assert tuple(revisions) == KNOWN_REVISIONS


#: SQLite cannot reflect expression indexes (SQLAlchemy and Alembic warn and skip them);
#: PostgreSQL compares them, and the next test checks them on SQLite.
_EXPRESSION_INDEX_WARNINGS = (
    "Skipped unsupported reflection of expression-based index",
    "autogenerate skipping metadata-specified expression-based index",
)


def test_models_and_migrations_agree(db_url: str) -> None:
    db = open_database(db_url)
    with db.engine.connect() as conn, warnings.catch_warnings():
        if conn.dialect.name == "sqlite":
            for message in _EXPRESSION_INDEX_WARNINGS:
                warnings.filterwarnings("ignore", message=message)
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True, "include_name": include_name}
        )
        diff = compare_metadata(ctx, Base.metadata)
    db.dispose()
    assert diff == []


def test_expression_indexes_of_the_models_exist_on_sqlite(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    expected = {
        index.name: str(index.expressions[0].compile(dialect=db.engine.dialect))
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if not isinstance(index.expressions[0], Column)
    }
    with db.engine.connect() as conn:
        made = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())  # type: ignore[var-annotated]
    db.dispose()
    assert expected  # e.g. the Issues table's title sort
    for name, expression in expected.items():
        assert name in made and expression.replace("issues.", "") in made[name]


def test_upgrading_a_database_that_holds_data_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    first = KNOWN_REVISIONS[0]
    command.upgrade(alembic_config(engine), first)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO members (name, publish_contact, version, created_at, updated_at) "
                "VALUES ('Ana García', 0, 1, '2024-01-01', '2024-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO issue_categories (name, sort_order, active, version) "
                "VALUES ('Graffiti', 0, 1, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO issues (reference, ref_year, ref_seq, title, category_id, status, priority, "
                "reported_on, confidential, version, created_at, updated_at) VALUES ('2024-0001', 2024, 1, "
                "'Tag on wall', 1, 'new', 'normal', '2024-02-01', 0, 1, '2024-02-01', '2024-02-01')"
            )
        )
    engine.dispose()

    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        assert s.execute(text("SELECT name FROM members")).scalars().all() == ["Ana García"]
        assert s.execute(text("SELECT reference, title FROM issues")).all() == [("2024-0001", "Tag on wall")]
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    db.dispose()
    backups = (
        list((tmp_path / "backups").glob("old-before-migration-*.db"))
        if (tmp_path / "backups").exists()
        else []
    )
    assert len(backups) == (0 if first == SCHEMA_HEAD else 1)


def test_a_new_database_is_created_with_settings_and_categories(db_url: str) -> None:
    db = open_database(db_url)
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM issue_categories")).scalar() == 12
        assert s.execute(text("SELECT board_name FROM board_settings")).scalar()
    db.dispose()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    content = b"These are my meeting notes, not a database.\n" * 10
    path.write_bytes(content)
    with pytest.raises(UserError, match="not an Advisory Board database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    before = path.read_bytes()
    with pytest.raises(UserError, match="newer version of Advisory Board"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('x')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="another program's data"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_an_unreachable_postgresql_server_gives_a_clear_message() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(UserError, match=rf"Cannot connect to the database server 127.0.0.1:{port}/board"):
        open_database(f"postgresql+psycopg://nobody@127.0.0.1:{port}/board?connect_timeout=3")


def test_sqlite_database_uses_wal_and_foreign_keys(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    db.dispose()
