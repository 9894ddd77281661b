"""Importing police incident data (a city's open-data CSV or XLSX export) in one transaction.

Columns are mapped as the 311 import maps them (guessed from known headers, remembered per
file layout, `--map COLUMN=field` to override). Rows are checked with pandas, vectorised:
a date that is not a date or coordinates far outside the city make the row a problem, and
then nothing is imported unless the user chose to skip problem rows (all or nothing, every
problem named by its spreadsheet row). One incident may span several rows, one per offense
(San Francisco); a row whose incident number and offense code were imported before, or
repeat an earlier row of the file, is a duplicate and is not imported again.
Rows go in with Core bulk inserts (executemany), in chunks with progress and cancel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from advisoryboard.audit import note_bulk_change
from advisoryboard.errors import UserError
from advisoryboard.i18n import N_, _
from advisoryboard.importing.offenses import category_ids_for
from advisoryboard.importing.tabular import (
    FIRST_DATA_ROW,
    Field,
    ImportReport,
    RowProblem,
    check_mapping,
    guess_mapping,
    import_source,
    read_import_table,
    recall_mapping,
    remember_mapping,
    translated,
)
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.base import utcnow
from database.models import Incident

KIND = "incidents"
CHUNK = 5000
#: A point farther than this (degrees, about 55 km) from the file's median is outside the city.
CITY_SPAN_DEGREES = 0.5

FIELDS = [
    Field("incident_number", N_("Incident number"), required=True),
    Field("occurred_at", N_("Occurred at"), required=True),
    Field("offense_code", N_("Offense code")),
    Field("offense_group", N_("Offense group")),
    Field("offense_description", N_("Offense description")),
    Field("district", N_("District")),
    Field("beat", N_("Beat")),
    Field("block_address", N_("Block address")),
    Field("latitude", N_("Latitude")),
    Field("longitude", N_("Longitude")),
]

#: Headers of real exports (Chicago, San Francisco, Los Angeles, others), most specific first.
SYNONYMS: dict[str, list[str]] = {
    "incident_number": [
        "Case Number",
        "Incident Number",
        "case_number",
        "incident_number",
        "DR_NO",
        "report number",
        "Incident ID",
        "incnum",
    ],
    "occurred_at": [
        "Incident Datetime",
        "Date",
        "occurred_at",
        "occurred",
        "OCCURRED_ON_DATE",
        "DATE OCC",
        "date_occ",
        "datetime",
    ],
    "offense_code": ["IUCR", "Incident Code", "OFFENSE_CODE", "Crm Cd", "offense_code", "code"],
    "offense_group": [
        "Primary Type",
        "Incident Category",
        "OFFENSE_CODE_GROUP",
        "offense_group",
        "category",
        "Category",
    ],
    "offense_description": [
        "Description",
        "Incident Description",
        "OFFENSE_DESCRIPTION",
        "Crm Cd Desc",
        "offense_description",
        "Descript",
    ],
    "district": ["District", "Police District", "PdDistrict", "AREA NAME", "district"],
    "beat": ["Beat", "REPORTING_AREA", "beat"],
    "block_address": ["Block", "Intersection", "Address", "LOCATION", "block_address", "STREET"],
    "latitude": ["Latitude", "lat", "LAT", "Y"],
    "longitude": ["Longitude", "lon", "long", "lng", "LON", "X"],
}

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(UserError):
    """The user cancelled the import; nothing was saved."""


def fields() -> list[Field]:
    """The target fields with translated labels."""
    return translated(FIELDS)


def guess_incident_mapping(columns: Sequence[str]) -> dict[str, str]:
    """Field -> column by known headers of police exports (each column used once)."""
    return guess_mapping(columns, FIELDS, SYNONYMS, synonyms_first=True)


def load_file(path: Path | str, sheet: str | None = None) -> Any:
    """An export as a DataFrame of text cells (None for missing)."""
    return read_import_table(path, sheet)


def source_of(columns: Sequence[str]) -> str:
    """What is recorded as the incidents' source: the file layout's header signature."""
    return import_source(columns)


_DATE_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",  # Chicago
    "%Y/%m/%d %I:%M:%S %p",  # San Francisco
    "%m/%d/%Y %I:%M %p",
    "%Y/%m/%d %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y",
)
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")
_FLOAT_INT = re.compile(r"^(\d+)\.0+$")


def parse_occurred(values: Any) -> Any:
    """Dates as police exports write them, as a pandas datetime Series (NaT if not a date)."""
    import pandas as pd

    series = pd.Series(values, dtype=object)
    result = pd.to_datetime(series, format="ISO8601", errors="coerce", utc=True).dt.tz_localize(None)
    for fmt in _DATE_FORMATS:
        missing = result.isna() & series.notna()
        if not missing.any():
            break
        parsed = pd.to_datetime(series[missing], format=fmt, errors="coerce")
        result = result.where(~missing, parsed)
    return result.dt.floor("s")


def clean_area(value: str | None) -> str | None:
    """District '009' and beat '0925' as the city's outlines name them ('9', '925')."""
    if value is None:
        return None
    text = value.strip()
    m = _FLOAT_INT.match(text)
    if m:
        text = m.group(1)
    return _LEADING_ZEROS.sub("", text)[:60] or None


