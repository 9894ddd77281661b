"""Choosing which offered incidents or community issues belong to a project."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.services import projects as svc
from ui.context import AppContext
from ui.operations import ChangeOp, QueryOp
from ui.safety_projects.models import ChoiceModel


class LinkDialog(QDialog):
    def __init__(self, ctx: AppContext, project_id: int, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id, self.kind = ctx, project_id, kind
        self.setObjectName("linkDialog")
        self.setWindowTitle(
            self.tr("Link police incidents") if kind == "incidents" else self.tr("Link community issues")
        )
        self.hint = QLabel(
            self.tr(
                "These match the problem's categories, area and time frame. Tick the ones that belong to it."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.model = ChoiceModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("linkTable")
        self.view.setAccessibleName(self.windowTitle())
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.all_button = QPushButton(self.tr("Tick &all"), self)
        self.all_button.setObjectName("linkAllButton")
        self.all_button.clicked.connect(self.tick_all)
        self.message = QLabel(self)
        self.message.setObjectName("linkMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.all_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 520)
        finder = svc.matching_incidents if kind == "incidents" else svc.matching_issues
        op = QueryOp(self, ctx, lambda s: finder(s, project_id))
        op.success(self._loaded).run()

    def _loaded(self, rows: list[svc.IncidentChoice] | list[svc.IssueChoice]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if not rows:
            self.message.setText(
                self.tr("Nothing matches the problem yet (check its categories, area and time frame).")
            )

    def tick_all(self) -> None:
        self.model.beginResetModel()
        self.model.checked = {r.id for r in self.model.rows}
        self.model.endResetModel()

    def save(self) -> None:
        linked = {r.id for r in self.model.rows if r.linked}
        add = sorted(self.model.checked - linked)
        drop = sorted(linked - self.model.checked)
        pid = self.project_id

        def op(session):  # type: ignore[no-untyped-def]
            if self.kind == "incidents":
                svc.link_incidents(session, pid, add)
                svc.unlink(session, pid, incident_ids=drop)
            else:
                svc.link_issues(session, pid, add)
                svc.unlink(session, pid, issue_ids=drop)

        ChangeOp(self, self.ctx, op).show_errors_in(self.message).success(lambda _r: self.accept()).run()

    @classmethod
    def ask(cls, parent: QWidget, ctx: AppContext, project_id: int, kind: str) -> bool:
        return cls(ctx, project_id, kind, parent).exec() == QDialog.DialogCode.Accepted
