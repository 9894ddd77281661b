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


def test_an_event_saved_while_the_charts_are_shown_redraws_the_community_charts(
    qtbot: Any, main_window: Any
) -> None:
    from advisoryboard.services.base import transaction
    from advisoryboard.services.community import EventInput, create_event
    from database.enums import EventKind, EventStatus

    tab = show_range(qtbot, main_window, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    panel = tab.show_chart("communityKinds")
    hours_before = round(sum(r[1] for r in panel.data.rows), 1)
    with qtbot.waitSignal(tab.refreshed, timeout=20000):
        with transaction(main_window.ctx.db) as session:
            create_event(
                session,
                EventInput(
                    title="Clean-up of Elm St park",
                    starts_at=dt.datetime(2025, 6, 14, 10, 0),
                    kind=EventKind.CLEAN_UP,
                    status=EventStatus.HELD,
                    volunteers=6,
                    volunteer_hours=12.5,
                ),
            )
    assert round(sum(r[1] for r in tab.show_chart("communityKinds").data.rows), 1) == hours_before + 12.5
