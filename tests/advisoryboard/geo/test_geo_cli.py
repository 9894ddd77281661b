"""`advisoryboard import boundaries FILE --name-field FIELD` and `advisoryboard place issues`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisoryboard.cli import main
from advisoryboard.opening import open_database
from advisoryboard.services.base import transaction
from tests.support.geo import BEATS, DISTRICTS, add_issues_at, crimes
from tests.support.shared_data import shared_data


def test_import_boundaries_then_place_issues(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    frame = crimes().head(400)
    db = open_database(sqlite_url)
    with transaction(db) as session:
        add_issues_at(session, frame["lon"].to_numpy(), frame["lat"].to_numpy(), list(frame["District"]))
    db.dispose()
    path = str(shared_data(*DISTRICTS))
    assert main(["--db", sqlite_url, "import", "boundaries", path, "--name-field", "dist_num"]) == 0
    out = capsys.readouterr().out
    assert "23 outlines from 25 features saved as 'chicago_police_districts'" in out
    assert "Merged from several features: 31." in out
    assert "outline 9 = the board's district 009" in out
    beats = str(shared_data(*BEATS))
    args = ["import", "boundaries", beats, "--name-field", "beat_num", "--kind", "beat", "--set", "Beats"]
    assert main(["--db", sqlite_url, *args]) == 0
    assert "275 outlines from 277 features saved as 'Beats'" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "place", "issues", "--set", "Beats"]) == 0
    out = capsys.readouterr().out
    located = int(frame["lon"].notna().sum())
    outside = out.count("outside: ")
    assert f"Beats: {located - outside} issues placed, {outside} outside every outline." in out


def test_a_bad_file_is_one_line_on_stderr(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    point = {
        "type": "Feature",
        "properties": {"n": "1"},
        "geometry": {"type": "Point", "coordinates": [0, 0]},
    }
    path = tmp_path / "points.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [point]}))
    assert main(["--db", sqlite_url, "import", "boundaries", str(path), "--name-field", "n"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "advisoryboard: Feature 1 is a Point, not an outline (Polygon or MultiPolygon). Nothing was imported."
    ]
    assert main(["--db", sqlite_url, "place", "issues"]) == 1
    assert "No outlines have been imported yet" in capsys.readouterr().err
