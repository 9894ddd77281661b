"""`advisoryboard import issues FILE …` and `advisoryboard export issues -o FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from advisoryboard.cli import Verbs
from advisoryboard.errors import UserError
from advisoryboard.i18n import _

STATUS_CHOICES = ("open", "closed", "all")


def register(verbs: Verbs) -> None:
    """Add this area's subcommands to `verbs`."""
    imp = verbs.add(verbs.import_, "issues", _("import issues from a 311 export (CSV, XLSX or Open311 JSON)"))
    imp.add_argument("file", metavar="FILE", help=_("a .csv, .xlsx or .json (Open311 GeoReport v2) file"))
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=field",
        help=_(
            "which column fills a field (external_id, title, description, category, status, reported_on, "
            "resolved_on, location, district, latitude, longitude, notes); others are guessed"
        ),
    )
    imp.add_argument(
        "--value",
        action="append",
        default=[],
        metavar="COLUMN:FROM=TO",
        help=_("map a status or category value, e.g. Status:Referred Out=referred"),
    )
    imp.add_argument(
        "--where", action="append", default=[], metavar="COLUMN=VALUE", help=_("import only matching rows")
    )
    imp.add_argument("--dry-run", action="store_true", help=_("check every row, save nothing"))
    imp.set_defaults(handler=import_issues_command)

    exp = verbs.add(
        verbs.export, "issues", _("export issues to CSV, XLSX or Open311 JSON (no confidential issues)")
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help=_("a .csv, .xlsx or .json file"))
    exp.add_argument("--status", choices=STATUS_CHOICES, default="all", help=_("which issues (default: all)"))
    exp.set_defaults(handler=export_issues_command)


def _split(option: str, sep: str, flag: str, form: str) -> tuple[str, str]:
    left, found, right = option.partition(sep)
    if not found or not left.strip() or not right.strip():
        raise UserError(
            _("{flag} takes {form}, not {option!r}.").format(flag=flag, form=form, option=option), flag
        )
    return left.strip(), right.strip()


def parse_values(options: list[str]) -> dict[str, dict[str, str]]:
    values: dict[str, dict[str, str]] = {}
    for option in options:
        column, rest = _split(option, ":", "--value", "COLUMN:FROM=TO")
        src, dst = _split(rest, "=", "--value", "COLUMN:FROM=TO")
        values.setdefault(column, {})[src] = dst
    return values


def import_issues_command(args: argparse.Namespace) -> int:
    from advisoryboard.importing.issues import (
        FIELDS,
        KIND,
        ImportOptions,
        guess_issue_mapping,
        import_issues,
        load_file,
    )
    from advisoryboard.importing.tabular import parse_map_options, recall_mapping, remember_mapping
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction

    path = Path(args.file)
    frame = load_file(path)
    columns = [str(c) for c in frame.columns]
    explicit = parse_map_options(args.map, FIELDS)
    where = [_split(w, "=", "--where", "COLUMN=VALUE") for w in args.where]
    db = open_database(args.db)
    try:
        with transaction(db) as session:
            mapping = recall_mapping(session, KIND, columns) or guess_issue_mapping(columns)
            mapping = {k: v for k, v in mapping.items() if v not in explicit.values()} | explicit
            options = ImportOptions(mapping, parse_values(args.value), where, file_name=path.name)
            report = import_issues(session, frame, options, dry_run=args.dry_run)
            if not args.dry_run:
                remember_mapping(session, KIND, columns, mapping)
    finally:
        db.dispose()
    print(", ".join(f"{k}={v}" for k, v in sorted(mapping.items())))
    print(report.summary())
    for line in report.lines(limit=50):
        print("  " + line)
    if args.dry_run:
        print(_("Dry run: nothing was saved."))
    return 0


def export_issues_command(args: argparse.Namespace) -> int:
    from advisoryboard.exporting.issues import export_issues
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import read_only

    db = open_database(args.db)
    try:
        with read_only(db) as session:
            count = export_issues(session, Path(args.output), args.status)
    finally:
        db.dispose()
    print(_("{n} issues written to {path}").format(n=count, path=args.output))
    return 0
