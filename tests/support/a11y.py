"""Accessibility probes for GUI tests: accessible names, focus chain, shortcuts."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

#: Controls a user operates: each needs a name a screen reader can say.
INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTabWidget,
    QTextEdit, QPlainTextEdit, QAbstractSlider, QCalendarWidget,
)  # fmt: skip
#: Controls made of parts: their inner widgets (a spin box's line edit, a view's header, a line
#: edit's clear button) are theirs.
COMPOSITE: tuple[type[QWidget], ...] = (
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QCalendarWidget,
    QLineEdit,
)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces: Qt's accessible interface (buddy labels, button texts…)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).strip()


def describe(widget: QWidget) -> str:
    chain = []
    node: QWidget | None = widget
    while node is not None:
        chain.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{type(widget).__name__} {'/'.join(reversed(chain))}"


def _internal(widget: QWidget, root: QWidget) -> bool:
    qt_part = widget.objectName().startswith("qt_") and widget.objectName() != "qt_tabwidget_tabbar"
    if qt_part or isinstance(widget, QScrollBar):
        return True
    node = widget.parentWidget()
    while node is not None and node is not root:
        if isinstance(node, COMPOSITE):
            return True
        node = node.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The interactive widgets under `root` a user reaches (Qt-internal parts left out)."""
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not _internal(w, root)]


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls without an accessible name; a combo box named only by its current value counts too."""
    problems = []
    for widget in controls(root):
        name = accessible_name(widget)
        if not name:
            problems.append(f"{describe(widget)}: no accessible name")
        elif isinstance(widget, QComboBox) and not widget.accessibleName() and name == widget.currentText():
            problems.append(f"{describe(widget)}: named only by its current value {name!r}")
    return problems


def keyboard_unreachable(root: QWidget) -> list[str]:
    """Shown, enabled controls that neither Tab nor a shortcut or menu can reach."""
    problems = []
    for widget in controls(root):
        if not (widget.isVisibleTo(root) and widget.isEnabled()):
            continue
        target = widget.focusProxy() or widget
        if target.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        action = widget.defaultAction() if isinstance(widget, QToolButton) else None
        if action is not None and (
            not action.shortcut().isEmpty() or any(isinstance(o, QMenu) for o in action.associatedObjects())
        ):
            continue  # a tool bar button: its action is in a menu or has a shortcut
        problems.append(
            f"{describe(widget)}: not reachable with Tab (focus policy {target.focusPolicy().name})"
        )
    return problems


def focusable(root: QWidget) -> list[QWidget]:
    """Widgets Tab can reach now: visible, enabled, accepting Tab focus, not an inner part."""
    out = []
    for widget in root.findChildren(QWidget):
        if widget.focusProxy() is not None or _internal(widget, root):
            continue
        policy = widget.focusPolicy()
        if policy & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(root) and widget.isEnabled():
            out.append(widget)
    return out


def owner(widget: QWidget | None, candidates: list[QWidget]) -> QWidget | None:
    """The candidate that `widget` (the focus widget, maybe an inner part) belongs to."""
    node = widget
    while node is not None:
        if node in candidates:
            return node
        node = node.parentWidget()
    return None


def tab_stops(widget: QWidget) -> int:
    """How many Tab presses a control may keep the focus: a date edit steps through its sections."""
    return widget.sectionCount() if isinstance(widget, QDateTimeEdit) else 1


def press_tab(qtbot, root: QWidget, start: QWidget, presses: int) -> list[QWidget | None]:
    """Focus `start`, press Tab `presses` times; the control owning the focus each time."""
    targets = focusable(root)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [owner(QApplication.focusWidget(), targets)]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(owner(QApplication.focusWidget(), targets))
    return visited


def cycle_length(root: QWidget) -> int:
    """Tab presses that must be enough to go once around every control of `root`."""
    return sum(tab_stops(w) for w in focusable(root))


def focus_traps(visited: list[QWidget | None], targets: list[QWidget]) -> list[QWidget]:
    """Controls that kept the focus for more Tab presses than they may (Tab cannot leave them)."""
    if len(targets) <= 1:
        return []
    found: list[QWidget] = []
    run = 1
    for before, after in itertools.pairwise(visited):
        run = run + 1 if after is before else 1
        if after is not None and run > tab_stops(after) and after not in found:
            found.append(after)
    return found


def key_sequences(widget: QWidget) -> set[str]:
    """Shortcuts that work while `widget` is shown: its QShortcuts and its actions' shortcuts."""
    found: set[str] = set()
    for shortcut in widget.findChildren(QShortcut):
        if shortcut.isEnabled():
            found |= {k.toString() for k in shortcut.keys()}  # noqa: SIM118 (QShortcut.keys)
    actions = [*widget.findChildren(QAction), *widget.actions()]
    for action in actions:
        if action.isEnabled():
            found |= {k.toString() for k in action.shortcuts()}
    return found - {""}


def standard(key: QKeySequence.StandardKey) -> set[str]:
    return {k.toString() for k in QKeySequence.keyBindings(key)}


def focus_widget() -> QWidget | None:
    return QApplication.focusWidget()
