"""Crime counts against pandas on the real exports; before/after statistics against scipy/statsmodels."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import select

from advisoryboard.analytics.crime import (
    AreaSpec,
    IncidentFilter,
    compare_counts,
    count_in_area,
    counts_in_area,
    haversine_m,
    incident_points,
    monthly_counts,
    police_report,
)
from advisoryboard.importing.incidents import import_file
from advisoryboard.services.base import read_only, transaction
from database.models import OffenseCategory, OffenseMapping
from tests.support.shared_data import shared_data

pytestmark = pytest.mark.shared_data
CHICAGO = "chicago_crimes_2024_sample.csv"


def _expected() -> pd.DataFrame:
    """The Chicago file as pandas reads it, one row per (case, IUCR), districts without zeros."""
    frame = pd.read_csv(shared_data("crime", CHICAGO), dtype=str, encoding="utf-8-sig", keep_default_na=False)
    frame = frame.drop_duplicates(["Case Number", "IUCR"]).copy()
    frame["when"] = pd.to_datetime(frame["Date"], format="%m/%d/%Y %I:%M:%S %p")
    frame["month"] = frame["when"].dt.strftime("%Y-%m")
    frame["district"] = frame["District"].str.lstrip("0")
    frame["group"] = frame["Primary Type"].str.lower()
    frame["lat"] = pd.to_numeric(frame["Latitude"], errors="coerce")
    frame["lon"] = pd.to_numeric(frame["Longitude"], errors="coerce")
    return frame


@pytest.fixture
def loaded(db):
    with transaction(db) as session:
        import_file(session, shared_data("crime", CHICAGO))
    with read_only(db) as session:
        mapping = {
            g: c for g, c in session.execute(select(OffenseMapping.source_value, OffenseMapping.category_id))
        }
        names = {i: n for i, n in session.execute(select(OffenseCategory.id, OffenseCategory.name))}
    frame = _expected()
    frame["category_id"] = frame["group"].map(mapping)
    return db, frame, names


def test_monthly_counts_equal_pandas(loaded) -> None:
    db, frame, names = loaded
    with read_only(db) as session:
        got = {
            (c.month, c.category_id, c.district): c.count for c in monthly_counts(session, IncidentFilter())
        }
        may = monthly_counts(
            session, IncidentFilter(dt.date(2024, 5, 1), dt.date(2024, 5, 31), districts=("9",))
        )
    want = frame.groupby(["month", "category_id", "district"]).size().to_dict()
    assert got == want
    assert sum(c.count for c in may) == int(((frame.month == "2024-05") & (frame.district == "9")).sum())
    # Names the user reads: thefts are Theft, motor vehicle thefts are Vehicle theft.
    theft = frame[frame.group == "theft"].category_id.iloc[0]
    vehicle = frame[frame.group == "motor vehicle theft"].category_id.iloc[0]
    assert (names[theft], names[vehicle]) == ("Theft", "Vehicle theft")


def test_police_report_equals_pandas(loaded) -> None:
    db, frame, names = loaded
    with read_only(db) as session:
        report = police_report(session, dt.date(2024, 6, 11))  # a June meeting reports on May
    assert report.month == dt.date(2024, 5, 1)
    prior = [f"2023-{m:02d}" for m in range(5, 13)] + [f"2024-{m:02d}" for m in range(1, 5)]
    for line in report.by_category:
        cid = next(i for i, n in names.items() if n == line.label)
        rows = frame[frame.category_id == cid]
        assert line.last_month == (rows.month == "2024-05").sum()
        assert line.same_month_last_year == (rows.month == "2023-05").sum()
        assert line.average_12 == pytest.approx(rows.month.isin(prior).sum() / 12)
        assert line.ytd == (rows.month.between("2024-01", "2024-05")).sum()
        assert line.last_ytd == (rows.month.between("2023-01", "2023-05")).sum()
    district_9 = next(d for d in report.by_district if d.label == "9")
    assert district_9.last_month == ((frame.district == "9") & (frame.month == "2024-05")).sum()
    assert report.total.ytd == frame.month.between("2024-01", "2024-05").sum()
    assert report.total.vs_last_ytd is None  # nothing last year: no percentage, not infinity


def test_radius_counts_and_points_equal_numpy(loaded) -> None:
    db, frame, _names = loaded
    center = (41.8781, -87.6298)  # the Loop
    with read_only(db) as session:
        lon, lat, cat = incident_points(session, IncidentFilter(dt.date(2024, 5, 1), dt.date(2024, 5, 31)))
        ring = count_in_area(session, AreaSpec(center=center, radius_m=3000, inner_m=1000), IncidentFilter())
    located = frame[frame.lat.notna()]
    assert len(lon) == len(lat) == len(cat) == (located.month == "2024-05").sum()
    # An independent distance: pyproj's geodesic on the WGS84 ellipsoid (within 0.5% of the sphere).
    from pyproj import Geod

    _az, _baz, dist = Geod(ellps="WGS84").inv(
        np.full(len(located), center[1]), np.full(len(located), center[0]), located.lon, located.lat
    )
    sphere = haversine_m(located.lat.to_numpy(), located.lon.to_numpy(), *center)
    assert np.allclose(sphere, dist, rtol=5e-3)
    want = int(((sphere >= 1000) & (sphere < 3000)).sum())
    assert ring == want and ring > 100


def test_the_windows_of_an_assessment_are_counted_as_pandas_counts_them(loaded) -> None:
    """A project's before and after windows, read in one query, give each window's own count."""
    db, frame, names = loaded
    theft = next(i for i, n in names.items() if n == "Theft")
    start, days = dt.date(2024, 5, 16), 15
    before_f = IncidentFilter(start - dt.timedelta(days=days), start - dt.timedelta(days=1), (theft,))
    after_f = IncidentFilter(start, start + dt.timedelta(days=days - 1), (theft,))
    center = (41.8781, -87.6298)
    t0 = pd.Timestamp(start)
    windows = [(t0 - pd.Timedelta(days=days), t0), (t0, t0 + pd.Timedelta(days=days))]
    thefts = frame[frame.category_id == theft]
    for area, rows in (
        (AreaSpec(districts=("1", "18")), thefts[thefts.district.isin(["1", "18"])]),
        (
            AreaSpec(center=center, radius_m=3000, inner_m=500),
            thefts[
                thefts.lat.notna()
                & (haversine_m(thefts.lat.to_numpy(), thefts.lon.to_numpy(), *center) >= 500)
                & (haversine_m(thefts.lat.to_numpy(), thefts.lon.to_numpy(), *center) < 3000)
            ],
        ),
    ):
        want = [int(((rows.when >= lo) & (rows.when < hi)).sum()) for lo, hi in windows]
        with read_only(db) as session:
            got = counts_in_area(session, area, (before_f, after_f))
            one_by_one = [count_in_area(session, area, w) for w in (before_f, after_f)]
        assert got == want == one_by_one and min(got) > 5
    with read_only(db) as session:
        assert counts_in_area(session, AreaSpec(), (before_f, after_f)) == [0, 0]


def test_before_after_equals_scipy_and_statsmodels(loaded) -> None:
    from scipy.stats import binomtest
    from statsmodels.stats.rates import test_poisson_2indep

    db, frame, names = loaded
    theft = next(i for i, n in names.items() if n == "Theft")
    start, days = dt.date(2024, 5, 16), 15
    before_f = IncidentFilter(start - dt.timedelta(days=days), start - dt.timedelta(days=1), (theft,))
    after_f = IncidentFilter(start, start + dt.timedelta(days=days - 1), (theft,))
    area = AreaSpec(districts=("1", "18"))
    with read_only(db) as session:
        test = compare_counts(count_in_area(session, area, before_f), count_in_area(session, area, after_f))
    rows = frame[(frame.category_id == theft) & frame.district.isin(["1", "18"])]
    t0 = pd.Timestamp(start)
    b = int(((rows.when >= t0 - pd.Timedelta(days=days)) & (rows.when < t0)).sum())
    a = int(((rows.when >= t0) & (rows.when < t0 + pd.Timedelta(days=days))).sum())
    assert (test.before, test.after) == (b, a) and b + a > 20
    exact = binomtest(a, a + b, 0.5)
    ci = exact.proportion_ci(method="exact")
    assert test.p_value == pytest.approx(exact.pvalue)
    assert test.ci_low == pytest.approx(ci.low / (1 - ci.low))
    assert test.ci_high == pytest.approx(ci.high / (1 - ci.high))
    assert test.pct_change == pytest.approx(100 * (a - b) / b)
    # statsmodels' exact conditional test of two Poisson rates agrees on ratio and p-value.
    other = test_poisson_2indep(a, days, b, days, method="exact-cond")
    assert test.rate_ratio == pytest.approx(other.ratio)
    assert test.p_value == pytest.approx(other.pvalue)
    assert test.ci_low < test.rate_ratio < test.ci_high


def test_too_little_data_shows_no_p_value() -> None:
    for before, after in ((3, 2), (0, 14)):
        test = compare_counts(before, after)
        assert not test.tested and test.p_value is None and test.ci_low is None
        assert "Too little data" in test.note


def test_every_small_count_pair_is_tested_as_scipy_binomtest_tests_it() -> None:
    """The interval and p-value come from scipy's special functions, not from binomtest's
    root-finding; for every pair of window counts a small project has, they are binomtest's."""
    from scipy.stats import binomtest

    for before in range(1, 61):
        for after in range(0, 61):
            if before + after < 10:
                continue
            test = compare_counts(before, after)
            exact = binomtest(after, before + after, 0.5)
            ci = exact.proportion_ci(confidence_level=0.95, method="exact")
            assert test.p_value == pytest.approx(exact.pvalue, rel=1e-9, abs=1e-12), (before, after)
            high = math.inf if ci.high >= 1 else ci.high / (1 - ci.high)
            assert test.ci_low == pytest.approx(ci.low / (1 - ci.low), rel=1e-7, abs=1e-12), (before, after)
            assert test.ci_high == pytest.approx(high, rel=1e-7), (before, after)
    # A large project: thousands of incidents, a small change.
    test, exact = compare_counts(2400, 2310), binomtest(2310, 4710, 0.5)
    assert test.p_value == pytest.approx(exact.pvalue, rel=1e-9)
    assert test.ci_low == pytest.approx(exact.proportion_ci().low / (1 - exact.proportion_ci().low), rel=1e-7)
