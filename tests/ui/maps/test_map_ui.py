"""The map as a user meets it: click a district or drag a box, and the Issues table follows."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
import shapely
from PySide6.QtCore import QDate, QPoint, QPointF, QRectF, Qt

from advisoryboard.geo.boundaries import load_areas
from advisoryboard.opening import open_database
from advisoryboard.services.base import read_only
from database.enums import OPEN_STATUSES
from ui.context import AppContext, ChangeHub
from ui.issues.tab import IssuesTab
from ui.maps.panel import MapPanel
from ui.maps.view import MapView


@pytest.fixture
def issues_tab(qtbot, main_window) -> IssuesTab:
    tab = main_window.tab("issuesTab")
    assert isinstance(tab, IssuesTab)
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() > 0, timeout=20_000)
    tab.map_button.click()
    assert tab.map_panel is not None
    qtbot.waitUntil(lambda: tab.map_panel.view.data is not None, timeout=20_000)
    return tab


def _issues(db) -> pd.DataFrame:
    with db.engine.connect() as conn:
        return pd.read_sql("SELECT id, status, reported_on, longitude, latitude FROM issues", conn)


def _screen_point(view: MapView, lon: float, lat: float) -> QPoint:
    scene = view.viewbox.mapViewToScene(QPointF(lon, lat))
    return view.plot.mapFromScene(scene)


def _wait_count(qtbot, tab: IssuesTab, expected: int) -> None:
    qtbot.waitUntil(lambda: tab.model.rowCount() == expected or tab.model.total == expected, timeout=10_000)


def test_clicking_a_district_filters_the_issues_table(qtbot, issues_tab: IssuesTab) -> None:
    view = issues_tab.map_panel.view
    outline = next(o for o in view.data.outlines if o.label == "Beat 21")
    issues = _issues(issues_tab.ctx.db)
    inside = shapely.intersects_xy(outline.geometry, issues.longitude.to_numpy(), issues.latitude.to_numpy())
    open_inside = int((inside & issues.status.isin([s.value for s in OPEN_STATUSES])).sum())
    assert 0 < open_inside < int(issues.status.isin([s.value for s in OPEN_STATUSES]).sum())
    qtbot.mouseClick(
        view.plot.viewport(), Qt.MouseButton.LeftButton, pos=_screen_point(view, *outline.label_at)
    )
    qtbot.waitUntil(lambda: issues_tab.count_label.text().startswith(f"{open_inside} "), timeout=10_000)
    chip = issues_tab.filter_bar.map_chip
    assert chip.isVisible() and "Beat 21" in chip.text()
    assert issues_tab.filter_bar.current_filter().area_id == outline.area_id
    assert view.selected_area == outline.area_id
    chip.click()  # back to every place
    qtbot.waitUntil(lambda: not chip.isVisible() and issues_tab.filter_bar.current_filter().area_id is None)


def test_a_rubber_band_selection_lists_the_issues_inside_it(qtbot, issues_tab: IssuesTab) -> None:
    view = issues_tab.map_panel.view
    lon0, lat0, lon1, lat1 = view.data.bounds
    a = (lon0 + 0.2 * (lon1 - lon0), lat0 + 0.3 * (lat1 - lat0))
    b = (lon0 + 0.6 * (lon1 - lon0), lat0 + 0.8 * (lat1 - lat0))
    view.select_button.click()
    chosen: list[object] = []
    view.box_selected.connect(chosen.append)
    start, end = _screen_point(view, *a), _screen_point(view, *b)
    viewport = view.plot.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * k / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert len(chosen) == 1
    box = chosen[0]
    issues = _issues(issues_tab.ctx.db)
    lon, lat = issues.longitude.to_numpy(), issues.latitude.to_numpy()
    inside = (lon >= box[0]) & (lon <= box[2]) & (lat >= box[1]) & (lat <= box[3])
    expected = int((inside & issues.status.isin([s.value for s in OPEN_STATUSES])).sum())
    assert abs(box[0] - a[0]) < 0.001 and abs(box[3] - b[1]) < 0.001
    qtbot.waitUntil(lambda: issues_tab.count_label.text().startswith(f"{expected} "), timeout=10_000)
    assert not view.select_button.isChecked()


def test_hover_names_the_point_and_the_time_filter_hides_older_points(
    qtbot, issues_tab: IssuesTab, demo_db, monkeypatch
) -> None:
    view = issues_tab.map_panel.view
    layer = view.data.layers["issues"]
    # The map shows the open issues, as the table does.
    issues = _issues(issues_tab.ctx.db)
    assert len(layer) == int(issues.status.isin([s.value for s in OPEN_STATUSES]).sum())
    # A point alone in its neighbourhood, so the nearest point under the pointer is it.
    xy = np.column_stack([layer.lon, layer.lat])
    gaps = [np.sort(np.hypot(*(xy - xy[i]).T))[1] for i in range(len(layer))]
    lonely = int(np.argmax(gaps))
    # From elsewhere first: the pointer may already rest there after an earlier test. pyqtgraph
    # drops moves closer than 10 ms apart (its mouseRateLimit); a test's moves are that close.
    monkeypatch.setitem(pg.CONFIG_OPTIONS, "mouseRateLimit", 0)
    qtbot.mouseMove(view.plot.viewport(), QPoint(2, 2))
    qtbot.mouseMove(view.plot.viewport(), _screen_point(view, layer.lon[lonely], layer.lat[lonely]))
    qtbot.waitUntil(lambda: view.hover.text() == layer.label[lonely], timeout=5_000)
    assert view.hover.text().startswith(str(layer.label[lonely]).split(" · ")[0])
    cut = dt.date(2026, 6, 1)
    view.date_from.setDate(QDate(cut.year, cut.month, cut.day))
    assert view.visible_points == int((layer.when >= np.datetime64(cut, "D")).sum()) < len(layer)


def test_the_charts_map_opens_the_issues_of_a_district(qtbot, main_window) -> None:
    charts = main_window.tab("chartsTab")
    main_window.tabs.setCurrentWidget(charts)
    charts.charts_map.button.click()
    panel = charts.charts_map.panel
    assert panel is not None and panel.isVisible() and not charts.scroll_area.isVisible()
    qtbot.waitUntil(lambda: panel.view.data is not None and bool(panel.view.data.outlines), timeout=20_000)
    outline = panel.view.data.outlines[0]
    panel.view.click_at(*outline.label_at)
    issues = main_window.tab("issuesTab")
    qtbot.waitUntil(lambda: main_window.tabs.currentWidget() is issues, timeout=5_000)
    flt = issues.filter_bar.current_filter()
    assert flt.area_id == outline.area_id and flt.status == "all"
    assert flt.date_from == charts.filters.current_filter().date_from
    with read_only(main_window.ctx.db) as session:
        from advisoryboard.services.issue_search import count_issues

        expected = count_issues(session, flt)
    qtbot.waitUntil(lambda: issues.count_label.text().startswith(f"{expected} "), timeout=10_000)


@pytest.mark.parametrize("language_code", ["en", "es"])
def test_the_map_fits_the_smallest_office_screen(qtbot, demo_db, language_code: str) -> None:
    from ui import language

    language.apply_language(language_code)
    try:
        ctx = AppContext(demo_db, ChangeHub())
        panel = MapPanel(ctx)
        qtbot.addWidget(panel)
        panel.show()
        with qtbot.waitSignal(panel.loaded, timeout=20_000):
            pass
        hint = panel.minimumSizeHint()
        # Beside the issues table at 1366 px the map gets about 560 px; under the toolbars ≈ 560 px high.
        assert hint.width() <= 560 and hint.height() <= 560, hint
        if language_code == "es":
            assert panel.view.hotspots.text() == "&Zonas críticas"
        ctx.hub.close()
    finally:
        language.apply_language("en")


def test_no_outlines_says_how_to_import_them(qtbot, tmp_path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'empty.db'}")
    ctx = AppContext(db, ChangeHub())
    panel = MapPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        pass
    assert "import boundaries" in panel.message.text()
    with read_only(db) as session:
        assert load_areas(session, 1) == []
    ctx.hub.close()
    db.dispose()


def test_the_detail_pane_shows_the_computed_district_beside_the_recorded_one(qtbot, main_window) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    tab = main_window.tab("issuesTab")
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() > 0, timeout=20_000)
    with tab.ctx.db.engine.connect() as conn:
        row = pd.read_sql(
            "SELECT i.id, i.district, coalesce(a.board_district, a.name) AS computed FROM issues i "
            "JOIN issue_places p ON p.issue_id = i.id LEFT JOIN boundary_areas a ON a.id = p.area_id "
            "WHERE coalesce(a.board_district, a.name) <> i.district LIMIT 1",
            conn,
        ).iloc[0]
    tab.open_issue(int(row.id))
    form: QFormLayout = tab.detail.form
    shown = {
        form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text(): form.itemAt(
            r, QFormLayout.ItemRole.FieldRole
        )
        .widget()
        .text()
        for r in range(form.rowCount())
        if isinstance(form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget(), QLabel)
    }
    assert shown["District"] == row.district  # the recorded value, kept
    assert shown["On the map (Demo beats)"] == row.computed != row.district


def test_a_new_issue_is_placed_and_shown_on_the_map(qtbot, issues_tab: IssuesTab) -> None:
    from advisoryboard.services.base import transaction
    from advisoryboard.services.issues import IssueInput, create_issue

    view = issues_tab.map_panel.view
    outline = next(o for o in view.data.outlines if o.label == "Beat 12")
    points, in_beat = len(view.data.layers["issues"]), outline.issues
    lon, lat = outline.label_at
    with transaction(issues_tab.ctx.db) as session:
        new_id = create_issue(
            session, IssueInput(title="Streetlight out by the map test", latitude=lat, longitude=lon)
        )

    def beat_count() -> int:
        return next(o.issues for o in view.data.outlines if o.area_id == outline.area_id)

    # The notice reloads the map; the map finds the issue unplaced, places it, and reloads again.
    qtbot.waitUntil(lambda: beat_count() == in_beat + 1, timeout=20_000)
    assert len(view.data.layers["issues"]) == points + 1
    with issues_tab.ctx.db.engine.connect() as conn:
        sql = (
            "SELECT a.name FROM issue_places p JOIN boundary_areas a ON a.id = p.area_id WHERE p.issue_id = ?"
        )
        placed = pd.read_sql(sql, conn, params=(new_id,))
    assert list(placed.name) == ["Beat 12"]


def test_every_map_control_has_a_name_and_can_be_reached_by_keyboard(qtbot, issues_tab: IssuesTab) -> None:
    from tests.support.a11y import keyboard_unreachable, unnamed_controls

    panel = issues_tab.map_panel
    assert unnamed_controls(panel) == []  # type: ignore[arg-type]
    assert keyboard_unreachable(panel) == []  # type: ignore[arg-type]


def test_outlines_are_imported_from_the_map(qtbot, issues_tab: IssuesTab, tmp_path, monkeypatch) -> None:
    import json

    from ui.maps.import_outlines import OutlineImport

    panel = issues_tab.map_panel
    assert panel is not None
    with issues_tab.ctx.db.engine.connect() as conn:
        rows = pd.read_sql("SELECT name, geometry FROM boundary_areas", conn)
    features = [
        {
            "type": "Feature",
            "properties": {"id": i, "beat": n},
            "geometry": json.loads(shapely.to_geojson(shapely.from_wkb(g))),
        }
        for i, (n, g) in enumerate(zip(rows.name, rows.geometry, strict=True))
    ]
    good = tmp_path / "beats.geojson"
    good.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    asked: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(OutlineImport, "ask_file", classmethod(lambda cls, parent: str(good)))
    monkeypatch.setattr(
        OutlineImport, "ask_field", classmethod(lambda cls, parent, fields: asked.append(fields) or "beat")
    )
    panel.import_button.click()
    qtbot.waitUntil(lambda: "saved as 'beats'" in panel.message.text(), timeout=20_000)
    assert asked[0][0] == ("beat", "Beat 11")  # the likely name field is offered first
    assert panel.sets.currentData() == "beats" and panel.sets.findData("Demo beats") >= 0
    assert "8 outlines from 8 features" in panel.message.text()

    bad = tmp_path / "points.geojson"
    point = {
        "type": "Feature",
        "properties": {"beat": "1"},
        "geometry": {"type": "Point", "coordinates": [0, 0]},
    }
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [point]}))
    monkeypatch.setattr(OutlineImport, "ask_file", classmethod(lambda cls, parent: str(bad)))
    panel.import_button.click()
    qtbot.waitUntil(lambda: "Feature 1 is a Point" in panel.message.text(), timeout=20_000)
    with issues_tab.ctx.db.engine.connect() as conn:
        assert pd.read_sql("SELECT name FROM boundary_sets ORDER BY name", conn).name.tolist() == [
            "Demo beats",
            "beats",
        ]


def test_a_district_can_be_chosen_from_the_keyboard(qtbot, issues_tab: IssuesTab) -> None:
    view = issues_tab.map_panel.view
    combo = view.areas
    assert combo.accessibleName() == "District on the map" and view.areas_label.buddy() is combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "Every place" and sorted(names[1:]) == sorted(o.label for o in view.data.outlines)
    outline = next(o for o in view.data.outlines if o.label == "Beat 21")
    issues = _issues(issues_tab.ctx.db)
    inside = shapely.intersects_xy(outline.geometry, issues.longitude.to_numpy(), issues.latitude.to_numpy())
    open_inside = int((inside & issues.status.isin([s.value for s in OPEN_STATUSES])).sum())
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    while combo.currentText() != "Beat 21":  # arrow keys through the list, as a keyboard user does
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() == before + 1
    qtbot.waitUntil(lambda: issues_tab.count_label.text().startswith(f"{open_inside} "), timeout=10_000)
    chip = issues_tab.filter_bar.map_chip
    assert chip.isVisible() and "Beat 21" in chip.text() and view.selected_area == outline.area_id
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # "Every place": the choice is undone
    qtbot.waitUntil(lambda: not chip.isVisible() and issues_tab.filter_bar.current_filter().area_id is None)
    assert view.selected_area is None
    # A click on the map and the chip stay in step with the list.
    view.click_at(*outline.label_at)
    assert combo.currentText() == "Beat 21"
    chip.click()
    qtbot.waitUntil(lambda: combo.currentText() == "Every place")


def test_community_events_are_a_layer_that_starts_unticked(qtbot, issues_tab: IssuesTab) -> None:
    view = issues_tab.map_panel.view
    with issues_tab.ctx.db.engine.connect() as conn:
        events = pd.read_sql(
            "SELECT id FROM community_events WHERE latitude IS NOT NULL AND status <> 'cancelled_event'", conn
        )
    box = view.layer_boxes["events"]
    assert box.text() == "Community events" and not box.isChecked()
    assert not view.layer_boxes["incidents"].isChecked() and view.layer_boxes["issues"].isChecked()
    shown = view.visible_points
    box.setChecked(True)
    assert len(events) > 0 and view.visible_points == shown + len(events)


def _legend_and_labels(view: MapView) -> tuple[QRectF, dict[str, QRectF]]:
    """The legend's box and each outline label's box, in the plot's scene (pixel) coordinates."""
    legend = view.legend.mapRectToScene(view.legend.boundingRect())
    labels = {}
    for text in view._text_items:  # drawn at a fixed size in pixels, centred on its place
        box = text.textItem.boundingRect()
        box.moveCenter(view.viewbox.mapViewToScene(text.pos()))
        labels[text.toPlainText()] = box
    return legend, labels


