"""Importing members: the real DC roster files, rejected rows, duplicates, one transaction; export."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select

from advisoryboard.cli import main
from advisoryboard.exporting.members import export_members
from advisoryboard.importing.member_rows import RosterImporter
from advisoryboard.importing.members import ImportOptions, initial_mapping, run_import
from advisoryboard.importing.tabular import read_table
from advisoryboard.permissions import OFFICE
from advisoryboard.services.base import read_only
from advisoryboard.services.roster import RosterFilter, roster
from advisoryboard.services.seats import vacancies
from database.enums import Office
from database.models import Member, OfficeTerm, Seat, SeatTerm
from tests.support.members import add_member, add_seat
from tests.support.shared_data import shared_data

AS_OF = dt.date(2026, 3, 2)  # the date of the roster snapshot
ROSTER = "dc_anc_roster_2026-03-02.csv"
TERMS = "dc_anc_commissioners_terms.csv"
#: An independent, simpler reading of "this name has an officer title glued on".
TITLE_AT_END = r"(?i)(?:chair\w*|charperson|secretary|treasurer|parliamentarian|at.arms)\s*$"


def count(db, model) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def import_file(db, path: Path, **options: object):
    frame = read_table(path)
    mapping = initial_mapping(db, OFFICE, list(frame.columns))
    return run_import(db, OFFICE, frame, mapping, ImportOptions(as_of=AS_OF, **options))  # type: ignore[arg-type]


@pytest.mark.shared_data
def test_the_real_dc_roster_imports_with_titles_and_vacancies(db) -> None:
    path = shared_data("roster", ROSTER)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    report = import_file(db, path)
    vacant = df.is_vacant.str.lower() == "true"
    assert (report.total, report.imported, report.skipped) == (len(df), len(df), [])
    assert count(db, Member) == int((~vacant).sum())
    assert count(db, Seat) == df.smd_id.nunique()
    with read_only(db) as s:
        assert len(vacancies(s, AS_OF)) == int(vacant.sum())
        rows = {r.name: r for r in roster(s, RosterFilter(status="all"), today=AS_OF)}
        officers = s.scalar(select(func.count(func.distinct(OfficeTerm.member_id))))
        combined = len(
            s.execute(
                select(OfficeTerm.member_id).group_by(OfficeTerm.member_id).having(func.count() > 1)
            ).all()
        )
    names = df.Name[~vacant]
    assert officers == int(names.str.contains(TITLE_AT_END).sum())  # type: ignore[attr-defined]
    assert combined == int(names.str.contains("/").sum())  # type: ignore[attr-defined]
    # Titles glued on, misspelt, combined — as a secretary would read them.
    assert rows["Jaspal Bhatia"].office == "Treasurer"
    assert rows["Jaspal Bhatia"].seat == "smd_2022_1A01"
    for raw, office in (("Charperson", Office.VICE_CHAIR), ("Sargent at Arms", Office.SERGEANT_AT_ARMS)):
        (raw_name,) = df.Name[df.Name.str.contains(raw)]  # type: ignore[str-unpack, attr-defined]
        clean = re.sub(r"(?:\s*Vice)?\s*(?:Charperson|Sargent at Arms)\s*$", "", raw_name)
        assert office in rows[clean].offices, raw_name
    assert any(r.office == "Vice Chair/Treasurer" for r in rows.values())
    assert not any(name.endswith(("Treasurer", "Chairperson", "Secretary")) for name in rows)


@pytest.mark.shared_data
def test_the_terms_history_groups_rows_by_person(db) -> None:
    path = shared_data("roster", TERMS)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df["row"] = df.index + 2
    # The file lists a few people twice under different person ids (same name once the
    # nickname is dropped, same seat): those are the likely duplicates to decide on.
    df["norm"] = df.commissioner_name.str.replace(r'"[^"]*"', " ", regex=True).str.split().str.join(" ")
    df["norm"] = df.norm.str.casefold()
    first_row = df.groupby("person_id").row.min()
    expected_flags = set()
    for ids in df.groupby(["norm", "smd_id"]).person_id.unique():
        if len(ids) > 1:
            later = sorted(ids, key=lambda pid: first_row[pid])[1:]
            expected_flags |= {int(first_row[pid]) for pid in later}
    assert expected_flags  # the real file does have such a case

    report = import_file(db, path, duplicates="new")
    assert (report.imported, report.skipped) == (len(df), [])
    assert {p.row for p in report.duplicates} == expected_flags
    assert count(db, Member) == df.person_id.nunique()
    assert count(db, SeatTerm) == len(df)
    assert count(db, Seat) == df.smd_id.nunique()
    last_end = pd.to_datetime(df.end_date).groupby(df.person_id).max()
    with db.session() as s:
        former = s.scalar(select(func.count()).select_from(Member).where(Member.left_on.is_not(None)))
    assert former == int((last_end < pd.Timestamp(AS_OF)).sum())


@pytest.mark.shared_data
def test_an_xlsx_copy_imports_like_the_csv(sqlite_url: str, tmp_path: Path) -> None:
    from advisoryboard.opening import open_database

    df = pd.read_csv(shared_data("roster", ROSTER), dtype=str, keep_default_na=False)
    xlsx = tmp_path / "roster.xlsx"
    df.to_excel(xlsx, index=False)
    db = open_database(sqlite_url)
    try:
        report = import_file(db, xlsx)
        assert report.imported == len(df)
        assert count(db, Member) == int((df.is_vacant.str.lower() != "true").sum())
    finally:
        db.dispose()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_rejected_rows_are_reported_by_row_number(db, tmp_path: Path) -> None:
    header = ["Name", "Seat", "Email", "Phone", "Term start", "Term end", "Title"]
    path = write_csv(
        tmp_path / "members.csv",
        [
            header,
            ["Ana García", "Seat 1", "ana@example.org", "617-555-0101", "2025-01-02", "2027-01-02", "Chair"],
            ["", "Seat 2", "", "", "2025-01-02", "", ""],  # row 3: no name
            ["Luis Ortega", "Seat 2", "", "", "someday", "", ""],  # row 4: bad date
            ["Mei Chen", "Seat 3", "", "", "2025-01-02", "2024-01-02", ""],  # row 5: ends before it starts
            ["Sam Park", "Seat 1", "", "", "2026-01-01", "", ""],  # row 6: Ana holds Seat 1
            ["Kim Lee", "Seat 4", "kim@", "12", "01/15/2025", "", "Grand Wizard"],  # row 7: kept, cleaned
        ],
    )
    report = import_file(db, path)
    assert [(p.row, p.field) for p in report.skipped] == [
        (3, "name"),
        (4, "term_start"),
        (5, "term_end"),
        (6, "term_start"),
    ]
    assert "Seat 1 is held by Ana García" in report.skipped[3].reason
    assert {(p.row, p.field) for p in report.defaulted} == {(7, "office"), (7, "email"), (7, "phone")}
    assert report.imported == 2
    with read_only(db) as s:
        rows = {r.name: r for r in roster(s, today=AS_OF)}
    assert rows["Ana García"].office == "Chair"
    assert (rows["Kim Lee"].email, rows["Kim Lee"].term_start) == (None, dt.date(2025, 1, 15))


def test_likely_duplicates_are_shown_for_a_decision(db, tmp_path: Path) -> None:
    seat = add_seat(db, "Seat 1")
    add_member(db, "Ana García", seat, dt.date(2024, 1, 2), dt.date(2025, 1, 2), email="ana@example.org")
    path = write_csv(
        tmp_path / "members.csv",
        [
            ["Name", "Email", "Seat", "Term start"],
            ["ana  garcía", "ANA@example.org", "Seat 1", "2025-01-02"],  # same person, new term
            ["Ana García", "other.ana@example.org", "Seat 2", "2025-01-02"],  # a namesake: different email
        ],
    )
    frame = read_table(path)
    mapping = initial_mapping(db, OFFICE, list(frame.columns))
    checked = run_import(db, OFFICE, frame, mapping, ImportOptions(as_of=AS_OF), dry_run=True)
    assert [p.row for p in checked.duplicates] == [2]
    assert "same name and email" in checked.duplicates[0].reason
    assert count(db, Member) == 1  # a check saves nothing

    skipped = run_import(db, OFFICE, frame, mapping, ImportOptions(as_of=AS_OF, duplicates="skip"))
    assert (skipped.imported, count(db, Member)) == (1, 2)
    merged = run_import(db, OFFICE, frame, mapping, ImportOptions(as_of=AS_OF, duplicates="merge"))
    assert [p.row for p in merged.duplicates] == [2, 3]  # the namesake of the last run now matches too
    with db.session() as s:
        ana = s.scalar(select(Member).where(Member.email == "ana@example.org"))
        assert ana is not None
        terms = s.scalars(select(SeatTerm.start_date).where(SeatTerm.member_id == ana.id)).all()
    assert sorted(terms) == [dt.date(2024, 1, 2), dt.date(2025, 1, 2)]
    assert count(db, Member) == 2


def test_a_failure_halfway_undoes_the_whole_import(db, tmp_path: Path, monkeypatch) -> None:
    rows = [["Name", "Seat"]] + [[f"Member {i}", f"Seat {i}"] for i in range(10)]
    path = write_csv(tmp_path / "members.csv", rows)
    original = RosterImporter.row

    def failing(self: RosterImporter, number: int, record: dict[str, object]) -> None:
        if number == 8:
            raise RuntimeError("disk pulled out")
        original(self, number, record)

    monkeypatch.setattr(RosterImporter, "row", failing)
    with pytest.raises(RuntimeError):
        import_file(db, path)
    assert (count(db, Member), count(db, Seat), count(db, SeatTerm)) == (0, 0, 0)
    monkeypatch.setattr(RosterImporter, "row", original)
    assert import_file(db, path).imported == 10
    assert count(db, Member) == 10


def test_export_neutralises_formulas_and_follows_the_filter(db, tmp_path: Path) -> None:
    add_member(db, '=HYPERLINK("http://evil","x")', notes="")
    add_member(db, "@SUM(A1)")
    add_member(db, "Ana García", district="-North")
    with read_only(db) as s:
        assert export_members(s, tmp_path / "all.csv") == 3
        assert export_members(s, tmp_path / "ana.xlsx", RosterFilter(text="ana")) == 1
    back = pd.read_csv(tmp_path / "all.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert set(back["Name"]) == {'\'=HYPERLINK("http://evil","x")', "'@SUM(A1)", "Ana García"}
    assert set(back["District"]) == {"", "'-North"}
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "ana.xlsx").active
    assert [c.value for c in sheet[2]][:4] == ["Ana García", None, None, "'-North"]


def test_cli_import_and_export_use_the_same_rules(sqlite_url: str, tmp_path: Path, capsys) -> None:
    path = write_csv(
        tmp_path / "board.csv",
        [["Full name", "Chair?", "Where"], ["Ana GarcíaChairperson", "", "Seat 1"], ["", "", "Seat 2"]],
    )
    assert main(["import", "members", str(path), "--db", sqlite_url, "--map", "Where=seat", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Check only, nothing saved: 2 rows: 1 imported, 1 skipped" in out
    assert "Row 3 (skipped): no name" in out
    assert main(["import", "members", str(path), "--db", sqlite_url, "--map", "Where=seat"]) == 0
    assert main(["import", "members", str(path), "--db", sqlite_url, "--map", "Where=colour"]) == 1
    assert "Unknown field 'colour'" in capsys.readouterr().err
    target = tmp_path / "out.csv"
    assert main(["export", "members", "--db", sqlite_url, "-o", str(target)]) == 0
    exported = pd.read_csv(target, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert exported[["Name", "Seat", "Office"]].values.tolist() == [["Ana García", "Seat 1", "Chair"]]
