"""Reading spreadsheets safely: CSV and XLSX in (writing them: exporting/tables.py).

Shared by every importer (members, issues, incidents, sign-ins, surveys). Cells come in
as plain strings or None; a column mapping says which column feeds which field and is
remembered per header layout; an apostrophe our own exports put before a formula-like
text is taken off again.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.exporting.tables import FORMULA_PREFIXES
from advisoryboard.i18n import _
from database.base import utcnow
from database.models import ImportMapping

#: Cell texts that mean "no value" in real exports.
MISSING_TEXTS = frozenset({"", "na", "n/a", "nan", "null", "none", "nat", "#n/a", "-"})
#: The first data row of a file with a header row is spreadsheet row 2.
FIRST_DATA_ROW = 2


@dataclass(frozen=True)
class Field:
    """A target field an importer fills: `name` in code, `label` for people."""

    name: str
    label: str
    required: bool = False


@dataclass(frozen=True)
class RowProblem:
    """What happened to one row: `row` is the spreadsheet row number (header = row 1)."""

    row: int
    reason: str
    field: str | None = None


@dataclass
class ImportReport:
    total: int = 0
    imported: int = 0
    skipped: list[RowProblem] = field(default_factory=list)
    defaulted: list[RowProblem] = field(default_factory=list)
    duplicates: list[RowProblem] = field(default_factory=list)
    #: District or beat values not on the board's list, kept as they came: value → rows.
    unknown_areas: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False

    def summary(self) -> str:
        text = _("{total} rows: {imported} imported, {skipped} skipped, {defaulted} with defaults").format(
            total=self.total,
            imported=self.imported,
            skipped=len(self.skipped),
            defaulted=len(self.defaulted),
        )
        if self.duplicates:
            text += _(", {n} possible duplicates").format(n=len(self.duplicates))
        if self.unknown_areas:
            text += _(", {n} districts or beats not on the board's list").format(n=len(self.unknown_areas))
        return text

    def lines(self, limit: int = 200) -> list[str]:
        """'Row 7: reason' lines for the report shown after an import."""
        out = []
        for label, problems in (
            (_("skipped"), self.skipped),
            (_("defaulted"), self.defaulted),
            (_("possible duplicate"), self.duplicates),
        ):
            for p in problems:
                out.append(_("Row {row} ({what}): {reason}").format(row=p.row, what=label, reason=p.reason))
        if len(out) > limit:
            out = [*out[:limit], _("… and {n} more").format(n=len(out) - limit)]
        if self.unknown_areas:
            names = ", ".join(
                _("{name} ({n} rows)").format(name=name, n=n) if n > 1 else name
                for name, n in sorted(self.unknown_areas.items(), key=lambda kv: (-kv[1], kv[0]))
            )
            out.insert(
                0,
                _("Not on the board's list of districts and beats, kept as written: {names}").format(
                    names=names
                ),
            )
        return out


def clean_value(value: Any) -> str | None:
    """A cell as trimmed text, or None for the many spellings of 'missing'."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    text = str(value).strip()
    if text.lower() in MISSING_TEXTS:
        return None
    return unescape_cell(text)


def unescape_cell(text: str) -> str:
    """Undo `safe_cell`: our own exports put an apostrophe before '+1 617…' or '-Ana'.

    Spreadsheets hide that apostrophe; reading a file back must not keep it, or an export
    would not import as it was (phone numbers refused, names changed).
    """
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_PREFIXES):
        return text[1:]
    return text


def read_table(path: Path | str, sheet: str | int | None = None) -> Any:
    """A CSV or XLSX file as a pandas DataFrame of strings (None for missing cells).

    Column names are trimmed; an unnamed leading index column (as pandas writes) is kept
    under its header text, so row numbers stay those of the file.
    """
    import pandas as pd

    path = Path(path)
    if not path.exists():
        raise UserError(_("There is no file at {path}.").format(path=path), "file")
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".txt"):
            frame = _read_csv(path)
        elif suffix in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, sheet_name=sheet or 0, dtype=str, keep_default_na=False)
        else:
            raise UserError(
                _("{name}: only .csv and .xlsx files can be imported.").format(name=path.name), "file"
            )
    except UserError:
        raise
    except (ValueError, OSError, UnicodeError, pd.errors.ParserError) as exc:
        raise UserError(
            _("{name} cannot be read: {reason}").format(name=path.name, reason=exc), "file"
        ) from exc
    except Exception as exc:  # openpyxl raises its own types for damaged files
        raise UserError(
            _("{name} cannot be read as a spreadsheet: {reason}").format(name=path.name, reason=exc), "file"
        ) from exc
    frame.columns = [str(c).strip() for c in frame.columns]
    cleaned = frame.astype(object).map(clean_value).astype(object)
    return cleaned.where(cleaned.notna(), None)  # pandas may turn None into NaN on the way


