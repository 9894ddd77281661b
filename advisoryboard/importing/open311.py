"""Open311 GeoReport v2 JSON: read service requests into a table (writing: exporting/open311.py).

Reading flattens each request into one row of text cells: standard fields keep their
names, nested objects become `parent.key` columns (Chicago's `extended_attributes`),
and a `notes` list (Chicago) becomes one text cell, so the same column mapping and
import code serve CSV, XLSX and JSON alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.importing.tabular import clean_value
from advisoryboard.odd_input import check_nesting, too_deep


def _flatten(record: Mapping[str, Any]) -> dict[str, str | None]:
    row: dict[str, str | None] = {}
    for key, value in record.items():
        if isinstance(value, Mapping):
            for sub, subvalue in value.items():
                if not isinstance(subvalue, Mapping | list):
                    row[f"{key}.{sub}"] = clean_value(subvalue)
        elif isinstance(value, list):
            parts = []
            for note in value:
                if isinstance(note, Mapping):
                    text = " — ".join(str(note[k]) for k in ("summary", "description") if note.get(k))
                    if text:
                        parts.append(text)
                elif note is not None:
                    parts.append(str(note))
            row[key] = "\n".join(parts) or None
        else:
            row[key] = clean_value(value)
    return row


def read_open311(path: Path | str) -> Any:
    """A GeoReport v2 JSON response (a list of requests) as a DataFrame of text cells."""
    import pandas as pd

    path = Path(path)
    if not path.exists():
        raise UserError(_("There is no file at {path}.").format(path=path), "file")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except RecursionError:  # the parser itself gave up: far deeper than any real export
        raise too_deep(path.name) from None
    except (OSError, UnicodeError, ValueError) as exc:
        raise UserError(
            _("{name} is not a JSON file: {reason}").format(name=path.name, reason=exc), "file"
        ) from exc
    check_nesting(data, path.name)
    if isinstance(data, Mapping):  # some servers wrap the list
        data = data.get("service_requests") or data.get("requests") or [data]
    if not isinstance(data, list) or not all(isinstance(r, Mapping) for r in data):
        raise UserError(
            _("{name} is not an Open311 GeoReport v2 list of service requests.").format(name=path.name),
            "file",
        )
    rows = [_flatten(r) for r in data]
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    frame = pd.DataFrame([[row.get(c) for c in columns] for row in rows], columns=columns, dtype=object)
    frame = frame.where(frame.notna(), None)
    frame.attrs["first_row"] = 1  # JSON rows are numbered by record, from 1
    return frame
