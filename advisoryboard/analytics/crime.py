"""Crime trends from the imported police incidents, counted in SQL.

- `monthly_counts`: incidents per month by category and district (GROUP BY in the database).
- `police_report`: the liaison's comparison for a meeting — the last full month against the
  same month a year before and against the average of the 12 months before it, and
  year-to-date (through that month) against last year's year-to-date, per category and
  per district.
- `incident_points`: coordinates and categories as numpy arrays, for maps.
- `count_in_area` and `compare_counts`: the before/after assessment of a project (equal
  windows; percentage change; a rate ratio with its exact 95% interval from the conditional
  binomial test, `scipy.stats.binomtest`: given n = before + after incidents in two equal
  windows, after ~ Binomial(n, 1/2) when the rate did not change).

A count is of incident records as imported: one per offense of an incident.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from advisoryboard.analytics.filters import add_months, month_key
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.models import Incident, OffenseCategory

#: Fewer incidents than this in the two windows together: no test is made.
MIN_TOTAL_FOR_TEST = 10
#: A 12-month average under this many incidents a month is too small to compare a month with.
MIN_AVERAGE_TO_COMPARE = 1.0
EARTH_RADIUS_M = 6_371_008.8


@dataclass(frozen=True)
class IncidentFilter:
    """Which incidents: a day range (inclusive) and categories / districts / beats (empty = all)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    category_ids: tuple[int, ...] = ()
    districts: tuple[str, ...] = ()
    beats: tuple[str, ...] = ()


def _day(d: dt.date) -> dt.datetime:
    return dt.datetime.combine(d, dt.time())


