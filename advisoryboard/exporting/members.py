"""The roster out to CSV or XLSX, as filtered and sorted on screen (needs the export permission)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from advisoryboard.exporting.tables import write_table
from advisoryboard.i18n import N_, _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.roster import RosterFilter, roster

EXPORT_COLUMNS = [
    ("name", N_("Name")),
    ("seat", N_("Seat")),
    ("office", N_("Office")),
    ("district", N_("District")),
    ("status", N_("Status")),
    ("term_start", N_("Term starts")),
    ("term_end", N_("Term ends")),
    ("attendance", N_("Attendance % (12 months)")),
    ("attended", N_("Meetings attended (12 months)")),
    ("meetings", N_("Meetings held (12 months)")),
    ("email", N_("Email")),
    ("phone", N_("Phone")),
    ("address", N_("Address")),
    ("publish_contact", N_("Publish contact details")),
]


def export_members(
    session: Session,
    path: Path | str,
    flt: RosterFilter | None = None,
    sort: str = "name",
    ascending: bool = True,
    today: dt.date | None = None,
) -> int:
    """Write the roster as filtered and sorted on screen to .csv or .xlsx; the number of rows."""
    require_permission(session, Permission.EXPORT_DATA)
    rows = roster(session, flt or RosterFilter(), sort, ascending, today)
    data = [
        {
            "name": r.name,
            "seat": r.seat,
            "office": r.office,
            "district": r.district,
            "status": r.status,
            "term_start": r.term_start.isoformat() if r.term_start else None,
            "term_end": r.term_end.isoformat() if r.term_end else None,
            "attendance": round(r.attendance_rate * 100) if r.attendance_rate is not None else None,
            "attended": r.attended,
            "meetings": r.meetings,
            "email": r.email,
            "phone": r.phone,
            "address": r.address,
            "publish_contact": _("yes") if r.publish_contact else _("no"),
        }
        for r in rows
    ]
    return write_table(data, [(key, _(label)) for key, label in EXPORT_COLUMNS], path)
