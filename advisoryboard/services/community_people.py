"""Who took part: named sign-ins at events and the block captains of a watch.

Their contacts are private. `public=True` (public prints and exports), or an account
without the confidential permission, gets a person's name and contact only when that
person consented; `public=False` needs VIEW_CONFIDENTIAL. The rule lives here, once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from advisoryboard.errors import ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Actor, Permission
from advisoryboard.services.base import get_or_404, require_permission
from advisoryboard.services.community import clean
from database.models import CommunityEvent, CommunityProgram, EventSignIn, WatchBlock


@dataclass(frozen=True)
class SignInInput:
    name: str
    street: str | None = None
    contact: str | None = None
    consent: bool = False
    language: str | None = None


@dataclass(frozen=True)
class SignInLine:
    """One sign-in as this reader may see it: `name`/`contact` None when withheld."""

    id: int
    name: str | None
    street: str | None
    contact: str | None
    consent: bool
    language: str | None


@dataclass(frozen=True)
class BlockInput:
    block: str
    captain_name: str | None = None
    captain_contact: str | None = None
    captain_consent: bool = False
    captain_active: bool = True


@dataclass(frozen=True)
class BlockLine:
    id: int
    block: str
    captain_name: str | None
    captain_contact: str | None
    captain_consent: bool
    captain_active: bool


def person_key(name: str) -> str:
    """The name folded so 'José  Pérez' and 'jose perez' are one returning participant."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def sees_private(actor: Actor, public: bool) -> bool:
    """Whether contacts of people who did not consent may be shown to `actor` here."""
    return not public and actor.can(Permission.VIEW_CONFIDENTIAL)


def _reader(session: Session, public: bool) -> bool:
    actor = require_permission(session, Permission.READ)
    if not public:
        require_permission(session, Permission.VIEW_CONFIDENTIAL)
    return sees_private(actor, public)


# ------------------------------------------------------------------------------ sign-ins
def validate_sign_in(data: SignInInput, row: str = "") -> dict[str, object]:
    """The values to store, or a ValidationError (fields prefixed with `row` for imports)."""
    name = clean(data.name)
    errors: dict[str, str] = {}
    if name is None:
        errors[row + "name"] = _("Give the person's name (or count them in the head count only).")
    contact = clean(data.contact)
    if contact is not None and len(contact) > 200:
        errors[row + "contact"] = _("The contact is longer than 200 characters.")
    if name is not None and len(name) > 200:
        errors[row + "name"] = _("The name is longer than 200 characters.")
    if errors:
        raise ValidationError(errors)
    assert name is not None
    return {
        "name": name,
        "person_key": person_key(name),
        "street": clean(data.street),
        "contact": contact,
        "consent": bool(data.consent),
        "language": (clean(data.language) or "").lower() or None,
    }


def add_sign_ins(session: Session, event_id: int, people: Sequence[SignInInput]) -> list[int]:
    """Add named sign-ins; the head count grows to at least the number of names."""
    require_permission(session, Permission.EDIT_COMMUNITY)
    event = get_or_404(session, CommunityEvent, event_id, _("Event"))
    rows = [EventSignIn(event_id=event_id, **validate_sign_in(p)) for p in people]
    session.add_all(rows)
    session.flush()
    named = session.scalar(select(func.count()).where(EventSignIn.event_id == event_id)) or 0
    if event.head_count is None or event.head_count < named:
        event.head_count = int(named)
    session.flush()
    return [r.id for r in rows]


def remove_sign_in(session: Session, sign_in_id: int) -> None:
    require_permission(session, Permission.EDIT_COMMUNITY)
    row = get_or_404(session, EventSignIn, sign_in_id, _("Sign-in"))
    session.delete(row)
    session.flush()


def list_sign_ins(session: Session, event_id: int, *, public: bool = True) -> list[SignInLine]:
    private = _reader(session, public)
    get_or_404(session, CommunityEvent, event_id, _("Event"))
    rows = session.scalars(
        select(EventSignIn).where(EventSignIn.event_id == event_id).order_by(EventSignIn.id)
    )
    out = []
    for r in rows:
        shown = private or r.consent
        out.append(
            SignInLine(
                r.id, r.name if shown else None, r.street, r.contact if shown else None, r.consent, r.language
            )
        )
    return out


# -------------------------------------------------------------------------- watch blocks
def set_blocks(session: Session, program_id: int, blocks: Sequence[BlockInput]) -> None:
    """Replace the program's list of blocks and captains (one save of the blocks table)."""
    require_permission(session, Permission.EDIT_COMMUNITY)
    get_or_404(session, CommunityProgram, program_id, _("Program"))
    errors: dict[str, str] = {}
    seen: set[str] = set()
    values = []
    for index, b in enumerate(blocks, start=1):
        name = clean(b.block)
        if name is None:
            errors[f"blocks.{index}.block"] = _("Row {n}: give the block or street.").format(n=index)
            continue
        if name.casefold() in seen:
            errors[f"blocks.{index}.block"] = _("Row {n}: “{block}” is listed twice.").format(
                n=index, block=name
            )
        seen.add(name.casefold())
        values.append(
            WatchBlock(
                program_id=program_id,
                block=name,
                captain_name=clean(b.captain_name),
                captain_contact=clean(b.captain_contact),
                captain_consent=bool(b.captain_consent),
                captain_active=bool(b.captain_active),
            )
        )
    if errors:
        raise ValidationError(errors)
    session.execute(delete(WatchBlock).where(WatchBlock.program_id == program_id))
    session.add_all(values)
    session.flush()


def list_blocks(session: Session, program_id: int, *, public: bool = True) -> list[BlockLine]:
    private = _reader(session, public)
    rows = session.scalars(
        select(WatchBlock).where(WatchBlock.program_id == program_id).order_by(WatchBlock.id)
    )
    out = []
    for b in rows:
        shown = private or b.captain_consent
        out.append(
            BlockLine(
                b.id,
                b.block,
                b.captain_name if shown else (_("(captain)") if b.captain_name else None),
                b.captain_contact if shown else None,
                b.captain_consent,
                b.captain_active,
            )
        )
    return out
