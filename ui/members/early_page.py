"""The Members roster's first page, painted at start before the data layer has loaded.

`ui.app.run` puts it in the Members tab's placeholder (ui/tabpages.py) when
`advisoryboard.early_roster` could read it; the real Members tab replaces the placeholder
once the database is open. It shows the real tab's default view (active members by name,
the same columns, words and widths) and nothing can be done in it: no selection, no
sorting, no editing. Qt and the plain-sqlite3 reader only (no SQLAlchemy, no services).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.early_roster import COLUMN_LABELS, COLUMNS, EarlyRoster, cell_text
from advisoryboard.i18n import _
from ui.common.fit import fit_columns_once, remember_columns
from ui.common.formatting import format_date, format_number

Index = QModelIndex | QPersistentModelIndex


class RosterColumnsModel(QAbstractTableModel):
    """The roster's columns and header words: the early page's and the real tab's model share them."""

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return _(COLUMN_LABELS[COLUMNS[section]])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None


class EarlyRosterModel(RosterColumnsModel):
    """The rows read early, with RosterModel's headers, cells, tooltips and alignment."""

    def __init__(self, roster: EarlyRoster, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = roster.rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or index.column() >= len(COLUMNS):
            return None
        item = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(item, column, format_date)
        if role == Qt.ItemDataRole.ToolTipRole and column == "attendance" and item.meetings:
            return QCoreApplication.translate("RosterModel", "{a} of {n} meetings attended").format(
                a=item.attended, n=item.meetings
            )
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "attendance":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags


class EarlyMembersPage(QWidget):
    """The roster table (read-only) and its count, until the real Members tab is built."""

    def __init__(self, roster: EarlyRoster, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earlyMembersPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Room where the real tab has its search row and its buttons, and beside the table
        # where it lists the warnings: the table does not move when the real tab comes.
        layout.addSpacing(_control_rows_height(layout.spacing()))
        self.model = EarlyRosterModel(roster, self)
        self.table = QTableView(self)
        # The real table's name: what a user (and the start-up benchmark) waits for is this view.
        self.table.setObjectName("membersTable")
        self.table.setAccessibleName(QCoreApplication.translate("MembersTab", "Members"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)  # the real table's sorting shows it; clicks do not sort here
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(False)
        self.table.verticalHeader().hide()
        fit_columns_once(self.table)
        # the real tab's widths; this page never saves its own (read-only) header state
        remember_columns(self.table, "members", keep=False)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(_Beside(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("membersCount")
        self.count_label.setText(
            QCoreApplication.translate("MembersTab", "{n} members shown").format(
                n=format_number(roster.total)
            )
        )
        layout.addWidget(self.count_label)

    def sorted_as_read(self) -> bool:
        """The column widths restored from the settings keep the name order (a saved header
        state also holds a sort column, which the real tab would sort by)."""
        header = self.table.horizontalHeader()
        return (
            header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        )


def _control_rows_height(spacing: int) -> int:
    """The height of the Members tab's search row and button row, with the spacing after each."""
    return (
        QLineEdit().sizeHint().height()
        + QPushButton(QCoreApplication.translate("MembersTab", "&Add member…")).sizeHint().height()
        + 2 * max(spacing, 0)
    )


class _Beside(QWidget):
    """Blank, as large as the warnings panel beside the real table (a title over a list)."""

    def sizeHint(self) -> QSize:
        wanted = QListWidget().sizeHint()
        return QSize(
            wanted.width(),
            wanted.height()
            + QLabel(QCoreApplication.translate("WarningsPanel", "Warnings")).sizeHint().height(),
        )

    def minimumSizeHint(self) -> QSize:
        return QListWidget().minimumSizeHint()
