"""Starting the desktop app, and building the main window for tests and scripts.

The start shows the real main window first — title, menus, the four-tab bar, "Opening …"
in the status bar — made with Qt alone, and only then imports the data layer and opens the
database (`Opening`, on the next turn of the event loop once the window has painted): the
sign-in or first-start question comes up over the window, and the current tab is built
when the database is open. Nothing of the board shows before that.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import advisoryboard
from advisoryboard import APP_DISPLAY_NAME
from advisoryboard.permissions import OFFICE, Actor
from ui.main_window import MainWindow
from ui.resources import icon_files

if TYPE_CHECKING:
    from advisoryboard.errors import UserError
    from database.engine import Database

ORGANIZATION = "AdvisoryBoard"
#: Set to 1 to build the main window, let it settle, print what it shows and quit with 0:
#: the packaged program's smoke test (scripts/bundle_smoke.py) starts it this way.
SMOKE_EXIT_ENV = "ADVISORYBOARD_SMOKE_EXIT"
#: Open the database after this long even if the window never reports a paint (e.g. minimized).
PAINT_WAIT_MS = 500


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings has a home."""
    app = QApplication.instance()
    if app is None:
        # numpy's OpenBLAS starts a pool of threads at its import (≈ 35 ms of the GUI thread's
        # waiting, in the import ahead) for matrix work the app does not do: one, unless set.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        # Fractional scale factors (125 %, 150 %) as the system sets them: no rounding, no clipped text.
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName("AdvisoryBoard")
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setWindowIcon(app_icon())
    return app


def set_version() -> None:
    """Name the program's version on the QApplication (run: once the window has painted)."""
    QCoreApplication.setApplicationVersion(advisoryboard.__version__)


