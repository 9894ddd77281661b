"""The audit log as people read it: one record's history and the filtered global log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from advisoryboard.errors import PermissionDenied
from advisoryboard.permissions import Actor
from advisoryboard.services import audit_log
from advisoryboard.services.audit_log import AuditFilter
from advisoryboard.services.base import read_only, transaction
from database.enums import AuditAction, Role
from database.models import AuditEntry, Member

MEI = Actor("mei", Role.SECRETARY, display_name="Mei Chen")
LUIS = Actor("luis", Role.MEMBER, display_name="Luis Ortega")


def test_history_of_a_record_shows_who_changed_what_old_to_new(db) -> None:
    with transaction(db, MEI) as s:
        ana = Member(name="<b>Ana & José</b>", phone="555-0101")
        s.add(ana)
    with transaction(db, LUIS) as s:
        row = s.get(Member, ana.id)
        assert row is not None
        row.phone = "555-0199"
    with read_only(db, MEI) as s:
        history = audit_log.record_history(s, "members", ana.id)
    assert [(h.action, h.username) for h in history] == [
        (AuditAction.CREATE, "mei"),
        (AuditAction.UPDATE, "luis"),
    ]
    assert history[1].changes == {"phone": ["555-0101", "555-0199"]}
    assert history[1].summary == "phone: 555-0101 → 555-0199"
    assert "<b>Ana & José</b>" in history[0].summary, "markup stays literal text"
    assert history[0].record_type == "Member"


def test_global_log_filters_by_user_record_type_and_date(db) -> None:
    with transaction(db, MEI) as s:
        s.add_all([Member(name="Ana"), Member(name="Bo")])
    with transaction(db, LUIS) as s:
        s.add(Member(name="Cy"))
    with transaction(db, MEI) as s:
        # An old entry (written directly, as the log would hold it from last year).
        s.execute(
            update(AuditEntry).where(AuditEntry.username == "luis").values(at=dt.datetime(2025, 3, 4, 12))
        )
    with read_only(db, MEI) as s:
        everything = audit_log.list_entries(s)
        total = s.scalar(select(func.count()).select_from(AuditEntry))
        by_mei = audit_log.list_entries(s, AuditFilter(username="mei", entity="members"))
        in_march = audit_log.list_entries(
            s, AuditFilter(date_from=dt.date(2025, 3, 4), date_to=dt.date(2025, 3, 4))
        )
        assert audit_log.count_entries(s, AuditFilter(username="luis")) == 1
        assert {"mei", "luis"} <= set(audit_log.usernames(s))
        assert "members" in audit_log.record_types(s)
    assert len(everything) == total
    assert everything == sorted(everything, key=lambda r: (r.at, r.id), reverse=True)
    assert sorted(r.changes["name"][1] for r in by_mei) == ["Ana", "Bo"]
    assert [r.username for r in in_march] == ["luis"]


def test_reading_the_log_needs_the_audit_permission(db) -> None:
    with pytest.raises(PermissionDenied), read_only(db, LUIS) as s:
        audit_log.list_entries(s)
    with pytest.raises(PermissionDenied), read_only(db, Actor("sam", Role.STAFF)) as s:
        audit_log.record_history(s, "members", 1)


def test_the_service_offers_no_way_to_edit_or_delete_entries() -> None:
    public = {name for name in dir(audit_log) if not name.startswith("_")}
    writers = {
        n for n in public if any(w in n.lower() for w in ("edit", "delete", "update", "remove", "set_"))
    }
    assert writers == set()
