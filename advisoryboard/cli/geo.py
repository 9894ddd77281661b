"""`advisoryboard import boundaries FILE --name-field FIELD` and `advisoryboard place issues`."""

from __future__ import annotations

import argparse
from pathlib import Path

from advisoryboard.cli import Verbs
from advisoryboard.i18n import _

KINDS = ("district", "beat", "precinct")


def register(verbs: Verbs) -> None:
    """Add the maps' subcommands to `verbs`."""
    imp = verbs.add(
        verbs.import_, "boundaries", _("import district, beat or precinct outlines from a GeoJSON file")
    )
    imp.add_argument("file", metavar="FILE", help=_("a .geojson file of polygons (the city's own outlines)"))
    imp.add_argument(
        "--name-field",
        required=True,
        metavar="FIELD",
        help=_("the property that names each outline, e.g. dist_num"),
    )
    imp.add_argument(
        "--set",
        dest="set_name",
        metavar="NAME",
        help=_("name of this set of outlines (default: the file name)"),
    )
    imp.add_argument(
        "--kind", choices=KINDS, default="district", help=_("what the outlines are (default: district)")
    )
    imp.add_argument(
        "--even-if-outside",
        action="store_true",
        help=_("import even when none of the board's located issues falls inside the outlines"),
    )
    imp.set_defaults(handler=import_boundaries_command)

    place = verbs.top.add_parser(
        "place", help=_("place records on the outlines by their coordinates"), parents=[verbs.common]
    )
    kinds = place.add_subparsers(dest="kind", metavar="KIND", required=True)
    issues = verbs.add(
        kinds, "issues", _("compute each located issue's area and list the issues outside every outline")
    )
    issues.add_argument(
        "--set", dest="set_name", metavar="NAME", help=_("which set of outlines (default: all)")
    )
    issues.add_argument("--limit", type=int, default=50, help=_("how many problem rows to list (default 50)"))
    issues.set_defaults(handler=place_issues_command)


def import_boundaries_command(args: argparse.Namespace) -> int:
    from advisoryboard.geo.boundaries import import_boundaries
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction

    db = open_database(args.db)
    try:
        with transaction(db) as session:
            result = import_boundaries(
                session,
                Path(args.file),
                args.name_field,
                set_name=args.set_name,
                kind=args.kind,
                allow_outside=args.even_if_outside,
            )
    finally:
        db.dispose()
    print(result.summary())
    for name, district in sorted(result.matched.items()):
        if name != district:
            print(
                "  "
                + _("outline {name} = the board's district {district}").format(name=name, district=district)
            )
    return 0


def place_issues_command(args: argparse.Namespace) -> int:
    from advisoryboard.geo.boundaries import boundary_sets, find_set, place_set
    from advisoryboard.geo.issues import issue_counts, placement_report
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction

    db = open_database(args.db)
    try:
        with transaction(db) as session:
            sets = [find_set(session, args.set_name)] if args.set_name else boundary_sets(session)
            if not sets:
                find_set(session, None)  # raises the "nothing imported yet" message
            reports = []
            for info in sets:
                place_set(session, info.id)
                reports.append(
                    (
                        placement_report(session, info.id, info.name, args.limit),
                        issue_counts(session, info.id),
                    )
                )
    finally:
        db.dispose()
    for report, counts in reports:
        print(
            _("{name}: {placed} issues placed, {outside} outside every outline.").format(
                name=report.set_name, placed=report.placed, outside=len(report.outside)
            )
        )
        for count in counts:
            print(f"  {count.name:<20} {count.issues:>8}")
        for row in report.outside:
            note = _(" (latitude and longitude look swapped)") if row.swapped else ""
            print(
                "  "
                + _("outside: {ref} at {lat:.5f}, {lon:.5f}").format(
                    ref=row.reference, lat=row.lat, lon=row.lon
                )
                + note
            )
        if report.disagreeing:
            print(
                "  "
                + _("{n} issues record another district than their coordinates (first ones):").format(
                    n=len(report.disagreeing)
                )
            )
            for row in report.disagreeing[:20]:
                print(
                    "    "
                    + _("{ref}: recorded {recorded}, computed {computed}").format(
                        ref=row.reference, recorded=row.recorded or _("(none)"), computed=row.computed
                    )
                )
    return 0