def _map_shown(qtbot, main_window) -> MapView:
    """The Issues tab's map opened in the main window, its outlines and labels drawn."""
    tab = main_window.tab("issuesTab")
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() > 0, timeout=20_000)
    tab.map_button.click()
    view = tab.map_panel.view
    qtbot.waitUntil(lambda: view.data is not None and bool(view._text_items), timeout=20_000)
    return view


def test_the_legend_covers_no_outline_label(qtbot, main_window) -> None:
    main_window.resize(1024, 700)  # the smallest window: the map beside the table is narrow
    view = _map_shown(qtbot, main_window)

    def check() -> None:
        shown = view.viewbox.sceneBoundingRect()  # the map's part of the plot, as laid out now
        legend, labels = _legend_and_labels(view)
        assert view.legend.items and legend.width() > 0
        assert "Beat 51" in labels
        covered = [name for name, box in labels.items() if box.intersects(legend)]
        assert covered == [], f"the legend {legend} covers {covered}"
        outside = [name for name, box in labels.items() if not shown.contains(box)]
        assert outside == [], f"labels cut off at the edge: {outside}"
        # and the map still uses the room: its outlines span most of the height or the width left
        lon0, lat0, lon1, lat1 = view.data.bounds
        corner0 = view.viewbox.mapViewToScene(QPointF(lon0, lat0))
        corner1 = view.viewbox.mapViewToScene(QPointF(lon1, lat1))
        drawn = QRectF(corner0, corner1).normalized()
        assert drawn.height() > 0.5 * shown.height() or drawn.width() > 0.5 * (shown.width() - legend.width())

    assert 300 < view.plot.width() < 560, view.plot.width()
    check()
    view.layer_boxes["incidents"].setChecked(True)  # a longer legend
    check()
    main_window.resize(1366, 768)  # the window made larger: the map fits again
    qtbot.waitUntil(lambda: view.plot.width() > 500)
    check()


