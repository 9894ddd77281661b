"""Sign-in spreadsheets in: all or nothing, problems by row number (events out: exporting/events.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from advisoryboard.errors import UserError, ValidationError
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
    for number, cell in sheet_rows(frame, mapping, report):
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
