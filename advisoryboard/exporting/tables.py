"""Spreadsheets out: CSV (UTF-8 with BOM, for Excel) and XLSX, every cell neutralised so a
spreadsheet never runs it as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from advisoryboard.errors import UserError
from advisoryboard.i18n import _

#: A spreadsheet treats a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula (=, +, -, @, tab, CR)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_table(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[tuple[str, str]], path: Path | str
) -> int:
    """Write rows to CSV (UTF-8 with BOM, for Excel) or XLSX with safe cells; returns the row count."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(_("Export to a .csv or .xlsx file."), "output")
    keys = [k for k, _label in columns]
    labels = [label for _k, label in columns]
    data = [[safe_cell(row.get(k)) for k in keys] for row in rows]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".csv":
            with path.open("w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow(labels)
                writer.writerows(["" if v is None else v for v in line] for line in data)
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet()
            ws.append(labels)
            for line in data:
                ws.append(line)
            wb.save(path)
    except OSError as exc:
        raise UserError(
            _("Cannot write {path}: {reason}").format(path=path, reason=exc.strerror), "output"
        ) from exc
    return len(data)
