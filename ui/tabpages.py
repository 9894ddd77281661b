"""The main window's four tab pages, each built when it is first shown.

A tab's module (and through it the services and the data layer) is imported only when the
tab is first shown, navigated to or asked for. Until then its page is a light placeholder
that already carries the tab's objectName and title, so the tab bar, Ctrl+1..4 and
navigation work from the first paint of the window.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.tabbase import BoardTab

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


#: What a tab imports when it is built or first drawn, beyond its own module (the charts'
#: plotting library with numpy, ≈ 0.3 s): imported ahead too (`TabPages.prefetch`).
BUILD_IMPORTS = {
    "chartsTab": ("ui.charts.panel", "ui.charts.specs", "advisoryboard.analytics.dashboard"),
    "issuesTab": ("advisoryboard.geo.issues",),  # the map library, at the first issue shown
}
#: Idle time between two modules imported ahead: the user's own clicks and paints go first.
PREFETCH_GAP_MS = 30
#: Wait this long after the current tab is built before importing ahead (its data paints first).
PREFETCH_START_MS = 250

TAB_SPECS = (
    TabSpec("membersTab", "ui.members.tab", "MembersTab"),
    TabSpec("issuesTab", "ui.issues.tab", "IssuesTab"),
    TabSpec("meetingsTab", "ui.meetings.tab", "MeetingsTab"),
    TabSpec("chartsTab", "ui.charts.tab", "ChartsTab"),
    TabSpec("safetyTab", "ui.safety_projects.tab", "SafetyTab"),
    TabSpec("communityTab", "ui.community.tab", "CommunityTab"),
    TabSpec("surveysTab", "ui.surveys.tab", "SurveysTab"),
)


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
        self._to_import: list[str] = []
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
        """Import the modules of the tabs not built yet, one per idle turn of the event loop,
        then start their work ahead (`BoardTab.work_ahead`: the Charts tab's numbers).

        The first show of a tab then builds it and reads its data, without first importing
        its module, the services and libraries behind it (up to ≈ 1 s for the Charts tab).
        Called once the current tab has painted its data (ui/app.py `run`); a tab shown
        before its turn simply imports what it needs itself. On the GUI thread, one module
        at a time: never two threads importing the same modules (the work ahead runs in a
        worker once every module is imported).
        """
        names = [spec.module for spec in TAB_SPECS]
        for spec in TAB_SPECS:
            names.extend(BUILD_IMPORTS.get(spec.object_name, ()))
        self._to_import = [name for name in dict.fromkeys(names) if name not in sys.modules]
        QTimer.singleShot(PREFETCH_START_MS, self, self._import_next)

    def _import_next(self) -> None:
        while self._to_import and self._to_import[0] in sys.modules:
            self._to_import.pop(0)
        if not self._to_import:
            self._start_work_ahead()
            return
        importlib.import_module(self._to_import.pop(0))
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
