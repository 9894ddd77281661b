"""A small demo board (a year, 150 issues) made once, copied for each test that changes it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.publish_board import TODAY


@pytest.fixture(scope="session")
def small_board_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from advisoryboard.demo import generate
    from advisoryboard.opening import open_database

    path = tmp_path_factory.mktemp("small-board") / "board.db"
    db = open_database(f"sqlite:///{path}")
    generate(db, issues=150, years=1, seed=5, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def small_url(small_board_file: Path, tmp_path: Path) -> str:
    target = tmp_path / "board.db"
    shutil.copy(small_board_file, target)
    return f"sqlite:///{target}"


@pytest.fixture
def small_db(small_url: str) -> Iterator[object]:
    from advisoryboard.opening import open_database

    database = open_database(small_url)
    yield database
    database.dispose()
