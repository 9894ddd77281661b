"""The board's settings (one row): read by everyone, changed by an administrator."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.errors import ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from advisoryboard.services.districts import Area, areas_in_use, clean_areas, encode, stored_areas
from database.base import utcnow
from database.enums import QuorumRule, Role, ThresholdBase
from database.models import BoardSettings, User


@dataclass(frozen=True)
class BoardSettingsData:
    board_name: str
    seat_count: int
    quorum_rule: QuorumRule
    quorum_fixed_number: int | None
    threshold_base: ThresholdBase
    fiscal_year_start_month: int
    timezone: str
    default_location: str | None
    accommodation_notice: str | None
    public_comment_instructions: str | None
    absence_consecutive_limit: int
    absence_min_rate_percent: int
    term_warning_days: int
    single_user_mode: bool
    language: str
    backup_folder: str | None
    #: The board's districts and beats (saved list, else the areas its records already name).
    areas: tuple[Area, ...]
    initialized_at: dt.datetime | None
    version: int


#: The fields `update_settings` accepts (everything but bookkeeping).
EDITABLE = tuple(
    f.name for f in dataclasses.fields(BoardSettingsData) if f.name not in ("initialized_at", "version")
)
_TEXT_LIMITS = {"board_name": 200, "default_location": 300, "backup_folder": 500}
_LONG_TEXT_LIMIT = 20_000
_INT_RANGES = {
    "seat_count": (1, 200),
    "quorum_fixed_number": (1, 200),
    "fiscal_year_start_month": (1, 12),
    "absence_consecutive_limit": (1, 100),
    "absence_min_rate_percent": (0, 100),
    "term_warning_days": (0, 3650),
}


def _data(session: Session, row: BoardSettings) -> BoardSettingsData:
    values = {
        f.name: getattr(row, f.name) for f in dataclasses.fields(BoardSettingsData) if f.name != "areas"
    }
    saved = stored_areas(row)
    areas = tuple(saved if saved is not None else areas_in_use(session))
    return BoardSettingsData(**values, areas=areas)


def get_settings(session: Session) -> BoardSettingsData:
    require_permission(session, Permission.READ)
    return _data(session, get_or_404(session, BoardSettings, 1, _("Board settings")))


def _clean(field: str, value: Any) -> Any:
    if field == "areas":
        return encode(clean_areas(value))
    if field in _INT_RANGES:
        if value is None and field == "quorum_fixed_number":
            return None
        lo, hi = _INT_RANGES[field]
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise ValidationError({field: _("Enter a whole number from {lo} to {hi}.").format(lo=lo, hi=hi)})
        return value
    if field == "quorum_rule":
        try:
            return QuorumRule(value)
        except ValueError:
            raise ValidationError({field: _("Choose a quorum rule from the list.")}) from None
    if field == "threshold_base":
        try:
            return ThresholdBase(value)
        except ValueError:
            raise ValidationError({field: _("Choose a vote base from the list.")}) from None
    if field == "single_user_mode":
        if not isinstance(value, bool):
            raise ValidationError({field: _("Single-user mode is either on or off.")})
        return value
    if value is not None and not isinstance(value, str):
        raise ValidationError({field: _("Enter text here.")})
    text = (value or "").strip()
    if "\x00" in text:
        raise ValidationError({field: _("The text contains a NUL character, which cannot be saved.")})
    limit = _TEXT_LIMITS.get(field, _LONG_TEXT_LIMIT)
    if len(text) > limit:
        raise ValidationError({field: _("At most {n} characters, please.").format(n=limit)})
    if field == "board_name" and not text:
        raise ValidationError({field: _("The board needs a name (it heads every agenda and minutes).")})
    if field == "timezone":
        try:
            zoneinfo.ZoneInfo(text)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                {field: _("{zone} is not a known time zone (e.g. America/New_York).").format(zone=text)}
            ) from None
    if field == "language" and not (2 <= len(text) <= 10 and text.replace("_", "").isalpha()):
        raise ValidationError({field: _("Enter a language code such as en or es.")})
    if field == "backup_folder" and text:
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            raise ValidationError({field: _("Enter a full folder path, e.g. E:\\Backups or /media/usb.")})
        if folder.exists() and not folder.is_dir():
            raise ValidationError({field: _("{path} is a file, not a folder.").format(path=folder)})
        return str(folder)
    return text or None


def update_settings(
    session: Session, changes: dict[str, Any], expected_version: int | None = None
) -> BoardSettingsData:
    """Apply `changes` (field -> value); refuses when someone saved the settings since `expected_version`."""
    require_permission(session, Permission.MANAGE_SETTINGS)
    row = get_or_404(session, BoardSettings, 1, _("Board settings"))
    check_version(row, expected_version, _("The board settings"))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError({name: _("This setting cannot be changed here.") for name in sorted(unknown)})
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    for field, value in changes.items():
        try:
            cleaned[field] = _clean(field, value)
        except ValidationError as exc:
            errors.update(exc.errors)
    rule = cleaned.get("quorum_rule", row.quorum_rule)
    fixed = cleaned.get("quorum_fixed_number", row.quorum_fixed_number)
    if rule is QuorumRule.FIXED_NUMBER and fixed is None and "quorum_fixed_number" not in errors:
        errors["quorum_fixed_number"] = _("A fixed quorum needs its number.")
    if cleaned.get("single_user_mode") is False and row.single_user_mode:
        admins = (
            select(func.count())
            .select_from(User)
            .where(User.role == Role.ADMIN, User.active.is_(True), User.password_hash.is_not(None))
        )
        if not session.scalar(admins):
            errors["single_user_mode"] = _(
                "Create an administrator account first; otherwise no one could sign in."
            )
    if errors:
        raise ValidationError(errors)
    for field, value in cleaned.items():
        setattr(row, field, value)
    session.flush()
    return _data(session, row)


def mark_initialized(session: Session) -> None:
    """Note that the first start has been answered (single-user mode chosen, or accounts made)."""
    require_permission(session, Permission.MANAGE_SETTINGS)
    row = get_or_404(session, BoardSettings, 1, _("Board settings"))
    if row.initialized_at is None:
        row.initialized_at = utcnow()
        session.flush()


def sign_in_needed(session: Session) -> str:
    """What the start-up must do: 'first-start', 'sign-in' or 'none' (single-user mode)."""
    from advisoryboard.services.auth import user_count

    row = session.get(BoardSettings, 1)
    users = user_count(session)
    if users == 0 and (row is None or row.initialized_at is None):
        return "first-start"
    if row is not None and not row.single_user_mode and users > 0:
        return "sign-in"
    return "none"
