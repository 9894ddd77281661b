"""Import members from a spreadsheet (mapping, preview, check, then all or nothing) and export the roster."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QWidget,
)

from advisoryboard.errors import UserError
from advisoryboard.exporting.members import export_members as write_export
from advisoryboard.importing.members import (
    ImportOptions,
    initial_mapping,
    member_fields,
    preview_row,
    run_import,
)
from advisoryboard.importing.tabular import ImportReport, read_table
from advisoryboard.services.roster import RosterFilter
from ui.common.formatting import format_number
from ui.common.import_dialog import ImportDialog
from ui.context import AppContext
from ui.errors import show_exception, show_user_error
from ui.members.widgets import date_edit, to_date
from ui.operations import QueryOp
from ui.workers import Progress, run_in_background


class ImportOptionsBox(QGroupBox):
    """What to do with likely duplicates, and the date terms without a start date begin on.

    The choice is kept in `current` (a plain value) as it changes, because the Check runs in
    a worker thread and the import after the dialog is gone: neither may touch the widgets.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.current = ImportOptions()
        self.setTitle(self.tr("Options"))
        form = QFormLayout(self)
        self.duplicates = QComboBox(self)
        self.duplicates.setObjectName("duplicatesCombo")
        self.duplicates.setAccessibleName(self.tr("Likely duplicates"))
        self.duplicates.addItem(self.tr("Skip them (listed in the report)"), "skip")
        self.duplicates.addItem(self.tr("Add their terms to the existing member"), "merge")
        self.duplicates.addItem(self.tr("Import them as new members"), "new")
        self.as_of: QDateEdit = date_edit(self, "asOfEdit", self.tr("Terms without a start date begin on"))
        form.addRow(self.tr("Likely &duplicates"), self.duplicates)
        form.addRow(self.tr("Terms with no start date begin on"), self.as_of)
        self.duplicates.currentIndexChanged.connect(lambda _i: self._changed())
        self.as_of.dateChanged.connect(lambda _d: self._changed())
        self._changed()

    def _changed(self) -> None:
        self.current = ImportOptions(
            duplicates=str(self.duplicates.currentData()), as_of=to_date(self.as_of.date())
        )


class ChooseImportFile:
    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        folder = str(QSettings().value("members/importFolder", str(Path.home())))
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ChooseImportFile", "Import members"),
            folder,
            QCoreApplication.translate("ChooseImportFile", "Spreadsheets (*.csv *.xlsx)"),
        )
        if path:
            QSettings().setValue("members/importFolder", str(Path(path).parent))
        return path or None


class ChooseExportFile:
    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        default = Path.home() / f"members-{dt.date.today().isoformat()}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ChooseExportFile", "Export members"),
            str(default),
            QCoreApplication.translate("ChooseExportFile", "Excel (*.xlsx);;CSV (*.csv)"),
        )
        return path or None


class ImportResult:
    """The row-numbered report after an import (monkeypatch `show` in tests)."""

    @classmethod
    def show(cls, parent: QWidget, report: ImportReport) -> None:
        box = QMessageBox(parent)
        box.setObjectName("importResultBox")
        box.setWindowTitle(QCoreApplication.translate("ImportResult", "Import finished"))
        box.setText(report.summary())
        lines = report.lines()
        if lines:
            box.setDetailedText("\n".join(lines))
        box.open()


def import_members(parent: QWidget, ctx: AppContext, path: str | None = None) -> None:
    path = path or ChooseImportFile.ask(parent)
    if not path:
        return
    try:
        frame = read_table(path)
    except UserError as exc:
        show_user_error(parent, exc)
        return
    columns = [str(c) for c in frame.columns]
    options_box = ImportOptionsBox(None)
    chosen = [options_box.current]
    options_box.duplicates.currentIndexChanged.connect(lambda _i: chosen.__setitem__(0, options_box.current))
    options_box.as_of.dateChanged.connect(lambda _d: chosen.__setitem__(0, options_box.current))
    db, actor = ctx.db, ctx.actor
    mapping = ImportDialog.ask(
        parent,
        title=QCoreApplication.translate("import_export", "Import members from {name}").format(
            name=Path(path).name
        ),
        fields=member_fields(),
        frame=frame,
        initial_mapping=initial_mapping(db, actor, columns),
        dry_run=lambda m: run_import(db, actor, frame, m, chosen[0], dry_run=True),
        extra=options_box,
        preview=preview_row,
    )
    if mapping is None:
        return
    options = chosen[0]

    def work(progress: Progress) -> ImportReport:
        return run_import(db, actor, frame, mapping, options, progress=progress.report)

    run_in_background(
        parent,
        work,
        on_success=lambda report: ImportResult.show(parent, report),
        on_failure=lambda exc, tb: show_exception(parent, exc, tb),
        title=QCoreApplication.translate("import_export", "Importing members…"),
        cancellable=True,  # cancelling undoes the whole import
    )


def export_members(
    parent: QWidget, ctx: AppContext, flt: RosterFilter, sort: str, ascending: bool, path: str | None = None
) -> None:
    path = path or ChooseExportFile.ask(parent)
    if not path:
        return

    def done(count: int) -> None:
        message = QCoreApplication.translate("import_export", "{n} members exported to {path}").format(
            n=format_number(count), path=path
        )
        status = getattr(parent, "status_message", None)
        if status is not None:
            status.emit(message)

    QueryOp(parent, ctx, lambda s: write_export(s, path, flt, sort, ascending)).success(done).with_progress(
        QCoreApplication.translate("import_export", "Exporting members…"), cancellable=False
    ).run_in_background()
