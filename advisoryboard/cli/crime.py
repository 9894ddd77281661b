"""`advisoryboard import incidents FILE`, `print crime-trends --meeting N`, `print project --project N`."""

from __future__ import annotations

import argparse
from pathlib import Path

from advisoryboard.cli import Verbs
from advisoryboard.i18n import _


def register(verbs: Verbs) -> None:
    """Add this area's subcommands to `verbs`."""
    imp = verbs.add(
        verbs.import_, "incidents", _("import police incident data (a city's CSV or XLSX export)")
    )
    imp.add_argument("file", metavar="FILE", help=_("a .csv or .xlsx file"))
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=field",
        help=_(
            "which column fills a field (incident_number, occurred_at, offense_code, offense_group, "
            "offense_description, district, beat, block_address, latitude, longitude); others are guessed"
        ),
    )
    imp.add_argument(
        "--skip-problems",
        action="store_true",
        help=_("import the good rows and leave out rows with bad dates or coordinates"),
    )
    imp.add_argument("--dry-run", action="store_true", help=_("check every row, save nothing"))
    imp.set_defaults(handler=import_incidents_command)

    from advisoryboard.cli.printing import _output, cmd_print

    p = verbs.add(verbs.print_, "crime-trends", _("the one-page crime trends handout for a meeting"))
    p.add_argument("--meeting", type=int, required=True, metavar="ID", help=_("meeting id"))
    _output(p)
    p.set_defaults(handler=cmd_print, document="crime-trends")
    p = verbs.add(verbs.print_, "project", _("the report of a problem-solving (SARA) project"))
    p.add_argument("--project", type=int, required=True, metavar="ID", help=_("project id"))
    _output(p)
    p.set_defaults(handler=cmd_print, document="project")


def import_incidents_command(args: argparse.Namespace) -> int:
    from advisoryboard.importing.incidents import FIELDS, import_file
    from advisoryboard.importing.tabular import parse_map_options
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction

    explicit = parse_map_options(args.map, FIELDS)
    db = open_database(args.db)
    try:
        with transaction(db) as session:
            report = import_file(
                session, Path(args.file), explicit, skip_problems=args.skip_problems, dry_run=args.dry_run
            )
    finally:
        db.dispose()
    print(report.summary())
    for line in report.lines(limit=50):
        print("  " + line)
    if report.problems and not report.imported and not args.dry_run:
        print(_("Fix those rows, or run again with --skip-problems to leave them out."))
        return 1
    if args.dry_run:
        print(_("Dry run: nothing was saved."))
    return 0
