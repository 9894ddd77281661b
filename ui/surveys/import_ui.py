"""Importing online survey responses (CSV/XLSX) from the Surveys tab.

Choose the file, then the question each column answers and the choice each answer label
means (both filled in from what was remembered for the same header layout, as the core
import does), Check, then Import in the background: one transaction, and a report of the
rows imported, skipped and given defaults, by row number.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.i18n import current_language
from advisoryboard.importing.survey_responses import (
    ImportOptions,
    ResponseMapping,
    file_digest,
    import_responses,
    initial_mapping,
)
from advisoryboard.importing.tabular import ImportReport, clean_value, read_table
from advisoryboard.permissions import Permission
from advisoryboard.services.surveys import CHOICE_KINDS, QuestionRecord, SurveyDetail, survey_detail
from database.models.surveys import QuestionKind
from ui.common.formatting import format_number
from ui.context import AppContext
from ui.operations import ChangeOp, DbSession, QueryOp
from ui.workers import Progress, run_in_background

#: At most this many different answers of one column are offered for mapping.
MAX_ANSWERS = 40


def question_text(question: QuestionRecord, language: str) -> str:
    return question.text_es if language == "es" and question.text_es else question.text_en


def choice_text(question: QuestionRecord, code: int, language: str) -> str:
    choice = question.choice(code)
    if choice is None:
        return str(code)
    name = choice.label_es if language == "es" and choice.label_es else choice.label_en
    return f"{code} — {name}"


def _known(question: QuestionRecord, answer: str) -> bool:
    """An answer the import reads without help: a choice's label (either language) or its digit."""
    text = answer.strip().lower()
    labels = {c.label_en.lower() for c in question.choices} | {c.label_es.lower() for c in question.choices}
    return text in labels or (text.isdigit() and question.choice(int(text)) is not None)


def unknown_answers(frame: Any, column: str, question: QuestionRecord) -> list[str]:
    """The different answers in `column` that are not one of `question`'s choices, as they are
    written in the file (a multiple-choice cell split at ; and ,)."""
    seen: dict[str, str] = {}
    for cell in frame[column]:
        value = clean_value(cell)
        if value is None:
            continue
        parts = re.split(r"[;,]", value) if question.kind is QuestionKind.MULTIPLE else [value]
        for part in (p.strip() for p in parts):
            if part and not _known(question, part):
                seen.setdefault(part.lower(), part)
        if len(seen) >= MAX_ANSWERS:
            break
    return sorted(seen.values(), key=str.casefold)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)  # the whole text of a cut cell
    return item


