"""Subcommands of the community area: print flyer / sign-in --event / program, export events,
import attendance."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisoryboard.cli import Verbs
from advisoryboard.errors import UserError
from advisoryboard.i18n import _


def _lang_and_output(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("PDF file to write"))
    p.add_argument(
        "--lang", default="en", metavar="LANG", help=_("language of the document's fixed texts (default en)")
    )


def register(verbs: Verbs) -> None:
    """Add this area's subcommands to `verbs` (after `printing`, whose sign-in it extends)."""
    p = verbs.add(verbs.print_, "flyer", _("the flyer of a community event"))
    p.add_argument("--event", type=int, required=True, metavar="ID", help=_("community event id"))
    _lang_and_output(p)
    p.set_defaults(handler=cmd_print_community, document="flyer")

    p = verbs.add(verbs.print_, "program", _("the summary of a community program"))
    p.add_argument("--program", type=int, required=True, metavar="ID", help=_("community program id"))
    _lang_and_output(p)
    p.set_defaults(handler=cmd_print_community, document="program")

    # `print sign-in` takes --meeting (a meeting's sheet) or --event (a community event's).
    sign_in = verbs.print_.choices["sign-in"]
    for action in sign_in._actions:
        if action.dest == "meeting":
            action.required = False
    sign_in.add_argument("--event", type=int, default=None, metavar="ID", help=_("community event id"))
    sign_in.set_defaults(handler=cmd_print_sign_in)

    p = verbs.add(verbs.export, "events", _("write community events to .ics (with meetings), .csv or .xlsx"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the file to write"))
    p.add_argument("--year", type=int, default=None, metavar="YYYY", help=_("only events of this year"))
    p.add_argument(
        "--attendance",
        action="store_true",
        help=_("write the named sign-ins instead of the events (.csv/.xlsx)"),
    )
    p.add_argument(
        "--internal",
        action="store_true",
        help=_("include names and contacts of people who did not consent (internal use)"),
    )
    p.set_defaults(handler=cmd_export_events)

    p = verbs.add(verbs.import_, "attendance", _("import an event's sign-in spreadsheet (.csv or .xlsx)"))
    p.add_argument("file", metavar="FILE", help=_("the sign-in spreadsheet"))
    p.add_argument("--event", type=int, required=True, metavar="ID", help=_("community event id"))
    p.add_argument("--dry-run", action="store_true", help=_("check the file; import nothing"))
    p.set_defaults(handler=cmd_import_attendance)

    p = verbs.add(
        verbs.import_,
        "event-places",
        _("import the latitude and longitude of events' places (.csv or .xlsx with an Event id column)"),
    )
    p.add_argument(
        "file", metavar="FILE", help=_("the spreadsheet (the events export, coordinates filled in)")
    )
    p.add_argument("--dry-run", action="store_true", help=_("check the file; import nothing"))
    p.set_defaults(handler=cmd_import_event_places)


def _write_pdf(args: argparse.Namespace, kind: str, ident: int) -> int:
    from advisoryboard.cli.printing import write_document
    from advisoryboard.reports.community_documents import render_community

    return write_document(args, lambda session: render_community(session, kind, ident, language=args.lang))


def cmd_print_community(args: argparse.Namespace) -> int:
    ident = args.event if args.document == "flyer" else args.program
    return _write_pdf(args, args.document, ident)


def cmd_print_sign_in(args: argparse.Namespace) -> int:
    if args.event is not None and args.meeting is not None:
        raise UserError(_("Give --meeting or --event, not both."))
    if args.event is not None:
        return _write_pdf(args, "event-sign-in", args.event)
    if args.meeting is None:
        raise UserError(_("Give --meeting ID (a meeting's sheet) or --event ID (a community event's)."))
    from advisoryboard.cli.printing import cmd_print

    return cmd_print(args)


def cmd_export_events(args: argparse.Namespace) -> int:
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import read_only
    from advisoryboard.services.community import EventFilter

    target = Path(args.output)
    db = open_database(args.db, must_exist=True)
    try:
        with read_only(db) as session:
            if target.suffix.lower() == ".ics":
                from advisoryboard.exporting.calendar import meetings_calendar

                data = meetings_calendar(session)
                try:
                    target.write_bytes(data)
                except OSError as exc:
                    raise UserError(
                        _("Could not write {path}: {reason}").format(path=target, reason=exc.strerror)
                    ) from exc
                count = data.count(b"UID:community-event-")
            elif args.attendance:
                from advisoryboard.exporting.events import export_attendance

                count = export_attendance(
                    session, target, EventFilter(year=args.year), public=not args.internal
                )
            else:
                from advisoryboard.exporting.events import export_events

                count = export_events(session, target, EventFilter(year=args.year))
    finally:
        db.dispose()
    print(_("{count} rows written to {path}").format(count=count, path=target))
    return 0


def _import_sheet(args: argparse.Namespace, work: Callable[[Any, Any], Any]) -> tuple[Any, bool]:
    """Read `args.file` and run `work(session, frame)` in one transaction, rolled back with
    --dry-run. Returns the import's report and whether it was a dry run."""
    from advisoryboard.importing.tabular import read_table
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction

    frame = read_table(args.file)
    db = open_database(args.db, must_exist=True)

    class _DryRun(Exception):
        pass

    try:
        with transaction(db) as session:
            report = work(session, frame)
            if args.dry_run:
                raise _DryRun
    except _DryRun:
        return report, True
    finally:
        db.dispose()
    return report, False


def cmd_import_attendance(args: argparse.Namespace) -> int:
    from advisoryboard.importing.event_attendance import import_attendance

    report, dry = _import_sheet(args, lambda session, frame: import_attendance(session, args.event, frame))
    if dry:
        print(_("Dry run: {n} sign-ins would be imported; nothing was changed.").format(n=report.imported))
    else:
        print(_("{n} sign-ins imported.").format(n=report.imported))
    return 0


def cmd_import_event_places(args: argparse.Namespace) -> int:
    from advisoryboard.importing.event_places import import_event_places

    report, dry = _import_sheet(args, import_event_places)
    if dry:
        print(_("Dry run: {n} events would get coordinates; nothing was changed.").format(n=report.imported))
    else:
        print(_("Coordinates of {n} events imported.").format(n=report.imported))
    return 0
