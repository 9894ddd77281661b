"""Item models of the Community tab: small, fully loaded lists (a board has hundreds of
events, not hundreds of thousands), sorted in Python."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from advisoryboard.labels import label
from advisoryboard.services.community import EventRow, ProgramRecord
from ui.common.formatting import format_date, format_datetime, format_number

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class _RowsModel(QAbstractTableModel, Generic[R]):
    columns: Sequence[tuple[Callable[[Any], object], bool]] = ()  # value, right-aligned

    def headers(self) -> list[str]:
        raise NotImplementedError

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, ident: int) -> int:
        for i, r in enumerate(self.rows):
            if getattr(r, "id", None) == ident:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or not 0 <= index.column() < len(self.columns)
        ):
            return None
        value, right = self.columns[index.column()]
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        return None

    @staticmethod
    def display(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, int | float) and not isinstance(value, bool):
            return format_number(value)
        if hasattr(value, "value") and hasattr(value, "name"):  # an enum
            return label(value)  # type: ignore[arg-type]
        return str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        value = self.columns[column][0]

        def key(row: R) -> tuple[int, Any]:
            v = value(row)
            if v is None:
                return (1, "")
            if hasattr(v, "value") and hasattr(v, "name"):
                return (0, label(v))  # type: ignore[arg-type]
            return (0, v.casefold() if isinstance(v, str) else v)

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class EventsModel(_RowsModel[EventRow]):
    columns = (
        (lambda r: r.starts_at, False),
        (lambda r: r.title, False),
        (lambda r: r.kind, False),
        (lambda r: r.program, False),
        (lambda r: r.head_count, True),
        (lambda r: r.sign_ins, True),
        (lambda r: r.volunteer_hours, True),
        (lambda r: r.status, False),
    )

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("EventsModel", "Date"),
            QCoreApplication.translate("EventsModel", "Event"),
            QCoreApplication.translate("EventsModel", "Kind"),
            QCoreApplication.translate("EventsModel", "Program"),
            QCoreApplication.translate("EventsModel", "Attendance"),
            QCoreApplication.translate("EventsModel", "Sign-ins"),
            QCoreApplication.translate("EventsModel", "Hours"),
            QCoreApplication.translate("EventsModel", "Status"),
        ]

    @staticmethod
    def display(value: object) -> str:
        import datetime as dt

        if isinstance(value, dt.datetime):
            return format_datetime(value)
        return _RowsModel.display(value)


class ProgramsModel(_RowsModel[ProgramRecord]):
    columns = (
        (lambda r: r.name, False),
        (lambda r: r.kind, False),
        (lambda r: r.status, False),
        (lambda r: r.district, False),
        (lambda r: r.events, True),
        (lambda r: r.start_date, False),
    )

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ProgramsModel", "Program"),
            QCoreApplication.translate("ProgramsModel", "Kind"),
            QCoreApplication.translate("ProgramsModel", "Status"),
            QCoreApplication.translate("ProgramsModel", "Area"),
            QCoreApplication.translate("ProgramsModel", "Events"),
            QCoreApplication.translate("ProgramsModel", "Since"),
        ]

    @staticmethod
    def display(value: object) -> str:
        import datetime as dt

        if isinstance(value, dt.date):
            return format_date(value)
        return _RowsModel.display(value)
