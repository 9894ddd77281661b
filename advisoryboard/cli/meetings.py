"""Subcommands of the meetings area: `export meetings` (iCalendar)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from advisoryboard.cli import Verbs
from advisoryboard.i18n import _


def register(verbs: Verbs) -> None:
    """Add this area's subcommands to `verbs`."""
    p = verbs.add(verbs.export, "meetings", _("write the board's meetings as an iCalendar (.ics) file"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics", help=_("the calendar file to write"))
    p.add_argument(
        "--since",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help=_("only meetings on or after this date"),
    )
    p.set_defaults(handler=cmd_export_meetings)


def cmd_export_meetings(args: argparse.Namespace) -> int:
    from advisoryboard.calendar_export import write_meetings_calendar
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import read_only

    db = open_database(args.db, must_exist=True)
    try:
        with read_only(db) as session:
            count = write_meetings_calendar(session, Path(args.output), since=args.since)
    finally:
        db.dispose()
    print(_("{count} meetings written to {path}").format(count=count, path=args.output))
    return 0
