"""The Surveys tab: typing paper forms by keyboard only, results drawn from the stored answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from advisoryboard.analytics import surveys as analytics
from advisoryboard.opening import open_database
from advisoryboard.services import surveys as svc
from advisoryboard.services.base import read_only, transaction
from database.models.surveys import QuestionKind, SurveyAnswer, SurveyResponse
from ui.context import AppContext, ChangeHub
from ui.surveys.entry import EntryModel
from ui.surveys.tab import SurveysTab

QUESTIONS = ["safe_day", "safe_night", "recommend", "concerns", "comments", "district"]


@pytest.fixture
def tab(qtbot: Any, sqlite_url: str) -> Iterator[SurveysTab]:
    db = open_database(sqlite_url)
    with transaction(db) as s:
        survey_id = svc.create_survey(s, "Safety", "Seguridad", QUESTIONS)
        svc.add_wave(s, survey_id, "Spring 2025")
        wave = svc.add_wave(s, survey_id, "Spring 2026")
        svc.save_typed_responses(
            s, wave, [{"safe_day": "1", "safe_night": "2", "comments": "Fix the lights"}] * 6
        )
    hub = ChangeHub()
    widget = SurveysTab(AppContext(db, hub))
    qtbot.addWidget(widget)
    widget.resize(1366, 650)
    widget.show()
    qtbot.waitExposed(widget)
    widget.db = db  # type: ignore[attr-defined]
    yield widget
    widget.close()
    hub.close()
    db.dispose()


def _finish(qtbot: Any, grid: Any, key: Qt.Key) -> None:
    """Tab or Enter in a cell's editor; the view commits on its next event-loop turn."""
    before = grid.currentIndex()
    qtbot.keyClick(grid.focusWidget(), key)
    qtbot.waitUntil(lambda: grid.currentIndex() != before or grid.state() != grid.State.EditingState)


def _type(qtbot: Any, grid: Any, text: str) -> None:
    """Keys as a person types them: to the grid, then to the cell editor the first key opened."""
    for char in text:
        editing = grid.state() == grid.State.EditingState
        qtbot.keyClick(grid.focusWidget() if editing else grid, char)


def test_two_paper_forms_typed_by_keyboard_only_are_saved(qtbot: Any, tab: SurveysTab) -> None:
    grid = tab.grid
    qtbot.waitUntil(lambda: tab.model.columnCount() == len(QUESTIONS))
    assert tab.wave.currentText().startswith("Spring 2026")
    grid.setFocus()
    grid.setCurrentIndex(tab.model.index(0, 0))
    # form 1: digits move on by themselves; "8" Enter for the rating; "13" Tab for ticks; text Enter
    qtbot.keyClick(grid, "2")
    qtbot.keyClick(grid, "4")
    assert grid.currentIndex().column() == 2
    _type(qtbot, grid, "8")  # starts the editor
    _finish(qtbot, grid, Qt.Key.Key_Return)
    assert grid.currentIndex().column() == 3
    _type(qtbot, grid, "13")
    _finish(qtbot, grid, Qt.Key.Key_Tab)
    _type(qtbot, grid, "More light")
    _finish(qtbot, grid, Qt.Key.Key_Return)
    qtbot.keyClick(grid, "9")  # not a district: refused, named, the cursor stays
    assert "Row 1, District:" in tab.message.text()  # named as the heading reads
    assert grid.currentIndex().column() == 5
    qtbot.keyClick(grid, "2")
    assert grid.currentIndex() == tab.model.index(1, 0)  # the next form, a new row
    # form 2: a rating out of range is refused in its editor, then corrected
    qtbot.keyClick(grid, "1")
    qtbot.keyClick(grid, "1")
    _type(qtbot, grid, "11")
    _finish(qtbot, grid, Qt.Key.Key_Return)
    assert "outside 0–10" in tab.message.text() and grid.currentIndex().column() == 2
    _type(qtbot, grid, "10")
    _finish(qtbot, grid, Qt.Key.Key_Return)
    assert tab.model.filled_rows() == [
        {
            "safe_day": "2",
            "safe_night": "4",
            "recommend": "8",
            "concerns": "13",
            "comments": "More light",
            "district": "2",
        },
        {"safe_day": "1", "safe_night": "1", "recommend": "10"},
    ]
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.message.text().startswith("Saved 2 form")
    assert tab.model.filled_rows() == []
    with read_only(tab.db) as s:  # type: ignore[attr-defined]
        assert s.scalar(select(func.count()).select_from(SurveyResponse)) == 8
        assert s.scalar(select(func.count()).where(SurveyAnswer.text == "More light")) == 1
        survey_id = svc.list_surveys(s)[0].id
        night = analytics.question_result(s, survey_id, "safe_night")
    assert {c.code: c.count for c in night.choices if c.count} == {2: 6, 4: 1, 1: 1}
    qtbot.waitUntil(lambda: "(8 responses)" in tab.survey.currentText())


