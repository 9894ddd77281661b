"""Item models of the Safety tab: the projects list and the checkable list of offered matches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from advisoryboard.services.projects import IncidentChoice, IssueChoice, ProjectSummary
from ui.safety_projects.labels import stage_label

Index = QModelIndex | QPersistentModelIndex


class ProjectsModel(QAbstractTableModel):
    """The board's projects (a few dozen at most: held in full)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ProjectSummary] = []

    def headers(self) -> list[str]:
        return [self.tr("Project"), self.tr("Stage"), self.tr("Area")]

    def set_rows(self, rows: Sequence[ProjectSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [row.title, stage_label(row.stage), row.area][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 3
        ):
            return self.headers()[section]
        return None


class ChoiceModel(QAbstractTableModel):
    """Offered incidents or issues, each with a check box (checked = linked)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[IncidentChoice | IssueChoice] = []
        self.checked: set[int] = set()

    def set_rows(self, rows: Sequence[IncidentChoice | IssueChoice]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.checked = {r.id for r in rows if r.linked}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def _cells(self, row: IncidentChoice | IssueChoice) -> list[str]:
        if isinstance(row, IncidentChoice):
            what = row.offense_description or row.offense_group or ""
            return [
                f"{row.incident_number}",
                row.occurred_at.strftime("%Y-%m-%d %H:%M"),
                f"{what} — {row.block_address or ''}",
            ]
        return [row.reference, row.reported_on.strftime("%Y-%m-%d"), row.title]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row)[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        rid = self.rows[index.row()].id
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self.checked.add(rid)
        else:
            self.checked.discard(rid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 3
        ):
            return [self.tr("Number"), self.tr("When"), self.tr("What")][section]
        return None
