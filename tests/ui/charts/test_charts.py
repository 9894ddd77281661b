"""The Charts tab on the demo database: what is drawn, hover, click-through, exports, empty state.

Expected numbers come from pandas over the raw rows (tests/advisoryboard/analytics/test_analytics.py helpers),
never from the analytics code under test.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from advisoryboard.analytics import AnalyticsFilter
from tests.support.analytics import (
    expect_members,
    expect_referrals,
    held_meetings,
    issues_in,
    raw,
)
from tests.support.charts import show_range
from ui.charts.export import ExportPathDialog, write_csv

YEAR = AnalyticsFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def click_position(qtbot: Any, panel: Any, index: int) -> None:
    point = panel.plot.mapFromScene(panel.scene_pos_of(index))
    qtbot.mouseClick(panel.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_each_chart_draws_one_bar_or_point_per_item(qtbot: Any, main_window: Any, us_english: None) -> None:
    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    data = raw(main_window.ctx.db)
    issues = issues_in(data, YEAR)
    meetings = len(held_meetings(data, YEAR))
    resolved = issues_in(data, YEAR, "resolved_on")
    assert meetings > 0

    drawn = {name: tab.show_chart(name).drawn_counts() for name in tab.panels}
    assert set(drawn["months"].values()) == {12}
    assert len(drawn["months"]) == 3  # opened, resolved, backlog line
    assert drawn["categories"] == {"Issues reported": issues["category_id"].nunique()}
    assert drawn["statuses"] == {"Issues": 7}  # every status, zeros included
    assert drawn["medians"] == {
        "Median days": resolved[resolved["status"] == "resolved"]["category_id"].nunique()
    }
    assert set(drawn["attendance"].values()) == {meetings}
    assert drawn["public"] == {"Members of the public": meetings}
    assert drawn["members"] == {"Attendance %": len(expect_members(data, YEAR))}
    assert drawn["partners"] == {"Issues referred": len(expect_referrals(data, YEAR))}
    assert "Showing 1/1/2025 to 12/31/2025." in tab.message.text()  # the locale's dates, not ISO


def test_hover_shows_the_exact_numbers(qtbot: Any, main_window: Any) -> None:
    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    issues = issues_in(raw(main_window.ctx.db), YEAR)
    march = issues[issues["reported_on"].dt.month == 3]
    panel = tab.panels["months"]
    # A real mouse-move event on the plot (sent to the widget, so no other window in
    # the test session can be under the pointer instead).
    viewport = panel.plot.viewport()
    local = QPointF(panel.plot.mapFromScene(panel.scene_pos_of(2)))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        QPointF(viewport.mapToGlobal(local.toPoint())),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    qtbot.waitUntil(lambda: "Mar" in panel.readout.text())
    assert f"{len(march)} opened" in panel.readout.text()


def test_clicking_a_category_bar_opens_the_issues_tab_for_that_category_and_range(
    qtbot: Any, main_window: Any
) -> None:
    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    data = raw(main_window.ctx.db)
    counts = issues_in(data, YEAR)["category_id"].value_counts()
    names = dict(zip(data["categories"]["id"], data["categories"]["name"], strict=True))
    top = names[counts.index[0]]
    with qtbot.waitSignal(tab.navigate, timeout=5000) as signal:
        click_position(qtbot, tab.panels["categories"], 0)
    assert signal.args == [
        "issuesTab",
        {"category": top, "date_from": "2025-01-01", "date_to": "2025-12-31"},
    ]
    assert main_window.tabs.currentWidget() is main_window.tab("issuesTab")


def test_filters_apply_to_every_chart(qtbot: Any, main_window: Any) -> None:
    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    data = raw(main_window.ctx.db)
    combo = tab.filters.category_combo
    index = combo.findText("Noise")
    assert index > 0
    with qtbot.waitSignal(tab.refreshed, timeout=20000):
        combo.setCurrentIndex(index)
    noise = int(data["categories"].set_index("name").loc["Noise", "id"])  # type: ignore[arg-type]
    expected = issues_in(data, AnalyticsFilter(YEAR.date_from, YEAR.date_to, (noise,)))
    assert tab.panels["categories"].drawn_counts() == {"Issues reported": 1}
    assert sum(p.opened for p in tab.dashboard.months) == len(expected)
    assert sum(s.count for s in tab.dashboard.statuses) == len(expected)


def test_exports_write_the_picture_and_the_numbers(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    data = raw(main_window.ctx.db)
    panel = tab.panels["categories"]
    target = {"path": tmp_path / "categories.png"}
    monkeypatch.setattr(ExportPathDialog, "ask", classmethod(lambda cls, *args: target["path"]))
    qtbot.mouseClick(panel.png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(target["path"]))
    assert not image.isNull()
    assert image.width() > 200

    target["path"] = tmp_path / "categories.csv"
    qtbot.mouseClick(panel.csv_button, Qt.MouseButton.LeftButton)
    with target["path"].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    names = dict(zip(data["categories"]["id"], data["categories"]["name"], strict=True))
    counts = issues_in(data, YEAR)["category_id"].value_counts()
    assert rows[0] == ["Category", "Issues reported"]
    assert {name: int(n) for name, n in rows[1:]} == {names[c]: int(n) for c, n in counts.items()}

    target["path"] = tmp_path / "attendance.csv"
    qtbot.mouseClick(tab.show_chart("attendance").csv_button, Qt.MouseButton.LeftButton)
    with target["path"].open(encoding="utf-8-sig", newline="") as fh:
        meeting_rows = list(csv.DictReader(fh))
    held = held_meetings(data, YEAR).sort_values("starts_at")
    assert [r["Meeting date"] for r in meeting_rows] == [d.date().isoformat() for d in held["starts_at"]]


def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    write_csv(path, ["Name", "Count"], [["=HYPERLINK(1)", 3], ["+1", -2], ["@x", 0], ["-1", 1], ["Ana", 5]])
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1:] == [["'=HYPERLINK(1)", "3"], ["'+1", "-2"], ["'@x", "0"], ["'-1", "1"], ["Ana", "5"]]


def test_an_empty_range_says_so(qtbot: Any, main_window: Any) -> None:
    tab = show_range(qtbot, main_window, dt.date(2031, 1, 1), dt.date(2031, 6, 30))
    assert "Nothing happened" in tab.message.text()
    for name in tab.panels:
        if name == "months":
            continue
        panel = tab.show_chart(name)
        assert panel.stack.currentWidget() is panel.empty_label
        assert not panel.png_button.isEnabled()
    # Issues still open from before stay visible as the backlog line, with no bars.
    data = raw(main_window.ctx.db)
    still_open = data["issues"]["resolved_on"].isna().sum()
    assert [p.backlog for p in tab.dashboard.months] == [still_open] * 6
    assert all(p.opened == p.resolved == 0 for p in tab.dashboard.months)


def test_print_button_asks_for_the_annual_summary_of_the_range_year(qtbot: Any, main_window: Any) -> None:
    tab = show_range(qtbot, main_window, dt.date(2024, 7, 1), dt.date(2025, 6, 30))
    assert tab.default_print_request() == ("annual", {"year": 2025})
    tab.print_request.disconnect()  # do not open the real print preview here
    with qtbot.waitSignal(tab.print_request, timeout=2000) as signal:
        qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["annual", {"year": 2025}]


def test_keyboard_steps_through_bars_and_enter_opens_the_category(qtbot: Any, main_window: Any) -> None:
    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    panel = tab.panels["categories"]
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Down)
    qtbot.keyClick(panel, Qt.Key.Key_Down)
    second = tab.dashboard.categories[1]
    assert panel.readout.text().startswith(f"{second.category}: {second.count} issues")
    with qtbot.waitSignal(tab.navigate, timeout=5000) as signal:
        qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert signal.args[1]["category"] == second.category


def test_a_saved_change_redraws_the_charts(qtbot: Any, main_window: Any) -> None:
    from advisoryboard.services.base import transaction
    from database.models import Issue

    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    before = tab.dashboard.months[5].opened
    with qtbot.waitSignal(tab.refreshed, timeout=20000):
        with transaction(main_window.ctx.db) as session:
            session.add(
                Issue(
                    reference="2025-9999",
                    ref_year=2025,
                    ref_seq=9999,
                    title="Broken bench on <b>Ana & José</b> street",
                    reported_on=dt.datetime(2025, 6, 10, 12, 0),
                )
            )
    assert tab.dashboard.months[5].opened == before + 1
    assert "opened" in tab.panels["months"].data.hover[5]


def test_presets_fill_the_dates_and_a_reversed_custom_range_is_refused(qtbot: Any, main_window: Any) -> None:
    from PySide6.QtCore import QDate

    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    bar = tab.filters
    today = dt.date.today()
    with qtbot.waitSignal(tab.refreshed, timeout=20000):
        bar.range_combo.setCurrentIndex(bar.range_combo.findData("previous_year"))
    assert not bar.from_edit.isEnabled()
    last_year = AnalyticsFilter(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
    assert tab.dashboard.filter == last_year

    with qtbot.waitSignal(tab.refreshed, timeout=20000):
        bar.range_combo.setCurrentIndex(bar.range_combo.findData("custom"))
    assert bar.from_edit.isEnabled()
    with qtbot.assertNotEmitted(tab.refreshed, wait=300):
        bar.from_edit.setDate(QDate(today.year, 3, 1))  # after the end date
    assert bar.error_label.text() == "The start date is after the end date."
    with qtbot.waitSignal(tab.refreshed, timeout=20000):
        bar.to_edit.setDate(QDate(today.year, 4, 30))
    assert bar.error_label.text() == ""
    assert [p.month.month for p in tab.dashboard.months] == [3, 4]


def test_a_chart_out_of_view_is_drawn_when_scrolled_into_view(qtbot: Any, main_window: Any) -> None:
    main_window.resize(1000, 600)  # only the first row of charts fits
    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    tab.scroll_area.verticalScrollBar().setValue(0)
    partners = tab.panels["partners"]
    assert not tab.in_view(partners)
    drawn_before = partners.data
    previous = AnalyticsFilter(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    show_range(qtbot, main_window, previous.date_from, previous.date_to)
    assert partners.data is drawn_before  # not drawn while out of view
    assert tab.panels["months"].data is not None
    assert len(tab.panels["months"].data.labels) == 12

    scroll = tab.scroll_area.verticalScrollBar()
    scroll.setValue(scroll.maximum())  # the user scrolls down
    assert tab.in_view(partners)
    expected = expect_referrals(raw(main_window.ctx.db), previous)
    assert partners.drawn_counts() == {"Issues referred": len(expected)}
    assert sorted(partners.data.series[0].values) == sorted(expected.values())


def test_unchanged_charts_are_not_redrawn_and_changed_ones_update_in_place(
    qtbot: Any, main_window: Any
) -> None:
    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    panel = tab.panels["categories"]
    items = [item for _name, item in panel.items]
    data = panel.data
    with qtbot.waitSignal(tab.refreshed, timeout=20000):
        tab.refresh()  # same range, same numbers
    assert panel.data is data
    assert [item for _name, item in panel.items] == items

    other = AnalyticsFilter(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    show_range(qtbot, main_window, other.date_from, other.date_to)
    assert [item for _name, item in panel.items] == items  # the same bars, new numbers
    counts = issues_in(raw(main_window.ctx.db), other)["category_id"].value_counts()
    assert panel.drawn_counts() == {"Issues reported": len(counts)}
    assert sorted(panel.data.series[0].values) == sorted(int(n) for n in counts)
    bars = panel.items[0][1]
    assert sorted(bars.opts["width"]) == sorted(int(n) for n in counts)  # horizontal bars


def test_the_legend_covers_no_line_and_dates_and_labels_read_whole(
    qtbot: Any, main_window: Any, us_english: None
) -> None:
    tab = show_range(qtbot, main_window, YEAR.date_from, YEAR.date_to)
    months = tab.show_chart("months")
    legend = months.plot.plotItem.legend
    assert legend is not None
    box = legend.sceneBoundingRect()
    view = months.plot.getViewBox()
    backlog = next(s for s in months.data.series if s.line)
    for index, value in enumerate(backlog.values):
        point = view.mapViewToScene(QPointF(index, value))
        assert not box.contains(point), f"the legend covers the backlog at month {index + 1}"
    attendance = tab.show_chart("attendance")
    first = attendance.data.labels[0]
    assert dt.datetime.strptime(first, "%m/%d/%Y")  # 3/10/2025, as the rest of the window writes dates
    categories = tab.show_chart("categories")
    ticks = [text for _pos, text in categories.plot.getAxis("left")._tickLevels[0]]
    assert "Housing and code enforcement" in ticks


def test_an_empty_chart_offers_nothing_to_save(qtbot: Any, main_window: Any) -> None:
    tab = show_range(qtbot, main_window, dt.date(1990, 1, 1), dt.date(1990, 12, 31))
    for name, panel in tab.panels.items():
        if panel.data is not None and panel.data.empty:
            assert not panel.csv_button.isEnabled(), name
            assert not panel.png_button.isEnabled(), name
    assert any(p.data is not None and p.data.empty for p in tab.panels.values())
