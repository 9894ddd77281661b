"""Community events out (CSV/XLSX): the events list and their named sign-ins.

Exports are public unless asked otherwise: a person who did not consent appears as
"(name withheld)" with no contact (the rule of services.community_people)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.exporting.tables import write_table
from advisoryboard.i18n import N_, _
from advisoryboard.labels import label
from advisoryboard.permissions import Permission
from advisoryboard.services import community as svc
from advisoryboard.services import community_people as people
from advisoryboard.services.base import require_permission
from database.models import CommunityEvent

# ------------------------------------------------------------------------------ export
EVENT_COLUMNS = [
    ("id", N_("Event id")),
    ("date", N_("Date")),
    ("starts", N_("Starts")),
    ("ends", N_("Ends")),
    ("title", N_("Title")),
    ("kind", N_("Kind")),
    ("status", N_("Status")),
    ("program", N_("Program")),
    ("place", N_("Place")),
    ("district", N_("District or beat")),
    ("latitude", N_("Latitude")),
    ("longitude", N_("Longitude")),
    ("cohosts", N_("Co-hosts")),
    ("languages", N_("Languages")),
    ("accessibility", N_("Accessibility")),
    ("expected", N_("Expected attendance")),
    ("head_count", N_("Head count")),
    ("sign_ins", N_("Named sign-ins")),
    ("volunteers", N_("Volunteers")),
    ("volunteer_hours", N_("Volunteer hours")),
]


ATTENDANCE_COLUMNS = [
    ("event_id", N_("Event id")),
    ("date", N_("Date")),
    ("event", N_("Event")),
    ("name", N_("Name")),
    ("street", N_("Street or block")),
    ("contact", N_("Contact")),
    ("consent", N_("Consent to contact")),
    ("language", N_("Preferred language")),
]


def export_events(session: Session, path: Path | str, flt: svc.EventFilter | None = None) -> int:
    """The events list (as filtered) to .csv or .xlsx; the number of rows."""
    require_permission(session, Permission.EXPORT_DATA)
    rows = svc.list_events(session, flt)
    details = (
        {
            e.id: e
            for e in session.scalars(
                select(CommunityEvent).where(CommunityEvent.id.in_([r.id for r in rows]))
            )
        }
        if rows
        else {}
    )
    data = []
    for r in sorted(rows, key=lambda r: (r.starts_at, r.id)):
        e = details[r.id]
        data.append(
            {
                "id": r.id,
                "date": r.starts_at.date().isoformat(),
                "starts": r.starts_at.strftime("%H:%M"),
                "ends": e.ends_at.isoformat(sep=" ", timespec="minutes") if e.ends_at else None,
                "title": r.title,
                "kind": label(r.kind),
                "status": label(r.status),
                "program": r.program,
                "place": r.place,
                "district": r.district,
                "latitude": e.latitude,
                "longitude": e.longitude,
                "cohosts": e.cohosts,
                "languages": e.languages,
                "accessibility": e.accessibility,
                "expected": e.expected_attendance,
                "head_count": r.head_count,
                "sign_ins": r.sign_ins,
                "volunteers": e.volunteers,
                "volunteer_hours": r.volunteer_hours,
            }
        )
    return write_table(data, [(k, _(v)) for k, v in EVENT_COLUMNS], path)


def export_attendance(
    session: Session, path: Path | str, flt: svc.EventFilter | None = None, *, public: bool = True
) -> int:
    """Named sign-ins of the filtered events; public: names and contacts only with consent."""
    require_permission(session, Permission.EXPORT_DATA)
    data = []
    for r in sorted(svc.list_events(session, flt), key=lambda r: (r.starts_at, r.id)):
        for line in people.list_sign_ins(session, r.id, public=public):
            data.append(
                {
                    "event_id": r.id,
                    "date": r.starts_at.date().isoformat(),
                    "event": r.title,
                    "name": line.name if line.name is not None else _("(name withheld)"),
                    "street": line.street,
                    "contact": line.contact,
                    "consent": _("yes") if line.consent else _("no"),
                    "language": line.language,
                }
            )
    return write_table(data, [(k, _(v)) for k, v in ATTENDANCE_COLUMNS], path)
