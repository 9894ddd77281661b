"""Importing issues from 311 exports (CSV, XLSX, Open311 JSON) in one transaction.

Each row is checked and converted (status and category value mapping, real-world date
formats, missing values); rows already imported (same external source and id) are
skipped, so importing a file twice adds nothing. Rows go in with Core bulk inserts,
each with an 'imported' timeline entry; the report names every skipped or defaulted row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from advisoryboard.audit import actor_of, note_bulk_change
from advisoryboard.errors import UserError
from advisoryboard.i18n import N_, _
from advisoryboard.importing.issue_values import (
    OTHER_CATEGORY,
    clean_district,
    guess_category,
    map_status,
    parse_datetimes,
    parse_float,
)
from advisoryboard.importing.open311 import read_open311
from advisoryboard.importing.tabular import (
    FIRST_DATA_ROW,
    Field,
    ImportReport,
    RowProblem,
    check_mapping,
    guess_mapping,
    import_source,
    read_import_table,
    translated,
)
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.districts import matcher
from advisoryboard.services.issue_index import bulk_append
from database.base import utcnow
from database.enums import CLOSED_STATUSES, IssuePriority, IssueSource, IssueStatus, TimelineKind
from database.models import Issue, IssueCategory, IssueEvent

KIND = "issues"
#: The tables themselves: Core executemany, no ORM bulk-insert bookkeeping per row.
ISSUES: Table = Issue.__table__  # type: ignore[assignment]
ISSUE_EVENTS: Table = IssueEvent.__table__  # type: ignore[assignment]
CHUNK = 5000

FIELDS = [
    Field("external_id", N_("External id")),
    Field("title", N_("Title")),
    Field("description", N_("Description")),
    Field("category", N_("Category")),
    Field("status", N_("Status")),
    Field("reported_on", N_("Reported on"), required=True),
    Field("resolved_on", N_("Resolved on")),
    Field("location", N_("Location")),
    Field("district", N_("District")),
    Field("latitude", N_("Latitude")),
    Field("longitude", N_("Longitude")),
    Field("notes", N_("Status notes")),
    Field("agency", N_("Department or agency")),
]

#: Column names of real exports, most specific first (compared without case or punctuation).
SYNONYMS: dict[str, list[str]] = {
    "external_id": [
        "service_request_id",
        "CASE_ENQUIRY_ID",
        "CaseID",
        "SRNumber",
        "unique_key",
        "case id",
        "request id",
        "id",
    ],
    "title": ["CASE_TITLE", "Request.Type", "descriptor", "title", "subject"],
    "description": ["description", "Request.Details", "details", "comments"],
    "category": ["TYPE", "Category", "RequestType", "complaint_type", "service_name", "category", "type"],
    "status": ["CASE_STATUS", "status", "state"],
    "reported_on": [
        "requested_datetime",
        "OPEN_DT",
        "Opened",
        "CreatedDate",
        "created_date",
        "reported_on",
        "reported",
        "date",
    ],
    "resolved_on": ["CLOSED_DT", "Closed", "ClosedDate", "closed_date", "resolved_on", "resolved"],
    "location": ["incident_address", "address", "location", "LOCATION_STREET_NAME"],
    "district": [
        "police_district",
        "PolicePrecinct",
        "extended_attributes.police",
        "extended_attributes.police_district",
        "Supervisor.District",
        "community_board",
        "district",
        "precinct",
    ],
    "latitude": ["latitude", "lat"],
    "longitude": ["longitude", "long", "lng", "lon"],
    "notes": ["status_notes", "Status.Notes", "resolution_description", "CLOSURE_REASON", "notes"],
    "agency": [
        "agency_responsible",
        "agency_name",
        "Agency Name",
        "SUBJECT",
        "Responsible Agency",
        "Department",
        "agency",
        "department",
    ],
}


def _as_text(value: Any, limit: int) -> str | None:
    text = None if value is None else str(value).strip()
    return text[:limit] if text else None


def fields() -> list[Field]:
    """The target fields with translated labels."""
    return translated(FIELDS)


def guess_issue_mapping(columns: Sequence[str]) -> dict[str, str]:
    """Field -> column by known 311 header names (each column used once)."""
    return guess_mapping(
        columns, FIELDS, SYNONYMS, synonyms_first=True, claim_first=("external_id", "category")
    )


def load_file(path: Path | str, sheet: str | None = None) -> Any:
    """A 311 export as a DataFrame of text cells (JSON read as Open311 GeoReport v2)."""
    if Path(path).suffix.lower() == ".json":
        return read_open311(Path(path))
    return read_import_table(path, sheet)


@dataclass
class ImportOptions:
    mapping: dict[str, str]
    #: Source column -> {file value (any case) -> our value}: statuses and categories.
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Only rows whose column equals the value (case-insensitive), e.g. neighborhood = Jamaica Plain.
    where: list[tuple[str, str]] = field(default_factory=list)
    source: str | None = None
    file_name: str = ""


def source_of(columns: Sequence[str]) -> str:
    """The external source recorded on imported issues: the file layout's header signature."""
    return import_source(columns)