class SurveyImportDialog(QDialog):
    """Column → question and answer → choice for one file; Check and Import."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        detail: SurveyDetail,
        frame: Any,
        digest: str,
        name: str,
        initial: ResponseMapping,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveyImportDialog")
        self.ctx = ctx
        self.detail = detail
        self.frame = frame
        self.digest = digest
        self.language = current_language()
        self.columns = [str(c) for c in frame.columns]
        self.remembered = {c: dict(v) for c, v in initial.values.items()}
        self.report: ImportReport | None = None
        title = self.tr("Import responses into “{survey}” from {name}").format(survey=detail.title, name=name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{rows} rows found. Choose the question each column answers, then the choice each "
                "answer in the file means. The choices are remembered for files with these columns."
            ).format(rows=format_number(len(frame))),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        tables = QHBoxLayout()
        columns_box = QGroupBox(self.tr("Columns"), self)
        QVBoxLayout(columns_box).addWidget(self._columns_table(initial))
        answers_box = QGroupBox(self.tr("Answers"), self)
        answers_layout = QVBoxLayout(answers_box)
        self.answers = QTableWidget(0, 3, answers_box)
        self.answers.setObjectName("answersTable")
        self.answers.setAccessibleName(self.tr("The choice each answer in the file means"))
        self._table_look(
            self.answers, [self.tr("Column"), self.tr("Answer in the file"), self.tr("Choice")], (120, 120)
        )
        self.answers_note = QLabel(answers_box)
        self.answers_note.setObjectName("answersNote")
        self.answers_note.setWordWrap(True)
        answers_layout.addWidget(self.answers, 1)
        answers_layout.addWidget(self.answers_note)
        tables.addWidget(columns_box, 1)
        tables.addWidget(answers_box, 1)
        layout.addLayout(tables, 3)

        form = QFormLayout()
        self.wave = QComboBox(self)
        self.wave.setObjectName("importWave")
        self.wave.setEditable(True)
        self.wave.setAccessibleName(self.tr("Wave the responses go into"))
        for w in detail.waves:
            self.wave.addItem(w.name)
        if detail.waves:
            self.wave.setCurrentIndex(self.wave.count() - 1)
        else:
            self.wave.setEditText(self.tr("Online {year}").format(year=dt.date.today().year))
        self.wave_column = QComboBox(self)
        self.wave_column.setObjectName("importWaveColumn")
        self.wave_column.setAccessibleName(self.tr("Column that names each row's wave"))
        self.wave_column.addItem(self.tr("(none: every row goes into the wave above)"), "")
        for column in self.columns:
            self.wave_column.addItem(column, column)
        wave_label = QLabel(self.tr("&Wave:"), self)
        wave_label.setBuddy(self.wave)
        wave_column_label = QLabel(self.tr("Wave c&olumn:"), self)
        wave_column_label.setBuddy(self.wave_column)
        form.addRow(wave_label, self.wave)
        form.addRow(wave_column_label, self.wave_column)
        layout.addLayout(form)

        self.report_view = QPlainTextEdit(self)
        self.report_view.setObjectName("importReport")
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Check report"))
        self.report_view.setPlaceholderText(self.tr("Press Check to see what would be imported, row by row."))
        layout.addWidget(self.report_view, 1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("mappingError")
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.run_import)
        self.import_button.setEnabled(ctx.can(Permission.IMPORT_DATA))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 640)
        self._mapping_changed()

    # ------------------------------------------------------------------ building
    @staticmethod
    def _table_look(table: QTableWidget, headers: list[str], widths: tuple[int, int] = (180, 110)) -> None:
        """Two text columns of set widths (a long header is cut, whole in its tooltip), then the combo."""
        table.setHorizontalHeaderLabels(headers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)  # Tab moves on; arrows and the combos' keys inside
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)

    def _columns_table(self, initial: ResponseMapping) -> QTableWidget:
        table = QTableWidget(len(self.columns), 3, self)
        table.setObjectName("columnsTable")
        table.setAccessibleName(self.tr("The question each column of the file answers"))
        self._table_look(table, [self.tr("Column in the file"), self.tr("Example"), self.tr("Question")])
        self.question_combos: dict[str, QComboBox] = {}
        for row, column in enumerate(self.columns):
            table.setItem(row, 0, _item(column))
            example = next((v for v in (clean_value(c) for c in self.frame[column]) if v), "")
            table.setItem(row, 1, _item(example))
            combo = QComboBox(table)
            combo.setObjectName(f"question_{row}")
            combo.setAccessibleName(self.tr("Question for the column {column}").format(column=column))
            combo.addItem(self.tr("(not imported)"), "")
            for q in self.detail.questions:
                combo.addItem(f"{q.key} — {question_text(q, self.language)}", q.key)
            combo.setCurrentIndex(max(combo.findData(initial.columns.get(column, "")), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            table.setCellWidget(row, 2, combo)
            self.question_combos[column] = combo
        return table

    # ------------------------------------------------------------------ the mapping
    def column_questions(self) -> dict[str, str]:
        return {c: combo.currentData() for c, combo in self.question_combos.items() if combo.currentData()}

    def _mapping_changed(self) -> None:
        self._keep_answers()
        self.answers.setRowCount(0)
        self.answer_combos: dict[tuple[str, str], QComboBox] = {}
        for column, key in self.column_questions().items():
            question = self.detail.question(key)
            if question is None or question.kind not in CHOICE_KINDS:
                continue
            for answer in unknown_answers(self.frame, column, question):
                row = self.answers.rowCount()
                self.answers.insertRow(row)
                self.answers.setItem(row, 0, _item(column))
                self.answers.setItem(row, 1, _item(answer))
                combo = QComboBox(self.answers)
                combo.setObjectName(f"choice_{row}")
                combo.setAccessibleName(
                    self.tr("Choice meant by “{answer}” in {column}").format(answer=answer, column=column)
                )
                combo.addItem(self.tr("(no choice: refused)"), None)
                for c in question.choices:
                    combo.addItem(choice_text(question, c.code, self.language), c.code)
                wanted = self.remembered.get(column, {}).get(answer.lower())
                combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
                self.answers.setCellWidget(row, 2, combo)
                self.answer_combos[(column, answer)] = combo
        mapped = bool(self.column_questions())
        self.answers_note.setText(
            self.tr("Every answer in the mapped columns is one of its question's choices.")
            if mapped and not self.answer_combos
            else ""
        )
        self.error_label.setText("" if mapped else self.tr("Choose the question of at least one column."))
        self.check_button.setEnabled(mapped)
        self.import_button.setEnabled(mapped and self.ctx.can(Permission.IMPORT_DATA))

    def _keep_answers(self) -> None:
        """Remember the choices picked so far, so re-mapping a column does not lose them."""
        for (column, answer), combo in getattr(self, "answer_combos", {}).items():
            if combo.currentData() is None:
                self.remembered.get(column, {}).pop(answer.lower(), None)
            else:
                self.remembered.setdefault(column, {})[answer.lower()] = int(combo.currentData())

    def mapping(self) -> ResponseMapping:
        self._keep_answers()
        columns = self.column_questions()
        values = {c: dict(v) for c, v in self.remembered.items() if c in columns and v}
        return ResponseMapping(columns, values)

    def options(self, *, dry_run: bool) -> ImportOptions:
        wave = self.wave.currentText().strip()
        return ImportOptions(wave=wave, wave_column=self.wave_column.currentData() or None, dry_run=dry_run)

    # ------------------------------------------------------------------ actions
    def check(self) -> None:
        survey_id, frame, digest = self.detail.id, self.frame, self.digest
        mapping, options = self.mapping(), self.options(dry_run=True)
        self.report_view.setPlainText(self.tr("Checking…"))
        self.check_button.setEnabled(False)
        QueryOp(
            self, self.ctx, lambda s: import_responses(s, survey_id, frame, digest, mapping, options)
        ).show_errors_in(self.error_label).success(self._checked).after_failure(
            self._check_failed
        ).run_in_background()

    def _checked(self, report: ImportReport) -> None:
        self.check_button.setEnabled(True)
        self.report_view.setPlainText(
            "\n".join([self.tr("Check only, nothing saved yet."), report.summary(), "", *report.lines()])
        )

    def _check_failed(self) -> None:
        self.check_button.setEnabled(True)
        self.report_view.setPlainText("")

    def run_import(self) -> None:
        survey_id, frame, digest = self.detail.id, self.frame, self.digest
        mapping, options = self.mapping(), self.options(dry_run=False)
        if not options.wave and not options.wave_column:
            self.error_label.setText(self.tr("Name the wave the responses go into."))
            self.wave.setFocus()
            return

        checking = self.tr("Checking every row…")

        def work(session: DbSession, progress: Progress) -> ImportReport:
            progress.report(10, checking)
            return import_responses(session, survey_id, frame, digest, mapping, options)

        self.import_button.setEnabled(False)
        ChangeOp.reporting(self, self.ctx, work).show_errors_in(self.error_label).success(
            self._imported
        ).after_failure(lambda: self.import_button.setEnabled(True)).with_progress(
            self.tr("Importing responses…"), cancellable=False
        ).run_in_background()

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.accept()


class SurveyImporter(QObject):
    """One import from the Surveys tab: ask for the file, read it off the GUI thread, map, import."""

    def __init__(self, parent: QWidget, ctx: AppContext, survey_id: int) -> None:
        super().__init__(parent)
        self.widget = parent
        self.ctx = ctx
        self.survey_id = survey_id
        self.dialog: SurveyImportDialog | None = None

    @classmethod
    def ask_file(cls, parent: QWidget) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SurveyImporter", "Import survey responses"),
            "",
            QCoreApplication.translate("SurveyImporter", "Online form exports (*.csv *.xlsx);;All files (*)"),
        )
        return path or None

    def start(self, path: str | None = None) -> None:
        path = path or self.ask_file(self.widget)
        if not path:
            return
        chosen = path
        run_in_background(
            self.widget,
            lambda progress: (read_table(chosen), file_digest(chosen)),
            on_success=lambda loaded: self.map_file(chosen, *loaded),
            on_failure=self._failed,
            title=self.tr("Reading the file…"),
            owner=self,
        )

    def map_file(self, path: str, frame: Any, digest: str) -> None:
        from pathlib import Path

        columns = [str(c) for c in frame.columns]
        survey_id = self.survey_id
        detail, initial = QueryOp(
            self.widget,
            self.ctx,
            lambda s: (survey_detail(s, survey_id), initial_mapping(s, survey_id, columns)),
        ).get()
        self.dialog = SurveyImportDialog(
            self.widget, self.ctx, detail, frame, digest, Path(path).name, initial
        )
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._finished)
        self.dialog.open()

    def _finished(self) -> None:
        if self.dialog is not None and self.dialog.report is not None:
            self.show_report(self.dialog.report)

    def show_report(self, report: ImportReport) -> None:
        box = QMessageBox(self.widget)
        box.setObjectName("importResult")
        box.setWindowTitle(self.tr("Import finished"))
        box.setText(report.summary())
        lines = report.lines(limit=1000)
        box.setInformativeText("\n".join(lines[:12]) if lines else self.tr("Every row was imported."))
        if len(lines) > 12:
            box.setDetailedText("\n".join(lines))
        box.setIcon(QMessageBox.Icon.Information)
        box.open()

    def _failed(self, exc: BaseException, tb: str) -> None:
        from ui.issues.import_ui import show_failure

        show_failure(self.widget, exc, tb)
