"""GUI test fixtures: the main window on a real database, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def main_window(qtbot, demo_url: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.app import build_main_window

    window = build_main_window(demo_url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