def _unicode_encoding(raw: bytes) -> tuple[str, ...]:
    """UTF-16 (Excel's "Unicode text", some 311 portals), told by its byte order mark or,
    without one, by the zero bytes every other byte of ASCII text has; UTF-8 with a BOM."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ("utf-16",)
    if raw.startswith(codecs.BOM_UTF8):
        return ("utf-8-sig",)
    sample = raw[:4000]
    if len(sample) >= 4 and sample.count(0) * 3 > len(sample):
        return ("utf-16-le",) if sample[1::2].count(0) > sample[0::2].count(0) else ("utf-16-be",)
    return ()


def _read_csv(path: Path) -> Any:
    import pandas as pd

    raw = path.read_bytes()
    for encoding in (*_unicode_encoding(raw), "utf-8-sig", "cp1252", "latin-1"):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = raw[:20000].decode(encoding, errors="ignore")
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
        return pd.read_csv(
            path, dtype=str, keep_default_na=False, encoding=encoding, sep=delimiter, on_bad_lines="error"
        )
    raise UserError(_("{name} is not a text file.").format(name=path.name), "file")


def norm_header(text: str) -> str:
    """A header for comparison: no case, accents, spaces or punctuation."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", text)


def guess_mapping(
    columns: Sequence[str],
    fields: Sequence[Field],
    synonyms: Mapping[str, Sequence[str]] | None = None,
    *,
    synonyms_first: bool = False,
    claim_first: Sequence[str] = (),
) -> dict[str, str]:
    """Map each field to the column whose header matches its name, label or a synonym
    (each column used once). `synonyms_first`: known headers of real exports (most specific
    first) win over the field's own name; fields in `claim_first` choose their column first."""
    by_norm = {norm_header(c): c for c in columns}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for f in sorted(fields, key=lambda f: f.name not in claim_first):  # stable: otherwise in order
        known = list((synonyms or {}).get(f.name, ()))
        candidates = [*known, f.name, f.label] if synonyms_first else [f.name, f.label, *known]
        for candidate in candidates:
            column = by_norm.get(norm_header(candidate))
            if column is not None and column not in used:
                mapping[f.name] = column
                used.add(column)
                break
    return mapping


def translated(fields: Sequence[Field]) -> list[Field]:
    """Fields with their labels in the user's language."""
    return [Field(f.name, _(f.label), f.required) for f in fields]


def read_import_table(path: Path | str, sheet: str | int | None = None) -> Any:
    """`read_table` for an importer: the frame knows its first data row (for row numbers)."""
    frame = read_table(path, sheet)
    frame.attrs["first_row"] = FIRST_DATA_ROW
    return frame


def import_source(columns: Sequence[str]) -> str:
    """What imported rows record as their source: the file layout's header signature."""
    return "import:" + header_signature(columns)[:24]


def header_signature(columns: Iterable[str]) -> str:
    """A short key for a file layout (same headers, same key), to remember its mapping."""
    joined = "\x1f".join(norm_header(c) for c in columns)
    return hashlib.sha1(joined.encode()).hexdigest()[:40]


def recall_mapping(session: Session, kind: str, columns: Sequence[str]) -> dict[str, str] | None:
    row = session.scalar(
        select(ImportMapping).where(
            ImportMapping.kind == kind, ImportMapping.header_signature == header_signature(columns)
        )
    )
    if row is None:
        return None
    mapping = json.loads(row.mapping)
    return {k: v for k, v in mapping.items() if v in columns}


def remember_mapping(session: Session, kind: str, columns: Sequence[str], mapping: Mapping[str, Any]) -> None:
    signature = header_signature(columns)
    row = session.scalar(
        select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.header_signature == signature)
    )
    text = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(ImportMapping(kind=kind, header_signature=signature, mapping=text))
    else:
        row.mapping = text
        row.updated_at = utcnow()


def parse_map_options(options: Sequence[str], fields: Sequence[Field]) -> dict[str, str]:
    """CLI `--map COLUMN=field` options as {field: column}, refusing unknown fields."""
    names = {f.name for f in fields}
    mapping: dict[str, str] = {}
    for option in options:
        column, sep, name = option.rpartition("=")
        if not sep or not column or not name:
            raise UserError(_("--map takes COLUMN=field, not {option!r}.").format(option=option), "map")
        if name not in names:
            raise UserError(
                _("Unknown field {name!r} in --map; fields are: {fields}.").format(
                    name=name, fields=", ".join(sorted(names))
                ),
                "map",
            )
        mapping[name] = column
    return mapping


def check_mapping(mapping: Mapping[str, str], fields: Sequence[Field], columns: Sequence[str]) -> None:
    """Every required field mapped, every mapped column present in the file."""
    missing_columns = [c for c in mapping.values() if c not in columns]
    if missing_columns:
        raise UserError(_("The file has no column {column!r}.").format(column=missing_columns[0]), "mapping")
    unmapped = [f.label for f in fields if f.required and f.name not in mapping]
    if unmapped:
        raise UserError(_("Choose a column for: {fields}.").format(fields=", ".join(unmapped)), "mapping")


def sheet_rows(
    frame: Any, mapping: Mapping[str, str], report: Any
) -> Iterator[tuple[int, Callable[[str], str | None]]]:
    """Each row of `frame` that is not blank: its number on the sheet and a reader of its cells
    by field name, through `mapping` (field -> column). Blank lines are taken off `report.total`."""
    for offset, record in enumerate(frame.to_dict("records")):
        if all(v is None for v in record.values()):
            report.total -= 1  # a blank line of the sheet
            continue

        def cell(name: str, record: dict[str, Any] = record) -> str | None:
            column = mapping.get(name)
            value = record.get(column) if column else None
            return None if value is None else str(value)

        yield offset + FIRST_DATA_ROW, cell
