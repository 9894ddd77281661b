"""The `advisoryboard` command. Without a subcommand it starts the GUI.

Each area registers its own subcommands (see `AREA_MODULES`), so adding a command never
means editing one shared switch. `import`, `export` and `print` are verbs with one
sub-command per kind of record or document.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import advisoryboard
from advisoryboard.cli.signin import add_user_option, run_signed_in
from advisoryboard.errors import UserError
from advisoryboard.i18n import _, set_language, system_language

#: Modules under advisoryboard.cli that register subcommands, in help order.
AREA_MODULES = [
    "core",
    "members",
    "issues",
    "meetings",
    "printing",
    "community",
    "safety",
    "crime",
    "geo",
    "server",
    "publish",
    "surveys",
]

Handler = Callable[[argparse.Namespace], int]


@dataclass
class Verbs:
    """Where areas hang their subcommands."""

    top: argparse._SubParsersAction
    import_: argparse._SubParsersAction
    export: argparse._SubParsersAction
    print_: argparse._SubParsersAction
    common: argparse.ArgumentParser

    def add(self, group: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
        """A subcommand that also accepts --db after its name."""
        return group.add_parser(name, help=help_text, description=help_text, parents=[self.common])


def _common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=_("database URL (sqlite:///file.db or postgresql+psycopg://user@host/db)"),
    )
    add_user_option(common, suppress=True)
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_parser()
    parser = argparse.ArgumentParser(
        prog="advisoryboard",
        description=_(
            "Advisory Board: members, issues, meetings and minutes of a neighborhood advisory board. "
            "Run without a command to start the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {advisoryboard.__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help=_("database URL; default: $ADVISORYBOARD_DB or the file in your user data folder"),
    )
    add_user_option(parser, suppress=False)
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    imp = top.add_parser("import", help=_("import records from a file"), parents=[common])
    exp = top.add_parser("export", help=_("export records to a file"), parents=[common])
    prt = top.add_parser("print", help=_("make a printable PDF"), parents=[common])
    verbs = Verbs(
        top=top,
        import_=imp.add_subparsers(dest="kind", metavar="KIND", required=True),
        export=exp.add_subparsers(dest="kind", metavar="KIND", required=True),
        print_=prt.add_subparsers(dest="kind", metavar="DOCUMENT", required=True),
        common=common,
    )
    for name in AREA_MODULES:
        module = importlib.import_module(f"advisoryboard.cli.{name}")
        module.register(verbs)
    return parser


def desktop_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, the --db URL or None) when `argv` asks for the desktop app and nothing else.

    The GUI then starts without building the parser: its area modules import the services
    and SQLAlchemy (≈ 0.4 s), which the window shell paints before (issue 23).
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, argv[0].removeprefix("--db=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    set_language(system_language())  # messages and help in the user's language (LANG, LANGUAGE)
    desktop, db_url = desktop_only(sys.argv[1:] if argv is None else list(argv))
    if desktop:
        from advisoryboard.launcher import start_gui

        return start_gui(db_url)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if args.command in ("import", "export", "print"):
            parser.parse_args([args.command, "--help"])
        from advisoryboard.launcher import start_gui

        return start_gui(args.db)
    from advisoryboard.logsetup import configure

    configure()
    try:
        return run_signed_in(handler, args)  # every command signs in (see cli/signin.py)
    except UserError as exc:
        print(f"advisoryboard: {exc}", file=sys.stderr)
        return 1
    except UnicodeEncodeError:  # a lone surrogate that reached a file name, the terminal or a driver
        from advisoryboard.odd_input import surrogate_message

        print(f"advisoryboard: {surrogate_message()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("advisoryboard: interrupted"), file=sys.stderr)
        return 130
    except Exception:
        logging.getLogger("advisoryboard.cli").exception("unexpected error in %s", args.command)
        if os.environ.get("ADVISORYBOARD_DEBUG"):
            raise
        from advisoryboard.logsetup import log_file

        print(
            _("advisoryboard: something went wrong (a bug); details are in {path}").format(path=log_file()),
            file=sys.stderr,
        )
        return 70
