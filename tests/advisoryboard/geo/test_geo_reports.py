"""The printed map in the annual summary: read back from the PDF, checked against the database."""

from __future__ import annotations

import datetime as dt
import io
import re

import pandas as pd
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Drawing, Polygon
from sqlalchemy import text

from advisoryboard.geo.layers import MapData, PointLayer
from advisoryboard.reports.annual import build_annual
from advisoryboard.reports.annual_data import load_annual
from advisoryboard.reports.layout import translator
from advisoryboard.reports.maps import load_printed_map, map_drawing
from advisoryboard.services.base import read_only
from database.engine import Database

TODAY = dt.date(2026, 11, 21)


def _page_with(reader: PdfReader, words: str) -> str:
    return next(p.extract_text() for p in reader.pages if words in p.extract_text())


def test_the_annual_summary_prints_a_map_with_a_legend(demo_db: Database) -> None:
    with read_only(demo_db) as session:
        data = load_annual(session, 2025, today=TODAY)
    assert data.issue_map is not None
    reader = PdfReader(io.BytesIO(build_annual(data, "en")))
    page = _page_with(reader, "Where issues were reported")
    with demo_db.engine.connect() as conn:
        issues = pd.read_sql_query(
            text(
                "select status from issues where latitude is not null and not confidential "
                "and reported_on >= '2025-01-01' and reported_on < '2026-01-01'"
            ),
            conn,
        )
    counts = issues.status.value_counts()
    # The legend gives each status with its number of issues, as the database counts them.
    assert re.search(rf"Resolved \({counts['resolved']}\)", page)
    assert re.search(rf"New \({counts['new']}\)", page) or "new" not in counts
    assert "Hotspot:" in page and "Confidential issues are left out" in page
    assert "Beat 11" in page and "Demo beats" in page


def test_the_spanish_summary_prints_the_map_in_spanish(demo_db: Database) -> None:
    with read_only(demo_db) as session:
        data = load_annual(session, 2025, today=TODAY)
    page = _page_with(PdfReader(io.BytesIO(build_annual(data, "es"))), "Dónde se reportaron los problemas")
    assert "Mapa" in page and "Zona crítica" in page and "Resuelto" in page


def test_without_outlines_the_summary_says_so(db: Database) -> None:
    with read_only(db) as session:
        assert load_printed_map(session, None, None) is None
        data = load_annual(session, 2025, today=TODAY)
    page = _page_with(PdfReader(io.BytesIO(build_annual(data, "en"))), "Map")
    assert "No district outlines have been imported" in page


def test_a_map_drawing_holds_every_outline_ring_and_point() -> None:
    import numpy as np

    square = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]])
    from advisoryboard.geo.layers import Outline

    lon, lat = np.array([0.2, 0.5, 0.8]), np.array([0.2, 0.5, 0.8])
    labels = np.array(["a", "b", "c"], dtype=object)
    status = np.array(["new", "new", "resolved"], dtype=object)
    data = MapData(
        1,
        "Test",
        [Outline(1, "Only", [square], (0.5, 0.5))],
        (0.0, 0.0, 1.0, 1.0),
        {"issues": PointLayer("issues", "Issues", lon, lat, labels, status)},
    )
    drawing = map_drawing(data, "Title", 400, translator("en"))
    assert isinstance(drawing, Drawing)
    shapes = drawing.getContents()
    assert sum(isinstance(s, Circle) for s in shapes) == 3
    assert sum(isinstance(s, Polygon) for s in shapes) >= 2  # the land and the line of the outline


def test_a_printed_map_of_incidents_lists_their_top_offenses(tmp_path) -> None:
    """The crime handout's map: incidents (read with pandas) as a layer, not issues."""
    import numpy as np
    from reportlab.graphics import renderPDF

    from advisoryboard.geo.boundaries import AreaShape
    from advisoryboard.geo.geojson import read_outlines
    from advisoryboard.geo.layers import outlines_of
    from tests.support.geo import DISTRICTS, crimes
    from tests.support.shared_data import shared_data

    frame = crimes().dropna(subset=["lon"]).head(3000)
    areas = read_outlines(shared_data(*DISTRICTS), "dist_num")
    outlines = outlines_of([AreaShape(i, a.name, a.key, None, a.geometry) for i, a in enumerate(areas, 1)])
    offense = frame["Primary Type"].to_numpy(dtype=object)
    layer = PointLayer(
        "incidents", "Incidents", frame.lon.to_numpy(), frame.lat.to_numpy(), offense.copy(), offense
    )
    bounds = (float(frame.lon.min()), float(frame.lat.min()), float(frame.lon.max()), float(frame.lat.max()))
    data = MapData(1, "Chicago", outlines, bounds, {"incidents": layer})
    drawing = map_drawing(data, "Incidents", 500, translator("en"), layer_key="incidents")
    assert sum(isinstance(s, Circle) for s in drawing.getContents()) == len(frame)
    path = tmp_path / "map.pdf"
    renderPDF.drawToFile(drawing, str(path))
    text_ = PdfReader(str(path)).pages[0].extract_text()
    top = frame["Primary Type"].value_counts()
    for name, n in top.head(3).items():
        assert f"{name} ({n})" in text_
    shown = set(top.index[:7])
    assert f"Other ({int((~frame['Primary Type'].isin(shown)).sum())})" in text_
    assert np.isin(["31", "9"], [o.label for o in outlines]).all()