def conditions(f: IncidentFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.date_from is not None:
        out.append(Incident.occurred_at >= _day(f.date_from))
    if f.date_to is not None:
        out.append(Incident.occurred_at < _day(f.date_to + dt.timedelta(days=1)))
    if f.category_ids:
        out.append(Incident.category_id.in_(f.category_ids))
    area = []
    if f.districts:
        area.append(Incident.district.in_(f.districts))
    if f.beats:
        area.append(Incident.beat.in_(f.beats))
    if area:
        out.append(or_(*area))
    return out


def categories(session: Session) -> list[tuple[int, str]]:
    """The board's offense categories (id, name) in report order."""
    return [
        (i, n)
        for i, n in session.execute(
            select(OffenseCategory.id, OffenseCategory.name).order_by(
                OffenseCategory.sort_order, OffenseCategory.name
            )
        )
    ]


def districts(session: Session) -> list[str]:
    """Districts that have incidents, in natural order (2 before 10)."""
    values = [d for (d,) in session.execute(select(Incident.district).distinct()) if d]
    return sorted(values, key=lambda d: (not d.isdigit(), int(d) if d.isdigit() else 0, d))


@dataclass(frozen=True)
class MonthCount:
    month: str  # 'YYYY-MM'
    category_id: int | None
    district: str | None
    count: int


def monthly_counts(session: Session, f: IncidentFilter) -> list[MonthCount]:
    """Incidents per month, category and district (only combinations that occur)."""
    require_permission(session, Permission.READ)
    month = month_key(session, Incident.occurred_at).label("month")
    stmt = (
        select(month, Incident.category_id, Incident.district, func.count())
        .where(*conditions(f))
        .group_by(month, Incident.category_id, Incident.district)
        .order_by(month)
    )
    return [MonthCount(m, c, d, int(n)) for m, c, d, n in session.execute(stmt)]


def month_series(session: Session, f: IncidentFilter) -> list[tuple[dt.date, int]]:
    """Incidents per month over the filter's range (months without incidents are 0)."""
    month = month_key(session, Incident.occurred_at).label("month")
    rows = {
        m: int(n)
        for m, n in session.execute(select(month, func.count()).where(*conditions(f)).group_by(month))
    }
    if not rows:
        return []
    first = f.date_from or dt.date.fromisoformat(min(rows) + "-01")
    last = f.date_to or dt.date.fromisoformat(max(rows) + "-01")
    out, current = [], first.replace(day=1)
    while current <= last:
        out.append((current, rows.get(current.strftime("%Y-%m"), 0)))
        current = add_months(current, 1)
    return out


def incident_mix(session: Session, f: IncidentFilter) -> list[tuple[str, int]]:
    """(category name, incidents) in report order, categories without incidents left out."""
    counts = {
        c: int(n)
        for c, n in session.execute(
            select(Incident.category_id, func.count()).where(*conditions(f)).group_by(Incident.category_id)
        )
    }
    out = [(name, counts[cid]) for cid, name in categories(session) if counts.get(cid)]
    if counts.get(None):
        out.append((_("Not categorized"), counts[None]))
    return out


def incident_points(session: Session, f: IncidentFilter | None = None) -> tuple[Any, Any, Any]:
    """(longitudes, latitudes, category ids) as numpy arrays of the incidents with coordinates.

    For maps (points, hotspots); category id -1 means not categorized.
    """
    import numpy as np

    require_permission(session, Permission.READ)
    stmt = select(Incident.longitude, Incident.latitude, Incident.category_id).where(
        Incident.latitude.is_not(None), Incident.longitude.is_not(None), *conditions(f or IncidentFilter())
    )
    rows = session.execute(stmt).all()
    lon = np.fromiter((r[0] for r in rows), dtype=float, count=len(rows))
    lat = np.fromiter((r[1] for r in rows), dtype=float, count=len(rows))
    cat = np.fromiter((-1 if r[2] is None else r[2] for r in rows), dtype=np.int64, count=len(rows))
    return lon, lat, cat


def latest_incident(session: Session) -> dt.datetime | None:
    return session.scalar(select(func.max(Incident.occurred_at)))


# ------------------------------------------------------------------ the police report
def pct_change(now: float, before: float) -> float | None:
    """Percentage change from `before` to `now`; None when there was nothing before."""
    if before == 0:
        return None
    return 100.0 * (now - before) / before


@dataclass(frozen=True)
class TrendLine:
    """One row of the police report; `label` is the category name or district ('' = none / all)."""

    label: str
    last_month: int
    same_month_last_year: int
    average_12: float
    ytd: int
    last_ytd: int
    #: How many of the 12 months before the month shown the incident data covers (it may start
    #: later); under 12, `average_12` counts months the data does not reach as 0.
    months_covered: int = 12

    @property
    def covers_a_year(self) -> bool:
        """Whether the data reaches all 12 months that `average_12` averages."""
        return self.months_covered >= 12

    @property
    def average_is_sound(self) -> bool:
        """Whether the month can fairly be compared with the 12-month average: the data covers
        all 12 months and they average at least `MIN_AVERAGE_TO_COMPARE` incidents a month."""
        return self.covers_a_year and self.average_12 >= MIN_AVERAGE_TO_COMPARE

    @property
    def vs_last_year(self) -> float | None:
        return pct_change(self.last_month, self.same_month_last_year)

    @property
    def vs_average(self) -> float | None:
        return pct_change(self.last_month, self.average_12)

    @property
    def vs_last_ytd(self) -> float | None:
        return pct_change(self.ytd, self.last_ytd)


@dataclass(frozen=True)
class PoliceReport:
    month: dt.date  # the first day of the last full month
    by_category: list[TrendLine]
    by_district: list[TrendLine]
    total: TrendLine
    latest: dt.datetime | None  # the newest incident in the database

    @property
    def months_covered(self) -> int:
        """How many of the 12 months before `month` the incident data covers (12 = all of them)."""
        return self.total.months_covered


def report_month(as_of: dt.date, latest: dt.datetime | None = None) -> dt.date:
    """The last full month before `as_of` (a meeting's date), but no later than the month of
    `latest` (the newest incident): a handout printed before that month's data is imported,
    for a meeting weeks ahead say, reports the newest month the data reaches, not a month of
    zeros ("−100%" in every row)."""
    month = add_months(as_of, -1)
    return month if latest is None else min(month, add_months(latest.date(), 0))


def police_report(session: Session, as_of: dt.date) -> PoliceReport:
    """The comparison the liaison presents at a meeting held on `as_of`."""
    require_permission(session, Permission.READ)
    latest = latest_incident(session)
    month = report_month(as_of, latest)
    year_ago = add_months(month, -12)
    start = min(year_ago, dt.date(month.year - 1, 1, 1))
    end = add_months(month, 1)
    key = month_key(session, Incident.occurred_at).label("month")
    stmt = (
        select(key, Incident.category_id, Incident.district, func.count())
        .where(Incident.occurred_at >= _day(start), Incident.occurred_at < _day(end))
        .group_by(key, Incident.category_id, Incident.district)
    )
    rows = [(dt.date.fromisoformat(m + "-01"), c, d, int(n)) for m, c, d, n in session.execute(stmt)]
    last12 = {add_months(month, -k) for k in range(1, 13)}
    first = session.scalar(select(func.min(Incident.occurred_at)))
    covered = 0 if first is None else sum(1 for m in last12 if m >= first.date().replace(day=1))

    def line(label: str, picked: Sequence[tuple[dt.date, int]]) -> TrendLine:
        sums: dict[str, int] = defaultdict(int)
        for m, n in picked:
            if m == month:
                sums["last"] += n
            if m == year_ago:
                sums["year_ago"] += n
            if m in last12:
                sums["avg"] += n
            if m.year == month.year and m <= month:
                sums["ytd"] += n
            if m.year == month.year - 1 and m <= year_ago:
                sums["last_ytd"] += n
        return TrendLine(
            label,
            sums["last"],
            sums["year_ago"],
            sums["avg"] / 12.0,
            sums["ytd"],
            sums["last_ytd"],
            covered,
        )

    names = categories(session)
    by_cat: dict[int | None, list[tuple[dt.date, int]]] = defaultdict(list)
    by_dist: dict[str | None, list[tuple[dt.date, int]]] = defaultdict(list)
    for m, c, d, n in rows:
        by_cat[c].append((m, n))
        by_dist[d].append((m, n))
    category_lines = [line(name, by_cat[cid]) for cid, name in names if cid in by_cat]
    if None in by_cat:
        category_lines.append(line("", by_cat[None]))
    ordered = sorted(
        (d for d in by_dist if d is not None),
        key=lambda d: (not d.isdigit(), int(d) if d.isdigit() else 0, d),
    )
    district_lines = [line(d, by_dist[d]) for d in ordered]
    if None in by_dist:
        district_lines.append(line("", by_dist[None]))
    total = line("", [(m, n) for m, _c, _d, n in rows])
    return PoliceReport(month, category_lines, district_lines, total, latest)


# ------------------------------------------------------------------ before and after
@dataclass(frozen=True)
class AreaSpec:
    """An area: districts and/or beats, or a ring `inner_m` ≤ distance < `radius_m` around a point."""

    districts: tuple[str, ...] = ()
    beats: tuple[str, ...] = ()
    center: tuple[float, float] | None = None  # (lat, lon)
    radius_m: float | None = None
    inner_m: float = 0.0

    @property
    def empty(self) -> bool:
        return not (self.districts or self.beats or (self.center and self.radius_m))


def haversine_m(lat: Any, lon: Any, lat0: float, lon0: float) -> Any:
    """Great-circle distance in metres from (lat0, lon0), vectorised over numpy arrays."""
    import numpy as np

    p1, p2 = np.radians(lat0), np.radians(lat)
    dphi = p2 - p1
    dlmb = np.radians(lon) - np.radians(lon0)
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(a))


