"""Editing the agenda template (the board's standard order of business), kept in settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.services import agenda
from database.enums import AgendaSection
from ui.context import AppContext
from ui.meetings.forms import error_label, save_cancel
from ui.meetings.labels import QT_TRANSLATE_NOOP, tr_meetings
from ui.operations import ChangeOp, QueryOp

SECTION_LABELS = {
    AgendaSection.CALL_TO_ORDER: QT_TRANSLATE_NOOP("meetings", "Call to order"),
    AgendaSection.ROLL_CALL: QT_TRANSLATE_NOOP("meetings", "Roll call"),
    AgendaSection.APPROVE_AGENDA: QT_TRANSLATE_NOOP("meetings", "Approval of the agenda"),
    AgendaSection.APPROVE_MINUTES: QT_TRANSLATE_NOOP(
        "meetings", "Approval of minutes (pre-filled with draft minutes)"
    ),
    AgendaSection.PUBLIC_COMMENT: QT_TRANSLATE_NOOP("meetings", "Public comment"),
    AgendaSection.REPORTS: QT_TRANSLATE_NOOP("meetings", "Reports"),
    AgendaSection.UNFINISHED_BUSINESS: QT_TRANSLATE_NOOP(
        "meetings", "Unfinished business (pre-filled with open items)"
    ),
    AgendaSection.NEW_BUSINESS: QT_TRANSLATE_NOOP("meetings", "New business"),
    AgendaSection.ANNOUNCEMENTS: QT_TRANSLATE_NOOP("meetings", "Announcements"),
    AgendaSection.ADJOURNMENT: QT_TRANSLATE_NOOP("meetings", "Adjournment"),
    AgendaSection.OTHER: QT_TRANSLATE_NOOP("meetings", "Other"),
}


class TemplateDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("Agenda template"))
        self.ctx = ctx
        self.saved = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New agendas start with these items, in this order."), self))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("templateTable")
        self.table.setAccessibleName(self.tr("Agenda template items"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sub-item"), self.tr("Section"), self.tr("Title"), self.tr("Minutes")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 300)
        self.table.setColumnWidth(3, 80)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for name, text, slot in (
            ("templateAddButton", self.tr("&Add"), self.add_row),
            ("templateRemoveButton", self.tr("&Remove"), self.remove_row),
            ("templateUpButton", self.tr("Move &up"), lambda: self.move_row(-1)),
            ("templateDownButton", self.tr("Move do&wn"), lambda: self.move_row(1)),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label(self, "templateErrorLabel")
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.save))
        template = QueryOp(self, ctx, agenda.agenda_template).get()
        for entry in template:
            section = AgendaSection(entry.get("section", "other"))
            self.add_row(False, section, str(entry["title"]), int(entry.get("minutes", 0)))
            for child in entry.get("children") or []:
                self.add_row(True, section, str(child["title"]), int(child.get("minutes", 0)))
        self.resize(960, 560)

    def add_row(
        self,
        sub: bool = False,
        section: AgendaSection = AgendaSection.OTHER,
        title: str = "",
        minutes: int = 0,
        at: int | None = None,
    ) -> None:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        check = QCheckBox(self.table)
        check.setChecked(bool(sub))
        check.setAccessibleName(self.tr("Sub-item of the item above"))
        self.table.setCellWidget(row, 0, check)
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Section"))
        for value, text in SECTION_LABELS.items():
            combo.addItem(tr_meetings(text), value)
        combo.setCurrentIndex(combo.findData(section))
        self.table.setCellWidget(row, 1, combo)
        self.table.setItem(row, 2, QTableWidgetItem(title))
        spin = QSpinBox(self.table)
        spin.setRange(0, 600)
        spin.setValue(minutes)
        spin.setAccessibleName(self.tr("Minutes"))
        self.table.setCellWidget(row, 3, spin)

    def _row(self, row: int) -> tuple[bool, AgendaSection, str, int]:
        check = self.table.cellWidget(row, 0)
        combo = self.table.cellWidget(row, 1)
        spin = self.table.cellWidget(row, 3)
        item = self.table.item(row, 2)
        assert isinstance(check, QCheckBox) and isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
        return (
            check.isChecked(),
            AgendaSection(combo.currentData()),
            item.text() if item else "",
            spin.value(),
        )

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def move_row(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = self._row(row)
        self.table.removeRow(row)
        self.add_row(*values, at=target)
        self.table.setCurrentCell(target, 2)

    def template(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            sub, section, title, minutes = self._row(row)
            if sub and result:
                result[-1].setdefault("children", []).append({"title": title, "minutes": minutes})
            else:
                result.append({"section": section.value, "title": title, "minutes": minutes})
        return result

    def save(self) -> None:
        template = self.template()
        save = ChangeOp(self, self.ctx, lambda s: agenda.save_agenda_template(s, template))
        if save.show_errors_in(self.error).run():
            self.saved = True
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget, ctx: AppContext) -> bool:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.saved
