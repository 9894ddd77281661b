"""Importing outlines and placing issues in a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from sqlalchemy import func, select

from advisoryboard.errors import UserError
from advisoryboard.geo.boundaries import boundary_sets, import_boundaries, load_areas
from advisoryboard.geo.issues import issue_counts, place_pending, placement_report
from advisoryboard.geo.layers import MapFilter, load_map
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.issue_search import IssueFilter, count_issues
from database.base import utcnow
from database.models import BoundaryArea, Issue, IssuePlace
from tests.support.geo import (
    DISTRICTS,
    add_issues_at,
    crimes,
    shapely_groups,
    strtree_counts,
    write_geojson,
)
from tests.support.shared_data import shared_data

N = 1200


@pytest.fixture
def chicago_board(db):
    """A board whose issues sit where the Chicago incidents did, recorded as the city writes districts."""
    frame = crimes().head(N)
    with transaction(db) as session:
        add_issues_at(session, frame["lon"].to_numpy(), frame["lat"].to_numpy(), list(frame["District"]))
        result = import_boundaries(session, shared_data(*DISTRICTS), "dist_num", set_name="Districts")
    return db, frame, result


def test_issue_counts_per_district_equal_shapelys_own(chicago_board) -> None:
    db, frame, result = chicago_board
    expected = strtree_counts(
        shapely_groups(DISTRICTS, "dist_num"), frame["lon"].to_numpy(), frame["lat"].to_numpy()
    )
    with read_only(db) as session:
        areas = {a.id: a.name for a in load_areas(session, result.set_id)}
        counted = {areas[c.area_id]: c.issues for c in issue_counts(session, result.set_id)}
        located = int(
            session.scalar(select(func.count()).select_from(Issue).where(Issue.latitude.is_not(None))) or 0
        )
    assert counted == expected
    assert result.placed == sum(expected.values())
    assert result.placed + result.outside == located == int(frame["lon"].notna().sum())


def test_the_recorded_district_is_kept_and_matched_by_name(chicago_board) -> None:
    db, frame, result = chicago_board
    assert result.matched["9"] == "009"  # the board's spelling, shown for outline 9
    assert result.areas == 23 and result.features == 25 and result.merged == ["31"]
    with read_only(db) as session:
        recorded = sorted(set(session.scalars(select(Issue.district).where(Issue.district.is_not(None)))))
        report = placement_report(session, result.set_id, result.set_name, limit=10_000)
    assert recorded == sorted(set(frame["District"].dropna()))  # nothing overwritten
    # Disagreeing rows: recorded district (normalised) differs from where the point falls.
    assert all(
        r.recorded is not None and r.recorded.lstrip("0") != r.computed.lstrip("0")
        for r in report.disagreeing
    )
    assert len(report.disagreeing) < 0.05 * result.placed


def test_clicking_a_district_filters_the_issues_to_it(chicago_board) -> None:
    db, frame, result = chicago_board
    with read_only(db) as session:
        area = next(a for a in load_areas(session, result.set_id) if a.name == "9")
        shown = count_issues(session, IssueFilter(status="all", area_id=area.id))
        places = int(
            session.scalar(select(func.count()).select_from(IssuePlace).where(IssuePlace.area_id == area.id))
            or 0
        )
        box = (-87.70, 41.80, -87.60, 41.85)
        in_box = count_issues(session, IssueFilter(status="all", bbox=box))
    assert (
        shown
        == places
        == strtree_counts({"9": area.geometry}, frame["lon"].to_numpy(), frame["lat"].to_numpy())["9"]
    )
    lon, lat = frame["lon"].to_numpy(), frame["lat"].to_numpy()
    assert in_box == int(((lon >= box[0]) & (lon <= box[2]) & (lat >= box[1]) & (lat <= box[3])).sum())
    assert IssueFilter.from_json(IssueFilter(bbox=box, area_id=3).to_json()) == IssueFilter(
        bbox=box, area_id=3
    )


def test_new_and_moved_issues_are_placed_when_pending(chicago_board) -> None:
    db, _frame, _result = chicago_board
    with transaction(db) as session:
        add_issues_at(session, np.array([-87.6319]), np.array([41.8091]), [None], start=N + 1)
        moved = Issue.__table__.update().where(Issue.id == 1)  # type: ignore[attr-defined]  # moved to the Loop (district 1)
        session.execute(moved.values(longitude=-87.6278, latitude=41.8819, updated_at=utcnow()))
    with transaction(db) as session:
        assert place_pending(session) == 2
    with transaction(db) as session:
        assert place_pending(session) == 0
        new = session.scalar(select(Issue.id).order_by(Issue.id.desc()).limit(1))
        area = session.scalar(select(IssuePlace.area_id).where(IssuePlace.issue_id == new))
        name = session.scalar(select(BoundaryArea.name).where(BoundaryArea.id == area))
        loop = session.scalar(
            select(BoundaryArea.name)
            .join(IssuePlace, IssuePlace.area_id == BoundaryArea.id)
            .where(IssuePlace.issue_id == 1)
        )
    areas = shapely_groups(DISTRICTS, "dist_num")
    assert shapely.intersects_xy(areas[name], -87.6319, 41.8091)
    assert loop == "1" and shapely.intersects_xy(areas["1"], -87.6278, 41.8819)


def _swapped_copy(tmp_path: Path) -> Path:
    data = json.loads(shared_data(*DISTRICTS).read_text())
    for feature in data["features"]:
        feature["geometry"]["coordinates"] = [
            [[[y, x] for x, y in ring] for ring in polygon] for polygon in feature["geometry"]["coordinates"]
        ]
    return write_geojson(tmp_path / "swapped.geojson", data["features"])


def _state(db):
    with read_only(db) as session:
        return (
            [(s.name, s.areas) for s in boundary_sets(session)],
            session.scalar(select(func.count()).select_from(IssuePlace)),
            session.scalar(select(func.max(BoundaryArea.id))),
        )


@pytest.mark.parametrize("bad", ["swapped", "points", "other_city"])
def test_a_bad_file_gives_a_clear_message_and_changes_nothing(
    chicago_board, tmp_path: Path, bad: str
) -> None:
    db, _frame, _result = chicago_board
    before = _state(db)
    if bad == "swapped":
        path, words = _swapped_copy(tmp_path), "swapped"
    elif bad == "points":
        data = json.loads(shared_data(*DISTRICTS).read_text())
        data["features"][5]["geometry"] = {"type": "Point", "coordinates": [-87.6, 41.8]}
        path, words = write_geojson(tmp_path / "points.geojson", data["features"]), "Feature 6 is a Point"
    else:
        far = {
            "type": "Polygon",
            "coordinates": [[[-71.2, 42.3], [-71.1, 42.3], [-71.1, 42.4], [-71.2, 42.3]]],
        }
        path = write_geojson(
            tmp_path / "boston.geojson",
            [{"type": "Feature", "properties": {"dist_num": "E13"}, "geometry": far}],
        )
        words = "another city"
    with pytest.raises(UserError) as info, transaction(db) as session:
        import_boundaries(session, path, "dist_num", set_name="Districts")
    assert words in info.value.message and "nothing was imported" in info.value.message.lower()
    assert _state(db) == before


def test_the_map_data_has_outlines_counts_and_issue_points(chicago_board) -> None:
    db, frame, result = chicago_board
    with read_only(db) as session:
        data = load_map(session, MapFilter(), ("issues",))
        open_only = load_map(session, MapFilter(status="open"), ("issues",))
    issues = data.layers["issues"]
    assert len(data.outlines) == 23 and sum(o.issues for o in data.outlines) == result.placed
    assert len(issues) == int(frame["lon"].notna().sum())
    assert len(open_only.layers["issues"]) == int(frame["lon"].notna().sum()) - int(
        (np.arange(1, N + 1)[frame["lon"].notna().to_numpy()] % 3 == 0).sum()
    )
    assert set(issues.categories()) == {"new", "resolved"}
    lon0, lat0, lon1, lat1 = data.bounds
    assert lon0 < -87.8 and lon1 > -87.55 and lat0 < 41.7 and lat1 > 42.0
