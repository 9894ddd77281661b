"""Accessibility of the main window: names for screen readers, shortcuts, Tab order.

These walk every tab of the real main window on the demo database, so they check each
tab as it grows.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.support.a11y import (
    accessible_name,
    cycle_length,
    describe,
    focus_traps,
    focusable,
    key_sequences,
    keyboard_unreachable,
    press_tab,
    standard,
    unnamed_controls,
)
from ui.common.optional_date import OptionalDateEdit
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def each_tab(window: MainWindow) -> list[int]:
    return list(range(window.tabs.count()))


def test_every_control_of_every_tab_has_an_accessible_name(qtbot, main_window: MainWindow) -> None:
    problems: list[str] = []
    for index in each_tab(main_window):
        main_window.tabs.setCurrentIndex(index)
        qtbot.wait(1)  # let the tab lay itself out
        problems += unnamed_controls(main_window)
    assert accessible_name(main_window.tabs) == "Main sections"
    assert not sorted(set(problems)), (
        "Give these setAccessibleName(self.tr(...)) or a buddy label:\n" + "\n".join(sorted(set(problems)))
    )


def test_every_control_can_be_reached_by_keyboard(qtbot, main_window: MainWindow) -> None:
    problems: list[str] = []
    for index in each_tab(main_window):
        main_window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        problems += keyboard_unreachable(main_window)
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_reach_check_catches_a_mouse_only_button(qtbot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    mouse_only = QPushButton("Refresh", objectName="refreshButton")
    mouse_only.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    fine = QPushButton("Save", objectName="saveButton")
    layout.addWidget(mouse_only)
    layout.addWidget(fine)
    form.show()
    assert [p.split(":")[0].rsplit("/", 1)[-1] for p in keyboard_unreachable(form)] == ["refreshButton"]


def test_the_name_check_catches_unnamed_controls(qtbot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    layout.addRow("&Title:", QLineEdit(objectName="titleEdit"))  # named by its buddy label
    layout.addRow(QPushButton("&Save", objectName="saveButton"))  # named by its text
    layout.addRow(QTableView(objectName="issuesTable"))  # nothing to announce
    status = QComboBox(objectName="statusCombo")
    status.addItem("Open")
    layout.addRow(QLabel("Status"), QWidget())
    layout.addRow(status)  # announced only as "Open"
    form.show()
    problems = unnamed_controls(form)
    assert [p.split(":")[0].split()[-1].rsplit("/", 1)[-1] for p in problems] == [
        "issuesTable",
        "statusCombo",
    ]


def test_main_actions_have_keyboard_shortcuts(main_window: MainWindow) -> None:
    for n in range(1, 5):
        action = main_window.findChild(type(main_window.print_action), f"showTab{n}Action")
        assert action is not None and action.shortcut() == QKeySequence(f"Ctrl+{n}")
    assert main_window.print_action.shortcut().toString() in standard(QKeySequence.StandardKey.Print)
    assert main_window.open_db_action.shortcut().toString() in standard(QKeySequence.StandardKey.Open)


def test_print_shortcut_prints_the_current_tab(qtbot, main_window: MainWindow, monkeypatch) -> None:
    import ui.printing

    asked: list[str] = []
    monkeypatch.setattr(ui.printing, "open_print", lambda parent, ctx, kind, params: asked.append(kind))
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1


def test_new_meeting_has_a_shortcut(main_window: MainWindow) -> None:
    """The Meetings tab makes a new meeting with Ctrl+N or Ctrl+Shift+N."""
    wanted = standard(QKeySequence.StandardKey.New) | {"Ctrl+Shift+N"}
    assert wanted & key_sequences(main_window.tab("meetingsTab"))


def test_new_issue_and_search_have_shortcuts(main_window: MainWindow) -> None:
    """Ctrl+N makes a new issue on the Issues tab; Ctrl+F searches issues."""
    have = key_sequences(main_window.tab("issuesTab"))
    assert standard(QKeySequence.StandardKey.New) & have
    assert standard(QKeySequence.StandardKey.Find) & have


def test_tab_key_cycles_through_every_control_without_traps(qtbot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    bar = main_window.tabs.tabBar()
    for index in each_tab(main_window):
        main_window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        name = main_window.tabs.widget(index).objectName()
        targets = focusable(main_window)
        visited = press_tab(qtbot, main_window, bar, 2 * cycle_length(main_window) + 2)
        assert visited[0] is bar, name
        traps = focus_traps(visited, targets)
        assert not traps, f"{name}: Tab does not leave " + ", ".join(describe(t) for t in traps)
        unreached = [describe(w) for w in targets if w not in visited]
        assert not unreached, f"{name}: Tab never reaches {unreached}"
        if len(targets) > 1:
            first = visited[1]
            page = main_window.tabs.widget(index)
            assert first is not None and page.isAncestorOf(first), (
                f"{name}: Tab from the tab bar goes to {first}"
            )


@pytest.mark.parametrize(
    ("kind", "trapped"),
    [
        ("text box", True),
        ("text box that passes Tab on", False),
        ("date", False),
        ("date showing 'any date'", True),
        ("optional date showing 'any date'", False),  # ui/common/optional_date.py
        ("optional date showing a date", False),
    ],
)
def test_the_trap_check_notices_controls_that_swallow_tab(qtbot, kind: str, trapped: bool) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    if kind.startswith("text box"):
        control: QWidget = QTextEdit(objectName="notesEdit")  # by default Tab types a tab character
        control.setTabChangesFocus(kind.endswith("on"))  # type: ignore[attr-defined]
    else:
        date = OptionalDateEdit() if kind.startswith("optional") else QDateEdit()
        control = date
        date.setObjectName("fromDate")
        if kind.startswith("optional"):
            date.setMinimumDate(QDate(2000, 1, 1))
            date.setSpecialValueText("any date")
            date.setDate(QDate(2026, 11, 21) if kind.endswith("a date") else date.minimumDate())
        elif "any date" in kind:  # Qt cannot step through the sections of a special value text
            date.setMinimumDate(QDate(2000, 1, 1))
            date.setSpecialValueText("any date")
            date.setDate(date.minimumDate())
    save = QPushButton("Save", objectName="saveButton")
    layout.addWidget(control)
    layout.addWidget(save)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    visited = press_tab(qtbot, form, save, 2 * cycle_length(form) + 2)
    assert focus_traps(visited, focusable(form)) == ([control] if trapped else [])


#: Stylesheets or code that hide the focus indicator, or fix text size in pixels.
HIDDEN_FOCUS = re.compile(r"outline\s*:\s*(none|0)\b")
PIXEL_FONT = re.compile(r"setPixelSize\(|font-size\s*:\s*\d+(\.\d+)?px|font:\s*[^;\"']*\d+px")


def _lines_matching(pattern: re.Pattern[str]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if pattern.search(line)
    ]


def test_focus_stays_visible() -> None:
    """No stylesheet hides the focus indicator (outline: none / 0) of keyboard users."""
    assert not _lines_matching(HIDDEN_FOCUS)


def test_no_fixed_pixel_font_sizes_in_the_ui() -> None:
    """Text follows the system font size: no setPixelSize, no 'font-size: 12px' in stylesheets."""
    assert not _lines_matching(PIXEL_FONT)


@pytest.mark.parametrize(
    ("line", "pattern", "bad"),
    [
        ('w.setStyleSheet("QPushButton { outline: none; }")', HIDDEN_FOCUS, True),
        (
            'w.setStyleSheet("QPushButton:focus { border: 2px solid palette(highlight); }")',
            HIDDEN_FOCUS,
            False,
        ),
        ("font.setPixelSize(12)", PIXEL_FONT, True),
        ('label.setStyleSheet("font-size: 11px")', PIXEL_FONT, True),
        ('label.setStyleSheet("font: bold 14px Arial")', PIXEL_FONT, True),
        ('label.setStyleSheet("font-weight: bold; margin: 4px")', PIXEL_FONT, False),
        ("font.setPointSizeF(font.pointSizeF() * 1.2)", PIXEL_FONT, False),
    ],
)
def test_the_style_scans_tell_bad_from_fine(line: str, pattern: re.Pattern[str], bad: bool) -> None:
    assert bool(pattern.search(line)) is bad
