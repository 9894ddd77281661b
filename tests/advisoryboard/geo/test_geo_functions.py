"""Outlines, names, point-in-polygon and hotspots on the real Chicago files (no database)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from scipy.spatial import cKDTree

from advisoryboard.errors import UserError
from advisoryboard.geo.geojson import read_outlines
from advisoryboard.geo.hotspots import hex_bins
from advisoryboard.geo.names import normalise_name
from advisoryboard.geo.placement import OUTSIDE, counts_per_area, locate, outside_points
from tests.support.geo import BEATS, DISTRICTS, crimes, shapely_groups, strtree_counts, write_geojson
from tests.support.shared_data import shared_data


def test_boston_police_district_spellings_become_one_name() -> None:
    frame = pd.read_csv(shared_data("311", "boston_2015_jamaica_plain.csv"), dtype=str)
    raw = set(frame["police_district"].dropna())
    assert {"E13", "E-13"} <= raw
    keys = {normalise_name(v) for v in raw}
    assert normalise_name("E-13") == normalise_name("E13") == "E13"
    assert len(keys) < len(raw)
    assert not any("-" in k for k in keys)


def test_district_outlines_merge_features_and_match_the_crime_files_districts() -> None:
    areas = read_outlines(shared_data(*DISTRICTS), "dist_num")
    data = json.loads(shared_data(*DISTRICTS).read_text())
    names = pd.Series([f["properties"]["dist_num"] for f in data["features"]])
    assert len(data["features"]) == 25
    assert len(areas) == names.nunique() == 23
    by_name = {a.name: a for a in areas}
    several = names.value_counts()
    assert {a.name for a in areas if a.feature_count > 1} == set(several[several > 1].index)
    assert all(a.geometry.geom_type in ("Polygon", "MultiPolygon") and a.geometry.is_valid for a in areas)
    # The crime file writes district 9 as `009`: the normalised names meet.
    frame = crimes()
    assert "009" in set(frame["District"]) and "9" in by_name and "009" not in by_name
    assert {normalise_name(v) for v in frame["District"].dropna()} <= {a.key for a in areas}


def test_every_crime_beat_has_an_outline_except_1650() -> None:
    areas = read_outlines(shared_data(*BEATS), "beat_num", "beat")
    beats = {normalise_name(v, "beat") for v in crimes()["Beat"].dropna()}
    assert beats - {a.key for a in areas} == {"1650"}


@pytest.mark.parametrize(("parts", "field"), [(DISTRICTS, "dist_num"), (BEATS, "beat_num")])
def test_incident_counts_per_area_equal_shapelys_own(parts: tuple[str, str], field: str) -> None:
    frame = crimes()
    lon, lat = frame["lon"].to_numpy(), frame["lat"].to_numpy()
    areas = read_outlines(shared_data(*parts), field)
    located = locate([a.geometry for a in areas], lon, lat)
    ours = dict(zip([a.name for a in areas], counts_per_area(located, len(areas)).tolist(), strict=True))
    expected = strtree_counts(shapely_groups(parts, field), lon, lat)
    assert ours == expected
    # Rows without coordinates are not placed anywhere; the rest are reported when outside.
    no_coords = int(frame["lon"].isna().sum())
    assert no_coords == 270
    assert int((located == OUTSIDE).sum()) == no_coords + sum(
        1 for _ in outside_points([a.geometry for a in areas], lon, lat, located)
    )


def test_the_outside_report_lists_exactly_the_rows_no_outline_touches() -> None:
    frame = crimes()
    lon, lat = frame["lon"].to_numpy(), frame["lat"].to_numpy()
    groups = shapely_groups(DISTRICTS, "dist_num")
    areas = read_outlines(shared_data(*DISTRICTS), "dist_num")
    located = locate([a.geometry for a in areas], lon, lat)
    reported = {p.row for p in outside_points([a.geometry for a in areas], lon, lat, located)}
    union = shapely.union_all(list(groups.values()))
    keep = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat))
    expected = set(keep[~shapely.intersects_xy(union, lon[keep], lat[keep])].tolist())
    assert reported == expected and reported  # the airport rows fall outside the district outlines


def test_swapped_points_are_marked_as_such() -> None:
    areas = read_outlines(shared_data(*DISTRICTS), "dist_num")
    frame = crimes().dropna(subset=["lon"]).head(50)
    lon, lat = frame["lon"].to_numpy(), frame["lat"].to_numpy()
    # The first ten rows were typed latitude first.
    lon2, lat2 = lon.copy(), lat.copy()
    lon2[:10], lat2[:10] = lat[:10], lon[:10]
    geoms = [a.geometry for a in areas]
    outside = outside_points(geoms, lon2, lat2, locate(geoms, lon2, lat2))
    swapped = {p.row for p in outside if p.swapped}
    inside_when_fixed = set(np.flatnonzero(locate(geoms, lon[:10], lat[:10]) != OUTSIDE).tolist())
    assert swapped == inside_when_fixed and len(swapped) >= 8


def test_hex_bins_count_every_point_in_its_nearest_hexagon() -> None:
    frame = crimes().dropna(subset=["lon"])
    lon, lat = frame["lon"].to_numpy(), frame["lat"].to_numpy()
    bins = hex_bins(lon, lat, size=0.01)
    assert int(bins.count.sum()) == len(frame)
    centres = np.column_stack([bins.lon / bins.x_scale, bins.lat])
    _d, nearest = cKDTree(centres).query(np.column_stack([lon / bins.x_scale, lat]))
    assert np.array_equal(np.bincount(nearest, minlength=len(centres)), bins.count)


def test_every_hexagon_is_drawn_with_six_corners_on_its_ring() -> None:
    """The corners of all hexagons at once (the printed map's way) are each hexagon's own:
    six, `size` from the centre on the ground, the first at -30 degrees, none shared wrongly."""
    frame = crimes().dropna(subset=["lon"])
    bins = hex_bins(frame["lon"].to_numpy(), frame["lat"].to_numpy(), size=0.01)
    every = bins.corners_of(np.arange(len(bins.count)))
    assert every.shape == (len(bins.count), 6, 2)
    ground = np.stack(
        [(every[..., 0] - bins.lon[:, None]) / bins.x_scale, every[..., 1] - bins.lat[:, None]], axis=2
    )
    assert np.allclose(np.hypot(ground[..., 0], ground[..., 1]), 0.01)
    assert np.allclose(np.degrees(np.arctan2(ground[:, 0, 1], ground[:, 0, 0])), -30)
    assert np.allclose(np.array(bins.corners(3)), every[3])


def _feature(geometry: dict[str, object], name: str = "1") -> dict[str, object]:
    return {"type": "Feature", "properties": {"dist_num": name}, "geometry": geometry}


def test_a_projected_file_with_its_crs_is_reprojected_with_pyproj(tmp_path: Path) -> None:
    from pyproj import Transformer

    data = json.loads(shared_data(*DISTRICTS).read_text())
    to_feet = Transformer.from_crs("EPSG:4326", "EPSG:3435", always_xy=True)
    features = []
    for feature in data["features"][:4]:
        geom = shapely.transform(
            shapely.geometry.shape(feature["geometry"]),
            lambda xy: np.column_stack(to_feet.transform(xy[:, 0], xy[:, 1])),
        )
        features.append({**feature, "geometry": json.loads(shapely.to_geojson(geom))})
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3435"}}
    areas = read_outlines(write_geojson(tmp_path / "feet.geojson", features, crs=crs), "dist_num")
    original = read_outlines(write_geojson(tmp_path / "lonlat.geojson", data["features"][:4]), "dist_num")
    assert [a.name for a in areas] == [a.name for a in original]
    for area, plain in zip(areas, original, strict=True):
        assert shapely.hausdorff_distance(area.geometry, plain.geometry) < 1e-6


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("not json at all", "not valid JSON"),
        (json.dumps({"type": "FeatureCollection", "features": []}), "no features"),
        (
            json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": [_feature({"type": "Point", "coordinates": [-87.6, 41.8]})],
                }
            ),
            "Feature 1 is a Point",
        ),
        (
            json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": [
                        _feature({"type": "LineString", "coordinates": [[-87.6, 41.8], [-87.5, 41.9]]})
                    ],
                }
            ),
            "not an outline",
        ),
        (
            json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": [
                        _feature(
                            {
                                "type": "Polygon",
                                "coordinates": [
                                    [
                                        [1175000, 1873000],
                                        [1176000, 1873000],
                                        [1176000, 1874000],
                                        [1175000, 1873000],
                                    ]
                                ],
                            }
                        )
                    ],
                }
            ),
            "look projected",
        ),
        (
            json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": [
                        _feature(
                            {
                                "type": "Polygon",
                                "coordinates": [[[41.8, -87.6], [41.9, -87.6], [41.9, -97.5], [41.8, -87.6]]],
                            }
                        )
                    ],
                }
            ),
            "look swapped",
        ),
        (
            json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": [
                        {
                            "type": "Feature",
                            "properties": {"other": 1},
                            "geometry": {
                                "type": "Polygon",
                                "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]],
                            },
                        }
                    ],
                }
            ),
            "no field 'dist_num'",
        ),
    ],
)
def test_bad_files_get_a_clear_message(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "bad.geojson"
    path.write_text(content)
    with pytest.raises(UserError) as info:
        read_outlines(path, "dist_num")
    assert words in info.value.message


def test_another_branch_plugs_in_a_layer_with_one_line() -> None:
    """Incidents (crime) or events (community) arrive as plain arrays from a provider."""
    from types import SimpleNamespace

    from advisoryboard.geo.layers import LAYERS, MapFilter, as_layer, register_layer

    frame = crimes().dropna(subset=["lon"]).head(100)

    def incident_points(_session: object, _filters: MapFilter) -> tuple[object, ...]:
        return frame.lon, frame.lat, frame["Case Number"], frame["Primary Type"]

    before = LAYERS.get("test-incidents")
    register_layer("test-incidents", "Incidents", incident_points)
    try:
        spec = LAYERS["test-incidents"]
        layer = as_layer(spec.key, spec.title, spec.provider(None, MapFilter()))  # type: ignore[arg-type]
        assert len(layer) == 100 and layer.categories()[0] == frame["Primary Type"].value_counts().index[0]
        record = SimpleNamespace(lon=[1.0], lat=[2.0], label=["a"], category=["b"])
        assert list(as_layer("events", "Events", record).label) == ["a"]
    finally:  # the registry as it was: the real incidents layer (geo/layers.py) stays
        del LAYERS["test-incidents"]
        if before is not None:
            LAYERS["test-incidents"] = before
