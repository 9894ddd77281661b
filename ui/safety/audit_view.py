"""The audit log (Tools ▸ Audit log…) and one record's History: read-only, fetched page by page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.i18n import _
from advisoryboard.services import audit_log
from advisoryboard.services.audit_log import ACTION_WORDS, AuditFilter, AuditRow
from ui.common.formatting import date_edit_format, format_datetime, format_number
from ui.context import AppContext
from ui.operations import QueryOp

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class AuditLogModel(QAbstractTableModel):
    """Rows of the log for a filter, newest first; more are fetched as the view scrolls."""

    def __init__(self, ctx: AppContext, flt: AuditFilter = AuditFilter(), newest_first: bool = True) -> None:  # noqa: B008
        super().__init__()
        self.ctx = ctx
        self.newest_first = newest_first
        self.flt = flt
        self.rows: list[AuditRow] = []
        self.total = 0
        self.headers = [
            self.tr("When (UTC)"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Changes"),
        ]
        self.set_filter(flt)

    def set_filter(self, flt: AuditFilter) -> None:
        newest_first = self.newest_first
        total, rows = QueryOp(
            self,
            self.ctx,
            lambda s: (
                audit_log.count_entries(s, flt),
                audit_log.list_entries(s, flt, 0, PAGE, newest_first),
            ),
        ).get()
        self.beginResetModel()
        self.flt, self.total, self.rows = flt, total, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        flt, start, newest_first = self.flt, len(self.rows), self.newest_first
        more = QueryOp(
            self, self.ctx, lambda s: audit_log.list_entries(s, flt, start, PAGE, newest_first)
        ).get()
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        else:
            self.total = len(self.rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 5
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == 0:
                return format_datetime(row.at, seconds=True)
            if col == 1:
                return row.username
            if col == 2:
                return _(ACTION_WORDS[row.action])
            if col == 3:
                return f"{row.record_type} #{row.entity_id}" if row.entity_id is not None else row.record_type
            if col == 4:
                return row.summary
        return None


def _table(parent: QWidget, model: AuditLogModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(QCoreApplication.translate("audit_view", "Audit entries"))
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # entries are never edited
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    for col in range(4):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return view


class AuditLogDialog(QDialog):
    """The whole log, filterable by user, record type and dates."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.ctx = ctx
        self.user = QComboBox(self)
        self.user.setObjectName("auditUserFilter")
        self.user.setAccessibleName(self.tr("Filter by user"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("auditTypeFilter")
        self.kind.setAccessibleName(self.tr("Filter by record type"))
        users, kinds = QueryOp(self, ctx, lambda s: (audit_log.usernames(s), audit_log.record_types(s))).get()
        self.user.addItem(self.tr("Everyone"), None)
        for name in users:
            self.user.addItem(name, name)
        self.kind.addItem(self.tr("All records"), None)
        for entity in kinds:
            self.kind.addItem(_(audit_log.RECORD_TYPES.get(entity, entity)), entity)
        self.use_dates = QCheckBox(self.tr("&Dates"), self)
        self.use_dates.setObjectName("auditUseDates")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1), self)
        self.date_from.setObjectName("auditDateFrom")
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("auditDateTo")
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&User"), self.user), (self.tr("&Record type"), self.kind)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        self.model = AuditLogModel(ctx)
        self.view = _table(self, self.model, "auditTable")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.history_button = close.addButton(
            self.tr("&History of this record…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(self.open_history)
        self.view.activated.connect(lambda _index: self.open_history())  # double-click or Enter
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        layout.addWidget(close)
        for signal in (self.user.currentIndexChanged, self.kind.currentIndexChanged):
            signal.connect(self.apply)
        self.use_dates.toggled.connect(self.apply)
        self.date_from.dateChanged.connect(self.apply)
        self.date_to.dateChanged.connect(self.apply)
        self.resize(1000, 600)
        self.apply()

    def current_filter(self) -> AuditFilter:
        dates = self.use_dates.isChecked()
        return AuditFilter(
            username=self.user.currentData(),
            entity=self.kind.currentData(),
            date_from=_date(self.date_from.date()) if dates else None,
            date_to=_date(self.date_to.date()) if dates else None,
        )

    def apply(self) -> None:
        self.date_from.setEnabled(self.use_dates.isChecked())
        self.date_to.setEnabled(self.use_dates.isChecked())
        self.model.set_filter(self.current_filter())
        self.count.setText(self.tr("{n} entries").format(n=format_number(self.model.total)))

    def selected_record(self) -> AuditRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or not 0 <= index.row() < len(self.model.rows):
            return None
        row = self.model.rows[index.row()]
        return row if row.entity_id is not None else None

    def open_history(self) -> None:
        """Every change of the record behind the selected entry, oldest first."""
        row = self.selected_record()
        if row is not None and row.entity_id is not None:
            title = f"{row.record_type} #{row.entity_id}"
            HistoryDialog.ask(self.ctx, row.entity, row.entity_id, title, self)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()


class HistoryDialog(QDialog):
    """Every change of one record, oldest first: open it from any form with `HistoryDialog.ask`."""

    def __init__(
        self, ctx: AppContext, entity: str, entity_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of {title}").format(title=title))
        self.model = AuditLogModel(ctx, AuditFilter(entity=entity, entity_id=entity_id), newest_first=False)
        self.view = _table(self, self.model, "historyTable")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(close)
        self.resize(900, 420)

    @classmethod
    def ask(
        cls, ctx: AppContext, entity: str, entity_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        cls(ctx, entity, entity_id, title, parent).exec()


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
