"""Editing the list of issue categories: add, rename, retire or bring back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.permissions import Permission
from advisoryboard.services.issue_categories import add_category, rename_category, set_category_active
from advisoryboard.services.issue_detail import categories
from ui.context import AppContext
from ui.operations import ChangeOp, DbSession, QueryOp


class CategoriesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("categoriesDialog")
        self.setWindowTitle(self.tr("Issue categories"))
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("categoryList")
        self.list.setAccessibleName(self.tr("Issue categories"))
        self.list.currentItemChanged.connect(self._selected)
        layout.addWidget(self.list)
        self.name = QLineEdit(self)
        self.name.setObjectName("categoryName")
        self.name.setAccessibleName(self.tr("Category name"))
        layout.addWidget(self.name)
        self.error = QLabel(self)
        self.error.setObjectName("categoryError")
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("addCategoryButton")
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.rename_button.setObjectName("renameCategoryButton")
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button = QPushButton(self.tr("Re&tire / bring back"), self)
        self.toggle_button.setObjectName("toggleCategoryButton")
        self.toggle_button.clicked.connect(self.toggle)
        for button in (self.add_button, self.rename_button, self.toggle_button):
            button.setEnabled(ctx.can(Permission.EDIT_ISSUES))
            row.addWidget(button)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        active_rows, every = QueryOp(
            self, self.ctx, lambda s: (categories(s), categories(s, include_inactive=True))
        ).get()
        active = {c.id for c in active_rows}
        self.list.clear()
        for c in every:
            text = c.label if c.id in active else self.tr("{name} (retired)").format(name=c.label)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (c.id, c.label, c.id in active))
            self.list.addItem(item)

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.name.setText(item.data(Qt.ItemDataRole.UserRole)[1])

    def _current(self) -> tuple[int, str, bool] | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _run(self, action: Callable[[DbSession], object]) -> bool:
        if not ChangeOp(self, self.ctx, action).show_errors_in(self.error).run():
            return False
        self.reload()
        return True

    def add(self) -> bool:
        name = self.name.text()
        return self._run(lambda s: add_category(s, name))

    def rename(self) -> bool:
        current = self._current()
        if current is None:
            return False
        name = self.name.text()
        return self._run(lambda s: rename_category(s, current[0], name))

    def toggle(self) -> bool:
        current = self._current()
        if current is None:
            return False
        return self._run(lambda s: set_category_active(s, current[0], not current[2]))

    @classmethod
    def open_list(cls, parent: QWidget | None, ctx: AppContext) -> None:
        dialog = cls(parent, ctx)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.exec()
