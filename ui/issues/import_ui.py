"""Importing issues from the Issues tab: choose a file, map columns and values, check, import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from advisoryboard.errors import UserError
from advisoryboard.importing.issues import (
    KIND,
    ImportOptions,
    fields,
    guess_issue_mapping,
    import_issues,
    load_file,
)
from advisoryboard.importing.tabular import ImportReport, recall_mapping, remember_mapping
from ui.common.import_dialog import ImportDialog
from ui.context import AppContext
from ui.errors import show_exception, show_user_error
from ui.operations import ChangeOp, DbSession, QueryOp
from ui.workers import Progress, run_in_background


class ImportExtras(QWidget):
    """Value mapping (statuses, categories) and a row filter, beside the column mapping."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.values = QPlainTextEdit(self)
        self.values.setObjectName("valueMapping")
        self.values.setAccessibleName(self.tr("Value mapping"))
        self.values.setPlaceholderText(
            self.tr(
                "One per line, COLUMN:FROM=TO, e.g.\nStatus:Referred Out=referred\n"
                "TYPE:Pothole=Other public safety"
            )
        )
        self.where = QLineEdit(self)
        self.where.setObjectName("rowFilter")
        self.where.setAccessibleName(self.tr("Only rows where"))
        self.where.setPlaceholderText(self.tr("COLUMN=VALUE, e.g. neighborhood=Jamaica Plain"))
        self.error = QLabel(self)
        self.error.setObjectName("extrasError")
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.tr("Map values"), self.values)
        form.addRow(self.tr("Only rows where"), self.where)
        form.addRow("", self.error)

    def value_map(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for line in self.values.toPlainText().splitlines():
            if not line.strip():
                continue
            column, sep, rest = line.partition(":")
            src, sep2, dst = rest.partition("=")
            if not (sep and sep2 and column.strip() and src.strip() and dst.strip()):
                raise UserError(
                    self.tr("Write value mappings as COLUMN:FROM=TO, not “{line}”.").format(line=line)
                )
            out.setdefault(column.strip(), {})[src.strip()] = dst.strip()
        return out

    def row_filter(self) -> list[tuple[str, str]]:
        text = self.where.text().strip()
        if not text:
            return []
        column, sep, value = text.partition("=")
        if not sep or not column.strip():
            raise UserError(self.tr("Write the row filter as COLUMN=VALUE."))
        return [(column.strip(), value.strip())]


class IssueImporter(QObject):
    """Drives one import from the tab (each step off the GUI thread when slow)."""

    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent)
        self.widget = parent
        self.ctx = ctx

    @classmethod
    def ask_file(cls, parent: QWidget) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("IssueImporter", "Import issues"),
            "",
            QCoreApplication.translate("IssueImporter", "311 exports (*.csv *.xlsx *.json);;All files (*)"),
        )
        return path or None

    def start(self, path: str | None = None) -> None:
        path = path or self.ask_file(self.widget)
        if not path:
            return
        run_in_background(
            self.widget,
            lambda progress: load_file(path),
            on_success=lambda frame: self.map_columns(path, frame),
            on_failure=self._failed,
            title=self.tr("Reading the file…"),
        )

    def map_columns(self, path: str, frame: Any) -> None:
        columns = [str(c) for c in frame.columns]
        initial = QueryOp(self.widget, self.ctx, lambda s: recall_mapping(s, KIND, columns)).get()
        initial = initial or guess_issue_mapping(columns)
        extras = ImportExtras()
        name = Path(path).name

        def options(mapping: dict[str, str]) -> ImportOptions:
            return ImportOptions(mapping, extras.value_map(), extras.row_filter(), file_name=name)

        def dry_run(mapping: dict[str, str]) -> ImportReport:  # the import dialog shows its refusals
            chosen = options(mapping)
            return ChangeOp(
                self.widget, self.ctx, lambda s: import_issues(s, frame, chosen, dry_run=True)
            ).get()

        mapping = ImportDialog.ask(
            self.widget,
            title=self.tr("Import issues from {name}").format(name=name),
            fields=fields(),
            frame=frame,
            initial_mapping=initial,
            dry_run=dry_run,
            extra=extras,
        )
        if mapping is None:
            return
        try:
            chosen = options(mapping)
        except UserError as exc:
            show_user_error(self.widget, exc)
            return

        def work(session: DbSession, progress: Progress) -> ImportReport:
            report = import_issues(session, frame, chosen, progress=lambda p: progress.report(p, ""))
            remember_mapping(session, KIND, columns, mapping)
            return report

        ChangeOp.reporting(self.widget, self.ctx, work).success(self.show_report).with_progress(
            self.tr("Importing…")
        ).run_in_background()

    def show_report(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        box = QMessageBox(self.widget)
        box.setObjectName("importResult")
        box.setWindowTitle(self.tr("Import finished"))
        box.setText(report.summary())
        box.setDetailedText("\n".join(report.lines(limit=1000)))
        box.setIcon(QMessageBox.Icon.Information)
        box.open()

    def _failed(self, exc: BaseException, tb: str) -> None:
        show_failure(self.widget, exc, tb)


def show_failure(parent: QWidget, exc: BaseException, tb: str) -> None:
    """A background action failed: the message for a UserError, the bug dialog otherwise."""
    if isinstance(exc, UserError):
        show_user_error(parent, exc)
    else:
        show_exception(parent, exc, tb)
