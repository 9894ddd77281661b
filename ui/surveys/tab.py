"""The Surveys tab: choose a survey and wave, type paper forms, see the results.

Everything reads and writes through the operation runner (ui/operations.py); the tab
refreshes itself from the "surveys" change notice after a save or an import.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.i18n import current_language
from advisoryboard.permissions import Permission
from advisoryboard.services import surveys as svc
from ui.operations import ChangeOp, QueryOp
from ui.surveys.entry import EntryGrid, EntryModel
from ui.surveys.import_ui import SurveyImporter
from ui.surveys.results import ResultsSnapshot, ResultsView
from ui.tabbase import BoardTab


def _snapshot(session: object, survey_id: int, wave_id: int | None, language: str) -> ResultsSnapshot:
    from advisoryboard.analytics import surveys as analytics
    from database.models.surveys import QuestionKind

    detail = svc.survey_detail(session, survey_id)  # type: ignore[arg-type]
    results = tuple(
        analytics.question_result(session, survey_id, q.key, wave_id, detail)  # type: ignore[arg-type]
        for q in detail.questions
        if q.kind is not QuestionKind.TEXT and not q.demographic
    )
    trends = {
        q.key: analytics.trend(session, survey_id, q.key)  # type: ignore[arg-type]
        for q in detail.questions
        if q.kind in (QuestionKind.LIKERT, QuestionKind.RATING, QuestionKind.NUMBER)
    }
    texts = {q.key: (q.text_es if language == "es" else q.text_en) for q in detail.questions}
    return ResultsSnapshot(results, trends, texts)


class SurveysTab(BoardTab):
    watched_areas = frozenset({"surveys"})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.setObjectName("surveysTab")
        self.detail: svc.SurveyDetail | None = None
        self._results_op: QueryOp[ResultsSnapshot] | None = None
        self.survey = QComboBox(self)
        self.survey.setObjectName("surveyChoice")
        self.survey.setAccessibleName(self.tr("Survey"))
        self.wave = QComboBox(self)
        self.wave.setObjectName("waveChoice")
        self.wave.setAccessibleName(self.tr("Wave"))
        self.new_survey = QPushButton(self.tr("New survey…"), self)
        self.new_survey.setObjectName("newSurveyButton")
        self.new_survey.setToolTip(self.tr("A survey with the standard questions (safety, trust, the board)"))
        self.new_wave = QPushButton(self.tr("New wave…"), self)
        self.new_wave.setObjectName("newWaveButton")
        self.import_button = QPushButton(self.tr("Im&port responses…"), self)
        self.import_button.setObjectName("importResponsesButton")
        self.import_button.setToolTip(self.tr("Import online responses from a CSV or XLSX export"))
        self.import_button.setEnabled(ctx.can(Permission.IMPORT_DATA))
        self.importer: SurveyImporter | None = None
        can_edit = ctx.can(Permission.EDIT_SURVEYS)
        self.new_survey.setEnabled(can_edit)
        self.new_wave.setEnabled(can_edit)
        survey_label = QLabel(self.tr("&Survey:"), self)
        survey_label.setBuddy(self.survey)
        wave_label = QLabel(self.tr("&Wave:"), self)
        wave_label.setBuddy(self.wave)
        top = QHBoxLayout()
        top.addWidget(survey_label)
        top.addWidget(self.survey, 2)
        top.addWidget(wave_label)
        top.addWidget(self.wave, 1)
        top.addWidget(self.new_survey)
        top.addWidget(self.new_wave)
        top.addWidget(self.import_button)

        self.model = EntryModel(self)
        self.grid = EntryGrid(self.model, self)
        self.message = QLabel(self)
        self.message.setObjectName("surveyEntryMessage")
        self.message.setWordWrap(True)
        self.save = QPushButton(self.tr("&Save forms"), self)
        self.save.setObjectName("saveFormsButton")
        self.save.setToolTip(self.tr("Save the typed forms (Ctrl+S)"))
        self.save.setEnabled(can_edit)
        hint = QLabel(
            self.tr(
                "Type the digit of each ticked box; Tab or Enter moves on "
                "(Tab on an empty row leaves the grid). Hover a column for its choices."
            ),
            self,
        )
        hint.setWordWrap(True)
        entry = QWidget(self)
        el = QVBoxLayout(entry)
        el.addWidget(hint)
        el.addWidget(self.grid, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save)
        el.addLayout(bottom)

        self.results = ResultsView(self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("surveyPages")
        self.pages.setAccessibleName(self.tr("Data entry and results"))
        self.pages.addTab(entry, self.tr("Data &entry"))
        self.pages.addTab(self.results, self.tr("&Results"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self.model.rejected.connect(self.message.setText)
        self.survey.currentIndexChanged.connect(self._survey_chosen)
        self.wave.currentIndexChanged.connect(self._wave_chosen)
        self.new_survey.clicked.connect(self.create_survey)
        self.new_wave.clicked.connect(self.create_wave)
        self.save.clicked.connect(self.save_forms)
        self.import_button.clicked.connect(lambda: self.import_responses())
        self.results.search.textChanged.connect(self._search_texts)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_forms)
        self.setTabOrder(self.survey, self.wave)
        self.setTabOrder(self.wave, self.grid)
        self.setTabOrder(self.grid, self.save)
        self.reload()

    def tab_title(self) -> str:
        return self.tr("Surveys")

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        QueryOp(self, self.ctx, svc.list_surveys).success(self._show_surveys).run()

    def on_changed(self, areas: frozenset[str]) -> None:
        self.reload()

    def _show_surveys(self, surveys: list[svc.SurveySummary]) -> None:
        keep = self.survey.currentData()
        self.survey.blockSignals(True)
        self.survey.clear()
        for s in surveys:
            self.survey.addItem(self.tr("{title} ({n} responses)").format(title=s.title, n=s.responses), s.id)
        index = self.survey.findData(keep)
        self.survey.setCurrentIndex(index if index >= 0 else self.survey.count() - 1)
        self.survey.blockSignals(False)
        self._survey_chosen()

    def _survey_chosen(self) -> None:
        survey_id = self.survey.currentData()
        if survey_id is None:
            self.detail = None
            self.model.set_questions([])
            return
        QueryOp(self, self.ctx, lambda s: svc.survey_detail(s, survey_id)).success(self._show_detail).run()

    def _show_detail(self, detail: svc.SurveyDetail) -> None:
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        keep = self.wave.currentData()
        self.wave.blockSignals(True)
        self.wave.clear()
        self.wave.addItem(self.tr("All waves"), None)
        for w in detail.waves:
            self.wave.addItem(self.tr("{name} ({n})").format(name=w.name, n=w.responses), w.id)
        index = self.wave.findData(keep)
        self.wave.setCurrentIndex(index if index > 0 else self.wave.count() - 1)
        self.wave.blockSignals(False)
        if not same or not self.model.filled_rows():
            self.model.set_questions(list(detail.questions), current_language())
        self._wave_chosen()

    def _wave_chosen(self) -> None:
        if self.detail is None:
            return
        survey_id, wave_id, language = self.detail.id, self.wave.currentData(), current_language()
        # keep the operation until its result is shown (the runner's callbacks are its methods)
        self._results_op = QueryOp(self, self.ctx, lambda s: _snapshot(s, survey_id, wave_id, language))
        self._results_op.success(self.results.show_snapshot).run_in_background()
        self._search_texts()

    def _search_texts(self) -> None:
        if self.detail is None:
            return
        from database.models.surveys import QuestionKind

        keys = [q.key for q in self.detail.questions if q.kind is QuestionKind.TEXT]
        if not keys:
            self.results.show_texts([])
            return
        survey_id, wave_id, search = self.detail.id, self.wave.currentData(), self.results.search.text()

        def read(s: object) -> list[tuple[str, str]]:
            from advisoryboard.analytics.surveys import open_text

            return [t for key in keys for t in open_text(s, survey_id, key, search, wave_id)]  # type: ignore[arg-type]

        QueryOp(self, self.ctx, read).success(self.results.show_texts).run()

    # ------------------------------------------------------------------ writing
    def save_forms(self) -> None:
        wave_id = self.wave.currentData()
        rows = self.model.filled_rows()
        if wave_id is None:
            self.message.setText(self.tr("Choose the wave these forms belong to."))
            self.wave.setFocus()
            return
        if not rows:
            self.message.setText(self.tr("There are no typed forms to save."))
            return
        ChangeOp(self, self.ctx, lambda s: svc.save_typed_responses(s, wave_id, rows)).show_errors_in(
            self.message
        ).success(self._saved).run()

    def _saved(self, count: int) -> None:
        self.model.clear()
        self.message.setText(self.tr("Saved %n form(s).", "", count))
        self.grid.setCurrentIndex(self.model.index(0, 0))

    def import_responses(self, path: str | None = None) -> None:
        """Online responses from a CSV/XLSX file into the chosen survey (the dialog, then the import)."""
        survey_id = self.survey.currentData()
        if survey_id is None:
            self.message.setText(self.tr("Create a survey first."))
            return
        self.importer = SurveyImporter(self, self.ctx, survey_id)
        self.importer.start(path)

    def create_survey(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New survey"), self.tr("Title of the survey:"))
        if ok and title.strip():
            ChangeOp(self, self.ctx, lambda s: svc.create_survey(s, title)).show_errors_in(self.message).run()

    def create_wave(self) -> None:
        survey_id = self.survey.currentData()
        if survey_id is None:
            self.message.setText(self.tr("Create a survey first."))
            return
        name, ok = QInputDialog.getText(
            self, self.tr("New wave"), self.tr("Name of the wave (e.g. Spring 2026):")
        )
        if ok and name.strip():
            ChangeOp(self, self.ctx, lambda s: svc.add_wave(s, survey_id, name)).show_errors_in(
                self.message
            ).run()