def test_results_show_one_diverging_bar_per_likert_item(qtbot: Any, tab: SurveysTab) -> None:
    tab.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.results.snapshot is not None, timeout=60000)  # first use imports statsmodels
    keys = {key for key, _left, _width in tab.results.bars.segments}
    assert keys == {"safe_day", "safe_night"}
    safe_day = [(left, width) for key, left, width in tab.results.bars.segments if key == "safe_day"]
    # all six "very safe" (code 1 = score 5): one full bar right of the centre line
    assert safe_day[-1] == pytest.approx((0.0, 100.0))
    tab.results.search.setText("lights")
    qtbot.waitUntil(lambda: tab.results.texts.count() == 6)


def test_entry_model_passes_the_qt_model_tester(qtmodeltester: Any, tab: SurveysTab) -> None:
    model = EntryModel()
    assert tab.detail is not None
    model.set_questions(list(tab.detail.questions))
    model.setData(model.index(0, 0), "1")
    qtmodeltester.check(model)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_tab_fits_a_small_office_screen(qtbot: Any, tab: SurveysTab, language: str) -> None:
    from ui.language import apply_language

    apply_language(language)
    try:
        hint = SurveysTab(tab.ctx).minimumSizeHint()
    finally:
        apply_language("en")
    assert hint.width() <= 1366 and hint.height() <= 600  # window chrome and tab bar take the rest of 728


SAFE_DAY = "How safe do you feel walking alone in your neighborhood during the day?"
ONLINE = (
    f"Timestamp,{SAFE_DAY},Neighbourhood,Comments,Survey round\n"
    "2026-04-01,Very safe,Downtown,More lights,Spring 2026\n"
    "2026-04-02,Quite unsafe,North,,Spring 2026\n"
    "2026-04-03,,,,Spring 2026\n"
    "2026-04-04,Somewhat safe,Downtown,Fix the park,\n"
)


def _open_import(qtbot: Any, tab: SurveysTab, path: Any) -> Any:
    from ui.surveys.import_ui import SurveyImportDialog

    tab.import_responses(str(path))
    qtbot.waitUntil(lambda: tab.importer is not None and tab.importer.dialog is not None, timeout=10000)
    assert tab.importer is not None
    dialog = tab.importer.dialog
    assert isinstance(dialog, SurveyImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _answers(dialog: Any) -> list[tuple[str, str]]:
    return [
        (dialog.answers.item(r, 0).text(), dialog.answers.item(r, 1).text())
        for r in range(dialog.answers.rowCount())
    ]


def _responses(tab: SurveysTab, wave: str) -> int:
    from database.models.surveys import SurveyWave

    with read_only(tab.db) as s:  # type: ignore[attr-defined]
        return int(
            s.scalar(
                select(func.count())
                .select_from(SurveyResponse)
                .join(SurveyWave, SurveyWave.id == SurveyResponse.wave_id)
                .where(SurveyWave.name == wave)
            )
            or 0
        )


def test_online_responses_import_with_column_and_answer_mappings_remembered(
    qtbot: Any, tab: SurveysTab, tmp_path: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "online.csv"
    path.write_text(ONLINE, encoding="utf-8")
    before = _responses(tab, "Spring 2026")
    assert tab.import_button.isEnabled()
    dialog = _open_import(qtbot, tab, path)
    combos = dialog.question_combos
    assert combos[SAFE_DAY].currentData() == "safe_day"  # the header is the question's text
    assert combos["Neighbourhood"].currentText() == "(not imported)"
    combos["Neighbourhood"].setCurrentIndex(combos["Neighbourhood"].findData("district"))
    combos["Comments"].setCurrentIndex(combos["Comments"].findData("comments"))
    assert _answers(dialog) == [(SAFE_DAY, "Quite unsafe"), ("Neighbourhood", "Downtown")]  # not choices

    dialog.check()  # an answer that is no choice: refused with its row and column, nothing saved
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=10000)
    refusal = dialog.error_label.text()
    assert refusal.startswith("Row 2, column “Neighbourhood”: 'Downtown' is not one of the choices")
    assert refusal.endswith("Nothing was imported.")
    dialog.answer_combos[(SAFE_DAY, "Quite unsafe")].setCurrentIndex(
        dialog.answer_combos[(SAFE_DAY, "Quite unsafe")].findData(4)
    )
    downtown = dialog.answer_combos[("Neighbourhood", "Downtown")]
    downtown.setCurrentIndex(downtown.findData(5))
    assert downtown.currentText() == "5 — Central"
    dialog.wave_column.setCurrentIndex(dialog.wave_column.findData("Survey round"))
    dialog.wave.setCurrentText("Spring 2026")
    dialog.check()
    qtbot.waitUntil(lambda: "imported" in dialog.report_view.toPlainText(), timeout=10000)
    report = dialog.report_view.toPlainText()
    assert "4 rows: 3 imported, 1 skipped, 1 with defaults" in report
    assert "Row 4 (skipped): no answers to the mapped questions" in report
    assert "Row 5 (defaulted)" in report
    assert _responses(tab, "Spring 2026") == before  # a check saves nothing

    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "importResult") is not None)
    box = tab.findChild(QMessageBox, "importResult")
    assert box is not None
    assert "3 imported, 1 skipped" in box.text() and "Row 4 (skipped)" in box.informativeText()
    box.close()
    assert _responses(tab, "Spring 2026") == before + 3
    with read_only(tab.db) as s:  # type: ignore[attr-defined]
        district = analytics.question_result(s, tab.detail.id, "district", None)
    assert {c.code: c.count for c in district.choices}.get(5) == 2  # "Downtown" went in as Central

    again = _open_import(qtbot, tab, path)  # the same layout: both mappings come back by themselves
    assert again.question_combos["Neighbourhood"].currentData() == "district"
    assert again.answer_combos[("Neighbourhood", "Downtown")].currentData() == 5
    again.wave_column.setCurrentIndex(again.wave_column.findData("Survey round"))
    with qtbot.waitSignal(again.accepted, timeout=20000):
        qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    assert again.report is not None and again.report.imported == 0  # the same file adds nothing
    assert _responses(tab, "Spring 2026") == before + 3


