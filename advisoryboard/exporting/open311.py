"""Issues out as Open311 GeoReport v2 JSON (status open/closed)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from advisoryboard.errors import UserError
from advisoryboard.i18n import _


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat() + "Z"
    return value.isoformat()


def write_open311(rows: Iterable[Mapping[str, Any]], path: Path | str) -> int:
    """Write issues as a GeoReport v2 JSON list (status open/closed).

    JSON is data, not a spreadsheet: texts are written as they are (no formula escaping).
    """
    out = []
    for r in rows:
        out.append(
            {
                "service_request_id": r["reference"],
                "status": "open" if r["open"] else "closed",
                "status_notes": r.get("status_label"),
                "service_name": r.get("category"),
                "service_code": r.get("category"),
                "description": r.get("title"),
                "agency_responsible": r.get("partner") or r.get("source_agency"),
                "requested_datetime": _iso(r.get("reported_on")),
                "updated_datetime": _iso(r.get("updated_at")),
                "expected_datetime": _iso(r.get("due_on")),
                "address": r.get("location"),
                "lat": r.get("latitude"),
                "long": r.get("longitude"),
                "extended_attributes": {
                    "district": r.get("district"),
                    "priority": r.get("priority"),
                    "source_service_name": r.get("source_category"),
                    "source_agency": r.get("source_agency"),
                },
            }
        )
    path = Path(path)
    try:
        path.write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        raise UserError(
            _("Cannot write {path}: {reason}").format(path=path, reason=exc.strerror), "output"
        ) from exc
    return len(out)
