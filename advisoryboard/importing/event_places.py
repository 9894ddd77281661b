"""Coordinates of events' places from a spreadsheet (all or nothing, problems by row number).

The events export (`advisoryboard export events -o FILE.xlsx`) has an "Event id", a
"Latitude" and a "Longitude" column: fill them in (from a map or a GPS) and import the
file back; only the coordinates change. Nothing is geocoded: the office PC may have no
internet. With district outlines imported, a point outside every outline that would be
inside with latitude and longitude exchanged is refused as swapped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.importing.tabular import (
    Field,
    ImportReport,
    RowProblem,
    check_mapping,
    guess_mapping,
    sheet_rows,
)
from advisoryboard.permissions import Permission
from advisoryboard.services import community as svc
from advisoryboard.services.base import require_permission
from database.models import CommunityEvent

SYNONYMS = {
    "event_id": ("event id", "id", "event", "evento"),
    "latitude": ("lat", "latitud", "y"),
    "longitude": ("lon", "lng", "long", "longitud", "x"),
}


def place_fields() -> list[Field]:
    return [
        Field("event_id", _("Event id"), required=True),
        Field("latitude", _("Latitude"), required=True),
        Field("longitude", _("Longitude"), required=True),
    ]


class EventPlacesImportError(UserError):
    """The file had bad rows; nothing was changed. `report.skipped` lists them by row."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(
            _("Nothing was imported: {n} rows need fixing.").format(n=len(report.skipped))
            + "\n"
            + "\n".join(report.lines(limit=20)),
            "file",
        )
        self.report = report


def _number(text: str | None) -> float | None:
    if text is None or not text.strip():
        return None
    return float(text.strip().replace(",", "."))


def _swapped_rows(session: Session, rows: list[tuple[int, float, float]]) -> set[int]:
    """Row numbers whose point is outside every outline but inside with lat/lon exchanged."""
    from advisoryboard.errors import NotFound
    from advisoryboard.geo.boundaries import find_set, load_areas
    from advisoryboard.geo.placement import locate, outside_points

    if not rows:
        return set()
    try:
        info = find_set(session, None)
    except NotFound:
        return set()
    geoms = [a.geometry for a in load_areas(session, info.id)]
    lat = np.array([r[1] for r in rows], dtype=float)
    lon = np.array([r[2] for r in rows], dtype=float)
    located = locate(geoms, lon, lat)
    return {rows[p.row][0] for p in outside_points(geoms, lon, lat, located) if p.swapped}


def import_event_places(
    session: Session, frame: Any, mapping: Mapping[str, str] | None = None
) -> ImportReport:
    """Set the latitude and longitude of every event in `frame`, or of none (EventPlacesImportError).

    A row with both coordinates empty clears them; an event id that does not exist is a problem."""
    require_permission(session, Permission.IMPORT_DATA)
    require_permission(session, Permission.EDIT_COMMUNITY)
    columns = [str(c) for c in frame.columns]
    mapping = dict(mapping or guess_mapping(columns, place_fields(), SYNONYMS))
    check_mapping(mapping, place_fields(), columns)
    report = ImportReport(total=len(frame))
    known = set(session.scalars(select(CommunityEvent.id)))
    changes: list[tuple[int, int, float | None, float | None]] = []  # row, event, lat, lon
    for number, cell in sheet_rows(frame, mapping, report):
        try:
            event_id = int(float(cell("event_id") or ""))
        except ValueError:
            report.skipped.append(RowProblem(number, _("“{value}” is not an event id.").format(
                value=cell("event_id") or ""), "event_id"))  # fmt: skip
            continue
        if event_id not in known:
            report.skipped.append(
                RowProblem(number, _("Event #{id} does not exist.").format(id=event_id), "event_id")
            )
            continue
        try:
            lat, lon = _number(cell("latitude")), _number(cell("longitude"))
        except ValueError:
            report.skipped.append(
                RowProblem(number, _("The coordinates must be numbers in degrees."), "latitude")
            )
            continue
        errors: dict[str, str] = {}
        svc.check_coordinates(errors, lat, lon)
        if errors:
            for field, message in errors.items():
                report.skipped.append(RowProblem(number, message, field))
            continue
        changes.append((number, event_id, lat, lon))
    located = [(n, lat, lon) for n, _e, lat, lon in changes if lat is not None and lon is not None]
    for number in sorted(_swapped_rows(session, located)):
        report.skipped.append(
            RowProblem(
                number,
                _("Latitude and longitude look swapped: the point is outside every district as given."),
                "latitude",
            )
        )
    if report.skipped:
        report.skipped.sort(key=lambda p: p.row)
        raise EventPlacesImportError(report)
    for _row, event_id, lat, lon in changes:
        svc.set_event_place(session, event_id, lat, lon)
    report.imported = len(changes)
    return report
