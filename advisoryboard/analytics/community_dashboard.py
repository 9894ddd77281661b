"""The community figures the Charts tab shows for its date range (one call from dashboard.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from advisoryboard.analytics import community as ca


@dataclass(frozen=True)
class CommunityCharts:
    months: list[ca.CommunityGroup]
    kinds: list[ca.CommunityGroup]
    areas: list[ca.CommunityGroup]
    totals: ca.CommunityTotals


def community_charts(session: Session, date_from: dt.date, date_to: dt.date) -> CommunityCharts:
    return CommunityCharts(
        ca.by_month(session, date_from, date_to),
        ca.by_kind(session, date_from, date_to),
        ca.by_area(session, date_from, date_to),
        ca.totals(session, date_from, date_to),
    )
