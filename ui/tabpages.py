"""The main window's four tab pages, each built when it is first shown.

A tab's module (and through it the services and the data layer) is imported only when the
tab is first shown, navigated to or asked for. Until then its page is a light placeholder
that already carries the tab's objectName and title, so the tab bar, Ctrl+1..4 and
navigation work from the first paint of the window.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.tabbase import BoardTab

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ui.context import AppContext


@dataclass(frozen=True)
class TabSpec:
    object_name: str
    module: str
    class_name: str

    def tab_class(self) -> type[BoardTab]:
        cls = getattr(importlib.import_module(self.module), self.class_name)
        assert isinstance(cls, type) and issubclass(cls, BoardTab)
        return cls


#: What a tab imports when it is built or first drawn, beyond its own module: imported ahead
#: too (`TabPages.prefetch`).
BUILD_IMPORTS = {
    "chartsTab": ("ui.charts.panel", "ui.charts.specs", "advisoryboard.analytics.dashboard"),
    "issuesTab": ("advisoryboard.geo.issues",),  # the map library, at the first issue shown
}
#: Idle time between two steps of the import ahead: the user's own clicks and paints go first.
PREFETCH_GAP_MS = 30
#: Wait this long after the current tab is built before importing ahead (its data paints first).
PREFETCH_START_MS = 250


@dataclass(frozen=True)
class PrefetchStep:
    """One idle turn of the import ahead: import `modules` in order, or, with `qt_types`, make
    every class and enum of that PySide6 module (which PySide6 makes at their first use).

    Each step is short (≤ ≈ 100 ms on the office PC, most far less): a click or a key pressed
    meanwhile waits no longer than that. Python's automatic garbage collection is paused during
    a step: an import makes many objects and frees few, and a full collection in the middle of
    one would add ≈ 30–60 ms to it for nothing (it runs later, when next due).
    """

    name: str
    modules: tuple[str, ...] = ()
    #: A PySide6 module whose classes and enums to make; needed only until `for_module` is
    #: imported (it makes them all at its import: pyqtgraph copies every Qt name).
    qt_types: str = ""
    for_module: str = ""

    def needed(self) -> bool:
        if self.qt_types:
            return self.for_module not in sys.modules
        return any(name not in sys.modules for name in self.modules)

    def run(self) -> None:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            if self.qt_types:
                module = importlib.import_module(self.qt_types)
                for name in dir(module):
                    getattr(module, name)
            for name in self.modules:
                importlib.import_module(name)
        finally:
            if was_enabled:
                gc.enable()

    def __str__(self) -> str:
        return self.name


def _imports(*modules: str) -> PrefetchStep:
    return PrefetchStep(modules[0], modules)


#: The third-party libraries behind the tabs, imported ahead before the tabs' own modules, each
#: in a turn of its own, so that a tab's module is cheap when its turn comes. On the 2-core
#: test machine: numpy ≈ 50 ms (with one OpenBLAS thread: ui.app `ensure_app`), the Qt types
#: ≈ 10, 30 and 7 ms, pyqtgraph then ≈ 55 ms, shapely ≈ 13 ms; all of it in the Safety tab's
#: turn was ≈ 270–380 ms. The first step is what pyqtgraph imports from the standard library
#: and PySide6 (≈ 14 ms together; not the Qt modules it does without, left out of the bundle).
LIBRARY_STEPS = (
    PrefetchStep(
        "standard library and Qt modules",
        (
            "ctypes",
            "mmap",
            "pydoc",
            "xml.etree.ElementTree",
            "multiprocessing.connection",
            "cProfile",
            "PySide6.QtSvg",
        ),
    ),
    _imports("numpy"),
    PrefetchStep("PySide6.QtCore types", qt_types="PySide6.QtCore", for_module="pyqtgraph"),
    PrefetchStep("PySide6.QtGui types", qt_types="PySide6.QtGui", for_module="pyqtgraph"),
    PrefetchStep("PySide6.QtWidgets types", qt_types="PySide6.QtWidgets", for_module="pyqtgraph"),
    _imports("pyqtgraph"),
    _imports("shapely"),
)


TAB_SPECS = (
    TabSpec("membersTab", "ui.members.tab", "MembersTab"),
    TabSpec("issuesTab", "ui.issues.tab", "IssuesTab"),
    TabSpec("meetingsTab", "ui.meetings.tab", "MeetingsTab"),
    TabSpec("chartsTab", "ui.charts.tab", "ChartsTab"),
    TabSpec("safetyTab", "ui.safety_projects.tab", "SafetyTab"),
    TabSpec("communityTab", "ui.community.tab", "CommunityTab"),
    TabSpec("surveysTab", "ui.surveys.tab", "SurveysTab"),
)

#: The larger parts of a tab's module (≈ 45–60 ms on its own), imported ahead a turn before it.
TAB_PARTS = {
    "issuesTab": (
        "advisoryboard.services.issues",
        "advisoryboard.services.community",
        "advisoryboard.services.issue_filter",
        "advisoryboard.services.issue_detail",
        "advisoryboard.exporting.issues",
    ),
    "meetingsTab": ("ui.meetings.agenda_panel",),
    "safetyTab": (
        "advisoryboard.analytics.crime",
        "advisoryboard.reports.documents",
        "advisoryboard.services.projects",
    ),
}


def prefetch_plan() -> list[PrefetchStep]:
    """The import ahead, one step per idle turn: the heavy libraries (`LIBRARY_STEPS`), then
    each tab's module (its larger parts a turn before it: `TAB_PARTS`), then what the tabs
    import when built (`BUILD_IMPORTS`)."""
    steps = list(LIBRARY_STEPS)
    for spec in TAB_SPECS:
        parts = TAB_PARTS.get(spec.object_name)
        if parts:
            steps.append(PrefetchStep(f"{spec.module}: {parts[0]}…", parts))
        steps.append(_imports(spec.module))
    for spec in TAB_SPECS:
        steps.extend(_imports(name) for name in BUILD_IMPORTS.get(spec.object_name, ()))
    return steps


class Placeholder(QWidget):
    """The page of a tab that is not built yet."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(spec.object_name)
        self.spec = spec
        self.label = QLabel(self.tr("Loading…"), self)
        self.label.setObjectName("tabLoadingLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setEnabled(False)  # drawn in the palette's quieter text colour
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.label)
        #: What the page shows before the tab is built, instead of "Loading…" (`show_early`).
        self.early: QWidget | None = None

    def show_early(self, page: QWidget) -> None:
        """Show `page` (read-only, made without the data layer) until the tab is built."""
        self.label.hide()
        page.setParent(self)
        self.box.addWidget(page)
        self.early = page


