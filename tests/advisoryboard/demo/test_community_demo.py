"""`advisoryboard demo` gives every community screen and chart something to show."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from advisoryboard.analytics import community as ca
from advisoryboard.demo import generate
from advisoryboard.services import community as svc
from advisoryboard.services.base import read_only
from database.engine import Database
from database.models import CommunityEvent, Issue
from database.models.community import EventKind, EventStatus

TODAY = dt.date(2026, 11, 21)


def test_demo_has_programs_and_events_in_every_year_it_makes(db: Database) -> None:
    generate(db, issues=120, years=2, seed=3, today=TODAY)
    with read_only(db) as s:
        for year in (2025, 2026):
            t = ca.totals(s, dt.date(year, 1, 1), dt.date(year, 12, 31))
            assert t.events >= 20 and t.participants > 0 and t.volunteer_hours > 0
            if year == 2026:  # in the first demo year everyone is new
                assert 0 < t.returning < t.unique_participants
            kinds = {g.key for g in ca.by_kind(s, dt.date(year, 1, 1), dt.date(year, 12, 31))}
            assert EventKind.NATIONAL_NIGHT_OUT.value in kinds
        nno = svc.list_events(s, svc.EventFilter(kind=EventKind.NATIONAL_NIGHT_OUT, year=2026))
        assert [e.starts_at.date() for e in nno] == [dt.date(2026, 8, 4)]  # first Tuesday of August
        assert s.scalar(select(func.count()).where(CommunityEvent.status == EventStatus.PLANNED)) > 0
        assert s.scalar(select(func.count()).where(CommunityEvent.starts_at > dt.datetime(2026, 11, 22))) > 0
        coverage = ca.watch_coverage(s)
        assert len(coverage) == 2 and all(0 < c.covered <= c.blocks for c in coverage)
        linked = s.scalar(select(func.count()).where(Issue.source_event_id.is_not(None)))
        assert linked and linked > 0
        assert len(svc.list_programs(s)) >= 5
