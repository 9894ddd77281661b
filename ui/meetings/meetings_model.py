"""The meetings list: upcoming or past meetings, sorted by the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from advisoryboard.services.meetings import MeetingRow, list_meetings
from database.enums import MeetingStatus
from ui.common.formatting import format_date, format_time
from ui.context import AppContext
from ui.meetings.labels import label
from ui.operations import QueryOp

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("starts_at", "kind", "status", "location", "minutes_status")


class MeetingsModel(QAbstractTableModel):
    """Meetings as rows; `when` is 'upcoming', 'past' or 'all'. Sorting happens in SQL."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.when = "all"
        self.today: dt.date | None = None
        self._sort = "starts_at"
        self._descending = True
        self._rows: list[MeetingRow] = []
        #: False until the first `reload`: the sort set while the tab is built is kept for it.
        self.loaded = False

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Type"), self.tr("Status"), self.tr("Place"), self.tr("Minutes")]

    def reload(self) -> None:
        self.loaded = True
        when, today, sort, descending = self.when, self.today, self._sort, self._descending
        rows = QueryOp(
            self,
            self.ctx,
            lambda s: list_meetings(s, when=when, today=today, sort=sort, descending=descending),
        ).get()
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> MeetingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def next_meeting_id(self) -> int | None:
        """The soonest meeting from today on that is not cancelled, else the latest one before."""
        start = dt.datetime.combine(self.today or dt.date.today(), dt.time())
        upcoming = [r for r in self._rows if r.starts_at >= start and r.status is not MeetingStatus.CANCELLED]
        if upcoming:
            return min(upcoming, key=lambda r: r.starts_at).id
        past = [r for r in self._rows if r.starts_at < start]
        return max(past, key=lambda r: r.starts_at).id if past else None

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = COLUMNS[index.column()]
            if column == "starts_at":
                # The weekday in the chosen language (the default QLocale follows it).
                day = QLocale().dayName(r.starts_at.isoweekday(), QLocale.FormatType.ShortFormat)
                return f"{day} {format_date(r.starts_at)} {format_time(r.starts_at)}"
            if column == "kind":
                return label(r.kind) + (f" — {r.title}" if r.title else "")
            if column == "status":
                return label(r.status)
            if column == "location":
                return r.location or ""
            return label(r.minutes_status)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:
            self.reload()
