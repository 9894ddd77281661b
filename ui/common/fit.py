"""Windows and dialogs open at a size the screen can show (a 1366×768 laptop included)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

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


def fit_columns_once(view: QTableView, *, cap: int = 320) -> None:
    """Size each column to its header and contents (the longest capped at `cap` pixels), then
    leave the widths to the user: nothing that matters is cut to "Attendance (12 m…"."""
    header = view.horizontalHeader()
    # (No resizeColumnsToContents first: it measured every cell once more for the same widths.)
    for column in range(header.count()):
        # the header's text plus room for the sort arrow, or the widest cell
        wanted = max(header.sectionSizeHint(column) + 18, view.sizeHintForColumn(column))
        header.resizeSection(column, min(wanted, cap))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def remember_columns(view: QTableView, key: str, *, keep: bool = True) -> None:
    """Restore the column widths the user last set for `key`, and (with `keep`) keep them when
    changed. The view's own choice of clickable headers is not taken from the saved state."""
    header = view.horizontalHeader()
    settings_key = f"columns/{key}"
    saved = QSettings().value(settings_key)
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        clickable = header.sectionsClickable()
        header.restoreState(saved)
        header.setSectionsClickable(clickable)
        # widths kept from another language may be too narrow for this one's headers
        for column in range(header.count()):
            if header.sectionSize(column) < header.sectionSizeHint(column):
                header.resizeSection(column, header.sectionSizeHint(column) + 18)
    if keep:
        header.sectionResized.connect(lambda *_args: QSettings().setValue(settings_key, header.saveState()))