@dataclass
class ImportOptions:
    mapping: dict[str, str]
    file_name: str = ""
    #: Import the good rows and leave out the problem rows (otherwise a problem stops it all).
    skip_problems: bool = False
    source: str | None = None


@dataclass
class IncidentReport(ImportReport):
    """The import report; `problems` are rows that stop the import unless skipped."""

    problems: list[RowProblem] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        text = _("{total} rows: {imported} imported, {dup} duplicates, {bad} with problems").format(
            total=self.total, imported=self.imported, dup=len(self.duplicates), bad=len(self.problems)
        )
        if self.problems and not self.imported:
            text += _(" — nothing was imported")
        return text

    def lines(self, limit: int = 200) -> list[str]:
        out = [
            _("Row {row}: {reason}").format(row=p.row, reason=p.reason)
            for p in [*self.problems, *self.duplicates]
        ]
        if len(out) > limit:
            out = [*out[:limit], _("… and {n} more").format(n=len(out) - limit)]
        return out


def _col(frame: Any, mapping: dict[str, str], name: str) -> list[Any]:
    column = mapping.get(name)
    return [None] * len(frame) if column is None else frame[column].tolist()


def _text(value: Any, size: int) -> str | None:
    return None if value is None else str(value).strip()[:size] or None


def prepare(
    session: Session, frame: Any, options: ImportOptions
) -> tuple[list[dict[str, Any]], IncidentReport]:
    """Check and convert every row (nothing written except new offense-group mappings)."""
    import pandas as pd

    columns = [str(c) for c in frame.columns]
    check_mapping(options.mapping, FIELDS, columns)
    mapping = options.mapping
    first_row = int(frame.attrs.get("first_row", FIRST_DATA_ROW))
    source = options.source or source_of(columns)
    report = IncidentReport(total=len(frame))
    numbers = _col(frame, mapping, "incident_number")
    codes = _col(frame, mapping, "offense_code")
    raw_dates = _col(frame, mapping, "occurred_at")
    occurred = parse_occurred(raw_dates)
    lat = pd.to_numeric(pd.Series(_col(frame, mapping, "latitude"), dtype=object), errors="coerce")
    lon = pd.to_numeric(pd.Series(_col(frame, mapping, "longitude"), dtype=object), errors="coerce")
    zero = (lat == 0) | (lon == 0)  # a common placeholder for "no location"
    lat, lon = lat.mask(zero), lon.mask(zero)
    far = ((lat - lat.median()).abs() > CITY_SPAN_DEGREES) | ((lon - lon.median()).abs() > CITY_SPAN_DEGREES)
    far |= (lat.abs() > 90) | (lon.abs() > 180)
    groups = _col(frame, mapping, "offense_group")
    categories = category_ids_for(session, [_text(g, 200) for g in groups])
    existing = {
        (n, c)
        for n, c in session.execute(
            select(Incident.incident_number, Incident.offense_code).where(Incident.source == source)
        )
    }
    descriptions = _col(frame, mapping, "offense_description")
    districts = _col(frame, mapping, "district")
    beats = _col(frame, mapping, "beat")
    blocks = _col(frame, mapping, "block_address")
    when_list = occurred.astype(object).where(occurred.notna(), None).tolist()
    lat_list = lat.astype(object).where(lat.notna(), None).tolist()
    lon_list = lon.astype(object).where(lon.notna(), None).tolist()
    far_list = far.tolist()
    now = utcnow()
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None]] = set()
    for i in range(len(frame)):
        rowno = first_row + i
        number = _text(numbers[i], 60)
        if number is None:
            report.problems.append(RowProblem(rowno, _("no incident number"), "incident_number"))
            continue
        when = when_list[i]
        if when is None:
            raw = raw_dates[i]
            reason = _("no date") if raw is None else _("the date {value!r} is not a date").format(value=raw)
            report.problems.append(RowProblem(rowno, reason, "occurred_at"))
            continue
        if far_list[i]:
            report.problems.append(
                RowProblem(
                    rowno,
                    _("the coordinates {lat}, {lon} are outside the city").format(
                        lat=lat_list[i], lon=lon_list[i]
                    ),
                    "latitude",
                )
            )
            continue
        code = _text(codes[i], 40)
        key = (number, code)
        if key in existing or key in seen:
            reason = (
                _("incident {number} (offense {code}) was imported before")
                if key in existing
                else _("incident {number} (offense {code}) repeats an earlier row")
            )
            report.duplicates.append(RowProblem(rowno, reason.format(number=number, code=code or "–")))
            continue
        seen.add(key)
        group = _text(groups[i], 200)
        rows.append(
            {
                "source": source,
                "incident_number": number,
                "occurred_at": when.to_pydatetime(),
                "offense_code": code,
                "offense_group": group,
                "offense_description": _text(descriptions[i], 300),
                "category_id": categories.get(group),
                "district": clean_area(districts[i]),
                "beat": clean_area(beats[i]),
                "block_address": _text(blocks[i], 300),
                "latitude": lat_list[i],
                "longitude": lon_list[i],
                "imported_at": now,
            }
        )
    if report.problems and not options.skip_problems:
        rows = []
    return rows, report