@dataclass
class _Prepared:
    rows: list[dict[str, Any]] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)


def _column(frame: Any, mapping: Mapping[str, str], name: str) -> list[Any]:
    column = mapping.get(name)
    if column is None:
        return [None] * len(frame)
    return list(frame[column])


def _lowered(values: Mapping[str, Mapping[str, str]], column: str | None) -> dict[str, str]:
    if column is None:
        return {}
    return {k.strip().lower(): v for k, v in values.get(column, {}).items()}


def _filter_rows(frame: Any, where: Sequence[tuple[str, str]]) -> list[int]:
    keep = list(range(len(frame)))
    for column, wanted in where:
        if column not in frame.columns:
            raise UserError(
                _("The file has no column {column!r} to filter on.").format(column=column), "where"
            )
        values = list(frame[column])
        target = wanted.strip().lower()
        keep = [i for i in keep if values[i] is not None and str(values[i]).strip().lower() == target]
    return keep


def prepare(session: Session, frame: Any, options: ImportOptions) -> _Prepared:
    """Check and convert every row (nothing is written)."""
    columns = [str(c) for c in frame.columns]
    check_mapping(options.mapping, FIELDS, columns)
    mapping = options.mapping
    first_row = int(frame.attrs.get("first_row", FIRST_DATA_ROW))
    source = options.source or source_of(columns)
    categories = {c.name.lower(): c.id for c in session.scalars(select(IssueCategory))}
    other_id = categories.get(OTHER_CATEGORY.lower())
    status_map = _lowered(options.values, mapping.get("status"))
    category_map = _lowered(options.values, mapping.get("category"))
    unknown_targets = [v for v in category_map.values() if v.strip().lower() not in categories]
    if unknown_targets:
        raise UserError(_("There is no category called {name!r}.").format(name=unknown_targets[0]), "values")
    existing = set(
        session.scalars(
            select(Issue.external_id).where(Issue.external_source == source, Issue.external_id.is_not(None))
        )
    )
    col = {f.name: _column(frame, mapping, f.name) for f in FIELDS}
    reported = parse_datetimes(col["reported_on"])
    resolved = parse_datetimes(col["resolved_on"])
    keep = _filter_rows(frame, options.where)
    out = _Prepared()
    report = out.report
    areas = matcher(session)
    report.total = len(keep)
    seen: set[str] = set()
    guessed: dict[str, int | None] = {}  # 311 service name -> category (a few dozen names per file)
    for i in keep:
        rowno = first_row + i
        ext = col["external_id"][i]
        if ext is not None:
            ext = str(ext).strip()[:100]
            if ext in existing or ext in seen:
                report.duplicates.append(
                    RowProblem(rowno, _("already imported (external id {id})").format(id=ext), "external_id")
                )
                continue
        when = reported[i]
        if when is None:
            raw = col["reported_on"][i]
            reason = (
                _("no reported date")
                if raw is None
                else _("the reported date {value!r} is not a date").format(value=raw)
            )
            report.skipped.append(RowProblem(rowno, reason, "reported_on"))
            continue
        defaults: list[str] = []
        raw_status = col["status"][i]
        status = map_status(raw_status, status_map)
        if status is None:
            status = IssueStatus.RESOLVED if resolved[i] is not None else IssueStatus.NEW
            if raw_status is not None:
                defaults.append(
                    _("status {value!r} is not known: set to {status}").format(
                        value=raw_status, status=status.value
                    )
                )
        raw_category = col["category"][i]
        category_id = None
        if raw_category is not None:
            mapped = category_map.get(raw_category.strip().lower())
            if mapped:
                category_id = categories.get(mapped.strip().lower())
            elif raw_category in guessed:
                category_id = guessed[raw_category]
            else:
                category_id = guessed[raw_category] = guess_category(raw_category, categories)
            if category_id is None:
                category_id = other_id
                defaults.append(
                    _("category {value!r} filed under {other}").format(
                        value=raw_category, other=_(OTHER_CATEGORY)
                    )
                )
        title = col["title"][i] or raw_category or col["description"][i]
        if title is None:
            title = _("Imported issue {id}").format(id=ext or rowno)
            defaults.append(_("no title"))
        lat, lon = parse_float(col["latitude"][i]), parse_float(col["longitude"][i])
        if lat is not None and not (-90 <= lat <= 90 and lat != 0):
            lat = None
        if lon is not None and not (-180 <= lon <= 180 and lon != 0):
            lon = None
        done = resolved[i] if status in CLOSED_STATUSES else None
        if ext is None:
            defaults.append(_("no external id: importing the file again would add this row again"))
        else:
            seen.add(ext)
        for reason in defaults:
            report.defaulted.append(RowProblem(rowno, reason))
        out.rows.append(
            {
                "title": str(title).strip()[:300],
                "description": col["description"][i],
                "category_id": category_id,
                "status": status,
                "priority": IssuePriority.NORMAL,
                "source": IssueSource.SERVICE_311,
                "location": (col["location"][i] or None) and str(col["location"][i])[:300],
                "district": areas.name(clean_district(col["district"][i])),
                "latitude": lat,
                "longitude": lon,
                "reported_on": when,
                "resolved_on": done,
                "confidential": False,
                "external_source": source,
                "external_id": ext,
                # the source's own words, kept as they came beside the board's category
                "source_category": _as_text(raw_category, 200),
                "source_agency": _as_text(col["agency"][i], 200),
                "_note": col["notes"][i],
            }
        )
    report.imported = len(out.rows)
    report.unknown_areas = dict(areas.unknown)
    return out


