"""Import members from CSV/XLSX rosters: same rules in the GUI and the CLI (export: exporting/).

One import is one transaction: rows that break a rule are skipped and reported by their
spreadsheet row number; a database failure undoes the whole import. A row whose person
looks like someone already on the roster (same name, and the same email or phone, or no
contact details to tell them apart) is a *likely duplicate*: the caller decides whether
such rows are skipped, merged into the existing member, or added as new members.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import N_, _
from advisoryboard.importing.member_rows import (
    DuplicateSkipped,
    ImportOptions,
    RosterImporter,
    RowRejected,
    is_vacant_row,
)
from advisoryboard.importing.member_titles import name_and_titles
from advisoryboard.importing.tabular import (
    FIRST_DATA_ROW,
    Field,
    ImportReport,
    RowProblem,
    check_mapping,
    clean_value,
    guess_mapping,
    recall_mapping,
    remember_mapping,
)
from advisoryboard.labels import office_title
from advisoryboard.permissions import Actor, Permission
from advisoryboard.services.base import read_only, require_permission, transaction
from database.engine import Database

__all__ = [
    "DUPLICATE_CHOICES",
    "ImportOptions",
    "import_members",
    "preview_row",
    "run_import",
]

KIND = "members"
ProgressFn = Callable[[int, str], None]
DUPLICATE_CHOICES = ("skip", "merge", "new")
_FIELD_LABELS = [
    ("name", N_("Name"), True),
    ("seat", N_("Seat"), False),
    ("office", N_("Office / title"), False),
    ("district", N_("District"), False),
    ("email", N_("Email"), False),
    ("phone", N_("Phone"), False),
    ("address", N_("Address"), False),
    ("term_start", N_("Term starts"), False),
    ("term_end", N_("Term ends"), False),
    ("vacant", N_("Seat is vacant (yes/no)"), False),
    ("person_id", N_("Person ID (rows of one person)"), False),
    ("publish_contact", N_("Publish contact details (yes/no)"), False),
    ("notes", N_("Notes"), False),
]
SYNONYMS: dict[str, list[str]] = {
    "name": ["commissioner_name", "full name", "member", "member name", "commissioner"],
    "seat": ["smd_id", "smd", "seat label", "seat number", "seat_id", "position"],
    "office": ["title", "officer title", "officer", "role"],
    "district": ["ward", "anc", "area"],
    "email": ["e-mail", "email address", "mail"],
    "phone": ["telephone", "phone number", "tel", "mobile"],
    "term_start": ["start_date", "start", "term start", "from"],
    "term_end": ["end_date", "end", "term end", "to", "until"],
    "vacant": ["is_vacant", "vacancy"],
    "person_id": ["member id", "member_id", "person", "id"],
    "publish_contact": ["publish", "public contact"],
}


def member_fields() -> list[Field]:
    return [Field(name, _(label), required) for name, label, required in _FIELD_LABELS]


def preview_row(record: Mapping[str, Any], mapping: Mapping[str, str]) -> dict[str, str]:
    """One row of the file as it will be imported, field by field, for the dialog's preview:
    officer titles glued to a name ('Jaspal BhatiaTreasurer') come apart into the name and
    the office, as the import itself parts them."""

    def cell(field: str) -> str | None:
        column = mapping.get(field)
        return clean_value(record[column]) if column is not None else None

    values = {field: cell(field) or "" for field in mapping}
    raw_name = cell("name") or ""
    if is_vacant_row(raw_name, cell("vacant")):
        values["name"] = _("(vacant seat)")
        return values
    name, titles, _unknown = name_and_titles(raw_name, cell("office"))
    values["name"] = name
    if titles:
        values["office"] = office_title(t.office for t in titles)
    return values


def import_members(
    session: Session,
    frame: Any,
    mapping: Mapping[str, str],
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
) -> ImportReport:
    """Import every row of `frame` (a DataFrame of strings) within the caller's transaction.

    `progress(percent, label)` is called now and then; it may raise to cancel (and so undo) the import.
    """
    require_permission(session, Permission.IMPORT_DATA)
    options = options or ImportOptions()
    if options.duplicates not in DUPLICATE_CHOICES:
        raise UserError(_("Duplicates can be: skip, merge or new."), "duplicates")
    columns = [str(c) for c in frame.columns]
    check_mapping(mapping, member_fields(), columns)
    importer = RosterImporter(session, mapping, options)
    report = importer.report
    report.total = len(frame)
    records = frame.to_dict("records")
    importer.prepare(records)
    for offset, record in enumerate(records):
        number = offset + FIRST_DATA_ROW
        if progress is not None and offset % 100 == 0:
            progress(
                5 + 90 * offset // max(len(records), 1),
                _("Row {row} of {total}").format(row=number, total=len(records) + 1),
            )
        try:
            importer.row(number, record)
        except RowRejected as exc:
            report.skipped.append(RowProblem(number, exc.reason, exc.field_name))
            continue
        except DuplicateSkipped:
            continue
        report.imported += 1
    importer.finish()
    session.flush()
    return report


class _DryRun(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def run_import(
    db: Database,
    actor: Actor,
    frame: Any,
    mapping: Mapping[str, str],
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
) -> ImportReport:
    """The whole import as one transaction; with `dry_run` everything is checked, nothing kept."""
    try:
        with transaction(db, actor) as session:
            report = import_members(session, frame, mapping, options, progress)
            if dry_run:
                report.dry_run = True
                raise _DryRun(report)
            remember_mapping(session, KIND, [str(c) for c in frame.columns], mapping)
    except _DryRun as done:
        return done.report
    return report


def initial_mapping(db: Database, actor: Actor, columns: Sequence[str]) -> dict[str, str]:
    """The mapping used last time for this file layout, else a guess from the headers."""
    with read_only(db, actor) as session:
        remembered = recall_mapping(session, KIND, columns)
    return remembered or guess_mapping(columns, member_fields(), SYNONYMS)
