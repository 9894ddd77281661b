"""Starting the desktop app, and building the main window for tests and scripts."""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from advisoryboard import APP_DISPLAY_NAME, __version__
from advisoryboard.errors import UserError
from advisoryboard.opening import open_database
from advisoryboard.permissions import OFFICE, Actor
from ui.context import AppContext, ChangeHub
from ui.main_window import MainWindow
from ui.resources import icon_files

ORGANIZATION = "AdvisoryBoard"
#: Set to 1 to build the main window, let it settle, print what it shows and quit with 0:
#: the packaged program's smoke test (scripts/bundle_smoke.py) starts it this way.
SMOKE_EXIT_ENV = "ADVISORYBOARD_SMOKE_EXIT"


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings has a home."""
    app = QApplication.instance()
    if app is None:
        # Fractional scale factors (125 %, 150 %) as the system sets them: no rounding, no clipped text.
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName("AdvisoryBoard")
    QCoreApplication.setApplicationVersion(__version__)
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setWindowIcon(app_icon())
    return app


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


def build_main_window(db_url: str | None, actor: Actor = OFFICE) -> MainWindow:
    """Open the database and return the ready main window, without entering the event loop."""
    ensure_app()
    db = open_database(db_url)
    ctx = AppContext(db=db, hub=ChangeHub(), actor=actor)
    return MainWindow(ctx)


def run(db_url: str | None) -> int:
    """The GUI entry point: open the database (last used, or the default) and run."""
    from advisoryboard.logsetup import configure
    from ui.errors import install_excepthook

    configure()
    app = ensure_app()
    install_translations(app)
    install_excepthook()
    url = db_url
    if url is None:
        last = QSettings().value("database/lastUrl")
        if isinstance(last, str) and last and not os.environ.get("ADVISORYBOARD_DB"):
            url = last
    from ui.safety.startup import who_is_using

    try:
        # Sign in, the first start, or an offer to restore a damaged file.
        actor = who_is_using(url, ask_first_start=not os.environ.get(SMOKE_EXIT_ENV))
        if actor is None:
            return 0
        window = build_main_window(url, actor=actor)
    except UserError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, exc.message)
        if url is not None and db_url is None:
            QSettings().remove("database/lastUrl")  # fall back to the default next time
        return 1
    window.show()
    if os.environ.get(SMOKE_EXIT_ENV):
        return smoke_exit(app, window)
    window.offer_demo_if_new()
    return app.exec()


def smoke_exit(app: QApplication, window: MainWindow) -> int:
    """Let the shown window settle, report it as one JSON line on stdout, close it, quit."""
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
    return app.exec()
