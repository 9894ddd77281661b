"""Finding 9 of issue 16: imports keep what they read, and exports come back as they went."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import select

from advisoryboard.exporting.issues import export_issues
from advisoryboard.exporting.members import export_members
from advisoryboard.importing.issues import ImportOptions, guess_issue_mapping, import_issues, load_file
from advisoryboard.importing.member_rows import ImportOptions as MemberImportOptions
from advisoryboard.importing.members import initial_mapping, run_import
from advisoryboard.importing.tabular import read_table
from advisoryboard.opening import open_database
from advisoryboard.permissions import OFFICE
from advisoryboard.services import issues as svc
from advisoryboard.services import members
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.issue_detail import get_issue
from database.engine import Database
from database.models import Issue, Member
from tests.support.shared_data import shared_data

BOSTON = "boston_2015_jamaica_plain.csv"


@pytest.mark.shared_data
def test_the_citys_own_service_type_and_department_are_kept_shown_and_exported(
    db: Database, tmp_path: Path
) -> None:
    path = shared_data("311", BOSTON)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    table = load_file(path)
    with transaction(db) as s:
        import_issues(s, table, ImportOptions(guess_issue_mapping(list(table.columns)), file_name=path.name))
    with read_only(db) as s:
        kept = Counter(s.scalars(select(Issue.source_category)))
        agencies = Counter(s.scalars(select(Issue.source_agency)))
        light = s.scalar(select(Issue.id).where(Issue.source_category == "Street Light Knock Downs"))
        detail = get_issue(s, light) if light else None
    assert kept == Counter(frame["TYPE"].str.strip())
    assert {"Street Light Outages", "Street Light Knock Downs"} <= set(kept)
    assert agencies == Counter(frame["SUBJECT"].str.strip())
    assert detail is not None and detail.source_category == "Street Light Knock Downs"
    with read_only(db) as s:
        export_issues(s, tmp_path / "out.csv")
        export_issues(s, tmp_path / "out.json")
    exported = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert Counter(exported["Source category"]) == kept
    requests = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert Counter(r["extended_attributes"]["source_service_name"] for r in requests) == kept


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_unicode_csv_files_are_read_in_their_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "requests.csv"
    path.write_bytes("Name,Email\nJosé Núñez,jose@example.org\nĐặng Thu,thu@example.org\n".encode(encoding))
    table = read_table(path)
    assert list(table.columns) == ["Name", "Email"]
    assert list(table["Name"]) == ["José Núñez", "Đặng Thu"]


def test_a_member_export_imports_back_as_it_was(db: Database, tmp_path: Path) -> None:
    people = [
        ("-Dash Leading", "+1 617-555-0101", "dash@example.org"),
        ("Ana García", "+1 (617) 555-0102", "=ana@example.org"),
    ]
    with transaction(db) as s:
        for name, phone, email in people:
            members.create_member(s, members.MemberInput(name, phone=phone, email=email.lstrip("=")))
    with read_only(db) as s:
        export_members(s, tmp_path / "roster.csv")
        export_members(s, tmp_path / "roster.xlsx")
    for name in ("roster.csv", "roster.xlsx"):
        target = open_database(f"sqlite:///{tmp_path / ('copy-' + name + '.db')}")
        try:
            frame = read_table(tmp_path / name)
            mapping = initial_mapping(target, OFFICE, [str(c) for c in frame.columns])
            report = run_import(target, OFFICE, frame, mapping, MemberImportOptions())
            assert report.imported == len(people), report.lines()
            with read_only(target) as s:
                back = sorted(s.execute(select(Member.name, Member.phone, Member.email)).all())
            assert back == sorted((n, p, e.lstrip("=")) for n, p, e in people)
        finally:
            target.dispose()


def test_the_json_export_is_not_formula_escaped(db: Database, tmp_path: Path) -> None:
    with transaction(db) as s:
        svc.create_issue(s, svc.IssueInput(title="=Overflowing bins", location="+1 Elm St", description="x"))
    with read_only(db) as s:
        export_issues(s, tmp_path / "out.json")
    (request,) = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert (request["description"], request["address"]) == ("=Overflowing bins", "+1 Elm St")
