"""Open data: the public tables of the website as CSV files, with a data dictionary.

Values are codes (status `in_progress`), dates ISO 8601, so that a spreadsheet or a
script reads them the same in every language; the dictionary explains each column.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from advisoryboard.i18n import N_
from advisoryboard.publish.public import PublicRecord


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str  # translatable (N_)


@dataclass(frozen=True)
class Table:
    filename: str
    title: str  # translatable (N_)
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]

    def csv(self) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([c.name for c in self.columns])
        for row in self.rows:
            writer.writerow(["" if v is None else _formula_safe(v) for v in row])
        return out.getvalue().encode("utf-8")


def _formula_safe(value: object) -> object:
    """A text cell starting with = + - @ is read as a formula by spreadsheets: quote it."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


COUNT = Column("count", N_("Number of issues reported in the period"))


def tables(record: PublicRecord) -> list[Table]:
    s = record.issues
    period = (s.date_from.isoformat(), s.date_to.isoformat())
    start = Column("period_start", N_("First day counted (YYYY-MM-DD)"))
    end = Column("period_end", N_("Last day counted (YYYY-MM-DD)"))
    return [
        Table(
            "open-issues.csv",
            N_("Open issues"),
            (
                Column("reference", N_("The board's reference of the issue (year-number)")),
                Column("title", N_("Short description of the concern")),
                Column("category", N_("Kind of concern")),
                Column("district", N_("Police district or beat")),
                Column("status", N_("new, acknowledged, referred or in_progress")),
                Column("reported_on", N_("Day the issue was reported (YYYY-MM-DD)")),
                Column("agency_responsible", N_("Partner the issue was referred to")),
            ),
            tuple(
                (
                    i.reference,
                    i.title,
                    i.category,
                    i.district,
                    i.status.value,
                    i.reported_on.isoformat(),
                    i.partner,
                )
                for i in s.open_issues
            ),
        ),
        Table(
            "issues-by-category.csv",
            N_("Issues by category"),
            (Column("category", N_("Kind of concern")), COUNT, start, end),
            tuple((c.category, c.count, *period) for c in s.by_category),
        ),
        Table(
            "issues-by-district.csv",
            N_("Issues by district"),
            (Column("district", N_("Police district or beat (empty: none given)")), COUNT, start, end),
            tuple((d.district, d.count, *period) for d in s.by_district),
        ),
        Table(
            "issues-by-status.csv",
            N_("Issues by status"),
            (Column("status", N_("Where the issue stands now (a code)")), COUNT, start, end),
            tuple((st.status.value, st.count, *period) for st in s.by_status),
        ),
        Table(
            "resolution-times.csv",
            N_("Resolution times"),
            (
                Column("category", N_("Kind of concern")),
                Column("median_days", N_("Median days from report to resolution")),
                Column("resolved", N_("Number of issues resolved in the period")),
                start,
                end,
            ),
            tuple((c.category, round(c.median_days, 1), c.resolved, *period) for c in s.medians),
        ),
        Table(
            "meetings.csv",
            N_("Meetings"),
            (
                Column("date", N_("Day of the meeting (YYYY-MM-DD)")),
                Column("time", N_("Starting time, local (HH:MM)")),
                Column("kind", N_("regular, special, committee, forum, annual or closed")),
                Column("status", N_("scheduled, held or cancelled")),
                Column("location", N_("Where the meeting is held")),
                Column("minutes_approved", N_("yes when approved minutes are published")),
            ),
            tuple(
                (
                    m.starts_at.date().isoformat(),
                    f"{m.starts_at:%H:%M}",
                    m.kind.value,
                    m.status.value,
                    m.location,
                    "yes" if m.minutes is not None else "no",
                )
                for m in record.meetings
            ),
        ),
    ]
