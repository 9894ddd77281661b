"""The roster table model: holds the member ids in SQL order and loads rows as they are shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from advisoryboard.early_roster import cell_text
from advisoryboard.services.roster import (
    COLUMNS,
    RosterFilter,
    RosterRow,
    roster_ids,
    roster_rows,
)
from ui.common.formatting import format_date
from ui.context import AppContext
from ui.members.early_page import RosterColumnsModel
from ui.operations import QueryOp

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class RosterModel(RosterColumnsModel):
    """Anki's browser pattern: ids come from one sorted, filtered query; rows load a page at a time."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = RosterFilter()
        self.sort_column = "name"
        self.ascending = True
        self.today: dt.date | None = None
        self.ids: list[int] = []
        self._rows: dict[int, RosterRow] = {}
        #: False until the first `reload`: the table's sort settings applied while the tab is
        #: being built are kept for it, not each read at once (they were three reads at start).
        self.loaded = False

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        self.loaded = True
        ids = self._read_ids()
        self.beginResetModel()
        self.ids = ids
        self._rows = {}
        self.endResetModel()

    def _read_ids(self) -> list[int]:
        flt, column, ascending, today = self.filter, self.sort_column, self.ascending, self.today
        return QueryOp(self, self.ctx, lambda s: roster_ids(s, flt, column, ascending, today)).get()

    def set_filter(self, flt: RosterFilter) -> None:
        self.filter = flt
        self.reload()

    def _load_around(self, row: int) -> None:
        start = (row // PAGE) * PAGE
        ids = self.ids[start : start + PAGE]
        today = self.today
        for item in QueryOp(self, self.ctx, lambda s: roster_rows(s, ids, today)).get():
            self._rows[item.id] = item

    def row_at(self, row: int) -> RosterRow | None:
        if not 0 <= row < len(self.ids):
            return None
        mid = self.ids[row]
        if mid not in self._rows:
            self._load_around(row)
        return self._rows.get(mid)

    def member_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, member_id: int) -> int:
        try:
            return self.ids.index(member_id)
        except ValueError:
            return -1

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "attendance" and item.meetings:
            return self.tr("{a} of {n} meetings attended").format(a=item.attended, n=item.meetings)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "attendance":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column = COLUMNS[column]
        self.ascending = order == Qt.SortOrder.AscendingOrder
        if not self.loaded:
            return  # the first reload reads the ids in this order
        self.layoutAboutToBeChanged.emit()
        ids = self._read_ids()
        old = self.persistentIndexList()
        new_rows = {mid: row for row, mid in enumerate(ids)}
        self.changePersistentIndexList(
            old,
            [
                self.index(new_rows[self.ids[i.row()]], i.column())
                if i.row() < len(self.ids) and self.ids[i.row()] in new_rows
                else QModelIndex()
                for i in old
            ],
        )
        self.ids = ids
        self.layoutChanged.emit()


def _display(item: RosterRow, column: str) -> str:
    return cell_text(item, column, format_date)
