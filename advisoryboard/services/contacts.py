"""Who may read a member's contact details (the same rule as the internal roster print).

Contact details are private unless the member agreed to publish them. Accounts that may see
confidential records (secretary, admin, the office in single-user mode) see all of them;
others (members, staff) see only published email and phone, and never a home address.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisoryboard.permissions import Actor, Permission


@dataclass(frozen=True)
class Contact:
    email: str | None
    phone: str | None
    address: str | None


def may_see_private_contacts(actor: Actor) -> bool:
    return actor.can(Permission.VIEW_CONFIDENTIAL)


def visible_contact(
    actor: Actor, published: bool, email: str | None, phone: str | None, address: str | None
) -> Contact:
    """The contact fields `actor` may read of a member who did (or did not) publish them."""
    if may_see_private_contacts(actor):
        return Contact(email, phone, address)
    if published:
        return Contact(email, phone, None)
    return Contact(None, None, None)
