"""Starting the desktop app, and building the main window for tests and scripts."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from advisoryboard import APP_DISPLAY_NAME, __version__
from advisoryboard.errors import UserError
from advisoryboard.opening import open_database
from advisoryboard.permissions import OFFICE, Actor
from ui.context import AppContext, ChangeHub
from ui.main_window import MainWindow
from ui.resources import icon_path

ORGANIZATION = "AdvisoryBoard"


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings has a home."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName("AdvisoryBoard")
    QCoreApplication.setApplicationVersion(__version__)
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    path = icon_path()
    if path is not None:
        app.setWindowIcon(QIcon(str(path)))
    return app


def install_translations(app: QApplication, language: str | None = None) -> QTranslator | None:
    """Load the UI translation for `language` (default: the system locale), if there is one."""
    from ui.resources import translations_dir

    lang = language or QLocale.system().name().split("_")[0]
    translator = QTranslator(app)
    if lang != "en" and translator.load(f"advisoryboard_{lang}", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    return None


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
        import os

        if isinstance(last, str) and last and not os.environ.get("ADVISORYBOARD_DB"):
            url = last
    from ui.safety.startup import who_is_using

    try:
        actor = who_is_using(url)  # sign in, the first start, or an offer to restore a damaged file
        if actor is None:
            return 0
        window = build_main_window(url, actor=actor)
    except UserError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, exc.message)
        if url is not None and db_url is None:
            QSettings().remove("database/lastUrl")  # fall back to the default next time
        return 1
    window.show()
    window.offer_demo_if_new()
    return app.exec()
