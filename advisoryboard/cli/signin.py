"""The command line signs in like the window.

Every command runs through `run_signed_in` (called once, from `advisoryboard.cli.main`):
when the database has accounts, the command acts as the account named by `--user` or
`ADVISORYBOARD_USER`, with the password from `ADVISORYBOARD_PASSWORD` or a prompt, checked
by `services.auth.authenticate` (the same lock-out after wrong passwords as the window).
Services then check that account's role, exactly as in the window. On a database without
accounts (single-user mode) commands act as the office, as the window does.

Signing in is the default for every command, so a new command is covered without doing
anything. A command that reads nothing private and changes nothing (or has its own check,
like `users recover-admin`) opts out with one line: `no_sign_in(parser)`.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.permissions import OFFICE, Actor, acting_as

USER_ENV = "ADVISORYBOARD_USER"
PASSWORD_ENV = "ADVISORYBOARD_PASSWORD"


def add_user_option(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS if suppress else None,
        help=_("sign in as this account (default: $ADVISORYBOARD_USER); the password is asked for"),
    )


def no_sign_in(parser: argparse.ArgumentParser) -> None:
    """Mark a command that needs no sign-in (it reads nothing private and writes nothing)."""
    parser.set_defaults(no_sign_in=True)


def _database_exists(url: str | None) -> bool:
    from database.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(url))
    return path is None or path.exists()


def _password(username: str) -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise UserError(
            _("No password for {name}: type it when asked, or set ADVISORYBOARD_PASSWORD in scripts.").format(
                name=username
            )
        )
    return getpass.getpass(_("Password for {name}: ").format(name=username))


def sign_in(args: argparse.Namespace) -> Actor:
    """The actor a command runs as: the office without accounts, else the signed-in account."""
    if not _database_exists(args.db):
        return OFFICE  # nothing there yet: `init`, `demo` and the first `users add` create it
    from advisoryboard.opening import open_database
    from advisoryboard.services import auth
    from advisoryboard.services.base import read_only

    db = open_database(args.db)
    try:
        with read_only(db, OFFICE) as session:
            if auth.user_count(session) == 0:
                return OFFICE
        username = (getattr(args, "user", None) or os.environ.get(USER_ENV) or "").strip()
        if not username:
            raise UserError(
                _(
                    "This database has accounts: sign in with --user NAME (or ADVISORYBOARD_USER). "
                    "A forgotten administrator password is recovered with "
                    "'advisoryboard users recover-admin' (see the README)."
                )
            )
        return auth.authenticate(db, username, _password(username))
    finally:
        db.dispose()


def run_signed_in(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command's handler as the signed-in account (or the office, see the module doc)."""
    if getattr(args, "no_sign_in", False):
        return handler(args)
    with acting_as(sign_in(args)):
        return handler(args)
