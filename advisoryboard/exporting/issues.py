"""Exporting issues to CSV, XLSX or Open311 JSON: never confidential ones, never reporters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.exporting.open311 import write_open311
from advisoryboard.exporting.tables import write_table
from advisoryboard.i18n import _
from advisoryboard.labels import priority_label, status_label
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.issue_rows import joined_issues
from database.enums import CLOSED_STATUSES, OPEN_STATUSES
from database.models import Issue


def columns() -> list[tuple[str, str]]:
    return [
        ("reference", _("Reference")),
        ("title", _("Title")),
        ("category", _("Category")),
        ("source_category", _("Source category")),
        ("source_agency", _("Source department")),
        ("status_label", _("Status")),
        ("priority_label", _("Priority")),
        ("location", _("Location")),
        ("district", _("District")),
        ("latitude", _("Latitude")),
        ("longitude", _("Longitude")),
        ("reported_on", _("Reported on")),
        ("due_on", _("Due on")),
        ("resolved_on", _("Resolved on")),
        ("assignee", _("Assigned to")),
        ("partner", _("Referred to")),
        ("external_id", _("External id")),
    ]


def public_issues(session: Session, status: str = "all") -> Iterator[dict[str, Any]]:
    """Every non-confidential issue as a plain row (no reporter details)."""
    stmt = joined_issues(Issue).where(Issue.confidential.is_(False)).order_by(Issue.ref_year, Issue.ref_seq)
    if status == "open":
        stmt = stmt.where(Issue.status.in_(sorted(OPEN_STATUSES)))
    elif status == "closed":
        stmt = stmt.where(Issue.status.in_(sorted(CLOSED_STATUSES)))
    for issue, category, assignee, partner in session.execute(stmt.execution_options(yield_per=2000)):
        yield {
            "reference": issue.reference,
            "title": issue.title,
            "category": category,
            "source_category": issue.source_category,
            "source_agency": issue.source_agency,
            "status_label": status_label(issue.status),
            "open": issue.status in OPEN_STATUSES,
            "priority_label": priority_label(issue.priority),
            "priority": issue.priority.value,
            "location": issue.location,
            "district": issue.district,
            "latitude": issue.latitude,
            "longitude": issue.longitude,
            "reported_on": issue.reported_on,
            "due_on": issue.due_on,
            "resolved_on": issue.resolved_on,
            "updated_at": issue.updated_at,
            "assignee": assignee,
            "partner": partner,
            "external_id": issue.external_id,
        }


def export_issues(session: Session, path: Path, status: str = "all") -> int:
    """Write the issues to `path` (.csv, .xlsx or .json); returns how many were written."""
    require_permission(session, Permission.EXPORT_DATA)
    if status not in ("open", "closed", "all"):
        raise UserError(_("Status must be open, closed or all."), "status")
    suffix = path.suffix.lower()
    rows = public_issues(session, status)
    if suffix == ".json":
        return write_open311(rows, path)
    if suffix in (".csv", ".xlsx"):
        return write_table(rows, columns(), path)
    raise UserError(_("Export to a .csv, .xlsx or .json file."), "output")
