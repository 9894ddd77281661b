"""Spreadsheet reading and writing: missing values, encodings, mappings, formula safety."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from advisoryboard.errors import UserError
from advisoryboard.exporting.tables import safe_cell, write_table
from advisoryboard.importing.tabular import (
    Field,
    check_mapping,
    guess_mapping,
    header_signature,
    parse_map_options,
    read_table,
    recall_mapping,
    remember_mapping,
)
from advisoryboard.services.base import transaction
from tests.support.shared_data import shared_data

FIELDS = [Field("name", "Name", required=True), Field("email", "Email"), Field("phone", "Phone")]


def test_missing_values_in_their_many_spellings_become_none(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,Email,Phone\nAna García,NA,\n  Luis  ,n/a,617-555-0101\n", encoding="utf-8")
    frame = read_table(path)
    assert frame.to_dict("records") == [
        {"Name": "Ana García", "Email": None, "Phone": None},
        {"Name": "Luis", "Email": None, "Phone": "617-555-0101"},
    ]


def test_a_windows_1252_file_with_semicolons_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("Name;Email\nJosé Peña;jose@example.org\n".encode("cp1252"))
    assert read_table(path).to_dict("records") == [{"Name": "José Peña", "Email": "jose@example.org"}]


def test_xlsx_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    pd.DataFrame({"Name": ["Mei Chen"], "Zip": ["02130"]}).to_excel(path, index=False)
    assert read_table(path).to_dict("records") == [{"Name": "Mei Chen", "Zip": "02130"}]


def test_unreadable_or_unknown_files_are_user_errors(tmp_path: Path) -> None:
    docx = tmp_path / "notes.docx"
    docx.write_text("x")
    with pytest.raises(UserError, match=r"only \.csv and \.xlsx"):
        read_table(docx)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(UserError, match="cannot be read"):
        read_table(broken)
    with pytest.raises(UserError, match="There is no file"):
        read_table(tmp_path / "missing.csv")


def test_the_real_dc_roster_reads_with_every_row() -> None:
    path = shared_data("roster", "dc_anc_roster_2026-03-02.csv")
    frame = read_table(path)
    expected = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert len(frame) == len(expected)
    assert list(frame.columns) == [c.strip() for c in expected.columns]


def test_mapping_is_guessed_from_headers_and_synonyms() -> None:
    columns = ["Full name", "E-mail", "Telephone", "Notes"]
    mapping = guess_mapping(columns, FIELDS, {"name": ["full name"], "phone": ["telephone"]})
    assert mapping == {"name": "Full name", "email": "E-mail", "phone": "Telephone"}


def test_a_mapping_is_remembered_for_the_same_header_layout(db) -> None:
    columns = ["Full name", "E-mail"]
    with transaction(db) as s:
        remember_mapping(s, "members", columns, {"name": "Full name", "email": "E-mail"})
    with transaction(db) as s:
        assert recall_mapping(s, "members", columns) == {"name": "Full name", "email": "E-mail"}
        assert recall_mapping(s, "members", ["Other"]) is None
        assert recall_mapping(s, "issues", columns) is None
    assert header_signature(["A b", "C"]) == header_signature(["a-b", "c"])


def test_cli_map_options_and_mapping_checks() -> None:
    assert parse_map_options(["Full name=name", "a=b=email"], FIELDS) == {"name": "Full name", "email": "a=b"}
    with pytest.raises(UserError, match="Unknown field 'nickname'"):
        parse_map_options(["Nick=nickname"], FIELDS)
    with pytest.raises(UserError, match="COLUMN=field"):
        parse_map_options(["name"], FIELDS)
    with pytest.raises(UserError, match="Choose a column for: Name"):
        check_mapping({"email": "E"}, FIELDS, ["E"])
    with pytest.raises(UserError, match="no column 'X'"):
        check_mapping({"name": "X"}, FIELDS, ["E"])


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
def test_formula_like_cells_are_neutralised(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert safe_cell("Ana") == "Ana" and safe_cell(5) == 5 and safe_cell(None) is None


def test_exports_never_carry_a_live_formula(tmp_path: Path) -> None:
    rows = [{"name": "=cmd|' /C calc'!A0", "n": 3}, {"name": "<b>Ana & José</b>", "n": None}]
    columns = [("name", "Name"), ("n", "Count")]
    assert write_table(rows, columns, tmp_path / "out.csv") == 2  # type: ignore[arg-type]
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [
            ["Name", "Count"],
            ["'=cmd|' /C calc'!A0", "3"],
            ["<b>Ana & José</b>", ""],
        ]
    write_table(rows, columns, tmp_path / "out.xlsx")  # type: ignore[arg-type]
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values == [["Name", "Count"], ["'=cmd|' /C calc'!A0", 3], ["<b>Ana & José</b>", None]]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    with pytest.raises(UserError, match=r"\.csv or \.xlsx"):
        write_table(rows, columns, tmp_path / "out.pdf")  # type: ignore[arg-type]
