"""Shared fixtures: real SQLite files, a real PostgreSQL server, demo databases.

Tests never touch the user's real data: the data, config and state folders point into
a temporary folder before anything is imported.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="advisoryboard-tests-"))
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("ADVISORYBOARD_DB", None)
os.environ["LANGUAGE"] = "en"  # tests expect English whatever the developer's desktop language (i18n)

import pytest  # noqa: E402

from tests.support.pgserver import REQUIRE_ENV, PostgresServer  # noqa: E402
from tests.support.shared_data import DEMO_TODAY  # noqa: E402

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer()
    except FileNotFoundError as exc:
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"PostgreSQL is required here ({REQUIRE_ENV} is set) but: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'board.db'}"


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    return pg_server.create_database(f"test_{os.getpid()}_{next(_counter)}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL: each test runs once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'board.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db(db_url: str):
    from advisoryboard.opening import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database made once per test run (read-only use: copy it to change it)."""
    import datetime as dt

    from advisoryboard.demo import generate
    from advisoryboard.opening import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(f"sqlite:///{path}")
    generate(database, issues=1500, years=3, seed=7, today=dt.date.fromisoformat(DEMO_TODAY))
    database.dispose()
    return path


@pytest.fixture
def demo_url(demo_db_file: Path, tmp_path: Path) -> str:
    """A private copy of the demo database for one test."""
    target = tmp_path / "demo.db"
    shutil.copy(demo_db_file, target)
    return f"sqlite:///{target}"


@pytest.fixture
def demo_db(demo_url: str):
    from advisoryboard.opening import open_database

    database = open_database(demo_url)
    yield database
    database.dispose()
