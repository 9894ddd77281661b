"""`advisoryboard print …`: the same PDFs the GUI previews, written to a file."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisoryboard.cli import Verbs
from advisoryboard.errors import UserError
from advisoryboard.i18n import _, document_language_choices
from advisoryboard.odd_input import check_year


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=_("PDF file to write"))
    parser.add_argument(
        "--lang", default="en", metavar="LANG", help=_("language of the document's fixed texts (default en)")
    )


def register(verbs: Verbs) -> None:
    """Add this area's subcommands to `verbs`."""
    for kind, help_text in (
        ("agenda", _("the agenda of a meeting")),
        ("minutes", _("the minutes of a meeting")),
        ("sign-in", _("the sign-in sheet of a meeting")),
    ):
        p = verbs.add(verbs.print_, kind, help_text)
        p.add_argument(
            "--meeting",
            required=True,
            metavar="MEETING",
            help=_("the meeting: its number (see `advisoryboard meetings`), a date YYYY-MM-DD, next or last"),
        )
        _output(p)
        p.set_defaults(handler=cmd_print, document=kind)

    p = verbs.add(verbs.print_, "annual", _("the annual summary of a calendar or fiscal year"))
    p.add_argument("--year", type=int, required=True, metavar="YYYY", help=_("the year to summarize"))
    p.add_argument(
        "--fiscal",
        action="store_true",
        help=_("use the fiscal year that starts in YYYY (settings: fiscal year start month)"),
    )
    _output(p)
    p.set_defaults(handler=cmd_print, document="annual")

    p = verbs.add(verbs.print_, "roster", _("the board roster"))
    p.add_argument(
        "--public", action="store_true", help=_("leave out contact details members did not agree to publish")
    )
    _output(p)
    p.set_defaults(handler=cmd_print, document="roster")

    p = verbs.add(verbs.print_, "issues", _("the issues follow-up list"))
    p.add_argument("--status", default="open", help=_("open (default), all, or one status such as referred"))
    p.add_argument(
        "--group-by", choices=("assignee", "partner"), default="assignee", help=_("group issues by")
    )
    p.add_argument(
        "--confidential", action="store_true", help=_("include confidential issues (internal use)")
    )
    _output(p)
    p.set_defaults(handler=cmd_print, document="issues")


def params_of(args: argparse.Namespace) -> dict[str, object]:
    kind = args.document
    if kind in ("agenda", "minutes", "sign-in"):
        return {"meeting_id": args.meeting}
    if kind == "annual":
        return {"year": check_year(args.year), "fiscal": args.fiscal}
    if kind == "roster":
        return {"public": args.public}
    if kind == "crime-trends":
        return {"meeting_id": args.meeting}
    if kind == "project":
        return {"project_id": args.project}
    return {"status": args.status, "group_by": args.group_by, "confidential": args.confidential}


def write_document(args: argparse.Namespace, make: Callable[[Any], bytes]) -> int:
    """The one way a `print` command writes its PDF: check `--lang` and the folder of `-o`,
    read as the signed-in account, write the file, say so (every area's print commands)."""
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import read_only

    languages = [code for code, _name in document_language_choices()]
    if args.lang not in languages:
        raise UserError(
            _("Unknown language {lang}; available: {langs}").format(
                lang=args.lang, langs=", ".join(languages)
            )
        )
    target = Path(args.output)
    if not target.parent.exists():
        raise UserError(_("The folder {folder} does not exist.").format(folder=target.parent))
    db = open_database(args.db, must_exist=True)
    try:
        with read_only(db) as session:
            pdf = make(session)
    finally:
        db.dispose()
    try:
        target.write_bytes(pdf)
    except OSError as exc:
        raise UserError(_("Cannot write {file}: {reason}").format(file=target, reason=exc.strerror)) from exc
    print(_("Wrote {file}").format(file=target))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from advisoryboard.reports.documents import render
    from advisoryboard.services.meetings import find_meeting

    def make(session: Any) -> bytes:
        params = params_of(args)
        if "meeting_id" in params:
            params["meeting_id"] = find_meeting(session, str(params["meeting_id"]))
        return render(session, args.document, params, language=args.lang)

    return write_document(args, make)