def in_area_ids(session: Session, area: AreaSpec, f: IncidentFilter) -> list[int]:
    """Ids of the incidents matching `f` inside `area`."""
    import numpy as np

    if area.empty:
        return []
    if area.center is None or not area.radius_m:
        g = IncidentFilter(f.date_from, f.date_to, f.category_ids, area.districts, area.beats)
        return list(session.scalars(select(Incident.id).where(*conditions(g))))
    lat0, lon0 = area.center
    dlat = math.degrees(area.radius_m / EARTH_RADIUS_M)
    dlon = dlat / max(math.cos(math.radians(lat0)), 1e-6)
    box = and_(
        Incident.latitude.between(lat0 - dlat, lat0 + dlat),
        Incident.longitude.between(lon0 - dlon, lon0 + dlon),
    )
    rows = session.execute(
        select(Incident.id, Incident.latitude, Incident.longitude).where(box, *conditions(f))
    ).all()
    if not rows:
        return []
    ids = np.array([r[0] for r in rows])
    dist = haversine_m(np.array([r[1] for r in rows]), np.array([r[2] for r in rows]), lat0, lon0)
    keep = (dist >= area.inner_m) & (dist < area.radius_m)
    return [int(i) for i in ids[keep]]


def count_in_area(session: Session, area: AreaSpec, f: IncidentFilter) -> int:
    if area.center is None or not area.radius_m:
        if area.empty:
            return 0
        g = IncidentFilter(f.date_from, f.date_to, f.category_ids, area.districts, area.beats)
        return int(session.scalar(select(func.count()).select_from(Incident).where(*conditions(g))) or 0)
    return len(in_area_ids(session, area, f))


