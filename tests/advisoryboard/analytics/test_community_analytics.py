"""Community figures computed in SQL, checked against pandas over the same tables."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from advisoryboard.analytics import community as ca
from advisoryboard.services.base import read_only
from database.engine import Database
from tests.support.community import make_scene

START, END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)


def _frames(db: Database) -> tuple[pd.DataFrame, pd.DataFrame]:
    with db.engine.connect() as conn:
        events = pd.read_sql("SELECT * FROM community_events", conn, parse_dates=["starts_at"])
        signs = pd.read_sql("SELECT * FROM event_sign_ins", conn)
    return events, signs


def test_totals_breakdowns_and_returning_participants_match_pandas(db: Database) -> None:
    make_scene(db)
    events, signs = _frames(db)
    held = events[events.status == "held"]
    period = held[
        (held.starts_at >= pd.Timestamp(START)) & (held.starts_at < pd.Timestamp(END) + pd.Timedelta(days=1))
    ]
    named = signs.merge(held[["id", "starts_at"]], left_on="event_id", right_on="id")
    in_period = named[named.event_id.isin(period.id)]
    first_seen = named.groupby("person_key").starts_at.min()
    people = set(in_period.person_key)
    first_time = sum(1 for p in people if first_seen[p] >= pd.Timestamp(START))
    with read_only(db) as s:
        t = ca.totals(s, START, END)
        months = ca.by_month(s, START, END)
        kinds = ca.by_kind(s, START, END)
        areas = ca.by_area(s, START, END)
        coverage = ca.watch_coverage(s)
    assert t.events == len(period) == 4
    assert t.participants == period.head_count.sum()
    assert t.volunteer_hours == period.volunteer_hours.sum()
    assert t.volunteers == period.volunteers.sum()
    assert t.named_sign_ins == len(in_period)
    assert t.unique_participants == len(people) == 3  # "Ana López" = "ana lopez"
    assert t.first_time == first_time and t.returning == len(people) - first_time == 1  # Ana came in 2024
    expected_months = period.groupby(period.starts_at.dt.strftime("%Y-%m")).agg(
        n=("id", "count"), p=("head_count", "sum")
    )
    assert [(m.key, m.events, m.participants) for m in months] == [
        (k, int(r.n), int(r.p)) for k, r in expected_months.iterrows()
    ]
    expected_kinds = period.groupby("kind").volunteer_hours.sum()
    assert {k.key: k.volunteer_hours for k in kinds} == expected_kinds.to_dict()
    expected_areas = period.groupby(period.district.fillna("")).head_count.sum()
    assert {a.key: a.participants for a in areas} == expected_areas.to_dict()
    with db.engine.connect() as conn:
        blocks = pd.read_sql("SELECT * FROM watch_blocks", conn)
    active = blocks[blocks.captain_name.notna() & blocks.captain_active.astype(bool)]
    assert [(c.blocks, c.covered) for c in coverage] == [(len(blocks), len(active))]
    assert coverage[0].share == 0.5


def test_an_empty_period_counts_nothing(db: Database) -> None:
    make_scene(db)
    with read_only(db) as s:
        t = ca.totals(s, dt.date(2019, 1, 1), dt.date(2019, 12, 31))
        assert (t.events, t.participants, t.unique_participants, t.volunteer_hours) == (0, 0, 0, 0.0)
        assert ca.by_month(s, dt.date(2019, 1, 1), dt.date(2019, 12, 31)) == []
