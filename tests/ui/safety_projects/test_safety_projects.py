"""The Safety tab on the demo database: projects, assessment, trends, import with progress, sizes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from advisoryboard.services import projects as svc
from advisoryboard.services.base import read_only
from advisoryboard.services.project_assessment import assess
from tests.support.shared_data import shared_data
from ui.safety_projects.editor import ProjectDialog, ResponseDialog
from ui.safety_projects.models import ChoiceModel, ProjectsModel
from ui.safety_projects.tab import SafetyTab

SCREEN = (1366, 728)


def show_tab(qtbot: Any, window: Any) -> SafetyTab:
    tab = window.tab("safetyTab")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(
        lambda: tab.model.rowCount() == 3 and tab.trend_chart.stack.currentWidget() is tab.trend_chart.plot,
        timeout=20000,
    )
    return tab


def select(qtbot: Any, tab: SafetyTab, title: str) -> None:
    row = next(i for i, r in enumerate(tab.model.rows) if r.title == title)
    tab.table.selectRow(row)
    qtbot.waitUntil(lambda: tab.current is not None and tab.current[0].data.title == title, timeout=20000)


def test_assessed_project_shows_its_numbers_and_charts(qtbot: Any, main_window: Any) -> None:
    tab = show_tab(qtbot, main_window)
    select(qtbot, tab, "Car break-ins near Jackson Square station")
    record, _a = tab.current  # type: ignore[misc]
    with read_only(main_window.ctx.db) as session:
        a = assess(session, record.id)
    assert a.area is not None and a.area.tested
    text = tab.summary.text()
    assert f"{a.area.before} before → {a.area.after} after" in text and "rate ratio" in text
    assert "Jackson Square" in text and "Street Lighting Division" in text
    bars = [i for i in tab.before_after.plot.getPlotItem().items if hasattr(i, "opts") and "height" in i.opts]
    assert bars[0].opts["height"][0] == a.area.before
    lines = [i for i in tab.project_chart.plot.getPlotItem().items if type(i).__name__ == "InfiniteLine"]
    assert len(lines) == 1  # the response start is marked
    select(qtbot, tab, "Burglaries on the Elm Street corridor")
    assert "no test" in tab.summary.text()


def test_trend_filter_and_mix(qtbot: Any, main_window: Any) -> None:
    tab = show_tab(qtbot, main_window)
    assert tab.category.count() > 5 and tab.district.count() == 4  # 'All' + districts 1–3
    before = tab.trend_total.text()
    tab.district.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.trend_total.text() != before, timeout=20000)
    assert "incidents in the last 24 months" in tab.trend_total.text()


@pytest.mark.shared_data
def test_import_runs_in_the_background_and_reports(qtbot: Any, main_window: Any, monkeypatch: Any) -> None:
    tab = show_tab(qtbot, main_window)
    reports: list[Any] = []
    monkeypatch.setattr(
        SafetyTab,
        "ask_file",
        classmethod(lambda cls, parent: str(shared_data("crime", "sf_police_incidents_2018_12.csv"))),
    )
    monkeypatch.setattr(
        SafetyTab, "show_report", classmethod(lambda cls, parent, report: reports.append(report))
    )
    tab.import_button.click()
    qtbot.waitUntil(lambda: bool(reports), timeout=60000)
    assert reports[0].imported == 11310 and len(reports[0].duplicates) == 574


def test_models_pass_the_qt_model_tester(qtmodeltester: Any, main_window: Any) -> None:
    with read_only(main_window.ctx.db) as session:
        rows = svc.list_projects(session)
        offered = svc.matching_incidents(session, rows[-1].id)
    model = ProjectsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    choices = ChoiceModel()
    choices.set_rows(offered[:50])
    qtmodeltester.check(choices)
    assert choices.setData(choices.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


@pytest.mark.parametrize("code", ["en", "es"])
def test_dialogs_and_tab_fit_the_small_screen(qtbot: Any, main_window: Any, code: str) -> None:
    from ui import language

    window = language.switch_language(main_window, code) if code != "en" else main_window
    qtbot.addWidget(window)
    try:
        tab = show_tab(qtbot, window)
        hint = tab.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - 120  # menus, tab bar, status bar
        with read_only(window.ctx.db) as session:
            choices = svc.editor_choices(session)
            record = svc.get_project(session, tab.model.rows[-1].id)
        for dialog in (
            ProjectDialog(window.ctx, choices, record, window),
            ResponseDialog(window.ctx, record.id, choices, None, window),
        ):
            qtbot.addWidget(dialog)
            size = dialog.sizeHint().expandedTo(dialog.size())
            assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1], (
                code,
                type(dialog).__name__,
                size,
            )
            if code == "es":
                assert dialog.windowTitle() in ("Proyecto de resolución de problemas", "Respuesta")
    finally:
        if code != "en":
            language.apply_language("en")


def test_the_project_map_shows_its_area_and_a_district_opens_its_issues(qtbot: Any, main_window: Any) -> None:
    tab = show_tab(qtbot, main_window)
    select(qtbot, tab, "Car break-ins near Jackson Square station")
    record, _a = tab.current  # type: ignore[misc]
    tab.pages.setCurrentWidget(tab.map_panel)
    view = tab.map_panel.view
    qtbot.waitUntil(lambda: view.data is not None and "project" in view.data.layers, timeout=20000)
    # The project's beats are shaded, and its incidents (its categories, in those beats) are the points.
    assert sorted(view.data.area_label(a) for a in view.data.marked) == ["Beat 21", "Beat 22"]
    # The problem's incidents: its categories, in those beats, in its time frame (if it has one).
    where = ["c.project_id = :p", "i.beat IN ('21', '22')", "i.latitude IS NOT NULL"]
    if record.data.period_start is not None:
        where.append("i.occurred_at >= :start")
    if record.data.period_end is not None:
        where.append("i.occurred_at < :end")
    frame = {
        "p": record.id,
        "start": str(record.data.period_start),
        "end": str(record.data.period_end + dt.timedelta(days=1)) if record.data.period_end else None,
    }
    with main_window.ctx.db.engine.connect() as conn:
        incidents = conn.execute(
            text(
                "SELECT count(*) FROM incidents i JOIN project_categories c ON c.category_id = i.category_id "
                "WHERE " + " AND ".join(where)
            ),
            frame,
        ).scalar()
        linked = conn.execute(
            text(
                "SELECT count(*) FROM project_issues p JOIN issues i ON i.id = p.issue_id "
                "WHERE p.project_id = :p AND i.latitude IS NOT NULL"
            ),
            frame,
        ).scalar()
    assert view.visible_points == incidents + linked > 0
    legend = [label.text for _sample, label in view.legend.items]
    assert "The project's area" in legend and f"Problem incidents in the area ({incidents})" in legend
    # A radius project: its circle instead of districts.
    select(qtbot, tab, "Burglaries on the Elm Street corridor")
    qtbot.waitUntil(lambda: view.data is not None and view.data.circle is not None, timeout=20000)
    assert view.data.marked == ()
    # Choosing a district there lists its issues on the Issues tab.
    target = view.data.outlines[0]
    view.choose_area(target.area_id)
    issues = main_window.tab("issuesTab")
    qtbot.waitUntil(lambda: main_window.tabs.currentWidget() is issues, timeout=5000)
    assert issues.filter_bar.current_filter().area_id == target.area_id
