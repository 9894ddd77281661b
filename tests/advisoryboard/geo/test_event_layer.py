"""Community events on the map: coordinates typed or imported, checked, and drawn as a layer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import select

from advisoryboard.cli import main
from advisoryboard.errors import ValidationError
from advisoryboard.exporting.events import export_events
from advisoryboard.geo.boundaries import import_boundaries
from advisoryboard.geo.layers import LAYERS, MapFilter, load_map
from advisoryboard.importing.event_places import EventPlacesImportError, import_event_places
from advisoryboard.importing.tabular import read_table
from advisoryboard.services import community as svc
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.models import CommunityEvent
from database.models.community import EventKind, EventStatus
from tests.support.geo import write_geojson

SQUARE = [[-87.70, 41.80], [-87.60, 41.80], [-87.60, 41.90], [-87.70, 41.90], [-87.70, 41.80]]


def _event(title: str, day: dt.date, **extra: object) -> svc.EventInput:
    return svc.EventInput(title=title, starts_at=dt.datetime.combine(day, dt.time(18)), **extra)  # type: ignore[arg-type]


def _scene(db: Database) -> dict[str, int]:
    with transaction(db) as s:
        return {
            "walk": svc.create_event(
                s,
                _event(
                    "Elm St walk", dt.date(2025, 4, 8), kind=EventKind.WALK, latitude=41.85, longitude=-87.65
                ),
            ),
            "fair": svc.create_event(
                s,
                _event(
                    "Safety fair",
                    dt.date(2025, 6, 14),
                    kind=EventKind.SAFETY_FAIR,
                    place="Lincoln Park",
                    latitude=41.86,
                    longitude=-87.64,
                ),
            ),
            "cancelled": svc.create_event(
                s,
                _event(
                    "Rained out",
                    dt.date(2025, 6, 20),
                    status=EventStatus.CANCELLED,
                    latitude=41.87,
                    longitude=-87.63,
                ),
            ),
            "nowhere": svc.create_event(s, _event("Forum, place not known", dt.date(2025, 7, 1))),
        }


def test_events_with_coordinates_are_a_map_layer_by_kind(db: Database) -> None:
    ids = _scene(db)
    assert "events" in LAYERS
    with read_only(db) as s:
        layer = load_map(s, MapFilter(), ("events",)).layers["events"]
        june = load_map(s, MapFilter(dt.date(2025, 6, 1), dt.date(2025, 6, 30)), ("events",)).layers["events"]
        record = svc.get_event(s, ids["fair"])
    # Cancelled events and events without coordinates are not on the map.
    assert len(layer) == 2
    assert sorted(layer.label) == ["2025-04-08 · Elm St walk", "2025-06-14 · Safety fair · Lincoln Park"]
    assert sorted(layer.category) == ["Community walk", "Safety fair"] and layer.translatable
    assert list(june.label) == ["2025-06-14 · Safety fair · Lincoln Park"]
    assert (record.latitude, record.longitude) == (41.86, -87.64)


@pytest.mark.parametrize(
    ("lat", "lon", "field", "words"),
    [
        (95.0, -87.6, "latitude", "between -90 and 90"),
        (41.8, -187.6, "longitude", "between -180 and 180"),
        (41.8, None, "longitude", "both latitude and longitude"),
        (None, -87.6, "latitude", "both latitude and longitude"),
    ],
)
def test_bad_coordinates_are_refused_next_to_their_field(
    db: Database, lat: float | None, lon: float | None, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught, transaction(db) as s:
        svc.create_event(s, _event("Walk", dt.date(2025, 4, 8), latitude=lat, longitude=lon))
    assert words in caught.value.errors[field]
    with read_only(db) as s:
        assert s.scalar(select(CommunityEvent.id)) is None


def _exported(db: Database, tmp_path: Path) -> pd.DataFrame:
    path = tmp_path / "events.csv"
    with read_only(db) as s:
        export_events(s, path)
    return pd.read_csv(path, dtype=str)


def test_the_events_export_round_trips_coordinates_through_the_places_import(
    db: Database, tmp_path: Path
) -> None:
    ids = _scene(db)
    frame = _exported(db, tmp_path)
    assert {"Event id", "Latitude", "Longitude"} <= set(frame.columns)
    row = frame["Event id"] == str(ids["nowhere"])
    frame.loc[row, "Latitude"], frame.loc[row, "Longitude"] = "41,88", "-87.62"  # a comma decimal too
    frame.to_csv(tmp_path / "filled.csv", index=False)
    with transaction(db) as s:
        report = import_event_places(s, read_table(tmp_path / "filled.csv"))
    assert report.imported == len(frame)
    with read_only(db) as s:
        assert (svc.get_event(s, ids["nowhere"]).latitude, svc.get_event(s, ids["nowhere"]).longitude) == (
            41.88,
            -87.62,
        )
        assert svc.get_event(s, ids["walk"]).latitude == 41.85  # the others unchanged


def test_a_bad_places_file_changes_nothing_and_names_its_rows(db: Database, tmp_path: Path) -> None:
    ids = _scene(db)
    with transaction(db) as s:  # with outlines, swapped coordinates can be told apart
        import_boundaries(
            s,
            write_geojson(
                tmp_path / "d.geojson",
                [
                    {
                        "type": "Feature",
                        "properties": {"n": "1"},
                        "geometry": {"type": "Polygon", "coordinates": [SQUARE]},
                    }
                ],
            ),
            "n",
            set_name="Districts",
        )
    frame = pd.DataFrame(
        {
            "Event id": [str(ids["nowhere"]), "9999", str(ids["walk"]), str(ids["fair"])],
            "Latitude": ["41.88", "41.8", "-87.65", "91"],
            "Longitude": ["-87.62", "-87.6", "41.85", "-87.6"],
        }
    )
    frame.to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(EventPlacesImportError) as caught, transaction(db) as s:
        import_event_places(s, read_table(tmp_path / "bad.csv"))
    text = str(caught.value)
    assert "Nothing was imported: 3 rows need fixing." in text
    assert "Row 3" in text and "does not exist" in text
    assert "Row 4" in text and "swapped" in text
    assert "Row 5" in text and "between -90 and 90" in text
    with read_only(db) as s:
        assert svc.get_event(s, ids["nowhere"]).latitude is None  # the good row was not saved either


def test_the_places_import_command(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from advisoryboard.opening import open_database

    db = open_database(sqlite_url)
    ids = _scene(db)
    db.dispose()
    path = tmp_path / "places.csv"
    pd.DataFrame({"Event id": [ids["nowhere"]], "Latitude": [41.89], "Longitude": [-87.61]}).to_csv(
        path, index=False
    )
    assert main(["--db", sqlite_url, "import", "event-places", str(path), "--dry-run"]) == 0
    assert "1 events would get coordinates; nothing was changed" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "import", "event-places", str(path)]) == 0
    assert "Coordinates of 1 events imported." in capsys.readouterr().out
    db = open_database(sqlite_url)
    with read_only(db) as s:
        assert svc.get_event(s, ids["nowhere"]).latitude == 41.89
    db.dispose()
