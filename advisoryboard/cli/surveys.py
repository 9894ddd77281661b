"""Survey commands: create a survey from the question bank, add waves, import responses,
print the paper form and the results."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from advisoryboard.cli import Verbs
from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.opening import open_database
from advisoryboard.services.base import read_only, transaction

PRESETS = ("standard", "somerville-2017")


def register(verbs: Verbs) -> None:
    """Add this area's subcommands to `verbs`."""
    survey = verbs.add(verbs.top, "surveys", _("community surveys: create, add waves, list"))
    sub = survey.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser(
        "create", help=_("a new survey from the standard question bank"), parents=[verbs.common]
    )
    p.add_argument("--title", required=True, help=_("the survey's title in English"))
    p.add_argument("--title-es", help=_("the survey's title in Spanish"))
    p.add_argument(
        "--questions",
        metavar="KEY,KEY…",
        help=_("only these questions of the bank, in this order (see `surveys bank`)"),
    )
    p.add_argument(
        "--preset", choices=PRESETS, default="standard", help=_("which question set to start from")
    )
    p.set_defaults(handler=cmd_create)
    p = sub.add_parser(
        "add-wave", help=_("add a wave (e.g. Spring 2026) to a survey"), parents=[verbs.common]
    )
    p.add_argument("--survey", type=int, required=True, metavar="N", help=_("survey id"))
    p.add_argument("name", help=_("the wave's name"))
    p.add_argument("--starts", metavar="YYYY-MM-DD", help=_("the day the wave starts"))
    p.set_defaults(handler=cmd_add_wave)
    p = sub.add_parser("list", help=_("surveys with their waves and response counts"), parents=[verbs.common])
    p.set_defaults(handler=cmd_list)
    p = sub.add_parser("bank", help=_("the questions of the standard bank"), parents=[verbs.common])
    p.set_defaults(handler=cmd_bank)

    p = verbs.add(verbs.import_, "responses", _("import survey responses from a .csv or .xlsx export"))
    p.add_argument("--survey", type=int, required=True, metavar="N", help=_("survey id"))
    p.add_argument("file", metavar="FILE", help=_("the .csv or .xlsx file"))
    p.add_argument("--wave", default=None, help=_("the wave the rows go into (default: the newest wave)"))
    p.add_argument(
        "--wave-column", metavar="COLUMN", help=_("a column that names each row's wave (e.g. Year)")
    )
    p.add_argument(
        "--map",
        metavar="COLUMN=question",
        action="append",
        default=[],
        help=_("which column answers which question (its key); repeat as needed"),
    )
    p.add_argument(
        "--value",
        metavar="COLUMN:ANSWER=DIGIT",
        action="append",
        default=[],
        help=_("which choice (its number) an answer text in a column means; repeat as needed"),
    )
    p.add_argument("--dry-run", action="store_true", help=_("check every row, save nothing"))
    p.set_defaults(handler=cmd_import)

    for kind, help_text in (
        ("survey-form", _("the paper form of a survey, with check boxes")),
        ("survey-results", _("the results of a survey with diverging bars")),
    ):
        p = verbs.add(verbs.print_, kind, help_text)
        p.add_argument("--survey", type=int, required=True, metavar="N", help=_("survey id"))
        p.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help=_("PDF file to write (default: {kind}-N.pdf)").format(kind=kind),
        )
        p.add_argument("--lang", default="en", metavar="LANG", help=_("en, es or en+es (default en)"))
        if kind == "survey-results":
            p.add_argument(
                "--wave", help=_("the wave to report (default: all waves; with --compare, the newest)")
            )
            p.add_argument("--compare", metavar="WAVE", help=_("show the change from this earlier wave"))
        p.set_defaults(handler=cmd_print, document=kind)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(_("A date looks like 2026-04-01, not {text!r}.").format(text=text)) from None


def cmd_create(args: argparse.Namespace) -> int:
    from advisoryboard.services.survey_bank import SOMERVILLE_2017
    from advisoryboard.services.surveys import create_survey

    keys = [k.strip() for k in args.questions.split(",") if k.strip()] if args.questions else None
    db = open_database(args.db)
    try:
        with transaction(db) as s:
            if args.preset == "somerville-2017":
                survey_id = create_survey(s, args.title, args.title_es, keys or [], SOMERVILLE_2017)
            else:
                survey_id = create_survey(s, args.title, args.title_es, keys)
    finally:
        db.dispose()
    print(_("Created survey {id}").format(id=survey_id))
    return 0


def cmd_add_wave(args: argparse.Namespace) -> int:
    from advisoryboard.services.surveys import add_wave

    db = open_database(args.db, must_exist=True)
    try:
        with transaction(db) as s:
            wave_id = add_wave(s, args.survey, args.name, _date(args.starts))
    finally:
        db.dispose()
    print(_("Added wave {id}: {name}").format(id=wave_id, name=args.name))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from advisoryboard.services.surveys import list_surveys, survey_detail

    db = open_database(args.db, must_exist=True)
    try:
        with read_only(db) as s:
            for survey in list_surveys(s):
                print(
                    f"{survey.id}\t{survey.title}\t"
                    + _("{q} questions, {r} responses").format(q=survey.questions, r=survey.responses)
                )
                for w in survey_detail(s, survey.id).waves:
                    print(f"\t{w.name}\t{w.responses}")
    finally:
        db.dispose()
    return 0


def cmd_bank(args: argparse.Namespace) -> int:
    from advisoryboard.services.survey_bank import STANDARD_BANK

    for q in STANDARD_BANK:
        print(f"{q.key}\t{q.kind.value}\t{q.en}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from advisoryboard.importing.survey_responses import ImportOptions, import_file
    from advisoryboard.services.surveys import survey_detail

    db = open_database(args.db, must_exist=True)
    try:
        with transaction(db) as s:
            wave = args.wave
            if wave is None:
                waves = survey_detail(s, args.survey).waves
                if not waves and not args.wave_column:
                    raise UserError(_("The survey has no wave yet: give --wave NAME."), "wave")
                wave = waves[-1].name if waves else _("Imported")
            options = ImportOptions(wave, args.wave_column, args.dry_run)
            report, mapping = import_file(s, args.survey, args.file, options, args.map, args.value)
            if args.dry_run:
                s.rollback()
    finally:
        db.dispose()
    shown = ", ".join(f"{column} → {key}" for column, key in mapping.columns.items())
    print(_("Columns: {mapping}").format(mapping=shown))
    prefix = _("Check only, nothing saved: ") if args.dry_run else ""
    print(prefix + report.summary())
    for line in report.lines():
        print("  " + line)
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from advisoryboard.cli.printing import write_document

    if not args.output:
        args.output = f"{args.document}-{args.survey}.pdf"

    def make(s: Any) -> bytes:
        if args.document == "survey-form":
            from advisoryboard.reports.survey_form import form_pdf

            return form_pdf(s, args.survey, args.lang)
        from advisoryboard.reports.survey_results import results_pdf

        return results_pdf(s, args.survey, args.wave, args.compare, args.lang)

    return write_document(args, make)
