"""Importing the real police exports in ../shared/data/crime, checked against pandas."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select

from advisoryboard.importing.incidents import (
    ImportCancelled,
    ImportOptions,
    guess_incident_mapping,
    import_file,
    import_incidents,
    load_file,
)
from advisoryboard.services.base import read_only, transaction
from database.models import AuditEntry, Incident, OffenseMapping
from tests.support.shared_data import shared_data

pytestmark = pytest.mark.shared_data

CHICAGO = "chicago_crimes_2024_sample.csv"
SF = "sf_police_incidents_2018_12.csv"


def _chicago() -> pd.DataFrame:
    return pd.read_csv(shared_data("crime", CHICAGO), dtype=str, encoding="utf-8-sig", keep_default_na=False)


def test_chicago_file_imports_with_source_values_kept(db) -> None:
    with transaction(db) as session:
        report = import_file(session, shared_data("crime", CHICAGO))
    frame = _chicago()
    unique = frame.drop_duplicates(["Case Number", "IUCR"])
    assert report.imported == len(unique) == 10000 - 19
    assert len(report.duplicates) == 19
    with read_only(db) as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == len(unique)
        # Offense values are exactly the source's, district '009' is stored as the outlines' '9'.
        row = session.execute(select(Incident).where(Incident.incident_number == "JH146864")).scalar_one()
        assert (row.offense_code, row.offense_group, row.offense_description) == (
            "0484",
            "BATTERY",
            "PROTECTED EMPLOYEE - HANDS, FISTS, FEET, NO / MINOR INJURY",
        )
        assert (row.district, row.beat, row.block_address) == ("9", "925", "002XX W 47TH ST")
        assert str(row.occurred_at) == "2024-02-10 00:44:00"
        assert row.latitude == pytest.approx(41.809125265)
        per_group = {
            g: n
            for g, n in session.execute(
                select(Incident.offense_group, func.count()).group_by(Incident.offense_group)
            )
        }
        no_coords = session.scalar(select(func.count()).where(Incident.latitude.is_(None)))
        entries = session.scalar(select(func.count()).where(AuditEntry.entity == "incidents"))
    assert per_group == unique["Primary Type"].value_counts().to_dict()
    assert no_coords == (unique["Latitude"] == "").sum()
    assert entries == 1


def test_importing_again_adds_nothing(sqlite_url: str) -> None:
    from advisoryboard.opening import open_database

    db = open_database(sqlite_url)
    with transaction(db) as session:
        first = import_file(session, shared_data("crime", SF))
    with transaction(db) as session:
        again = import_file(session, shared_data("crime", SF))
    frame = pd.read_csv(shared_data("crime", SF), dtype=str, keep_default_na=False)
    assert first.imported == len(frame.drop_duplicates(["Incident Number", "Incident Code"]))
    assert again.imported == 0 and len(again.duplicates) == len(frame)
    assert "was imported before" in again.lines()[0]
    with read_only(db) as session:
        groups = set(session.scalars(select(OffenseMapping.source_value)))
    assert "larceny theft" in groups
    db.dispose()


def test_bad_dates_and_far_coordinates_import_nothing(sqlite_url: str, tmp_path: Path) -> None:
    from advisoryboard.opening import open_database

    frame = _chicago().head(50)
    frame.loc[4, "Date"] = "31/31/2024 99:00"
    frame.loc[9, "Latitude"] = "40.7"  # New York, not Chicago
    path = tmp_path / "bad.csv"
    frame.to_csv(path, index=False)
    db = open_database(sqlite_url)
    with transaction(db) as session:
        report = import_file(session, path)
    assert report.imported == 0
    assert [p.row for p in report.problems] == [6, 11]  # header is row 1
    assert "is not a date" in report.lines()[0] and "outside the city" in report.lines()[1]
    with read_only(db) as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 0
    with transaction(db) as session:
        report = import_file(session, path, skip_problems=True)
    assert report.imported == 48
    db.dispose()


def test_cancel_rolls_everything_back(sqlite_url: str) -> None:
    from advisoryboard.opening import open_database

    db = open_database(sqlite_url)
    frame = load_file(shared_data("crime", CHICAGO))
    seen: list[int] = []
    options = ImportOptions(guess_incident_mapping(list(frame.columns)), file_name=CHICAGO)
    with pytest.raises(ImportCancelled), transaction(db) as session:
        import_incidents(session, frame, options, progress=seen.append, cancelled=lambda: len(seen) > 1)
    with read_only(db) as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 0
    assert seen and seen[-1] < 100
    db.dispose()


def test_mapping_guess_for_both_cities() -> None:
    chicago = guess_incident_mapping(list(_chicago().columns))
    assert chicago["incident_number"] == "Case Number" and chicago["offense_group"] == "Primary Type"
    assert chicago["offense_description"] == "Description" and chicago["beat"] == "Beat"
    sf = pd.read_csv(shared_data("crime", SF), dtype=str, nrows=2).columns
    mapping = guess_incident_mapping(list(sf))
    assert mapping["occurred_at"] == "Incident Datetime" and mapping["district"] == "Police District"
    assert mapping["incident_number"] == "Incident Number" and mapping["block_address"] == "Intersection"
