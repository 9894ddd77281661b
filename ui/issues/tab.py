"""The Issues tab (its contents belong to that tab's issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.tabbase import BoardTab


class IssuesTab(BoardTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("issuesTab")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("This part of the app is being built."), self)
        layout.addWidget(label)

    def tab_title(self) -> str:
        return self.tr("Issues")
