"""The warnings beside the roster: terms ending soon, vacant seats, the absence rule."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from advisoryboard.services.member_warnings import MemberWarning


class WarningsPanel(QWidget):
    """Activating a warning (double-click or Enter) opens the member it is about."""

    open_member = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersWarningsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Warnings"), self)
        self.title.setObjectName("warningsTitle")
        layout.addWidget(self.title)
        self.list = QListWidget(self)
        self.list.setObjectName("membersWarnings")
        self.list.setAccessibleName(self.tr("Warnings: terms ending, vacant seats, absences"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)  # double-click and Enter (not both signals)
        self.title.setBuddy(self.list)
        layout.addWidget(self.list, 1)

    def set_warnings(self, warnings: list[MemberWarning]) -> None:
        self.list.clear()
        self.title.setText(self.tr("&Warnings ({n})").format(n=len(warnings)))
        if not warnings:
            QListWidgetItem(self.tr("No warnings: all seats filled, no terms ending soon."), self.list)
            return
        for warning in warnings:
            item = QListWidgetItem(warning.text, self.list)  # the text starts with what kind it is
            item.setData(Qt.ItemDataRole.UserRole, warning.member_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, warning.kind)
            tip = self.tr("Double-click to open the member") if warning.member_id else ""
            item.setToolTip(tip)

    def _activated(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(member_id, int):
            self.open_member.emit(member_id)
