"""The issues table model: a count and pages of rows fetched as the view scrolls.

Filtering and sorting change the query the core runs; the model never holds more than
the rows the view has asked for, so 100 000 issues open as fast as 100.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from advisoryboard.services.base import read_only
from advisoryboard.services.issue_search import IssueFilter, IssueRow, issue_ids, issue_rows
from advisoryboard.services.issue_workflow import priority_label, status_label
from ui.context import AppContext
from ui.workers import Progress, run_in_background

PAGE = 200
MAX_CACHED = 5000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("IssuesTableModel", text)


#: (sort key in the core, header text)
COLUMNS: list[tuple[str, str]] = [
    ("reference", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Reference"))),
    ("title", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Title"))),
    ("category", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Category"))),
    ("status", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Status"))),
    ("priority", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Priority"))),
    ("district", str(QT_TRANSLATE_NOOP("IssuesTableModel", "District"))),
    ("reported_on", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Reported"))),
    ("due_on", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Due"))),
    ("assignee", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Assigned to"))),
]
OVERDUE_BRUSH = QBrush(QColor("#ffe3b3"))
CONFIDENTIAL_MARK = "🔒 "
OVERDUE_MARK = "⚠ "


class IssuesTableModel(QAbstractTableModel):
    """Holds the ids of the matching issues (found in the background) and a window of rows.

    Rows are read a page at a time when the view first shows them; the cache is bounded.
    """

    #: Emitted with the number of matching issues after every reload.
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = IssueFilter()
        self.sort_key = "reported_on"
        self.descending = True
        self.ids: list[int] = []
        self.cache: dict[int, IssueRow] = {}
        self.today = dt.date.today()
        self.loading = False
        self._generation = 0

    @property
    def total(self) -> int:
        return len(self.ids)

    # ------------------------------------------------------------------ loading
    def set_filter(self, flt: IssueFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Find the matching ids off the GUI thread; the newest request wins."""
        self._generation += 1
        generation = self._generation
        flt, sort, descending, today = self.filter, self.sort_key, self.descending, dt.date.today()
        db, actor = self.ctx.db, self.ctx.actor
        self.loading = True

        def work(_progress: Progress) -> list[int]:
            with read_only(db, actor) as session:
                return issue_ids(session, flt, sort=sort, descending=descending, today=today)

        def done(ids: object) -> None:
            if generation != self._generation or not isinstance(ids, list):
                return
            self.beginResetModel()
            self.ids = ids
            self.cache = {}
            self.today = today
            self.loading = False
            self.endResetModel()
            self.count_changed.emit(len(ids))

        run_in_background(None, work, on_success=done)

    def row(self, row: int) -> IssueRow | None:
        """The issue shown in `row`, reading its page when it is first needed."""
        if not 0 <= row < len(self.ids):
            return None
        iid = self.ids[row]
        found = self.cache.get(iid)
        if found is None:
            if len(self.cache) > MAX_CACHED:
                self.cache.clear()
            start = row - row % PAGE
            page_ids = self.ids[start : start + PAGE]
            with read_only(self.ctx.db, self.ctx.actor) as session:
                for r in issue_rows(session, page_ids, self.today):
                    self.cache[r.id] = r
            found = self.cache.get(iid)
        return found

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

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
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, issue_id: int) -> int | None:
        try:
            return self.ids.index(issue_id)
        except ValueError:
            return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        r = self.row(index.row())
        if r is None:
            return None
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
                notes.append(
                    QCoreApplication.translate("IssuesTableModel", "Overdue: was due {date}").format(
                        date=r.due_on
                    )
                )
            if r.confidential:
                notes.append(QCoreApplication.translate("IssuesTableModel", "Confidential issue"))
            return "\n".join(notes) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(r, key)
            return text
        return None

    def _text(self, r: IssueRow, key: str) -> str:
        if key == "reference":
            marks = (OVERDUE_MARK if r.overdue else "") + (CONFIDENTIAL_MARK if r.confidential else "")
            return marks + r.reference
        if key == "title":
            if r.withheld:
                return QCoreApplication.translate("IssuesTableModel", "Confidential issue")
            return (
                QCoreApplication.translate("IssuesTableModel", "[Confidential] ") if r.confidential else ""
            ) + r.title
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
            return (
                OVERDUE_MARK + QCoreApplication.translate("IssuesTableModel", "Overdue") + " "
                if r.overdue
                else ""
            ) + r.due_on.isoformat()
        if key == "assignee":
            return r.assignee or ""
        return ""