@pytest.mark.parametrize("language", ["en", "es"])
def test_entry_headings_are_the_questions_short_text_whole_at_1366(
    qtbot: Any, sqlite_url: str, language: str
) -> None:
    """Every column of the standard bank is headed by a few words in the window's language, not
    by a raw key such as "meetings_attended", and each heading is drawn whole, all in view."""
    from PySide6.QtCore import QRect

    from advisoryboard.services.survey_bank import STANDARD_BANK
    from ui.language import apply_language

    db = open_database(sqlite_url)
    with transaction(db) as s:
        survey_id = svc.create_survey(s, "Safety", "Seguridad", [q.key for q in STANDARD_BANK])
        svc.add_wave(s, survey_id, "Spring 2026")
    hub = ChangeHub()
    apply_language(language)
    try:
        widget = SurveysTab(AppContext(db, hub))
        qtbot.addWidget(widget)
        widget.resize(1366, 600)
        widget.show()
        qtbot.waitExposed(widget)
        model, grid = widget.model, widget.grid
        qtbot.waitUntil(lambda: model.columnCount() == len(STANDARD_BANK))
        header = grid.horizontalHeader()
        headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        expected = {
            "en": ["Safe by day", "Meetings attended", "Home language"],
            "es": ["Seguro de día", "Reuniones asistidas", "Idioma en casa"],
        }[language]
        assert all(text in headings for text in expected)
        assert not any("_" in text for text in headings)
        metrics = header.fontMetrics()
        for column, text in enumerate(headings):
            room = QRect(0, 0, header.sectionSize(column) - 8, 1000)
            drawn = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
            assert drawn.width() <= room.width(), text  # no word cut at the column's edge
            assert drawn.height() <= header.height() - 4, text  # every line of it shown
        assert header.length() + grid.verticalHeader().width() <= grid.viewport().width() + 2
        bank = STANDARD_BANK[7]  # meetings_attended: the full question in the tooltip
        tooltip = model.headerData(7, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tooltip.startswith(bank.es if language == "es" else bank.en)
        # keyboard entry is unchanged: a digit answers the first column and moves on
        grid.setFocus()
        grid.setCurrentIndex(model.index(0, 0))
        qtbot.keyClick(grid, "2")
        assert model.rows[0]["safe_day"] == "2" and grid.currentIndex().column() == 1
        widget.close()
    finally:
        apply_language("en")
        hub.close()
        db.dispose()


def test_a_question_outside_the_bank_is_headed_by_the_start_of_its_text() -> None:
    question = svc.QuestionRecord(
        1,
        "bus_service",
        QuestionKind.SINGLE,
        "How often do you take the number 12 bus to the community center?",
        "¿Con qué frecuencia toma el autobús 12 al centro comunitario?",
        False,
        None,
        None,
        (),
    )
    assert question.short_text("en") == "How often do you take the…"
    assert question.short_text("es") == "Con qué frecuencia toma el…"
    assert len(question.short_text("es")) <= svc.SHORT_TEXT_LIMIT + 1  # the words and "…"
