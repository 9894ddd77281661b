"""The directory of partner organizations issues are referred to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.errors import ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from database.enums import PartnerKind
from database.models import Issue, Partner

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class PartnerInput:
    name: str
    kind: PartnerKind = PartnerKind.OTHER
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None
    active: bool = True


@dataclass(frozen=True)
class PartnerRecord:
    id: int
    version: int
    name: str
    kind: PartnerKind
    contact_person: str | None
    phone: str | None
    email: str | None
    notes: str | None
    active: bool
    open_referrals: int


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _validate(session: Session, data: PartnerInput, own_id: int | None) -> dict[str, object]:
    errors: dict[str, str] = {}
    name = _clean(data.name)
    if name is None:
        errors["name"] = _("Give the organization's name.")
    else:
        clash = session.scalar(
            select(Partner.id).where(func.lower(Partner.name) == name.lower(), Partner.id != (own_id or -1))
        )
        if clash is not None:
            errors["name"] = _("There is already a partner called “{name}”.").format(name=name)
    email = _clean(data.email)
    if email is not None and not EMAIL_RE.match(email):
        errors["email"] = _("This does not look like an email address.")
    if errors:
        raise ValidationError(errors)
    return {
        "name": name,
        "kind": data.kind,
        "contact_person": _clean(data.contact_person),
        "phone": _clean(data.phone),
        "email": email,
        "notes": _clean(data.notes),
        "active": data.active,
    }


def list_partners(session: Session, include_inactive: bool = True) -> list[PartnerRecord]:
    require_permission(session, Permission.READ)
    from database.enums import OPEN_STATUSES

    counts = dict(
        session.execute(
            select(Issue.partner_id, func.count())
            .where(Issue.partner_id.is_not(None), Issue.status.in_(list(OPEN_STATUSES)))
            .group_by(Issue.partner_id)
        ).all()
    )
    stmt = select(Partner).order_by(Partner.name)
    if not include_inactive:
        stmt = stmt.where(Partner.active.is_(True))
    return [
        PartnerRecord(
            p.id,
            p.version,
            p.name,
            p.kind,
            p.contact_person,
            p.phone,
            p.email,
            p.notes,
            p.active,
            int(counts.get(p.id, 0)),
        )
        for p in session.scalars(stmt)
    ]


def create_partner(session: Session, data: PartnerInput) -> int:
    require_permission(session, Permission.MANAGE_PARTNERS)
    partner = Partner(**_validate(session, data, None))
    session.add(partner)
    session.flush()
    return partner.id


def update_partner(session: Session, partner_id: int, data: PartnerInput, version: int | None = None) -> None:
    require_permission(session, Permission.MANAGE_PARTNERS)
    partner = get_or_404(session, Partner, partner_id, _("Partner"))
    check_version(partner, version, _("Partner {name}").format(name=partner.name))
    for key, value in _validate(session, data, partner_id).items():
        setattr(partner, key, value)
    session.flush()