def import_incidents(
    session: Session,
    frame: Any,
    options: ImportOptions,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> IncidentReport:
    """Import the rows of `frame` (the caller's transaction commits, or rolls back on error).

    Raises ImportCancelled when `cancelled()` turns true, so the transaction rolls back.
    """
    require_permission(session, Permission.IMPORT_DATA)
    rows, report = prepare(session, frame, options)
    report.dry_run = dry_run
    if progress:
        progress(20)
    if dry_run or not rows:
        return report
    connection = session.connection()
    table = Incident.__table__
    assert isinstance(table, Table)
    for start in range(0, len(rows), CHUNK):
        if cancelled is not None and cancelled():
            raise ImportCancelled(_("The import was cancelled; nothing was saved."))
        connection.execute(table.insert(), rows[start : start + CHUNK])  # Core executemany, no ORM
        if progress:
            progress(20 + int(80 * min(len(rows), start + CHUNK) / len(rows)))
    report.imported = len(rows)
    note_bulk_change(session, "crime", "incidents", f"import {options.file_name}", len(rows))
    return report


def import_file(
    session: Session,
    path: Path | str,
    mapping: dict[str, str] | None = None,
    *,
    skip_problems: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> IncidentReport:
    """Read and import a file; explicit mapping entries override the remembered or guessed ones."""
    frame = load_file(path)
    columns = [str(c) for c in frame.columns]
    guessed = recall_mapping(session, KIND, columns) or guess_incident_mapping(columns)
    explicit = mapping or {}
    full = {k: v for k, v in guessed.items() if v not in explicit.values()} | explicit
    options = ImportOptions(full, file_name=Path(path).name, skip_problems=skip_problems)
    report = import_incidents(
        session, frame, options, dry_run=dry_run, progress=progress, cancelled=cancelled
    )
    if not dry_run and report.imported:
        remember_mapping(session, KIND, columns, full)
    return report
