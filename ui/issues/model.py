"""The issues table model: a count and pages of rows fetched as the view scrolls.

Filtering and sorting change the query the core runs; the model never holds more than
the rows the view has asked for, so 100 000 issues open as fast as 100.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from advisoryboard.services.base import read_only
from advisoryboard.services.issue_search import IssueFilter, IssueRow, count_issues, issue_page
from advisoryboard.services.issue_workflow import priority_label, status_label
from ui.context import AppContext

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("IssuesTableModel", text)


#: (sort key in the core, header text)
COLUMNS: list[tuple[str, str]] = [
    ("reference", "Reference"),
    ("title", "Title"),
    ("category", "Category"),
    ("status", "Status"),
    ("priority", "Priority"),
    ("district", "District"),
    ("reported_on", "Reported"),
    ("due_on", "Due"),
    ("assignee", "Assigned to"),
]
OVERDUE_BRUSH = QBrush(QColor("#ffe3b3"))
CONFIDENTIAL_MARK = "🔒 "
OVERDUE_MARK = "⚠ "


class IssuesTableModel(QAbstractTableModel):
    #: Emitted with the number of matching issues after every reload.
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = IssueFilter()
        self.sort_key = "reported_on"
        self.descending = True
        self.total = 0
        self.rows: list[IssueRow] = []
        self.today = dt.date.today()

    # ------------------------------------------------------------------ loading
    def set_filter(self, flt: IssueFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.today = dt.date.today()
        with read_only(self.ctx.db, self.ctx.actor) as session:
            self.total = count_issues(session, self.filter, self.today)
            self.rows = self._page(session, 0) if self.total else []
        self.endResetModel()
        self.count_changed.emit(self.total)

    def _page(self, session: Any, offset: int) -> list[IssueRow]:
        return issue_page(
            session,
            self.filter,
            offset,
            PAGE,
            sort=self.sort_key,
            descending=self.descending,
            today=self.today,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self.rows) >= self.total:
            return
        with read_only(self.ctx.db, self.ctx.actor) as session:
            page = self._page(session, len(self.rows))
        page = page[: self.total - len(self.rows)]
        if not page:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def issue_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, issue_id: int) -> int | None:
        for i, r in enumerate(self.rows):
            if r.id == issue_id:
                return i
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or not 0 <= index.column() < len(COLUMNS)
        ):
            return None
        r = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.FontRole and r.priority.value == "urgent" and key == "priority":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = []
            if r.overdue:
                notes.append(_tr("Overdue: was due {date}").format(date=r.due_on))
            if r.confidential:
                notes.append(_tr("Confidential issue"))
            return "\n".join(notes) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(r, key)
            return text
        return None

    def _text(self, r: IssueRow, key: str) -> str:
        if key == "reference":
            return (CONFIDENTIAL_MARK if r.confidential else "") + r.reference
        if key == "title":
            if r.withheld:
                return _tr("Confidential issue")
            return (_tr("[Confidential] ") if r.confidential else "") + r.title
        if key == "category":
            return r.category or ""
        if key == "status":
            return status_label(r.status)
        if key == "priority":
            return priority_label(r.priority)
        if key == "district":
            return r.district or ""
        if key == "reported_on":
            return r.reported_on.strftime("%Y-%m-%d")
        if key == "due_on":
            if r.due_on is None:
                return ""
            return (OVERDUE_MARK + _tr("Overdue") + " " if r.overdue else "") + r.due_on.isoformat()
        if key == "assignee":
            return r.assignee or ""
        return ""
