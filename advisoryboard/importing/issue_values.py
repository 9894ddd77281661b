"""Turning the values real 311 exports hold into ours: statuses, categories, dates, districts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from database.enums import IssueStatus

#: Status words of real exports (lower case) -> our workflow status.
STATUS_WORDS: dict[str, IssueStatus] = {
    "open": IssueStatus.NEW,
    "opened": IssueStatus.NEW,
    "new": IssueStatus.NEW,
    "submitted": IssueStatus.NEW,
    "pending": IssueStatus.ACKNOWLEDGED,
    "email sent": IssueStatus.ACKNOWLEDGED,
    "acknowledged": IssueStatus.ACKNOWLEDGED,
    "assigned": IssueStatus.IN_PROGRESS,
    "started": IssueStatus.IN_PROGRESS,
    "in progress": IssueStatus.IN_PROGRESS,
    "in_progress": IssueStatus.IN_PROGRESS,
    "referred": IssueStatus.REFERRED,
    "referred out": IssueStatus.REFERRED,
    "closed": IssueStatus.RESOLVED,
    "resolved": IssueStatus.RESOLVED,
    "completed": IssueStatus.RESOLVED,
    "cancelled": IssueStatus.CLOSED_NO_ACTION,
    "canceled": IssueStatus.CLOSED_NO_ACTION,
    "closed without action": IssueStatus.CLOSED_NO_ACTION,
    "closed_no_action": IssueStatus.CLOSED_NO_ACTION,
    "unspecified": IssueStatus.NEW,
}

#: Words in a 311 service name -> our category (first match wins; English category names).
CATEGORY_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), name)
    for p, name in [
        (r"graffiti", "Graffiti"),
        (r"street ?light|light out|lighting|lamp", "Street lighting"),
        (r"abandoned (vehicle|car|veh)|derelict vehicle", "Abandoned vehicles"),
        (r"noise", "Noise"),
        (r"traffic|speed|signal|parking|blocked driveway|vehicle", "Traffic and speeding"),
        (
            r"dump|bulky|trash|litter|garbage|sanitation|dirty|debris|waste|sweeping|e-waste",
            "Illegal dumping",
        ),
        (r"drug|narcotic", "Drug activity"),
        (r"theft|burglar|vandal|break[- ]?in|robbery", "Property crime"),
        (r"homeless|encampment", "Homelessness outreach"),
        (r"\bparks?\b|playground|youth|recreation|tree", "Parks and youth"),
        (
            r"housing|heat|hot water|building|code enforcement|plumbing|paint|unsanitary|rodent",
            "Housing and code enforcement",
        ),
    ]
]
OTHER_CATEGORY = "Other public safety"

_US_FORMATS = ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y")
_DISTRICT = re.compile(r"^([A-Za-z]+)[\s\-]+(\d+)$")
_FLOAT_INT = re.compile(r"^(\d+)\.0+$")


def map_status(raw: str | None, user_map: Mapping[str, str]) -> IssueStatus | None:
    """Our status for a file's status text (user mapping first), None if unknown."""
    if raw is None:
        return None
    key = raw.strip().lower()
    target = user_map.get(key)
    if target is not None:
        return status_from_text(target)
    return STATUS_WORDS.get(key)


def status_from_text(text: str) -> IssueStatus | None:
    key = text.strip().lower().replace("-", " ")
    for status in IssueStatus:
        if key in (status.value, status.value.replace("_", " ")):
            return status
    return STATUS_WORDS.get(key)


def guess_category(raw: str, names: Mapping[str, int]) -> int | None:
    """Category id for a 311 service name by keywords; `names` maps lower-case names to ids."""
    exact = names.get(raw.strip().lower())
    if exact is not None:
        return exact
    for pattern, name in CATEGORY_RULES:
        if pattern.search(raw):
            return names.get(name.lower())
    return None


def clean_district(raw: str | None) -> str | None:
    """E-13 and E13 are the same police district; '9.0' is 9."""
    if raw is None:
        return None
    text = raw.strip()
    m = _FLOAT_INT.match(text)
    if m:
        return m.group(1)
    m = _DISTRICT.match(text)
    if m:
        return f"{m.group(1).upper()}{m.group(2)}"
    return text[:60] or None


def parse_float(raw: str | None) -> float | None:
    if raw is None:
        return None
    try:
        return float(raw)
    except ValueError:
        return None


def parse_datetimes(values: Any) -> list[dt.datetime | None]:
    """Dates as real exports write them, vectorised (pandas); offsets become naive UTC.

    ISO 8601 with or without offset, `MM/DD/YYYY hh:mm:ss AM` and a few US variants.
    Unparseable or missing values come back as None.
    """
    import pandas as pd

    series = pd.Series(values, dtype=object)
    iso = pd.to_datetime(series, format="ISO8601", errors="coerce", utc=True)
    result = iso.dt.tz_localize(None)
    for fmt in _US_FORMATS:
        missing = result.isna() & series.notna()
        if not missing.any():
            break
        parsed = pd.to_datetime(series[missing], format=fmt, errors="coerce")
        result = result.where(~missing, parsed)
    out: list[dt.datetime | None] = []
    for value in result.astype(object):
        out.append(None if value is None or pd.isna(value) else value.to_pydatetime().replace(microsecond=0))
    return out