def counts_in_area(session: Session, area: AreaSpec, windows: Sequence[IncidentFilter]) -> list[int]:
    """`count_in_area` for each of `windows` (day ranges with the same categories, as a
    project's before and after windows), read with one query instead of one per window."""
    import numpy as np

    if area.empty:
        return [0 for _w in windows]
    if (
        not windows
        or any(w.date_from is None or w.date_to is None or w.districts or w.beats for w in windows)
        or len({w.category_ids for w in windows}) > 1
    ):
        return [count_in_area(session, area, w) for w in windows]
    start = min(w.date_from for w in windows if w.date_from is not None)
    end = max(w.date_to for w in windows if w.date_to is not None)
    if area.center is None or not area.radius_m:
        span = IncidentFilter(start, end, windows[0].category_ids, area.districts, area.beats)
        each = [and_(*conditions(IncidentFilter(w.date_from, w.date_to))) for w in windows]
        row = session.execute(
            select(*(func.count().filter(c) for c in each)).select_from(Incident).where(*conditions(span))
        ).one()
        return [int(n or 0) for n in row]
    lat0, lon0 = area.center
    dlat = math.degrees(area.radius_m / EARTH_RADIUS_M)
    dlon = dlat / max(math.cos(math.radians(lat0)), 1e-6)
    box = and_(
        Incident.latitude.between(lat0 - dlat, lat0 + dlat),
        Incident.longitude.between(lon0 - dlon, lon0 + dlon),
    )
    span = IncidentFilter(start, end, windows[0].category_ids)
    rows = session.execute(
        select(Incident.latitude, Incident.longitude, Incident.occurred_at).where(box, *conditions(span))
    ).all()
    if not rows:
        return [0 for _w in windows]
    dist = haversine_m(np.array([r[0] for r in rows]), np.array([r[1] for r in rows]), lat0, lon0)
    inside = (dist >= area.inner_m) & (dist < area.radius_m)
    when = [r[2] for r in rows]
    counts = []
    for w in windows:
        lo, hi = _day(w.date_from), _day(w.date_to + dt.timedelta(days=1))  # type: ignore[arg-type, operator]
        in_window = np.array([lo <= t < hi for t in when], dtype=bool)
        counts.append(int((inside & in_window).sum()))
    return counts


@dataclass(frozen=True)
class RateTest:
    """Counts in two equal windows and what can be said about the change."""

    before: int
    after: int
    pct_change: float | None
    rate_ratio: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    #: Why no test was made (too little data), or "".
    note: str = ""

    @property
    def tested(self) -> bool:
        return self.p_value is not None


def compare_counts(before: int, after: int, *, min_total: int = MIN_TOTAL_FOR_TEST) -> RateTest:
    """Percentage change and the rate ratio after/before with an exact 95% interval.

    The conditional test: with equal windows, after | n ~ Binomial(n, 1/2) under "no
    change"; the Clopper-Pearson interval for p becomes the ratio's interval p / (1 - p).
    Too few incidents, or none before, give no interval and no p-value, and say why.
    """
    change = pct_change(after, before)
    total = before + after
    if total < min_total or before == 0:
        note = _(
            "Too little data for a test: {n} incidents in the two windows "
            "(a test needs at least {min}, some of them before the response)."
        ).format(n=total, min=min_total)
        return RateTest(before, after, change, None, None, None, None, note)
    low, high, p_value = _exact_binomial_half(after, total)

    def ratio(p: float) -> float:
        return math.inf if p >= 1 else p / (1 - p)

    return RateTest(before, after, change, after / before, ratio(low), ratio(high), p_value)


def _exact_binomial_half(k: int, n: int, confidence: float = 0.95) -> tuple[float, float, float]:
    """What `scipy.stats.binomtest(k, n, 0.5)` gives — the Clopper-Pearson interval for p
    and the two-sided p-value — from scipy's special functions directly.

    binomtest finds the interval's ends by root-finding on the binomial CDF (≈ 3 ms a call;
    the annual summary tests every project's windows); they are the beta quantiles
    B(α/2; k, n-k+1) and B(1-α/2; k+1, n-k). With p = 1/2 the distribution is symmetric,
    so the p-value is twice the smaller tail, at most 1.
    """
    from scipy.special import bdtr, betaincinv

    alpha = 1 - confidence
    low = 0.0 if k == 0 else float(betaincinv(k, n - k + 1, alpha / 2))
    high = 1.0 if k == n else float(betaincinv(k + 1, n - k, 1 - alpha / 2))
    tail = float(bdtr(min(k, n - k), n, 0.5))  # P(X <= the smaller of k, n - k)
    return low, high, min(1.0, 2 * tail)


@dataclass(frozen=True)
class TrendsView:
    """What the Safety tab's trends page shows for one filter."""

    categories: list[tuple[int, str]]
    districts: list[str]
    series: list[tuple[dt.date, int]]
    mix: list[tuple[str, int]]
    total: int


def trends_view(session: Session, f: IncidentFilter) -> TrendsView:
    require_permission(session, Permission.READ)
    series = month_series(session, f)
    return TrendsView(
        categories(session), districts(session), series, incident_mix(session, f), sum(n for _d, n in series)
    )
