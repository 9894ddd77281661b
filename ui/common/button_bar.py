"""A row of buttons that never pushes its window past the screen: what does not fit goes into "More ▾".

On a 1366×768 laptop in Spanish a tab's buttons can be wider than the window. A ButtonBar
shows as many as fit, in order (the first ones matter most), and puts the rest, from the
right end, into a "More ▾" menu at its end. The menu is reached with Tab and opened with
Space, Enter or Alt+Down; each hidden button keeps its shortcut (its Alt+letter too) while
it is in the menu, and the menu item is greyed or ticked as the button is.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)


class ButtonBar(QWidget):
    def __init__(self, parent: QWidget | None = None, name: str = "buttonBar") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._items: list[QWidget | None] = []  # None: a stretch
        self._always: set[QWidget] = set()
        self._overflow: list[QAbstractButton] = []
        self._shortcuts: list[QAction] = []
        self.more = QToolButton(self)
        self.more.setObjectName(f"{name}More")
        self.more.setText(self.tr("More"))  # the button draws its own ▾
        self.more.setToolTip(self.tr("More actions"))
        self.more.setAccessibleName(self.tr("More actions"))
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(self.more)
        self.menu.setObjectName(f"{name}Menu")
        self.menu.aboutToShow.connect(self._fill_menu)
        self.more.setMenu(self.menu)
        self.more.hide()
        self._layout.addWidget(self.more)

    # ------------------------------------------------------------------ building
    def add(self, widget: QWidget, *, always: bool = False) -> QWidget:
        """Add `widget` at the end; `always`: it never moves into the menu."""
        widget.setParent(self)
        self._layout.insertWidget(self._layout.count() - 1, widget)
        self._items.append(widget)
        if always:
            self._always.add(widget)
        self._relayout(self.width())
        return widget

    def add_stretch(self) -> None:
        self._layout.insertStretch(self._layout.count() - 1, 1)
        self._items.append(None)

    def buttons(self) -> list[QWidget]:
        return [w for w in self._items if w is not None]

    def overflow(self) -> list[QAbstractButton]:
        """The buttons that are in the More menu now (for tests and the keyboard walk-through)."""
        return list(self._overflow)

    # ------------------------------------------------------------------ sizes
    def _spacing(self) -> int:
        spacing = self._layout.spacing()
        return spacing if spacing >= 0 else 6

    def _width(self, widgets: list[QWidget]) -> int:
        if not widgets:
            return 0
        return sum(w.sizeHint().width() for w in widgets) + self._spacing() * (len(widgets) - 1)

    def _height(self) -> int:
        return max([w.sizeHint().height() for w in self.buttons()] + [self.more.sizeHint().height()])

    def sizeHint(self) -> QSize:
        return QSize(self._width(self.buttons()), self._height())

    def minimumSizeHint(self) -> QSize:
        kept = [w for w in self.buttons() if w in self._always]
        width = self._width([*kept, self.more])
        return QSize(width, self._height())

    # ------------------------------------------------------------------ fitting
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(event.size().width())

    def _relayout(self, width: int) -> None:
        buttons = self.buttons()
        hidden: list[QWidget]
        if self._width(buttons) <= width:
            shown, hidden = buttons, []
        else:
            room = width - self.more.sizeHint().width() - self._spacing()
            room -= self._width([w for w in buttons if w in self._always])
            shown, hidden = [], []
            for w in buttons:
                if w in self._always:
                    shown.append(w)
                    continue
                need = w.sizeHint().width() + self._spacing()
                if not hidden and need <= room:
                    shown.append(w)
                    room -= need
                else:
                    hidden.append(w)  # from the first that does not fit on: the row keeps its order
        for w in shown:
            w.setVisible(True)
        for w in hidden:
            w.setVisible(False)
        self._overflow = [w for w in hidden if isinstance(w, QAbstractButton)]
        self.more.setVisible(bool(self._overflow))
        self._keep_shortcuts()

    def _keep_shortcuts(self) -> None:
        """A hidden button's shortcut (Ctrl+N, Alt+letter) still works while it is in the menu."""
        for action in self._shortcuts:
            self.removeAction(action)
            action.deleteLater()
        self._shortcuts = []
        for button in self._overflow:
            keys = button.shortcut()
            if keys.isEmpty():
                keys = QKeySequence.mnemonic(button.text())
            if keys.isEmpty():
                continue
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, b=button: b.isEnabled() and b.click())
            self.addAction(action)
            self._shortcuts.append(action)

    def _fill_menu(self) -> None:
        self.menu.clear()
        for button in self._overflow:
            action = self.menu.addAction(button.text())
            action.setObjectName(f"{button.objectName()}Action")
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
            if button.isCheckable():
                action.setCheckable(True)
                action.setChecked(button.isChecked())
            action.triggered.connect(lambda _checked=False, b=button: b.click())
        self.menu.setToolTipsVisible(True)
