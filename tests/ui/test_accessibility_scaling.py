"""The UI scales with the system font size and high-DPI settings without clipping text."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from ui.app import build_main_window
from ui.main_window import MainWindow


@pytest.fixture
def large_font() -> Iterator[QFont]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    big = QFont(before)
    big.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(big)
    yield big
    app.setFont(before)


PROBE = """
from PySide6.QtWidgets import QApplication
calls = []
real = QApplication.setHighDpiScaleFactorRoundingPolicy
QApplication.setHighDpiScaleFactorRoundingPolicy = lambda policy: (calls.append(policy.name), real(policy))
from ui.app import ensure_app
ensure_app()
print(calls, QApplication.highDpiScaleFactorRoundingPolicy().name)
"""


def test_the_app_asks_for_unrounded_scale_factors_before_it_starts() -> None:
    """150 % displays get 1.5×, not 2× (rounded) text: the policy is set before the QApplication exists."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_SCALE_FACTOR_ROUNDING_POLICY", None)
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["['PassThrough']", "PassThrough"]


def test_tab_titles_fit_with_a_larger_system_font(qtbot, demo_url: str, large_font: QFont) -> None:
    window = build_main_window(demo_url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    metrics = QFontMetrics(bar.font())
    assert bar.font().pointSizeF() == pytest.approx(large_font.pointSizeF())
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&&", "&")
        assert bar.tabRect(index).width() >= metrics.horizontalAdvance(text), text
        assert bar.tabRect(index).height() >= metrics.height(), text
    menu_bar = window.menuBar()
    assert menu_bar.height() >= QFontMetrics(menu_bar.font()).height()
    _close(window)


def test_menus_grow_with_the_font(qtbot, demo_url: str) -> None:
    """The same window is taller in its menu bar and tabs with a 1.5× font: nothing is fixed in pixels."""
    heights = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    for factor in (1.0, 1.5):
        font = QFont(before)
        font.setPointSizeF(before.pointSizeF() * factor)
        app.setFont(font)
        window = build_main_window(demo_url)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        heights.append((window.menuBar().sizeHint().height(), window.tabs.tabBar().sizeHint().height()))
        _close(window)
    app.setFont(before)
    (menu_small, tabs_small), (menu_big, tabs_big) = heights
    assert menu_big > menu_small and tabs_big > tabs_small


def _close(window: MainWindow) -> None:
    window.close()