def app_icon() -> QIcon:
    """The program's icon: the rendered PNG sizes (no SVG plugin needed) and the SVG itself."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon


def install_translations(app: QApplication, language: str | None = None) -> QTranslator | None:
    """Apply `language` (default: View ▸ Language, else the system locale); see ui.language.

    Returns the app catalog's translator, or None for English.
    """
    from ui.language import app_translator, apply_language

    del app  # the translators are installed on the one QApplication
    apply_language(language)
    return app_translator()


def build_main_window(db_url: str | None, actor: Actor = OFFICE, *, db: Database | None = None) -> MainWindow:
    """The ready main window on `db` (default: `db_url` opened now), without entering the event loop.

    Its current tab is built; the others are built when first shown (MainWindow.tab builds one).
    """
    from advisoryboard.opening import open_database
    from ui.context import AppContext, ChangeHub

    ensure_app()
    set_version()
    if db is None:
        db = open_database(db_url)
    return MainWindow(AppContext(db=db, hub=ChangeHub(), actor=actor))


def database_label(url: str | None) -> str:
    """What the status bar names while `url` is being opened ('' for the default database)."""
    if not url:
        return ""
    if "://" not in url:
        return url
    if url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    from urllib.parse import urlsplit

    parts = urlsplit(url)  # a server: never show the password
    return f"{parts.hostname or 'localhost'}/{parts.path.lstrip('/')}"


class Opening(QObject):
    """Opens the database behind the shown window, once the window has painted.

    Then sign-in or the first start (modal over the window), and `window.attach`. When the
    database cannot be opened the user is told why (after the offer of the newest backup of
    a damaged file) and the app ends with `exit_code` 1; a cancelled sign-in ends it with 0.
    """

    def __init__(self, window: MainWindow, url: str | None, *, ask_first_start: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.url = url
        self.ask_first_start = ask_first_start
        self.exit_code = 0
        self._started = False

    def start_after_paint(self) -> None:
        """Open on the event loop's next turn after the window's first paint."""
        self.window.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self._begin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self._begin()
        return False

    def _begin(self) -> None:
        if not self._started:
            self._started = True
            self.window.removeEventFilter(self)
            # The window's paint event comes before its children's (the tab's table among
            # them): open once the whole paint, and what it queued, has been handled.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.open))

    def open(self) -> None:
        """Open the database, ask who is using it, and show the board in the window."""
        from advisoryboard.errors import UserError
        from advisoryboard.logsetup import configure
        from ui.context import AppContext, ChangeHub
        from ui.safety.startup import actor_for, open_for_window

        configure()
        set_version()
        if not self.window.isVisible():  # closed meanwhile
            return
        try:
            db = open_for_window(self.url, self.window)
        except UserError as exc:
            from ui.office.startup import is_server, reconnect_at_start

            reopened = reconnect_at_start(self.window, str(self.url), exc) if is_server(self.url) else None
            if reopened is None:
                self.fail(exc)
                return
            db = reopened
        try:
            actor = actor_for(db, self.window, ask_first_start=self.ask_first_start)
        except UserError as exc:
            db.dispose()
            self.fail(exc)
            return
        if actor is None:  # sign-in cancelled: quit
            db.dispose()
            self.window.close()
            return
        self.window.attach(AppContext(db=db, hub=ChangeHub(), actor=actor))

    def fail(self, exc: UserError) -> None:
        QMessageBox.critical(self.window, APP_DISPLAY_NAME, exc.message)
        self.exit_code = 1
        self.window.close()


def _start_url(db_url: str | None) -> tuple[str | None, bool]:
    """The database to open (--db, else the one used last unless ADVISORYBOARD_DB is set), and
    whether it is the remembered one."""
    if db_url is None:
        last = QSettings().value("database/lastUrl")
        if isinstance(last, str) and last and not os.environ.get("ADVISORYBOARD_DB"):
            if last.startswith("postgresql"):  # a shared server: its password is in the keyring
                from advisoryboard.credentials import with_saved_password

                last = with_saved_password(last)
            return last, True
    return db_url, False


def run(db_url: str | None) -> int:
    """The GUI entry point: show the window, then open the database (last used, or the default)."""
    from ui.errors import install_excepthook

    app = ensure_app()
    install_translations(app)
    install_excepthook()
    url, remembered = _start_url(db_url)
    smoke = bool(os.environ.get(SMOKE_EXIT_ENV))
    window = MainWindow(opening=database_label(url))
    show_early_roster(window, url)
    opening = Opening(window, url, ask_first_start=not smoke)
    # After the board has painted: the smoke run's report, or the offer of demo data on an empty database.
    window.ready.connect(
        lambda: QTimer.singleShot(
            0, lambda: smoke_report(app, window) if smoke else window.offer_demo_if_new()
        )
    )
    # Then, in idle turns, the other tabs' modules: their first show need not import them.
    window.ready.connect(window.pages.prefetch)
    window.show()
    opening.start_after_paint()
    code = app.exec()
    if opening.exit_code and remembered and not (url or "").startswith("postgres"):  # a server stays
        QSettings().remove("database/lastUrl")  # fall back to the default next time
    return code or opening.exit_code


def show_early_roster(window: MainWindow, url: str | None) -> bool:
    """Put the roster's first page in the Members tab before the data layer loads, when it can
    be read with plain sqlite3 (advisoryboard/early_roster.py) and Members is the current tab.

    It is painted with the window; the real tab replaces it once the database is open.
    """
    current = window.tabs.currentWidget()
    if current is None or current.objectName() != "membersTab":
        return False
    from advisoryboard.early_roster import read_early_roster

    roster = read_early_roster(url)
    if roster is None:
        return False
    from ui.members.early_page import EarlyMembersPage

    page = EarlyMembersPage(roster)
    if not page.sorted_as_read():  # the real tab would come up in the user's saved sort order
        page.deleteLater()
        return False
    window.pages.show_early("membersTab", page)
    return True


def smoke_report(app: QApplication, window: MainWindow) -> None:
    """Let the shown window settle, report it as one JSON line on stdout, then close it (and quit)."""
    app.processEvents()
    report = {
        "title": window.windowTitle(),
        "version": QCoreApplication.applicationVersion(),
        "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
        "database": window.ctx.db.display_name,
        "icon_sizes": sorted({size.width() for size in app.windowIcon().availableSizes()}),
        "platform": app.platformName(),
    }
    if sys.stdout is not None:  # a windowed Windows build has no stdout
        print(json.dumps(report), flush=True)
    QTimer.singleShot(0, window.close)  # closing the last window ends the event loop
