"""The import dialog shared by every importer: map columns, preview, check, then import.

The caller supplies the target fields, the file's rows (a DataFrame of strings), a first
guess at the mapping, and a `dry_run(mapping)` that validates everything without saving
(run in the background) and returns an ImportReport. Extra controls an importer needs
(value mapping, a row filter…) go in `extra`; an importer that reshapes values (a name
with an officer title glued on) passes `preview` so the preview shows what will be saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.importing.tabular import Field, ImportReport, clean_value
from ui.workers import Progress, run_in_background

PREVIEW_ROWS = 30
DryRun = Callable[[dict[str, str]], ImportReport]
#: (a row of the file, the mapping) -> field -> the text that will be saved.
Preview = Callable[[Any, Mapping[str, str]], Mapping[str, str | None]]


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        fields: Sequence[Field],
        frame: Any,
        initial_mapping: Mapping[str, str] | None = None,
        dry_run: DryRun | None = None,
        extra: QWidget | None = None,
        preview: Preview | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview_row = preview
        self.setObjectName("importDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.fields = list(fields)
        self.frame = frame
        self.columns = [str(c) for c in frame.columns]
        self.dry_run = dry_run
        self.last_report: ImportReport | None = None
        self.combos: dict[str, QComboBox] = {}

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{rows} rows found. Choose which column of the file fills each field.").format(
                rows=len(frame)
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        top = QHBoxLayout()
        mapping_box = QGroupBox(self.tr("Columns"), self)
        form = QFormLayout(mapping_box)
        for f in self.fields:
            combo = QComboBox(mapping_box)
            combo.setObjectName(f"map_{f.name}")
            combo.addItem(self.tr("(not imported)"), "")
            for column in self.columns:
                combo.addItem(column, column)
            wanted = (initial_mapping or {}).get(f.name, "")
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            label = f.label + (" *" if f.required else "")
            combo.setAccessibleName(self.tr("Column for {field}").format(field=f.label))
            combo.currentIndexChanged.connect(self._mapping_changed)
            form.addRow(label, combo)
            self.combos[f.name] = combo
        top.addWidget(mapping_box, 1)
        if extra is not None:
            top.addWidget(extra, 1)
        layout.addLayout(top)

        self.preview = QTableView(self)
        self.preview.setObjectName("importPreview")
        self.preview.setTabKeyNavigation(False)  # Tab moves on to the buttons, not cell by cell
        self.preview.setAccessibleName(self.tr("Preview of the first rows as they will be imported"))
        self.preview_model = QStandardItemModel(self)
        self.preview.setModel(self.preview_model)
        layout.addWidget(QLabel(self.tr("Preview (first {n} rows)").format(n=PREVIEW_ROWS), self))
        layout.addWidget(self.preview, 2)

        self.report_view = QPlainTextEdit(self)
        self.report_view.setObjectName("importReport")
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Check report"))
        self.report_view.setPlaceholderText(self.tr("Press Check to see what would be imported, row by row."))
        layout.addWidget(self.report_view, 1)

        buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setObjectName("checkButton")
        self.check_button.setEnabled(dry_run is not None)
        self.check_button.clicked.connect(self.check)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("mappingError")
        self.error_label.setStyleSheet("color: #b00020")
        layout.addWidget(self.error_label)
        self.resize(900, 640)
        self._mapping_changed()

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def _mapping_changed(self) -> None:
        mapping = self.mapping()
        missing = [f.label for f in self.fields if f.required and f.name not in mapping]
        self.error_label.setText(
            self.tr("Required: choose a column for {fields}.").format(fields=", ".join(missing))
            if missing
            else ""
        )
        self.import_button.setEnabled(not missing)
        self.check_button.setEnabled(self.dry_run is not None and not missing)
        self._fill_preview(mapping)

    def _fill_preview(self, mapping: dict[str, str]) -> None:
        model = self.preview_model
        model.clear()
        head = self.frame.head(PREVIEW_ROWS)
        rows = [self._previewed(record, mapping) for _index, record in head.iterrows()]
        shown = [f for f in self.fields if f.name in mapping or any(f.name in row for row in rows)]
        model.setHorizontalHeaderLabels([f.label for f in shown])
        for row in rows:
            items = []
            for f in shown:
                item = QStandardItem(row.get(f.name) or "")
                item.setEditable(False)
                items.append(item)
            model.appendRow(items)
        model.setVerticalHeaderLabels([str(i + 2) for i in range(len(head))])  # spreadsheet row numbers

    def _previewed(self, record: Any, mapping: dict[str, str]) -> Mapping[str, str | None]:
        """One row as the importer will read it (its `preview`), else the mapped cells as they are."""
        if self.preview_row is not None:
            return self.preview_row(record, mapping)
        return {name: clean_value(record[column]) for name, column in mapping.items()}

    def check(self) -> None:
        if self.dry_run is None:
            return
        mapping = self.mapping()
        dry_run = self.dry_run
        self.check_button.setEnabled(False)
        self.report_view.setPlainText(self.tr("Checking…"))

        def done(report: object) -> None:
            assert isinstance(report, ImportReport)
            self.last_report = report
            self.report_view.setPlainText("\n".join([report.summary(), "", *report.lines()]))
            self.check_button.setEnabled(True)

        def failed(exc: BaseException, tb: str) -> None:
            self.report_view.setPlainText(str(exc))
            self.check_button.setEnabled(True)

        run_in_background(
            self,
            lambda progress: _run(dry_run, mapping, progress),
            on_success=done,
            on_failure=failed,
            title=self.tr("Checking the file…"),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        title: str,
        fields: Sequence[Field],
        frame: Any,
        initial_mapping: Mapping[str, str] | None = None,
        dry_run: DryRun | None = None,
        extra: QWidget | None = None,
        preview: Preview | None = None,
    ) -> dict[str, str] | None:
        """The chosen mapping, or None when the user cancelled."""
        dialog = cls(
            parent,
            title=title,
            fields=fields,
            frame=frame,
            initial_mapping=initial_mapping,
            dry_run=dry_run,
            extra=extra,
            preview=preview,
        )
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _run(dry_run: DryRun, mapping: dict[str, str], progress: Progress) -> ImportReport:
    progress.report(5, "")
    return dry_run(mapping)
