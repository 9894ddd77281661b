"""GUI test fixtures: the main window on a real database, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def main_window(qtbot, demo_url: str) -> Iterator[object]:
    from ui.app import build_main_window

    window = build_main_window(demo_url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def us_english() -> Iterator[None]:
    """Dates, times and numbers as in the United States (M/d/yyyy, 6:30 PM, 1,234), whatever
    the regional settings of the machine running the tests; restored afterwards."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)
