"""Update the translation catalogs from the source code, and compile them.

    python scripts/update_translations.py              # (= make translations)
    python scripts/update_translations.py --add fr     # start a new language
    python scripts/update_translations.py --missing es > todo.json
    python scripts/update_translations.py --fill es todo.json

- UI strings (`self.tr`, `QCoreApplication.translate` in ui/) are extracted by Qt's
  `pyside6-lupdate` into resources/translations/advisoryboard_<lang>.ts (existing
  translations kept, new ones marked unfinished) and compiled by `pyside6-lrelease` into
  the .qm files the app loads.
- Core strings (`_()`, `N_()`, `tr()`, `translate()` in advisoryboard/: CLI, errors, printed documents) are
  extracted with Babel into resources/i18n/<lang>.po (existing translations kept, new
  ones empty, changed ones kept as fuzzy suggestions, which the app does not use).
- `--missing` lists what a language still lacks as JSON; translate the values and give
  the file back with `--fill`: the second pass over new strings is mechanical.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
CORE_DIR = ROOT / "advisoryboard"
TS_DIR = ROOT / "resources" / "translations"
PO_DIR = ROOT / "resources" / "i18n"
TS_PREFIX = "advisoryboard_"
#: Core calls whose literal first argument is extracted: `_`, `N_`, and a printed document's
#: translator `tr = partial(translate, language=...)` / `translate(text, language)`.
CORE_KEYWORDS: dict[str, None] = {"_": None, "N_": None, "tr": None, "translate": None}


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the virtualenv (or PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run `make setup` first")
    return found


#: English is the source language; its catalog holds only the plural forms of `%n` messages
#: ("%Ln matching issue(s)" → "1 matching issue" / "1,500 matching issues").
ENGLISH = "en"


def languages() -> list[str]:
    codes = {p.stem for p in PO_DIR.glob("*.po")} | {
        p.stem.removeprefix(TS_PREFIX) for p in TS_DIR.glob("*.ts")
    }
    return sorted(codes - {ENGLISH})


def ts_path(lang: str) -> Path:
    return TS_DIR / f"{TS_PREFIX}{lang}.ts"


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


# ---------------------------------------------------------------------- UI (.ts)
def run_lupdate(target: Path, lang: str) -> None:
    """Extract ui/ strings into `target` (created or updated; obsolete entries dropped); for
    English only the plural messages."""
    files = [str(p) for p in ui_sources()]
    command = [qt_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "relative"]
    if lang == ENGLISH:
        command.append("-pluralonly")
    command += ["-target-language", lang, "-ts", str(target)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def run_lrelease(source: Path, target: Path) -> None:
    """Compile a .ts into the .qm the app loads (unfinished entries left out: English shows)."""
    command = [
        qt_tool("pyside6-lrelease"),
        "-nounfinished",
        "-removeidentical",
        str(source),
        "-qm",
        str(target),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def ts_messages(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → finished translation, or None when missing or unfinished."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text: str | None = None
            if node is not None and node.get("type") not in ("unfinished", "vanished", "obsolete"):
                forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
                text = forms[0] if all(forms) else None
            out[(name, source)] = text
    return out


def fill_ts(path: Path, translations: dict[str, dict[str, str | list[str]]]) -> int:
    """Write translations {context: {source: text}} into a .ts; returns how many were filled.

    A plural message (`%n` with numerus forms) takes a list, one text per plural form
    (Spanish: singular, plural); a single text fills every form.
    """
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            node = message.find("translation")
            if not text or node is None:
                continue
            forms = list(node.iter("numerusform"))
            if forms:
                texts = [text] * len(forms) if isinstance(text, str) else text
                if len(texts) != len(forms) or not all(texts):
                    continue
                for form, form_text in zip(forms, texts, strict=True):
                    form.text = form_text
            elif isinstance(text, str):
                node.text = text
            else:
                continue
            node.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return filled


# ---------------------------------------------------------------------- core (.po)
def core_template() -> Catalog:
    """Every `_()`/`N_()` literal in advisoryboard/ (file references without line numbers)."""
    template = Catalog(project="Advisory Board", fuzzy=False)
    for path in sorted(CORE_DIR.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        for lineno, message, comments, _context in extract_from_file(
            "python", str(path), keywords=CORE_KEYWORDS, comment_tags=("Translators:",)
        ):
            if isinstance(message, str) and message:
                template.add(message, locations=[(relative, lineno)], auto_comments=comments)
    return template


def read_catalog(path: Path, lang: str) -> Catalog:
    if path.exists():
        with path.open("rb") as handle:
            return read_po(handle, locale=lang)
    return Catalog(locale=lang, project="Advisory Board", fuzzy=False)


def write_catalog(path: Path, catalog: Catalog) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, ignore_obsolete=True, sort_output=False)
    path.write_bytes(buffer.getvalue())


def update_po(lang: str, template: Catalog) -> Catalog:
    path = PO_DIR / f"{lang}.po"
    catalog = read_catalog(path, lang)
    template.creation_date = catalog.creation_date  # no header churn when nothing changed
    catalog.update(template, update_header_comment=False)
    write_catalog(path, catalog)
    return catalog


def po_missing(catalog: Catalog) -> list[str]:
    return [m.id for m in catalog if m.id and (not m.string or m.fuzzy) and isinstance(m.id, str)]


# ---------------------------------------------------------------------- commands
def update_english() -> None:
    """The English plural forms (the app's strings are English already)."""
    run_lupdate(ts_path(ENGLISH), ENGLISH)
    run_lrelease(ts_path(ENGLISH), ts_path(ENGLISH).with_suffix(".qm"))
    todo = [k for k, v in ts_messages(ts_path(ENGLISH)).items() if v is None]
    print(f"{ENGLISH}: {len(todo)} plural UI strings to write")


def update(langs: list[str]) -> None:
    PO_DIR.mkdir(parents=True, exist_ok=True)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if ENGLISH in langs:
        update_english()
        langs = [lang for lang in langs if lang != ENGLISH]
    template = core_template()
    for lang in langs:
        catalog = update_po(lang, template)
        run_lupdate(ts_path(lang), lang)
        run_lrelease(ts_path(lang), ts_path(lang).with_suffix(".qm"))
        ui_todo = [k for k, v in ts_messages(ts_path(lang)).items() if v is None]
        print(f"{lang}: {len(po_missing(catalog))} core and {len(ui_todo)} UI strings to translate")


def missing(lang: str) -> dict[str, object]:
    ui: dict[str, dict[str, str]] = {}
    for (context, source), text in ts_messages(ts_path(lang)).items():
        if text is None:
            ui.setdefault(context, {})[source] = ""
    if lang == ENGLISH:
        return {"language": lang, "ui": ui, "core": {}}
    core = {message: "" for message in po_missing(read_catalog(PO_DIR / f"{lang}.po", lang))}
    return {"language": lang, "ui": ui, "core": core}


def fill(lang: str, todo_file: Path) -> None:
    todo = json.loads(todo_file.read_text("utf-8"))
    filled = fill_ts(ts_path(lang), todo.get("ui", {}))
    if lang == ENGLISH:
        print(f"{lang}: {filled} plural forms filled")
        update([lang])
        return
    catalog = read_catalog(PO_DIR / f"{lang}.po", lang)
    for message_id, text in todo.get("core", {}).items():
        if text and message_id in catalog:
            message = catalog[message_id]
            message.string = text
            message.flags.discard("fuzzy")
            filled += 1
    write_catalog(PO_DIR / f"{lang}.po", catalog)
    print(f"{lang}: {filled} translations filled")
    update([lang])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--add", metavar="LANG", help="start catalogs for a new language (e.g. fr, vi, zh)")
    parser.add_argument("--missing", metavar="LANG", help="print the untranslated strings of LANG as JSON")
    parser.add_argument(
        "--fill", nargs=2, metavar=("LANG", "JSON"), help="write translations from a JSON file"
    )
    args = parser.parse_args(argv)
    if args.missing:
        json.dump(missing(args.missing), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if args.fill:
        fill(args.fill[0], Path(args.fill[1]))
        return 0
    langs = languages()
    if args.add and args.add not in langs:
        langs = sorted([*langs, args.add])
    update([ENGLISH, *langs])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
