"""Windows and dialogs open at a size the screen can show (a 1366×768 laptop included)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: What a 1366×768 laptop leaves under a taskbar: the size to design for when there is no screen.
LAPTOP = QSize(1366, 728)


def available_size(widget: QWidget | None = None) -> QSize:
    """The usable size of the screen `widget` is on (or the primary screen)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else LAPTOP


def open_size(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to the preferred width×height, but never past the available screen
    (nor below what its layout needs). Prefer sizes within `LAPTOP`: the common office screen."""
    room = available_size(widget)
    need = widget.minimumSizeHint()
    widget.resize(
        max(min(width, room.width()), need.width()),
        max(min(height, room.height() - 40), need.height()),  # leave room for the title bar
    )
