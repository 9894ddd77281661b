"""The filters above the issues table: status, category, priority, district, assignee,
partner, overdue, date range, search as you type, and saved presets."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from advisoryboard.default_data import shown
from advisoryboard.labels import priority_label
from advisoryboard.services.issue_detail import categories, committees, districts, members, partner_choices
from advisoryboard.services.issue_filter import IssueFilter
from advisoryboard.services.issue_presets import delete_preset, save_preset, saved_presets
from database.enums import IssuePriority
from ui.common.date_range import DateRange
from ui.context import AppContext
from ui.operations import ChangeOp, QueryOp
from ui.tabbase import BoardTab

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    filter_changed = Signal(object)  # IssueFilter

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("issueFilterBar")
        self._quiet = True  # no filter signals while the widgets are being built
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)

        self.search = QLineEdit(self)
        self.search.setObjectName("issueSearch")
        self.search.setPlaceholderText(self.tr("Search title, description, location and notes…"))
        self.search.setAccessibleName(self.tr("Search issues"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        self.status = self._combo("statusFilter", self.tr("Status"))
        for value, label in (
            ("open", self.tr("Open")),
            ("closed", self.tr("Closed")),
            ("all", self.tr("All")),
        ):
            self.status.addItem(label, value)
        self.category = self._combo("categoryFilter", self.tr("Category"))
        self.priority = self._combo("priorityFilter", self.tr("Priority"))
        self.priority.addItem(self.tr("Any priority"), None)
        for p in IssuePriority:
            self.priority.addItem(priority_label(p), p.value)
        self.district = self._combo("districtFilter", self.tr("District"))
        self.assignee = self._combo("assigneeFilter", self.tr("Assigned to"))
        self.partner = self._combo("partnerFilter", self.tr("Referred to"))
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue.setObjectName("overdueFilter")
        self.overdue.setAccessibleName(self.tr("Overdue only"))
        self.overdue.toggled.connect(self._emit)
        self.dates = DateRange(
            self,
            ("dateFromFilter", "dateToFilter"),
            (self.tr("Reported from"), self.tr("until")),
            (self.tr("Reported from"), self.tr("Reported until")),
        )
        self.dates.changed.connect(self._emit)
        self.date_from, self.date_to = self.dates.date_from, self.dates.date_to

        self.presets = self._combo("presetCombo", self.tr("Saved filters"))
        self.presets.currentIndexChanged.disconnect()
        self.presets.activated.connect(self._apply_preset)
        self.save_preset_button = QPushButton(self.tr("Save filter…"), self)
        self.save_preset_button.setObjectName("savePresetButton")
        self.save_preset_button.clicked.connect(self._save_preset)
        self.delete_preset_button = QPushButton(self.tr("Delete filter"), self)
        self.delete_preset_button.setObjectName("deletePresetButton")
        self.delete_preset_button.clicked.connect(self._delete_preset)
        self.reset_button = QPushButton(self.tr("&Reset"), self)
        self.reset_button.setObjectName("resetFilterButton")
        self.reset_button.clicked.connect(lambda: self.set_filter(IssueFilter()))
        # The map's choice (a district clicked, a rectangle dragged): shown as a button that clears it
        # (the Issues tab places it beside the count, where there is room).
        self._map_part: tuple[int | None, tuple[float, float, float, float] | None] = (None, None)
        self.map_chip = QPushButton(self)
        self.map_chip.setObjectName("mapFilterChip")
        self.map_chip.setAccessibleName(self.tr("Issues chosen on the map"))
        self.map_chip.setToolTip(self.tr("Issues chosen on the map; click to show all places again"))
        self.map_chip.clicked.connect(lambda: self.set_map_filter(None, None, ""))
        self.map_chip.hide()

        # Three short rows, so the bar fits a 1366-pixel laptop screen in every language:
        # search, status and the quick toggles; the pick lists; the dates and saved filters.
        grid.addWidget(self.search, 0, 0, 1, 3)
        grid.addWidget(self.status, 0, 3)
        grid.addWidget(self.overdue, 0, 4)
        grid.addWidget(self.reset_button, 0, 5)
        for col, w in enumerate((self.category, self.priority, self.district, self.assignee, self.partner)):
            grid.addWidget(w, 1, col)
        self.date_from_label, self.date_to_label = self.dates.from_label, self.dates.to_label
        grid.addWidget(self.dates, 2, 0, 1, 3)
        presets = QHBoxLayout()
        preset_widgets: tuple[QWidget, ...] = (
            self.presets,
            self.save_preset_button,
            self.delete_preset_button,
        )
        for widget in preset_widgets:
            presets.addWidget(widget)
        grid.addLayout(presets, 2, 3, 1, 3)
        for col in range(6):
            grid.setColumnStretch(col, 1)
        self._quiet = False

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        # A long category or committee name must not widen the whole window: the combo shows
        # about 14 characters and its list opens as wide as its longest entry.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    # ------------------------------------------------------------------ choices
    def load_choices(self) -> None:
        """Fill the pick lists from the database, keeping the current filter."""
        current = self.current_filter()
        cats, dists, mems, coms, parts, presets = QueryOp(
            self,
            self.ctx,
            lambda s: (
                categories(s, include_inactive=True),
                districts(s),
                members(s),
                committees(s),
                partner_choices(s),
                saved_presets(s),
            ),
        ).get()
        self._quiet = True
        try:
            self._fill(self.category, self.tr("Any category"), [(shown(c.label), c.id) for c in cats])
            self._fill(self.district, self.tr("Any district"), [(shown(d), d) for d in dists])
            assignees = [(self.tr("Nobody"), "none")]
            assignees += [(m.label, f"m:{m.id}") for m in mems]
            assignees += [(self.tr("Committee: {name}").format(name=c.label), f"c:{c.id}") for c in coms]
            self._fill(self.assignee, self.tr("Anyone"), assignees)
            self._fill(self.partner, self.tr("Any partner"), [(p.label, p.id) for p in parts])
            self._fill(
                self.presets, self.tr("Saved filters…"), [(p.name, p.filter.to_json()) for p in presets]
            )
        finally:
            self._quiet = False
        self.set_filter(current, emit=False)

    def _fill(self, combo: QComboBox, any_label: str, items: Sequence[tuple[str, object]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_label, None)
        for label, data in items:
            combo.addItem(label, data)
        combo.blockSignals(False)

    # ------------------------------------------------------------------ filter
    def current_filter(self) -> IssueFilter:
        date_from, date_to = self.dates.span()
        return IssueFilter(
            status=self.status.currentData() or "open",
            category_id=self.category.currentData(),
            priority=self.priority.currentData(),
            district=self.district.currentData(),
            assignee=self.assignee.currentData(),
            partner_id=self.partner.currentData(),
            overdue=self.overdue.isChecked(),
            date_from=date_from,
            date_to=date_to,
            text=self.search.text().strip(),
            area_id=self._map_part[0],
            bbox=self._map_part[1],
        )

    def set_map_filter(
        self,
        area_id: int | None,
        bbox: tuple[float, float, float, float] | None,
        label: str,
        emit: bool = True,
    ) -> None:
        """Filter to a district or a rectangle chosen on the map (None, None: every place)."""
        self._map_part = (area_id, bbox)
        self._show_map_chip(label)
        if emit:
            self._emit()

    def _show_map_chip(self, label: str) -> None:
        area_id, bbox = self._map_part
        if area_id is None and bbox is None:
            self.map_chip.hide()
            return
        text = (
            self.tr("Map: {name} ✕").format(name=label)
            if area_id is not None
            else self.tr("Map: selected area ✕")
        )
        self.map_chip.setText(text)
        self.map_chip.setAccessibleName(text)
        self.map_chip.show()

    def set_filter(self, flt: IssueFilter, emit: bool = True) -> None:
        """Show `flt` in the widgets (a value no longer offered falls back to 'any')."""
        self._quiet = True
        try:
            for combo, value in (
                (self.status, flt.status),
                (self.category, flt.category_id),
                (self.priority, flt.priority),
                (self.district, flt.district),
                (self.assignee, flt.assignee),
                (self.partner, flt.partner_id),
            ):
                index = combo.findData(value)
                if index < 0 and combo is self.district and value:
                    combo.addItem(str(value), value)
                    index = combo.count() - 1
                combo.setCurrentIndex(max(index, 0))
            self.overdue.setChecked(flt.overdue)
            if (flt.area_id, flt.bbox) != self._map_part:
                self._map_part = (flt.area_id, flt.bbox)
                self._show_map_chip(self.tr("district"))
            self.dates.set_span(flt.date_from, flt.date_to)
            self.search.blockSignals(True)
            self.search.setText(flt.text)
            self.search.blockSignals(False)
        finally:
            self._quiet = False
        if emit:
            self._emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self._timer.stop()
            self.filter_changed.emit(self.current_filter())

    # ------------------------------------------------------------------ presets
    def _apply_preset(self, index: int) -> None:
        raw = self.presets.itemData(index)
        if raw:
            self.set_filter(IssueFilter.from_json(raw))

    def _save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of this filter:"))
        if not ok:
            return
        flt = self.current_filter()
        if ChangeOp(self, self.ctx, lambda s: save_preset(s, name, flt)).run():
            BoardTab.flush_changes_around(self)  # the change notice lists the new preset; then pick it
            self.presets.setCurrentIndex(max(self.presets.findText(name.strip()), 0))

    def _delete_preset(self) -> None:
        name = self.presets.currentText()
        match = [p.id for p in QueryOp(self, self.ctx, saved_presets).get() if p.name == name]
        if match:
            ChangeOp(
                self, self.ctx, lambda s: delete_preset(s, match[0])
            ).run()  # the notice updates the list