def import_issues(
    session: Session,
    frame: Any,
    options: ImportOptions,
    *,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import the rows of `frame` (the caller's transaction commits or rolls back)."""
    require_permission(session, Permission.IMPORT_DATA)
    prepared = prepare(session, frame, options)
    report = prepared.report
    report.dry_run = dry_run
    if dry_run or not prepared.rows:
        return report
    actor = actor_of(session)
    _assign_references(session, prepared.rows)
    notes = [row.pop("_note") for row in prepared.rows]
    first_new = int(session.scalar(select(func.coalesce(func.max(Issue.id), 0))) or 0)
    now = utcnow()
    source = prepared.rows[0]["external_source"]
    # Core executemany (not ORM bulk insert, which splits the rows into small batches by the
    # columns each leaves empty); on SQLite the full-text index of the new rows is built at the end
    connection = session.connection()
    with bulk_append(session):
        for start in range(0, len(prepared.rows), CHUNK):
            chunk = prepared.rows[start : start + CHUNK]
            for row in chunk:
                row["created_at"] = now
                row["updated_at"] = now
            connection.execute(insert(ISSUES), chunk)
            if progress:
                progress(int(70 * (start + len(chunk)) / len(prepared.rows)))
        ids = list(
            session.scalars(
                select(Issue.id)
                .where(Issue.id > first_new, Issue.external_source == source)
                .order_by(Issue.id)
            )
        )
        label = _("Imported from {file}").format(file=options.file_name or _("a file"))
        events = [
            {
                "issue_id": iid,
                "at": now,
                "kind": TimelineKind.IMPORT,
                "author": actor.label,
                "author_user_id": actor.user_id,
                "to_status": row["status"],
                "text": f"{label}\n{note}" if note else label,
            }
            for iid, row, note in zip(ids, prepared.rows, notes, strict=True)
        ]
        for start in range(0, len(events), CHUNK):
            connection.execute(insert(ISSUE_EVENTS), events[start : start + CHUNK])
    note_bulk_change(session, "issues", "issues", f"import {options.file_name}", len(ids))
    return report


def _assign_references(session: Session, rows: list[dict[str, Any]]) -> None:
    rows.sort(key=lambda r: r["reported_on"])
    from advisoryboard.services.issues import reserve_references

    per_year = Counter(r["reported_on"].year for r in rows)
    # the year's counter, under a lock: a PC creating an issue meanwhile gets the next free number
    nxt = {year: reserve_references(session, year, n) - 1 for year, n in sorted(per_year.items())}
    for row in rows:
        year = row["reported_on"].year
        nxt[year] += 1
        row["ref_year"], row["ref_seq"] = year, nxt[year]
        row["reference"] = f"{year}-{nxt[year]:04d}"


def import_file(
    session: Session,
    path: Path | str,
    mapping: dict[str, str] | None = None,
    *,
    values: dict[str, dict[str, str]] | None = None,
    where: list[tuple[str, str]] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Read and import a file; the mapping defaults to the remembered or guessed one."""
    from advisoryboard.importing.tabular import recall_mapping, remember_mapping

    frame = load_file(path)
    columns = [str(c) for c in frame.columns]
    if mapping is None:
        mapping = recall_mapping(session, KIND, columns) or guess_issue_mapping(columns)
    options = ImportOptions(mapping, values or {}, where or [], file_name=Path(path).name)
    report = import_issues(session, frame, options, dry_run=dry_run)
    if not dry_run:
        remember_mapping(session, KIND, columns, mapping)
    return report
