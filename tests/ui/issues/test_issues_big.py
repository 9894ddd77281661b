"""The Issues tab on a 100 000-issue database (how fast belongs to benchmarks/, not here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlalchemy import func, select

from advisoryboard.services.base import read_only
from database.models import Issue, IssueCategory
from tests.support.shared_data import DEMO_TODAY

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def big_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo board with 100 000 issues, made once per test run."""
    from advisoryboard.demo import generate
    from advisoryboard.opening import open_database

    path = tmp_path_factory.mktemp("big") / "big.db"
    database = open_database(f"sqlite:///{path}")
    generate(database, issues=100_000, years=10, seed=11, today=dt.date.fromisoformat(DEMO_TODAY))
    database.dispose()
    return path


@pytest.fixture
def big_tab(qtbot, big_db_file: Path) -> Iterator[object]:
    from ui.app import build_main_window
    from ui.issues.tab import IssuesTab

    window = build_main_window(f"sqlite:///{big_db_file}")
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("issuesTab")  # built when first asked for
    assert isinstance(tab, IssuesTab)
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=60000)
    yield tab
    window.close()


def test_a_filter_change_on_100000_issues_returns_rows(big_tab, qtbot) -> None:
    tab = big_tab
    with read_only(tab.ctx.db) as s:
        assert s.scalar(select(func.count()).select_from(Issue)) == 100_000
        noise = s.scalar(select(IssueCategory.id).where(IssueCategory.name == "Noise"))
        expected = s.scalar(select(func.count()).select_from(Issue).where(Issue.category_id == noise))
    status = tab.findChild(QComboBox, "statusFilter")
    category = tab.findChild(QComboBox, "categoryFilter")
    with qtbot.waitSignal(tab.model.count_changed, timeout=60000) as blocker:
        status.setCurrentIndex(status.findData("all"))
    assert blocker.args == [100_000]
    with qtbot.waitSignal(tab.model.count_changed, timeout=60000) as blocker:
        category.setCurrentIndex(category.findData(noise))
    assert blocker.args == [expected]
    assert tab.model.rowCount() == expected
    assert tab.model.index(expected - 1, 2).data() == "Noise"  # the last row is read on demand
    assert len(tab.model.cache) < 1000  # only pages that were shown are held
    search = tab.findChild(QLineEdit, "issueSearch")
    with qtbot.waitSignal(tab.model.count_changed, timeout=60000) as blocker:
        qtbot.keyClicks(search, "loud")
    assert 0 < blocker.args[0] <= expected
