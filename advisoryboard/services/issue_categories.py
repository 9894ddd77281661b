"""The editable list of issue categories (seeded with the twelve of DOMAIN.md)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import get_or_404, require_permission
from database.models import IssueCategory


def _clean_name(session: Session, name: str, own_id: int | None) -> str:
    text = (name or "").strip()
    if not text:
        raise UserError(_("Give the category a name."), "name")
    if len(text) > 100:
        raise UserError(_("The name is too long (at most 100 characters)."), "name")
    clash = session.scalar(
        select(IssueCategory.id).where(
            func.lower(IssueCategory.name) == text.lower(), IssueCategory.id != (own_id or -1)
        )
    )
    if clash is not None:
        raise UserError(_("There is already a category called “{name}”.").format(name=text), "name")
    return text


def add_category(session: Session, name: str) -> int:
    require_permission(session, Permission.EDIT_ISSUES)
    text = _clean_name(session, name, None)
    last = session.scalar(select(func.coalesce(func.max(IssueCategory.sort_order), -1)))
    category = IssueCategory(name=text, sort_order=int(last or 0) + 1, active=True)
    session.add(category)
    session.flush()
    return category.id


def rename_category(session: Session, category_id: int, name: str) -> None:
    require_permission(session, Permission.EDIT_ISSUES)
    category = get_or_404(session, IssueCategory, category_id, _("Category"))
    category.name = _clean_name(session, name, category_id)
    session.flush()


def set_category_active(session: Session, category_id: int, active: bool) -> None:
    """Retire a category (kept on old issues, no longer offered) or bring it back."""
    require_permission(session, Permission.EDIT_ISSUES)
    category = get_or_404(session, IssueCategory, category_id, _("Category"))
    category.active = active
    session.flush()
