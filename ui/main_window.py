"""The main window: assembles the four tabs, the menus and the status bar. Nothing more.

It is built in two steps, so that it shows at once. `MainWindow()` is the shell: title,
menus, the four-tab bar and the status bar, made with Qt alone; `attach(ctx)` then hands
it the open database and who is using it, and builds the current tab. The other tabs are
built when first shown (ui.tabpages). `MainWindow(ctx)` does both steps at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

import advisoryboard
from advisoryboard import APP_DISPLAY_NAME
from advisoryboard.errors import UserError
from ui.errors import show_exception, show_user_error
from ui.language import add_language_menu
from ui.tabbase import BoardTab
from ui.tabpages import TabPages
from ui.workers import Progress, run_in_background, wait_for_all

if TYPE_CHECKING:
    from advisoryboard.permissions import Actor
    from database.engine import Database
    from ui.context import AppContext


def backup_to(db: Database, path: Path, actor: Actor) -> Path:
    """advisoryboard.services.backup.backup_to, imported when first used (not by the shell)."""
    from advisoryboard.services.backup import backup_to as copy_to

    return copy_to(db, path, actor)


class FirstRunQuestion:
    """Asks whether to fill a new, empty database with demo data (monkeypatch `ask` in tests)."""

    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("FirstRunQuestion", "Welcome to Advisory Board"),
            QCoreApplication.translate(
                "FirstRunQuestion",
                "This database is empty. Would you like to load demo data (a sample board with "
                "members, meetings and issues) to explore the app? You can start a new, empty "
                "database later from File ▸ New database…",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


class MainWindow(QMainWindow):
    # Emitted once the database is open and the current tab is built (after `attach`).
    ready = Signal()

    def __init__(self, ctx: AppContext | None = None, *, opening: str = "") -> None:
        """The shell; with `ctx`, attached at once. `opening` names the database being opened."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx: AppContext = None  # type: ignore[assignment]  # set by attach(); None in the shell
        # Qt adds the application's name ("— Advisory Board"); the title names the board once
        # its database is open (the version is in Help ▸ About).
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.db_label = QLabel(self)
        self.db_label.setObjectName("databaseLabel")
        self.db_label.setAccessibleName(self.tr("Open database"))
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self.pages = TabPages(self.tabs, self._tab_names(), self._make_tab, lambda: self.ctx)
        self._restore_geometry()
        self._enable_data_actions(False)
        if ctx is not None:
            self.attach(ctx)
        else:
            self.show_opening(opening)

    # ------------------------------------------------------------------ assembly
    def show_opening(self, name: str) -> None:
        """Say in the status bar which database is being opened (before `attach`)."""
        text = self.tr("Opening {name}…").format(name=name) if name else self.tr("Opening the database…")
        self.statusBar().showMessage(text)

    def attach(self, ctx: AppContext) -> None:
        """Show the board of `ctx`: enable the menus for its user and build the current tab."""
        self.ctx = ctx
        self._enable_data_actions(True)
        self.statusBar().clearMessage()
        self._build_tabs()
        self.ready.emit()

    def _enable_data_actions(self, enabled: bool) -> None:
        from ui.safety.menu import follow_role

        for action in (self.new_db_action, self.open_db_action, self.backup_action, self.print_action):
            action.setEnabled(enabled)
        self.language_menu.setEnabled(enabled)  # switching rebuilds the window on its database
        follow_role(self)

    def _tab_names(self) -> list[str]:
        return [
            self.tr("Members"),
            self.tr("Issues"),
            self.tr("Meetings && Minutes"),
            self.tr("Charts"),
            self.tr("Safety"),
            self.tr("Community"),
            self.tr("Surveys"),
        ]

    def _make_tab(self, cls: type[BoardTab]) -> BoardTab:
        tab = cls(self.ctx, self.tabs)
        tab.navigate.connect(self.navigate)
        tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        tab.print_request.connect(self.open_print)
        return tab

    def _build_tabs(self) -> None:
        """(Re)build on the current database: the current tab now, the others when first shown."""
        for tab in self.pages.built_tabs():
            tab.shutdown()
        self.pages.active = True
        self.pages.reset()
        self.db_label.setText(self.tr("Database: {name}").format(name=self.ctx.db.display_name))
        self._show_board_name()
        self.ctx.hub.changed.connect(self._board_changed, Qt.ConnectionType.UniqueConnection)
        from ui.office.live import follow_database

        follow_database(self)  # other PCs' saves, and the connection status

    def _show_board_name(self) -> None:
        """The title names the board ("Jamaica Plain Advisory Board — Advisory Board")."""
        from advisoryboard.services.settings import get_settings
        from ui.operations import QueryOp

        query = QueryOp(self, self.ctx, get_settings)
        name = (query.result.board_name or "") if query.run() and query.result else ""
        self.setWindowTitle(name.strip() or self.tr("Neighborhood Advisory Board"))

    def _board_changed(self, change: object) -> None:
        areas = getattr(change, "areas", change)
        if isinstance(areas, (set, frozenset)) and "settings" in areas and self.ctx is not None:
            self._show_board_name()

    def board_tabs(self) -> list[BoardTab]:
        """The four tabs, building any not shown yet (none before the database is open)."""
        if self.ctx is None:
            return []
        return [self.pages.tab_at(i) for i in range(self.tabs.count())]

    def tab(self, object_name: str) -> BoardTab:
        """The tab with this objectName, built now if it was not yet."""
        return self.pages.tab(object_name)

    def _action(self, text: str, name: str, shortcut: Any = None, slot: Any = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.new_db_action = self._action(
            self.tr("&New database…"), "newDatabaseAction", None, self.new_database
        )
        self.open_db_action = self._action(
            self.tr("&Open database…"),
            "openDatabaseAction",
            QKeySequence.StandardKey.Open,
            self.choose_database,
        )
        self.backup_action = self._action(self.tr("&Backup…"), "backupAction", None, self.backup)
        self.print_action = self._action(
            self.tr("&Print…"), "printAction", QKeySequence.StandardKey.Print, self.print_current
        )
        self.quit_action = self._action(
            self.tr("&Quit"), "quitAction", QKeySequence.StandardKey.Quit, self.close
        )
        for action in (self.new_db_action, self.open_db_action, self.backup_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        for index, name in enumerate(self._tab_names()):
            action = self._action(name, f"showTab{index + 1}Action", f"Ctrl+{index + 1}")
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.language_menu = add_language_menu(self, view_menu)
        self.view_menu = view_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.about_action = self._action(self.tr("&About Advisory Board"), "aboutAction", None, self.about)
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu
        from ui.office.menu import install_office_menu
        from ui.safety.menu import install_safety_menu

        install_office_menu(self)  # File ▸ Connect to a shared server…

        self.tools_menu = install_safety_menu(self)  # File ▸ Restore…, Tools ▸ settings, accounts, audit log
        from ui.publish.menu import install_publish_menu

        install_publish_menu(self)  # File ▸ Publish website…

    # ------------------------------------------------------------------ window state
    def _settings(self) -> QSettings:
        return QSettings()

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        index = self._settings().value("mainWindow/tab", 0)
        with contextlib.suppress(TypeError, ValueError):
            self.tabs.setCurrentIndex(int(index))  # type: ignore[call-overload]

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._settings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/tab", self.tabs.currentIndex())
        for tab in self.pages.built_tabs():
            tab.shutdown()
        wait_for_all(10000)
        if self.ctx is not None:  # None: closed while (or because) the database could not be opened
            from ui.office.live import stop_live
            from ui.safety.menu import backup_on_close

            stop_live(self)
            backup_on_close(self.ctx)  # the automatic daily/monthly copy
            self.ctx.hub.close()
        super().closeEvent(event)

    # ------------------------------------------------------------------ navigation
    def navigate(self, object_name: str, request: object) -> None:
        tab = self.tab(object_name)
        self.tabs.setCurrentWidget(tab)
        tab.apply_navigation(request)

    # ------------------------------------------------------------------ file menu
    def new_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "advisoryboard.db"), self.tr("Databases (*.db)")
        )
        if path:
            if Path(path).exists():
                show_user_error(
                    self, UserError(self.tr("{path} already exists; choose a new name.").format(path=path))
                )
                return
            self.switch_database(f"sqlite:///{path}")

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(Path.home()),
            self.tr("Databases (*.db *.sqlite);;All files (*)"),
        )
        if path:
            self.switch_database(f"sqlite:///{path}")

    def switch_database(self, url: str) -> bool:
        """Show another board (ui/board_switch.py opens it and signs in to it)."""
        from ui.board_switch import switch_database

        return switch_database(self, url)

    def rebuild_tabs(self) -> None:
        """Build the tabs again on the context's (new) database."""
        self._build_tabs()

    def backup(self) -> None:
        stamp = dt.datetime.now().strftime("%Y-%m-%d")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database"),
            str(Path.home() / f"advisoryboard-backup-{stamp}.db"),
            self.tr("Databases (*.db)"),
        )
        if not path:
            return
        db = self.ctx.db
        run_in_background(
            self,
            lambda progress: backup_to(db, Path(path), self.ctx.actor),
            on_success=lambda target: self.statusBar().showMessage(
                self.tr("Backup saved to {path}").format(path=target), 8000
            ),
            title=self.tr("Backing up…"),
            cancellable=False,
        )

    def print_current(self) -> None:
        """File ▸ Print…: the current tab's document, or a choice of documents."""
        tab = self.tabs.currentWidget()
        request = tab.default_print_request() if isinstance(tab, BoardTab) else None
        kind, params = request if request is not None else ("", {})
        self.open_print(kind, params)

    def open_print(self, kind: str, params: object) -> None:
        from ui.printing import open_print

        open_print(self, self.ctx, kind, params if isinstance(params, dict) else {})

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Advisory Board"),
            self.tr(
                "<h3>Advisory Board {version}</h3><p>Members, community issues, meetings and minutes "
                "for a neighborhood advisory board.</p><p>Database: {db}</p>"
            ).format(
                version=advisoryboard.__version__, db=_escape(self.ctx.db.display_name if self.ctx else "—")
            ),
        )

    # ------------------------------------------------------------------ first start
    def offer_demo_if_new(self) -> None:
        """On a new, empty database, offer to load demo data (in the background)."""
        from advisoryboard.services.setup import has_data

        if has_data(self.ctx.db) or not FirstRunQuestion.ask(self):
            return
        db = self.ctx.db

        def work(progress: Progress) -> object:
            from advisoryboard.demo import generate

            return generate(db, issues=2000, years=3, progress=progress.report)

        run_in_background(
            self,
            work,
            on_success=lambda summary: self.statusBar().showMessage(self.tr("Demo data loaded."), 5000),
            on_failure=lambda exc, tb: show_exception(self, exc, tb),
            title=self.tr("Loading demo data…"),
            cancellable=True,
        )


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