def test_a_chosen_district_is_shown_clear_of_the_legend(qtbot, main_window) -> None:
    """Choosing a district zooms to it; the district's box and its name are not under the
    legend, however long (here with the events layer's kinds)."""
    main_window.resize(1366, 728)
    view = _map_shown(qtbot, main_window)
    view.layer_boxes["events"].setChecked(True)  # a long legend: every kind of event
    for name in [o.label for o in view.data.outlines]:
        outline = next(o for o in view.data.outlines if o.label == name)
        view.choose_area(outline.area_id)
        legend, labels = _legend_and_labels(view)
        assert legend.width() > 0 and not labels[name].intersects(legend), (name, legend, labels[name])
        xy = np.concatenate(outline.rings)
        corner0 = view.viewbox.mapViewToScene(QPointF(*xy.min(axis=0)))
        corner1 = view.viewbox.mapViewToScene(QPointF(*xy.max(axis=0)))
        district = QRectF(corner0, corner1).normalized()
        shown = view.viewbox.sceneBoundingRect()
        assert shown.contains(district) and not district.intersects(legend), (name, district, legend)
        assert district.height() > 0.4 * shown.height() or district.width() > 0.4 * shown.width()


@pytest.mark.parametrize(("bounds", "below"), [((0.0, 0.0, 10.0, 2.0), True), ((0.0, 0.0, 2.0, 10.0), False)])
def test_the_map_goes_beside_or_below_the_legend_whichever_leaves_it_larger(bounds, below: bool) -> None:
    from ui.maps.view import fit_beside_legend

    width, height, legend_w, legend_h = 400.0, 300.0, 150.0, 100.0
    fitted = fit_beside_legend(bounds, 1.0, (width, height), (legend_w, legend_h))
    assert fitted is not None
    x0, x1, y0, y1 = fitted
    scale = width / (x1 - x0)
    assert height / (y1 - y0) == pytest.approx(scale)  # the aspect kept
    lon0, lat0, lon1, lat1 = bounds
    left, right = (lon0 - x0) * scale, (lon1 - x0) * scale  # pixels from the left
    top, bottom = (y1 - lat1) * scale, (y1 - lat0) * scale  # pixels from the top
    assert left >= 0 and bottom <= height
    if below:  # a wide map: under the legend, the whole width
        assert top >= legend_h and right <= width and right - left > width * 0.9
    else:  # a tall map: left of the legend, the whole height
        assert right <= width - legend_w and top >= 0 and bottom - top > height * 0.9
    plain = fit_beside_legend(bounds, 1.0, (width, height), (0.0, 0.0))  # no legend: centred
    assert plain is not None and (plain[0] + plain[1]) / 2 == pytest.approx((lon0 + lon1) / 2)
