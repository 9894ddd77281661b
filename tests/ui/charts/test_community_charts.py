"""The Community charts on the Charts tab: what is drawn matches SQL over the raw rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text

from tests.support.charts import show_range


def test_community_charts_draw_each_month_kind_and_area(
    qtbot: Any, main_window: Any, us_english: None
) -> None:
    tab = show_range(qtbot, main_window, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    with main_window.ctx.db.engine.connect() as conn:
        months, kinds, areas, hours = conn.execute(
            text(
                "SELECT count(DISTINCT substr(starts_at, 1, 7)), count(DISTINCT kind), "
                "count(DISTINCT coalesce(district, '')), sum(volunteer_hours) FROM community_events "
                "WHERE status = 'held' AND starts_at >= '2025-01-01' AND starts_at < '2026-01-01'"
            )
        ).one()
    assert months == 12
    assert tab.show_chart("communityEvents").drawn_counts() == {"Events held": 12, "Participants (÷10)": 12}
    assert tab.show_chart("communityKinds").drawn_counts() == {"Volunteer hours": kinds}
    assert tab.show_chart("communityAreas").drawn_counts() == {"Volunteer hours": areas}
    rows = tab.panels["communityKinds"].data.rows
    assert round(sum(r[1] for r in rows), 1) == round(hours, 1)
