"""`advisoryboard publish -o site/ [--lang en|es|en+es]`: the board's public website."""

from __future__ import annotations

import argparse
from pathlib import Path

from advisoryboard.cli import Verbs
from advisoryboard.i18n import _


def register(verbs: Verbs) -> None:
    """Add this area's subcommands to `verbs`."""
    p = verbs.add(
        verbs.top,
        "publish",
        _("build (or update) the board's public website: static HTML pages, PDFs, calendar and open data"),
    )
    p.add_argument("-o", "--output", required=True, metavar="FOLDER", help=_("folder of the website"))
    p.add_argument(
        "--lang", default="en", metavar="LANG", help=_("en, es, or en+es for both with a language switch")
    )
    p.set_defaults(handler=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    from advisoryboard.opening import open_database
    from advisoryboard.publish.site import languages_of, publish_site
    from advisoryboard.services.base import read_only

    languages_of(args.lang)  # a bad language fails before the database opens
    db = open_database(args.db, must_exist=True)
    try:
        with read_only(db) as session:
            result = publish_site(session, Path(args.output), args.lang)
    finally:
        db.dispose()
    s = result.stats
    print(
        _(
            "{pages} pages in {folder}: {written} files written, {unchanged} unchanged, {removed} removed."
        ).format(
            pages=result.pages,
            folder=result.folder,
            written=s.written,
            unchanged=s.unchanged,
            removed=s.removed,
        )
    )
    return 0
