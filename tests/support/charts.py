"""Driving the Charts tab from a test."""

from __future__ import annotations

import datetime as dt
from typing import Any


def show_range(qtbot: Any, window: Any, start: dt.date, end: dt.date) -> Any:
    tab = window.tab("chartsTab")
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=20000):
        tab.filters.set_custom_range(start, end)
    return tab
