"""`server init` and `server move`: setting up the office's shared PostgreSQL server.

Both run with the server's owner account (never given to the PCs); see the README's guide
for the office's IT helper.
"""

from __future__ import annotations

import argparse
import os
import sys

from advisoryboard.cli import Verbs
from advisoryboard.cli.signin import no_sign_in
from advisoryboard.i18n import _

APP_PASSWORD_ENV = "ADVISORYBOARD_APP_PASSWORD"


def register(verbs: Verbs) -> None:
    p = verbs.top.add_parser("server", help=_("set up a shared PostgreSQL server for several PCs"))
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = sub.add_parser(
        "init",
        help=_("create the schema with the owner account and an app account for the PCs"),
        description=_(
            "Create or update the board's schema on a PostgreSQL server as the owner account named "
            "in --url, and an app account with least privilege for the PCs; prints what to give each PC."
        ),
    )
    q.add_argument("--url", required=True, metavar="URL", help=_("postgresql+psycopg://owner@host/board"))
    q.add_argument(
        "--app-role", default="board_app", metavar="NAME", help=_("the PCs' account (default board_app)")
    )
    q.add_argument(
        "--app-password",
        default=None,
        metavar="PASSWORD",
        help=_("its password (default: ${env}, else a new one is made for a new account)").format(
            env=APP_PASSWORD_ENV
        ),
    )
    q.set_defaults(handler=cmd_init)
    # The server's owner login is the authority here, as for `users recover-admin`: no app sign-in.
    no_sign_in(q)
    q = sub.add_parser(
        "move",
        help=_("copy an existing board (SQLite file) onto an empty server database"),
        description=_(
            "Copy every row of every table onto an empty PostgreSQL database, verifying each table's "
            "count; a target that already holds data is refused."
        ),
    )
    q.add_argument("--from", dest="source", required=True, metavar="URL", help=_("sqlite:///board.db"))
    q.add_argument(
        "--to", dest="target", required=True, metavar="URL", help=_("postgresql+psycopg://owner@host/board")
    )
    q.set_defaults(handler=cmd_move)
    no_sign_in(q)  # needs the SQLite file itself and the server's owner login


def cmd_init(args: argparse.Namespace) -> int:
    from advisoryboard.server_setup import init_server

    password = args.app_password or os.environ.get(APP_PASSWORD_ENV) or None
    report = init_server(args.url, app_role=args.app_role, app_password=password)
    print(
        _("The board's schema {revision} is ready on {host}:{port}/{database}, owned by {owner}.").format(
            revision=report.revision,
            host=report.host,
            port=report.port,
            database=report.database,
            owner=report.owner,
        )
    )
    print(
        _(
            "The app account {role} may read and write the board, add to and read the audit log, "
            "and nothing else."
        ).format(role=report.app_role)
    )
    if report.minutes_triggers:
        print(_("Approved minutes are locked by triggers in the database."))
    else:
        print(
            _(
                "Note: this version's schema has no triggers locking approved minutes "
                "(the app still refuses such edits)."
            )
        )
    print()
    print(report.for_each_pc())
    if report.problems:
        print(file=sys.stderr)
        for problem in report.problems:
            print(_("advisoryboard: warning: {problem}").format(problem=problem), file=sys.stderr)
        return 1
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    from advisoryboard.server_move import move_board

    def progress(percent: int, table: str) -> None:
        if table:
            print(_("  copying {table}…").format(table=table), file=sys.stderr, flush=True)

    report = move_board(args.source, args.target, progress)
    width = max(len(c.table) for c in report.counts)
    for c in report.counts:
        print(f"  {c.table:<{width}}  {c.source:>8}  {c.target:>8}")
    print(
        _("Moved {rows} rows in {tables} tables; every count matches.").format(
            rows=report.rows, tables=len(report.counts)
        )
    )
    return 0
