"""Subcommands of the meetings area: `meetings` (a list with the numbers other commands take)
and `export meetings` (iCalendar)."""

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
    q = verbs.add(verbs.top, "meetings", _("list the meetings with the numbers that print commands take"))
    q.add_argument("--year", type=int, default=None, metavar="YYYY", help=_("only meetings of this year"))
    q.add_argument("--upcoming", action="store_true", help=_("only meetings from today on, soonest first"))
    q.set_defaults(handler=cmd_list_meetings)


def cmd_export_meetings(args: argparse.Namespace) -> int:
    from advisoryboard.exporting.calendar import write_meetings_calendar
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


def cmd_list_meetings(args: argparse.Namespace) -> int:
    from advisoryboard.labels import label
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import read_only
    from advisoryboard.services.meetings import list_meetings

    db = open_database(args.db, must_exist=True)
    try:
        with read_only(db) as session:
            rows = list_meetings(
                session, when="upcoming" if args.upcoming else "all", descending=not args.upcoming
            )
    finally:
        db.dispose()
    if args.year is not None:
        rows = [r for r in rows if r.starts_at.year == args.year]
    if not rows:
        print(_("No meetings."))
        return 0
    for r in rows:
        what = label(r.kind) + (f": {r.title}" if r.title else "")
        print(
            _("{id:>5}  {date} {time}  {what} — {status}; minutes: {minutes}").format(
                id=r.id,
                date=r.starts_at.date().isoformat(),
                time=r.starts_at.strftime("%H:%M"),
                what=what,
                status=label(r.status).lower(),
                minutes=label(r.minutes_status).lower(),
            )
        )
    return 0
