"""Sign-in spreadsheets in (all or nothing, problems by row number) and events out (CSV/XLSX).

Exports are public unless asked otherwise: a person who did not consent appears as
"(name withheld)" with no contact (the rule of services.community_people).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import N_, _
from advisoryboard.importing.tabular import (
    FIRST_DATA_ROW,
    Field,
    ImportReport,
    RowProblem,
    check_mapping,
    guess_mapping,
    write_table,
)
from advisoryboard.labels import label
from advisoryboard.permissions import Permission
from advisoryboard.services import community as svc
from advisoryboard.services import community_people as people
from advisoryboard.services.base import get_or_404, require_permission
from database.models import CommunityEvent

YES = frozenset({"yes", "y", "x", "true", "1", "si", "sí", "s", "✓", "✔", "ok"})
NO = frozenset({"no", "n", "false", "0", ""})
SYNONYMS = {
    "name": ("full name", "nombre", "participant", "attendee"),
    "street": ("block", "street or block", "address", "calle", "cuadra", "street/block"),
    "contact": ("phone", "email", "contact (optional)", "teléfono", "correo", "contacto"),
    "consent": ("may we contact you?", "ok to contact", "consent to contact", "permiso", "consentimiento"),
    "language": ("preferred language", "idioma", "lang"),
}


def attendance_fields() -> list[Field]:
    return [
        Field("name", _("Name"), required=True),
        Field("street", _("Street or block")),
        Field("contact", _("Contact")),
        Field("consent", _("Consent to contact")),
        Field("language", _("Preferred language")),
    ]


class AttendanceImportError(UserError):
    """The file had bad rows; nothing was imported. `report.skipped` lists them by row."""

    def __init__(self, report: ImportReport) -> None:
        lines = report.lines(limit=20)
        super().__init__(
            _("Nothing was imported: {n} rows need fixing.").format(n=len(report.skipped))
            + "\n"
            + "\n".join(lines),
            "file",
        )
        self.report = report


def _consent(value: str | None) -> bool | None:
    text = (value or "").strip().lower()
    if text in YES:
        return True
    if text in NO:
        return False
    return None


def import_attendance(
    session: Session, event_id: int, frame: Any, mapping: Mapping[str, str] | None = None
) -> ImportReport:
    """Add every row of `frame` as a named sign-in of the event, or none (AttendanceImportError)."""
    require_permission(session, Permission.IMPORT_DATA)
    require_permission(session, Permission.EDIT_COMMUNITY)
    get_or_404(session, CommunityEvent, event_id, _("Event"))
    columns = [str(c) for c in frame.columns]
    mapping = dict(mapping or guess_mapping(columns, attendance_fields(), SYNONYMS))
    check_mapping(mapping, attendance_fields(), columns)
    report = ImportReport(total=len(frame))
    inputs: list[people.SignInInput] = []
    for offset, record in enumerate(frame.to_dict("records")):
        number = offset + FIRST_DATA_ROW

        def cell(name: str, record: dict[str, Any] = record) -> str | None:
            column = mapping.get(name)
            value = record.get(column) if column else None
            return None if value is None else str(value)

        if all(v is None for v in record.values()):
            report.total -= 1  # a blank line of the sheet
            continue
        consent = _consent(cell("consent"))
        if consent is None:
            report.skipped.append(
                RowProblem(number, _("“{value}” is not yes or no.").format(value=cell("consent")), "consent")
            )
            continue
        data = people.SignInInput(
            name=cell("name") or "",
            street=cell("street"),
            contact=cell("contact"),
            consent=consent,
            language=cell("language"),
        )
        try:
            people.validate_sign_in(data)
        except ValidationError as exc:
            for field, message in exc.errors.items():
                report.skipped.append(RowProblem(number, message, field))
            continue
        inputs.append(data)
    if report.skipped:
        raise AttendanceImportError(report)
    people.add_sign_ins(session, event_id, inputs)
    report.imported = len(inputs)
    return report


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
