"""The agenda as a tree (items and lettered sub-items) that reorders by drag and drop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from advisoryboard.default_data import shown
from advisoryboard.services.agenda import AgendaRow
from ui.common.formatting import format_time

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaTree(QTreeWidget):
    """Shows an agenda; a drop calls `on_move(item_id, parent_id, index)` and the agenda reloads."""

    def __init__(
        self, on_move: Callable[[int, int | None, int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.on_move = on_move
        self.setObjectName("agendaTree")
        self.setAccessibleName(self.tr("Agenda items"))
        self.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("Item"),
                self.tr("Presenter"),
                self.tr("Min."),
                self.tr("Issue"),
                self.tr("Notes"),
            ]
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)

    def show_rows(self, rows: list[AgendaRow], select_id: int | None = None) -> None:
        self.clear()
        parents: dict[int, QTreeWidgetItem] = {}
        for row in rows:
            flags = []
            if row.consent:
                flags.append(self.tr("Consent agenda"))
            if row.closed_session:
                flags.append(self.tr("Closed session: {reason}").format(reason=row.closed_reason or ""))
            cells = [
                row.number,
                format_time(row.clock),
                shown(row.title),  # the app's default titles in the reader's language
                shown(row.presenter),
                str(row.minutes_allotted or ""),
                row.issue_reference or "",
                "; ".join(flags),
            ]
            parent = parents.get(row.parent_id) if row.parent_id else None
            item = QTreeWidgetItem(parent, cells) if parent is not None else QTreeWidgetItem(self, cells)
            item.setData(0, ID_ROLE, row.id)
            if row.parent_id is None:
                parents[row.id] = item
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            if row.id == select_id:
                self.setCurrentItem(item)
        self.expandAll()
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)

    def current_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def dropEvent(self, event: QDropEvent) -> None:
        """Work out where the item goes (above, below or onto the target) and let the service move it.

        The tree is not rearranged here: the agenda reloads from the database afterwards.
        """
        moved = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if moved is None or target is None or target is moved:
            return
        placement = self.drop_placement(moved, target, event.position().toPoint().y())
        if placement is not None:
            self.on_move(int(moved.data(0, ID_ROLE)), *placement)

    def drop_placement(
        self, moved: QTreeWidgetItem, target: QTreeWidgetItem, y: int
    ) -> tuple[int | None, int] | None:
        """(new parent id, index) for dropping `moved` at height y over `target`."""
        rect = self.visualItemRect(target)
        parent = target.parent()
        zone = (y - rect.top()) / max(rect.height(), 1)
        may_nest = parent is None and moved.childCount() == 0
        if may_nest and 0.25 <= zone <= 0.75:  # onto a numbered item: becomes its last sub-item
            return int(target.data(0, ID_ROLE)), target.childCount()
        below = zone > 0.5
        if parent is None:
            index = self.indexOfTopLevelItem(target) + (1 if below else 0)
            if moved.parent() is None and self.indexOfTopLevelItem(moved) < index:
                index -= 1
            return None, index
        if moved.childCount():
            return None  # an item with sub-items cannot become a sub-item
        index = parent.indexOfChild(target) + (1 if below else 0)
        if moved.parent() is parent and parent.indexOfChild(moved) < index:
            index -= 1
        return int(parent.data(0, ID_ROLE)), index

    def _find(self, item_id: int) -> QTreeWidgetItem | None:
        pending = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while pending:
            item = pending.pop()
            if item is None:
                continue
            if item.data(0, ID_ROLE) == item_id:
                return item
            pending.extend(item.child(k) for k in range(item.childCount()))
        return None
