"""Edit presence on both databases: leases seen by others, released, expired."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from advisoryboard.permissions import Actor
from advisoryboard.services import presence
from advisoryboard.services.base import read_only, transaction
from database.enums import Role
from database.models import AuditEntry, EditLease

ANA = Actor("ana", Role.SECRETARY, display_name="Ana Pérez")
BEN = Actor("ben", Role.STAFF)


def test_an_open_editor_is_seen_by_others_until_released(db) -> None:
    with read_only(db) as s:
        audit_before = s.query(AuditEntry).count()
    with transaction(db, ANA) as s:
        ana = presence.acquire(s, "issues", 7, computer="FRONT-DESK")
    with transaction(db, BEN) as s:
        ben = presence.acquire(s, "issues", 7, computer="CHAIR-LAPTOP")
    with read_only(db, BEN) as s:
        seen_by_ben = presence.others_editing(s, "issues", 7, ben)
        assert presence.others_editing(s, "issues", 8, ben) == []
    assert [(e.username, e.computer) for e in seen_by_ben] == [("Ana Pérez", "FRONT-DESK")]
    with transaction(db, ANA) as s:
        assert presence.renew(s, ana)
        presence.release(s, ana)
    with read_only(db, BEN) as s:
        assert presence.others_editing(s, "issues", 7, ben) == []
        assert s.query(AuditEntry).count() == audit_before  # presence is not board data


def test_a_lease_not_renewed_expires(db) -> None:
    with transaction(db, ANA) as s:
        ana = presence.acquire(s, "issues", 3, computer="FRONT-DESK")
        past = dt.datetime(2020, 1, 1)
        s.execute(update(EditLease).where(EditLease.token == ana).values(expires_at=past))
    with read_only(db, BEN) as s:
        assert presence.others_editing(s, "issues", 3) == []
    with transaction(db, BEN) as s:
        presence.acquire(s, "issues", 3)  # clears expired leases on the way
    with transaction(db, ANA) as s:
        assert not presence.renew(s, ana)
