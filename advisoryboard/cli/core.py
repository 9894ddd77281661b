"""`init`, `demo` and `info`: creating and inspecting databases."""

from __future__ import annotations

import argparse
import sys
import time

from advisoryboard.cli import Verbs
from advisoryboard.cli.signin import no_sign_in
from advisoryboard.i18n import _
from advisoryboard.opening import open_database


def register(verbs: Verbs) -> None:
    p = verbs.add(verbs.top, "init", _("create (or upgrade) the database"))
    p.set_defaults(handler=cmd_init)
    no_sign_in(p)  # creates or upgrades the schema only, as the window does before sign-in

    p = verbs.add(verbs.top, "demo", _("fill an empty database with realistic demo data"))
    p.add_argument("--issues", type=int, default=2000, help=_("number of issues (default 2000)"))
    p.add_argument("--years", type=int, default=3, help=_("years of history (default 3)"))
    p.add_argument("--seed", type=int, default=1, help=_("random seed; the same seed gives the same data"))
    p.add_argument("--replace", action="store_true", help=_("replace existing members, issues and meetings"))
    p.set_defaults(handler=cmd_demo)

    p = verbs.add(verbs.top, "info", _("show which database is used and what it holds"))
    p.set_defaults(handler=cmd_info)
    no_sign_in(p)  # counts only


def cmd_init(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    print(_("Database ready: {name}").format(name=db.display_name))
    db.dispose()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from advisoryboard.demo import generate

    db = open_database(args.db)
    started = time.perf_counter()
    last = [-1]

    def progress(percent: int, label: str) -> None:
        if sys.stderr.isatty() and percent != last[0]:
            last[0] = percent
            print(f"\r{percent:3d}% {label:<40}", end="", file=sys.stderr, flush=True)

    summary = generate(
        db, issues=args.issues, years=args.years, seed=args.seed, replace=args.replace, progress=progress
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        _(
            "Demo data written to {name} in {seconds:.1f} s: {members} members, {meetings} meetings, "
            "{motions} motions, {issues} issues, {entries} timeline entries."
        ).format(
            name=db.display_name,
            seconds=time.perf_counter() - started,
            members=summary.members,
            meetings=summary.meetings,
            motions=summary.motions,
            issues=summary.issues,
            entries=summary.timeline_entries,
        )
    )
    db.dispose()
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from database.models import Issue, Meeting, Member

    db = open_database(args.db, must_exist=True)
    with db.session() as s:
        counts = {
            _("members"): s.scalar(select(func.count()).select_from(Member)),
            _("issues"): s.scalar(select(func.count()).select_from(Issue)),
            _("meetings"): s.scalar(select(func.count()).select_from(Meeting)),
        }
    print(db.display_name)
    for label, n in counts.items():
        print(f"  {label}: {n}")
    db.dispose()
    return 0
