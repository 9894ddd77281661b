"""The issue workflow and its timeline, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from advisoryboard.errors import PermissionDenied, UserError, ValidationError
from advisoryboard.permissions import Actor
from advisoryboard.services import issues as svc
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.issue_detail import find_by_reference, get_issue
from advisoryboard.services.partners import PartnerInput, create_partner, list_partners, update_partner
from database.enums import IssueStatus, MeetingKind, Role, TimelineKind
from database.models import AgendaItem, Issue, Meeting, Member, Partner
from tests.support.versions import current

SECRETARY = Actor("sam", Role.SECRETARY, user_id=None, display_name="Sam Secretary")
STAFF = Actor("pat", Role.STAFF, display_name="Pat Staff")


def _new(db, title: str = "Graffiti on Elm Street", **kw) -> int:
    with transaction(db, SECRETARY) as s:
        return svc.create_issue(s, svc.IssueInput(title=title, **kw))


def _partner(db, name: str = "District 4 Police") -> int:
    with transaction(db, SECRETARY) as s:
        return create_partner(s, PartnerInput(name=name, contact_person="Sgt. Ruiz", email="d4@city.example"))


def test_references_count_up_within_a_year_and_restart_each_year(db) -> None:
    a = _new(db, reported_on=dt.datetime(2025, 3, 1, 9, 0))
    b = _new(db, reported_on=dt.datetime(2025, 4, 1, 9, 0))
    c = _new(db, reported_on=dt.datetime(2026, 1, 2, 9, 0))
    with read_only(db) as s:
        refs = [get_issue(s, i).reference for i in (a, b, c)]
        assert find_by_reference(s, "2025-0002") == b
    assert refs == ["2025-0001", "2025-0002", "2026-0001"]


def test_full_workflow_writes_a_timeline_with_author_and_time(db) -> None:
    iid = _new(db)
    pid = _partner(db)
    with transaction(db, SECRETARY) as s:
        svc.change_status(s, iid, IssueStatus.ACKNOWLEDGED, version=current(s, Issue, iid))
        svc.refer(s, iid, pid, "Asked the district to patrol", version=current(s, Issue, iid))
        svc.change_status(s, iid, IssueStatus.IN_PROGRESS, version=current(s, Issue, iid))
        member = Member(name="Ana García")
        s.add(member)
        s.flush()
        svc.assign(s, iid, member_id=member.id, version=current(s, Issue, iid))
        svc.add_note(s, iid, "Owner agreed to repaint <b>Ana & José</b>")
        svc.change_status(s, iid, IssueStatus.RESOLVED, "Wall repainted", version=current(s, Issue, iid))
    with read_only(db) as s:
        d = get_issue(s, iid)
    assert d.status is IssueStatus.RESOLVED
    assert d.resolved_on is not None
    assert d.partner == "District 4 Police"
    assert d.assignee == "Ana García"
    kinds = [e.kind for e in d.timeline]
    assert kinds == [
        TimelineKind.CREATED,
        TimelineKind.STATUS,
        TimelineKind.REFERRAL,
        TimelineKind.STATUS,
        TimelineKind.ASSIGNMENT,
        TimelineKind.NOTE,
        TimelineKind.STATUS,
    ]
    assert {e.author for e in d.timeline} == {"Sam Secretary"}
    assert all(isinstance(e.at, dt.datetime) for e in d.timeline)
    assert d.timeline[2].partner == "District 4 Police"
    assert d.timeline[5].text == "Owner agreed to repaint <b>Ana & José</b>"
    assert (d.timeline[-1].from_status, d.timeline[-1].to_status) == (
        IssueStatus.IN_PROGRESS,
        IssueStatus.RESOLVED,
    )


def test_resolving_or_closing_needs_a_note_and_changes_nothing_without_one(db) -> None:
    iid = _new(db)
    for status in (IssueStatus.RESOLVED, IssueStatus.CLOSED_NO_ACTION):
        with pytest.raises(UserError, match="note") as info:
            with transaction(db, SECRETARY) as s:
                svc.change_status(s, iid, status, "   ", version=current(s, Issue, iid))
        assert info.value.field == "note"
    with read_only(db) as s:
        d = get_issue(s, iid)
    assert d.status is IssueStatus.NEW
    assert len(d.timeline) == 1


def test_invalid_transitions_are_refused_with_the_allowed_ones_named(db) -> None:
    iid = _new(db)
    with transaction(db, SECRETARY) as s:
        svc.change_status(s, iid, IssueStatus.IN_PROGRESS, version=current(s, Issue, iid))
    with pytest.raises(UserError, match=r"In progress cannot become New.*It can become: Referred"):
        with transaction(db, SECRETARY) as s:
            svc.change_status(s, iid, IssueStatus.NEW, version=current(s, Issue, iid))
    with transaction(db, SECRETARY) as s:
        svc.change_status(
            s, iid, IssueStatus.CLOSED_NO_ACTION, "Nothing we can do", version=current(s, Issue, iid)
        )
    with pytest.raises(UserError, match="cannot become Resolved"):
        with transaction(db, SECRETARY) as s:
            svc.change_status(s, iid, IssueStatus.RESOLVED, "x", version=current(s, Issue, iid))


def test_referring_needs_a_partner(db) -> None:
    iid = _new(db)
    with pytest.raises(UserError, match="partner organization") as info:
        with transaction(db, SECRETARY) as s:
            svc.change_status(s, iid, IssueStatus.REFERRED, version=current(s, Issue, iid))
    assert info.value.field == "partner"


def test_duplicate_needs_the_original_and_reopen_clears_it(db) -> None:
    original = _new(db, "Streetlight out on Oak Ave")
    copy = _new(db, "Dark corner at Oak Ave")
    with pytest.raises(UserError, match="duplicates"):
        with transaction(db, SECRETARY) as s:
            svc.change_status(s, copy, IssueStatus.DUPLICATE, version=current(s, Issue, copy))
    with pytest.raises(UserError, match="itself"):
        with transaction(db, SECRETARY) as s:
            svc.change_status(
                s, copy, IssueStatus.DUPLICATE, duplicate_of_id=copy, version=current(s, Issue, copy)
            )
    with transaction(db, SECRETARY) as s:
        svc.change_status(
            s, copy, IssueStatus.DUPLICATE, duplicate_of_id=original, version=current(s, Issue, copy)
        )
    with read_only(db) as s:
        d = get_issue(s, copy)
        assert (d.status, d.duplicate_of) == (IssueStatus.DUPLICATE, get_issue(s, original).reference)
    with transaction(db, SECRETARY) as s:
        svc.change_status(
            s,
            copy,
            IssueStatus.ACKNOWLEDGED,
            "Not the same corner after all",
            version=current(s, Issue, copy),
        )
    with read_only(db) as s:
        d = get_issue(s, copy)
    assert (d.status, d.duplicate_of_id, d.resolved_on) == (IssueStatus.ACKNOWLEDGED, None, None)
    assert d.timeline[-1].text == "Not the same corner after all"


def test_staff_may_read_but_not_change_issues(db) -> None:
    iid = _new(db)
    with pytest.raises(PermissionDenied):
        with transaction(db, STAFF) as s:
            svc.change_status(s, iid, IssueStatus.ACKNOWLEDGED, version=current(s, Issue, iid))
    with pytest.raises(PermissionDenied):
        with transaction(db, STAFF) as s:
            svc.create_issue(s, svc.IssueInput(title="x"))
    with read_only(db, STAFF) as s:
        assert get_issue(s, iid).title == "Graffiti on Elm Street"


def test_confidential_details_are_withheld_from_those_who_may_not_see_them(db) -> None:
    iid = _new(db, "Dealing at 5 Birch Ct", reporter_name="Jo Neighbor", confidential=True)
    member = Actor("m", Role.MEMBER)
    with read_only(db, member) as s:
        hidden = get_issue(s, iid)
    with read_only(db, SECRETARY) as s:
        shown = get_issue(s, iid)
    assert hidden.withheld and "Birch" not in hidden.title and hidden.timeline == ()
    assert hidden.reporter_name is None
    assert shown.title == "Dealing at 5 Birch Ct" and shown.reporter_name == "Jo Neighbor"


def test_bad_input_names_the_field(db) -> None:
    with pytest.raises(ValidationError) as info:
        with transaction(db, SECRETARY) as s:
            svc.create_issue(s, svc.IssueInput(title="  ", latitude=123.0))
    assert set(info.value.errors) == {"title", "latitude"}
    with read_only(db) as s:
        assert s.scalars(select(Issue)).all() == []


def test_edit_records_what_changed_and_refuses_a_stale_version(db) -> None:
    iid = _new(db)
    with read_only(db) as s:
        version = get_issue(s, iid).version
    with transaction(db, SECRETARY) as s:
        svc.update_issue(s, iid, svc.IssueInput(title="Graffiti on Elm St wall", district="E13"), version)
    with pytest.raises(UserError, match="changed by someone else"):
        with transaction(db, SECRETARY) as s:
            svc.update_issue(s, iid, svc.IssueInput(title="Other"), version)
    with read_only(db) as s:
        d = get_issue(s, iid)
    assert (d.title, d.district) == ("Graffiti on Elm St wall", "E13")
    assert d.timeline[-1].kind is TimelineKind.EDIT and "title" in (d.timeline[-1].text or "")


def test_links_to_meetings_that_mention_the_issue(db) -> None:
    iid = _new(db)
    with transaction(db, SECRETARY) as s:
        meeting = Meeting(
            kind=MeetingKind.REGULAR, starts_at=dt.datetime(2026, 3, 10, 19, 0), title="March meeting"
        )
        s.add(meeting)
        s.flush()
        s.add(AgendaItem(meeting_id=meeting.id, title="Graffiti follow-up", issue_id=iid))
        svc.add_note(s, iid, "Discussed; police will patrol", meeting_id=meeting.id)
    with read_only(db) as s:
        links = get_issue(s, iid).links
    assert [(link.kind, link.meeting_id) for link in links] == [("agenda_item", meeting.id)]
    assert links[0].label == "Agenda item “Graffiti follow-up” at the meeting of Mar 10, 2026 (March meeting)"


def test_partner_directory_refuses_duplicates_and_bad_email(db) -> None:
    pid = _partner(db)
    with pytest.raises(ValidationError) as info:
        with transaction(db, SECRETARY) as s:
            create_partner(s, PartnerInput(name="district 4 police", email="not-an-email"))
    assert set(info.value.errors) == {"name", "email"}
    with transaction(db, SECRETARY) as s:
        update_partner(
            s,
            pid,
            PartnerInput(name="District 4 Police", phone="555-0101", notes="Tuesdays"),
            current(s, Partner, pid),
        )
    iid = _new(db)
    with transaction(db, SECRETARY) as s:
        svc.refer(s, iid, pid, version=current(s, Issue, iid))
    with read_only(db) as s:
        (p,) = list_partners(s)
    assert (p.phone, p.notes, p.open_referrals) == ("555-0101", "Tuesdays", 1)
    with pytest.raises(PermissionDenied):
        with transaction(db, STAFF) as s:
            create_partner(s, PartnerInput(name="School"))


def test_categories_can_be_added_renamed_and_retired(db) -> None:
    from advisoryboard.services.issue_categories import add_category, rename_category, set_category_active
    from advisoryboard.services.issue_detail import categories

    with transaction(db, SECRETARY) as s:
        cid = add_category(s, "Panhandling")
        rename_category(s, cid, "Aggressive panhandling")
    with pytest.raises(UserError, match="already a category") as info:
        with transaction(db, SECRETARY) as s:
            add_category(s, "graffiti")
    assert info.value.field == "name"
    iid = _new(db, category_id=cid)
    with transaction(db, SECRETARY) as s:
        set_category_active(s, cid, False)
    with read_only(db) as s:
        offered = [c.label for c in categories(s)]
        every = [c.label for c in categories(s, include_inactive=True)]
        kept = get_issue(s, iid).category
    assert "Aggressive panhandling" not in offered and every[-1] == "Aggressive panhandling"
    assert kept == "Aggressive panhandling"  # old issues keep a retired category
