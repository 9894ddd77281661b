"""Findings 3 and 6 of issue 16: permissions in the services for confidential issues and contacts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from advisoryboard.errors import PermissionDenied
from advisoryboard.exporting.members import export_members
from advisoryboard.permissions import Actor
from advisoryboard.services import issue_detail, issues, members
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import Role

STAFF = Actor("sam", Role.STAFF)
MEMBER = Actor("ana", Role.MEMBER)
SECRETARY = Actor("sue", Role.SECRETARY)


def test_a_member_account_cannot_change_or_read_a_confidential_issue(db: Database) -> None:
    with transaction(db) as s:
        issue_id = issues.create_issue(s, issues.IssueInput("Named neighbour", confidential=True))
        issues.add_note(s, issue_id, "Investigation by the district, names inside.")
    for edit in (
        lambda s: issues.update_issue(s, issue_id, issues.IssueInput("Named neighbour"), version=1),
        lambda s: issues.add_note(s, issue_id, "Me too"),
    ):
        with pytest.raises(PermissionDenied), transaction(db, MEMBER) as s:
            edit(s)
    with pytest.raises(PermissionDenied), read_only(db, MEMBER) as s:
        issue_detail.timeline(s, issue_id)
    with read_only(db, SECRETARY) as s:
        detail = issue_detail.get_issue(s, issue_id)
    assert detail.confidential and detail.version == 1
    assert [e.text for e in detail.timeline][-1] == "Investigation by the district, names inside."


def _two_members(db: Database) -> None:
    with transaction(db) as s:
        members.create_member(
            s,
            members.MemberInput(
                "Ana Published",
                email="ana@example.org",
                phone="617-555-0101",
                address="1 Elm St",
                publish_contact=True,
            ),
        )
        members.create_member(
            s,
            members.MemberInput(
                "Luis Private", email="luis@example.org", phone="617-555-0102", address="2 Oak St"
            ),
        )


def test_staff_read_only_published_contacts(db: Database, tmp_path: Path) -> None:
    _two_members(db)
    with read_only(db, STAFF) as s:
        ids = {r.name: r.id for r in members_roster(s)}
        ana, luis = members.get_member(s, ids["Ana Published"]), members.get_member(s, ids["Luis Private"])
        export_members(s, tmp_path / "staff.csv")
    assert (ana.email, ana.phone, ana.address) == ("ana@example.org", "617-555-0101", None)
    assert (luis.email, luis.phone, luis.address) == (None, None, None)
    text = (tmp_path / "staff.csv").read_text(encoding="utf-8-sig")
    assert "luis@example.org" not in text and "617-555-0102" not in text and "Oak St" not in text
    assert "ana@example.org" in text
    with read_only(db, SECRETARY) as s:
        export_members(s, tmp_path / "secretary.csv")
        assert members.get_member(s, ids["Luis Private"]).address == "2 Oak St"
    frame = pd.read_csv(tmp_path / "secretary.csv", dtype=str)
    assert "luis@example.org" in frame.to_string()


def members_roster(s):
    from advisoryboard.services.roster import RosterFilter, roster

    return roster(s, RosterFilter(status="all"))


def _found(db: Database, actor: Actor, text: str) -> list[str]:
    from advisoryboard.services.roster import RosterFilter, roster

    with read_only(db, actor) as s:
        return [r.name for r in roster(s, RosterFilter(text=text, status="all"))]


@pytest.mark.parametrize("actor", [STAFF, MEMBER], ids=["staff", "member"])
def test_a_search_by_an_unpublished_email_finds_no_one_for_who_may_not_read_it(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    """The match itself would tell whose the address is, even with the email column blank."""
    _two_members(db)
    assert _found(db, actor, "luis@example") == []
    assert _found(db, actor, "example.org") == ["Ana Published"]
    assert _found(db, actor, "Luis") == ["Luis Private"]  # the name is not private
    assert _found(db, SECRETARY, "luis@example") == ["Luis Private"]
    from advisoryboard.services.roster import RosterFilter

    with read_only(db, STAFF) as s:  # the export of the filtered list (the CLI's --search)
        assert export_members(s, tmp_path / "found.csv", RosterFilter(text="luis@", status="all")) == 0
    assert "Luis" not in (tmp_path / "found.csv").read_text(encoding="utf-8-sig")
