"""Police incidents (issue 20) are a layer of every map (issue 21): one point each, by category."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from advisoryboard.geo.layers import MapFilter, load_map
from advisoryboard.services.base import read_only
from database.engine import Database
from database.models import Incident


def test_the_demo_incidents_are_a_map_layer_with_their_categories(demo_db: Database) -> None:
    with read_only(demo_db) as s:
        located = s.scalar(select(func.count()).select_from(Incident).where(Incident.latitude.is_not(None)))
        data = load_map(s, MapFilter())
        year = load_map(s, MapFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31)))
        in_2025 = s.scalar(
            select(func.count())
            .select_from(Incident)
            .where(
                Incident.latitude.is_not(None),
                Incident.occurred_at >= dt.datetime(2025, 1, 1),
                Incident.occurred_at < dt.datetime(2026, 1, 1),
            )
        )
    layer = data.layers["incidents"]
    assert located and len(layer) == located
    assert all(layer.category) and " · " in layer.label[0]
    assert len(year.layers["incidents"]) == in_2025
