"""A latitude or longitude box whose lowest value means "not given" (issues, events)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class CoordinateBox(QDoubleSpinBox):
    """Degrees with six decimals (≈ 10 cm); one step below the range shows "not given"."""

    def __init__(self, parent: QWidget | None, name: str, limit: int) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRange(-limit - 1, limit)
        self.setDecimals(6)
        self.setSpecialValueText(QCoreApplication.translate("CoordinateBox", "not given"))
        self.setValue(-limit - 1)

    def coordinate(self) -> float | None:
        return self.value() if self.value() > self.minimum() else None

    def set_coordinate(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)
