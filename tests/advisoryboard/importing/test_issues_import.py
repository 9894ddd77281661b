"""Importing every real 311 export in ../shared/data/311, with counts checked against pandas."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select

from advisoryboard.cli import main
from advisoryboard.errors import UserError
from advisoryboard.importing.issues import (
    ImportOptions,
    guess_issue_mapping,
    import_file,
    import_issues,
    load_file,
)
from advisoryboard.opening import open_database
from advisoryboard.services import issues as svc
from advisoryboard.services.base import read_only, transaction
from database.enums import IssueStatus
from database.models import Issue, IssueCategory, IssueEvent
from tests.support.shared_data import shared_data

pytestmark = pytest.mark.shared_data

#: What each status word of these exports means on our workflow (the spec, written independently).
STATUS_SPEC = {
    "closed": IssueStatus.RESOLVED,
    "open": IssueStatus.NEW,
    "cancelled": IssueStatus.CLOSED_NO_ACTION,
    "referred out": IssueStatus.REFERRED,
    "in progress": IssueStatus.IN_PROGRESS,
    "assigned": IssueStatus.IN_PROGRESS,
    "pending": IssueStatus.ACKNOWLEDGED,
    "email sent": IssueStatus.ACKNOWLEDGED,
}

#: file -> (id column, status column, category column)
FILES = {
    "boston_2015_jamaica_plain.csv": ("CASE_ENQUIRY_ID", "CASE_STATUS", "TYPE"),
    "sf_311_cases_sample.csv": ("CaseID", "Status", "Category"),
    "la_311_2017_subset.csv": ("SRNumber", "Status", "RequestType"),
    "nyc_311_2024_api_export.csv": ("unique_key", "status", "complaint_type"),
    "nyc_311_portal_export.csv": ("Unique Key", "Status", "Complaint Type"),
    "chicago_open311_requests.json": ("service_request_id", "status", "service_name"),
}


def _pandas(name: str) -> pd.DataFrame:
    path = shared_data("311", name)
    if name.endswith(".json"):
        return pd.json_normalize(json.loads(path.read_text()))
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@pytest.fixture
def sqlite_db(sqlite_url: str):
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _counts(db, column) -> dict:
    with read_only(db) as s:
        return dict(s.execute(select(column, func.count()).group_by(column)).all())


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_real_file_imports_with_exact_counts_and_twice_adds_nothing(name: str, sqlite_db) -> None:
    id_col, status_col, cat_col = FILES[name]
    frame = _pandas(name)
    db = sqlite_db
    with transaction(db) as s:
        report = import_file(s, shared_data("311", name))
    assert (report.total, report.imported, report.skipped) == (len(frame), len(frame), [])

    expected_status: dict[IssueStatus, int] = {}
    for word, n in frame[status_col].str.strip().str.lower().value_counts().items():
        expected_status[STATUS_SPEC[word]] = expected_status.get(STATUS_SPEC[word], 0) + int(n)
    assert _counts(db, Issue.status) == expected_status

    # Categories: every raw service type lands in exactly one of ours, and the keyword
    # categories hold exactly the rows pandas finds by the same words.
    with read_only(db) as s:
        got = dict(
            s.execute(
                select(IssueCategory.name, func.count())
                .join(Issue, Issue.category_id == IssueCategory.id)
                .group_by(IssueCategory.name)
            ).all()
        )
    raw = frame[cat_col].str.lower()
    assert sum(got.values()) == len(frame)
    assert got.get("Graffiti", 0) == int(raw.str.contains("graffiti").sum())
    assert got.get("Noise", 0) == int(raw.str.contains("noise").sum())
    assert got.get("Homelessness outreach", 0) == int(raw.str.contains("homeless|encampment").sum())

    with read_only(db) as s:
        ids = set(s.scalars(select(Issue.external_id)))
        events = s.scalar(select(func.count()).select_from(IssueEvent))
    assert ids == set(frame[id_col].astype(str))
    assert events == len(frame)

    with transaction(db) as s:
        again = import_file(s, shared_data("311", name))
    assert (again.imported, len(again.duplicates)) == (0, len(frame))
    with read_only(db) as s:
        assert s.scalar(select(func.count()).select_from(Issue)) == len(frame)


def test_real_date_formats_become_the_right_times(sqlite_db) -> None:
    db = sqlite_db
    with transaction(db) as s:
        import_file(s, shared_data("311", "boston_2015_jamaica_plain.csv"))
        import_file(s, shared_data("311", "chicago_open311_requests.json"))
        import_file(s, shared_data("311", "nyc_311_2024_api_export.csv"))
    with read_only(db) as s:

        def get(ext: str) -> Issue:
            return s.scalars(select(Issue).where(Issue.external_id == ext)).one()

        boston = get("101001242286")  # OPEN_DT 01/05/2015 10:31:14 AM, CLOSED_DT 01/20/2015 08:43:03 AM
        assert boston.reported_on == dt.datetime(2015, 1, 5, 10, 31, 14)
        assert boston.resolved_on == dt.datetime(2015, 1, 20, 8, 43, 3)
        first = s.scalars(
            select(Issue).where(Issue.external_source == boston.external_source).order_by(Issue.reported_on)
        ).first()
        assert first is not None and first.reference == "2015-0001"  # references follow the reported date
        chicago = get("14-00684314")  # 2014-05-09T19:02:21-05:00 is 2014-05-10 00:02:21 UTC
        assert chicago.reported_on == dt.datetime(2014, 5, 10, 0, 2, 21)
        nyc = get("61276295")  # 2024-05-27T02:08:51.000 (no offset)
        assert nyc.reported_on == dt.datetime(2024, 5, 27, 2, 8, 51)
        # E-13 and E13 are one district
        districts = set(
            s.scalars(select(Issue.district).where(Issue.external_source == boston.external_source))
        )
    assert "E-13" not in districts and "E13" in districts


def test_row_filter_and_value_mapping(sqlite_db) -> None:
    path = shared_data("311", "la_311_2017_subset.csv")
    frame = _pandas("la_311_2017_subset.csv")
    db = sqlite_db
    council = frame["NCName"].value_counts().index[0]
    wanted = frame[frame["NCName"] == council]
    table = load_file(path)
    options = ImportOptions(
        guess_issue_mapping(list(table.columns)),
        values={"Status": {"referred out": "in progress", "Cancelled": "closed_no_action"}},
        where=[("NCName", council.lower())],
        file_name=path.name,
    )
    with transaction(db) as s:
        report = import_issues(s, table, options)
    assert report.imported == len(wanted)
    counts = _counts(db, Issue.status)
    assert counts.get(IssueStatus.IN_PROGRESS, 0) == int((wanted["Status"] == "Referred Out").sum())
    assert counts.get(IssueStatus.REFERRED, 0) == 0


def test_bad_rows_are_reported_by_row_number_and_the_rest_imported(tmp_path: Path, sqlite_db) -> None:
    db = sqlite_db
    path = tmp_path / "mixed.csv"
    path.write_text(
        "id,Type,Opened,Status\n"
        "A1,Graffiti,2024-03-01 10:00,Open\n"
        "A2,Pothole,not a date,Closed\n"
        "A3,Noise,NA,Open\n"
        "A4,Graffiti,03/04/2024 01:05:00 PM,Weird\n"
        "A1,Graffiti,2024-03-01 10:00,Open\n",
        encoding="utf-8",
    )
    with transaction(db) as s:
        report = import_file(s, path)
    assert report.imported == 2
    assert [(p.row, p.field) for p in report.skipped] == [(3, "reported_on"), (4, "reported_on")]
    assert [p.row for p in report.duplicates] == [6]
    assert any(p.row == 5 and "Weird" in p.reason for p in report.defaulted)


def test_a_file_that_cannot_be_read_gives_a_clear_message(tmp_path: Path, sqlite_db) -> None:
    db = sqlite_db
    bad = tmp_path / "requests.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match=r"requests.json is not a JSON file"):
        with transaction(db) as s:
            import_file(s, bad)


def test_cli_import_with_options_then_export_without_confidential_and_formulas(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = shared_data("311", "boston_2015_jamaica_plain.csv")
    frame = _pandas("boston_2015_jamaica_plain.csv")
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "import",
                "issues",
                str(path),
                "--map",
                "CASE_TITLE=title",
                "--value",
                "CASE_STATUS:Closed=closed_no_action",
                "--where",
                "neighborhood=Jamaica Plain",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert f"{len(frame)} imported" in out
    db = open_database(sqlite_url)
    assert _counts(db, Issue.status)[IssueStatus.CLOSED_NO_ACTION] == int(
        (frame["CASE_STATUS"] == "Closed").sum()
    )
    with transaction(db) as s:
        svc.create_issue(s, svc.IssueInput(title='=HYPERLINK("http://evil")', location="+1 Elm"))
        svc.create_issue(s, svc.IssueInput(title="Named individual dealing", confidential=True))
    db.dispose()

    csv_path, json_path, xlsx_path = tmp_path / "out.csv", tmp_path / "out.json", tmp_path / "out.xlsx"
    for target in (csv_path, json_path, xlsx_path):
        assert main(["--db", sqlite_url, "export", "issues", "-o", str(target), "--status", "all"]) == 0
    exported = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    assert len(exported) == len(frame) + 1
    assert "Named individual dealing" not in set(exported["Title"])
    assert '\'=HYPERLINK("http://evil")' in set(exported["Title"])
    assert "'+1 Elm" in set(exported["Location"])
    assert len(pd.read_excel(xlsx_path)) == len(frame) + 1
    requests = json.loads(json_path.read_text())
    assert {r["status"] for r in requests} == {"open", "closed"}
    assert all(
        set(r) >= {"service_request_id", "status", "service_name", "requested_datetime", "lat", "long"}
        for r in requests
    )
    assert main(["--db", sqlite_url, "export", "issues", "-o", str(csv_path), "--status", "open"]) == 0
    open_rows = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    assert len(open_rows) == int((frame["CASE_STATUS"] == "Open").sum()) + 1


def test_postgresql_import_matches(pg_url: str) -> None:
    frame = _pandas("nyc_311_portal_export.csv")
    db = open_database(pg_url)
    with transaction(db) as s:
        report = import_file(s, shared_data("311", "nyc_311_portal_export.csv"))
    assert report.imported == len(frame)
    with read_only(db) as s:
        total = s.scalar(select(func.count()).select_from(Issue))
        refs = s.scalar(select(func.count(func.distinct(Issue.reference))))
    assert total == refs == len(frame)
    db.dispose()


def test_an_xlsx_export_imports_like_its_csv(tmp_path: Path, sqlite_db) -> None:
    frame = _pandas("nyc_311_portal_export.csv")
    xlsx = tmp_path / "nyc.xlsx"
    frame.to_excel(xlsx, index=False)
    with transaction(sqlite_db) as s:
        report = import_file(s, xlsx)
    assert report.imported == len(frame)
    expected = frame["Status"].str.lower().map(STATUS_SPEC).value_counts().to_dict()
    assert _counts(sqlite_db, Issue.status) == expected