class TabPages(QObject):
    """Keeps the pages of `tabs`: placeholders until built; builds the shown one when `active`."""

    #: Every tab's modules have been imported ahead, and the work ahead of the tabs not built
    #: yet has ended (`prefetch`).
    prefetched = Signal()

    def __init__(
        self,
        tabs: QTabWidget,
        titles: list[str],
        make: Callable[[type[BoardTab]], BoardTab],
        context: Callable[[], AppContext | None] = lambda: None,
    ) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.make = make
        self.context = context  # the open board's context (None in the shell)
        self._working: list[QObject] = []
        # False until there is a database to show: the shell shows placeholders only.
        self.active = False
        self._replacing = False
        self._to_import: list[PrefetchStep] = []
        for index, (spec, title) in enumerate(zip(TAB_SPECS, titles, strict=True)):
            tabs.addTab(Placeholder(spec, tabs), title)
            self._tooltip(index)
        tabs.currentChanged.connect(self._shown)

    def _tooltip(self, index: int) -> None:
        self.tabs.setTabToolTip(index, self.tr("Ctrl+{n}").format(n=index + 1))

    def _shown(self, index: int) -> None:
        if self.active and not self._replacing and index >= 0:
            self.tab_at(index)

    def built_tabs(self) -> list[BoardTab]:
        pages = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [page for page in pages if isinstance(page, BoardTab)]

    def tab_at(self, index: int) -> BoardTab:
        """The tab at `index`, built now if it was not yet."""
        page = self.tabs.widget(index)
        if isinstance(page, BoardTab):
            return page
        assert isinstance(page, Placeholder) and self.active, "the tabs are built once the database is open"
        tab = self.make(page.spec.tab_class())
        self._replacing = True
        try:
            # Insert before the placeholder, then remove it: the current page never jumps to a
            # neighbouring tab on the way (which would show, and so build or refresh, that one).
            was_current = self.tabs.currentIndex() == index
            self.tabs.insertTab(index, tab, tab.tab_title().replace("&", "&&"))
            self._tooltip(index)
            if was_current:
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        finally:
            self._replacing = False
        page.deleteLater()
        return tab

    def prefetch(self) -> None:
        """Import the modules of the tabs not built yet, in short steps, one per idle turn of the
        event loop (`prefetch_plan`: the heavy libraries first, one at a time), then start
        their work ahead (`BoardTab.work_ahead`: the Charts tab's numbers).

        The first show of a tab then builds it and reads its data, without first importing
        its module, the services and libraries behind it (up to ≈ 1 s for the Charts tab).
        Called once the current tab has painted its data (ui/app.py `run`); a tab shown
        before its turn simply imports what it needs itself. On the GUI thread, one step
        at a time: never two threads importing the same modules (the work ahead runs in a
        worker once every module is imported).
        """
        self._to_import = [step for step in prefetch_plan() if step.needed()]
        QTimer.singleShot(PREFETCH_START_MS, self, self._import_next)

    def _import_next(self) -> None:
        while self._to_import and not self._to_import[0].needed():
            self._to_import.pop(0)
        if not self._to_import:
            self._start_work_ahead()
            return
        step = self._to_import.pop(0)
        try:
            step.run()
        except ImportError as exc:  # a module missing (a trimmed bundle): the tab imports it when shown
            log.warning("importing ahead stopped at one step: %s", exc)
        QTimer.singleShot(PREFETCH_GAP_MS, self, self._import_next)

    def _start_work_ahead(self) -> None:
        ctx = self.context()
        for page in (self.tabs.widget(i) for i in range(self.tabs.count())):
            if ctx is not None and isinstance(page, Placeholder):
                work = page.spec.tab_class().work_ahead(ctx)
                if work is not None:
                    self._working.append(work)
                    work.finished.connect(lambda w=work: self._worked(w))  # type: ignore[attr-defined]
        if not self._working:
            self.prefetched.emit()

    def _worked(self, work: QObject) -> None:
        if work in self._working:
            self._working.remove(work)
            if not self._working:
                self.prefetched.emit()

    def show_early(self, object_name: str, page: QWidget) -> None:
        """Let the placeholder of the tab `object_name` show `page` until the tab is built."""
        for index in range(self.tabs.count()):
            placeholder = self.tabs.widget(index)
            if isinstance(placeholder, Placeholder) and placeholder.objectName() == object_name:
                placeholder.show_early(page)
                return
        raise KeyError(object_name)

    def tab(self, object_name: str) -> BoardTab:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.objectName() == object_name:
                return self.tab_at(index)
        raise KeyError(object_name)

    def reset(self) -> None:
        """Back to placeholders (the built tabs are deleted); then build the current tab if active."""
        current = max(self.tabs.currentIndex(), 0)
        self._replacing = True
        try:
            for index, spec in enumerate(TAB_SPECS):
                page = self.tabs.widget(index)
                if isinstance(page, BoardTab):
                    self.tabs.insertTab(index, Placeholder(spec, self.tabs), self.tabs.tabText(index))
                    self._tooltip(index)
                    if self.tabs.currentIndex() == index + 1:
                        self.tabs.setCurrentIndex(index)
                    self.tabs.removeTab(index + 1)
                    page.deleteLater()
            self.tabs.setCurrentIndex(current)
        finally:
            self._replacing = False
        if self.active:
            self.tab_at(current)
