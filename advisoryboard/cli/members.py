"""`import members FILE` and `export members -o FILE`: the same rules and messages as the GUI."""

from __future__ import annotations

import argparse
import datetime as dt

from advisoryboard.cli import Verbs
from advisoryboard.errors import UserError
from advisoryboard.exporting.members import export_members
from advisoryboard.i18n import _
from advisoryboard.importing.members import (
    DUPLICATE_CHOICES,
    ImportOptions,
    initial_mapping,
    member_fields,
    run_import,
)
from advisoryboard.importing.tabular import parse_map_options, read_table
from advisoryboard.opening import open_database
from advisoryboard.permissions import current_actor
from advisoryboard.services.base import read_only
from advisoryboard.services.roster import COLUMNS, RosterFilter


def register(verbs: Verbs) -> None:
    """Add this area's subcommands to `verbs`."""
    fields = ", ".join(f.name for f in member_fields())
    p = verbs.add(verbs.import_, "members", _("import members from a .csv or .xlsx roster"))
    p.add_argument("file", metavar="FILE", help=_("the .csv or .xlsx file"))
    p.add_argument(
        "--map",
        metavar="COLUMN=field",
        action="append",
        default=[],
        help=_("which column fills which field (fields: {fields}); repeat as needed").format(fields=fields),
    )
    p.add_argument(
        "--duplicates",
        choices=DUPLICATE_CHOICES,
        default="skip",
        help=_("likely duplicates: skip them, merge them into the existing member, or add them as new"),
    )
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=_("terms without a start date begin on this day"))
    p.add_argument("--sheet", help=_("the sheet of an .xlsx file (default: the first)"))
    p.add_argument("--dry-run", action="store_true", help=_("check every row, save nothing"))
    p.set_defaults(handler=cmd_import)

    p = verbs.add(verbs.export, "members", _("export the roster to .csv or .xlsx"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("a .csv or .xlsx file"))
    p.add_argument("--status", choices=("active", "former", "all"), default="active")
    p.add_argument("--search", default="", help=_("only members whose name, email or district contains this"))
    p.add_argument("--sort", choices=COLUMNS, default="name")
    p.set_defaults(handler=cmd_export)


def _day(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(_("--as-of takes a date like 2026-03-02, not {text!r}.").format(text=text)) from None


def cmd_import(args: argparse.Namespace) -> int:
    frame = read_table(args.file, args.sheet)
    columns = [str(c) for c in frame.columns]
    options = ImportOptions(duplicates=args.duplicates, as_of=_day(args.as_of))
    db = open_database(args.db)
    try:
        mapping = initial_mapping(db, current_actor(), columns)
        mapping.update(parse_map_options(args.map, member_fields()))
        report = run_import(db, current_actor(), frame, mapping, options, dry_run=args.dry_run)
    finally:
        db.dispose()
    shown = ", ".join(f"{column} → {name}" for name, column in mapping.items())
    print(_("Columns: {mapping}").format(mapping=shown))
    prefix = _("Check only, nothing saved: ") if args.dry_run else ""
    print(prefix + report.summary())
    for line in report.lines(limit=10_000):
        print(line)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    db = open_database(args.db, must_exist=True)
    try:
        with read_only(db) as session:
            count = export_members(
                session, args.output, RosterFilter(text=args.search, status=args.status), args.sort
            )
    finally:
        db.dispose()
    print(_("{n} members exported to {path}").format(n=count, path=args.output))
    return 0
