"""Switching the running window to another database: open it, sign in to it, rebuild.

The main window only assembles tabs, menus and the status bar (its docstring says so);
what it takes to change boards lives here: opening the file or server, the sign-in its own
accounts ask for (or its first start), stopping the old tabs' background work, and
remembering the choice. The window's File ▸ Open… and a restore call `switch_database`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from advisoryboard.errors import UserError
from ui.errors import show_user_error
from ui.workers import wait_for_all

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def switch_database(window: MainWindow, url: str) -> bool:
    """Open the database at `url`, sign in to it (its own accounts, or its first start), and
    rebuild the window's tabs on it; the current one stays open, with its user, on failure
    or cancel. True when the window now shows the other board."""
    from advisoryboard.opening import open_database
    from ui.safety.menu import follow_role
    from ui.safety.startup import actor_for

    ctx = window.ctx
    try:
        db = open_database(url)
    except UserError as exc:
        show_user_error(window, exc)
        return False
    try:
        # A sign-in to one board is not one to another; reopening the same one (after a
        # restore) keeps its user.
        actor = ctx.actor if url == ctx.db.url else actor_for(db, window)
    except UserError as exc:
        db.dispose()
        show_user_error(window, exc)
        return False
    if actor is None:
        db.dispose()
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Still working on {name}").format(
                name=ctx.db.display_name
            ),
            5000,
        )
        return False
    old = ctx.db
    for tab in window.pages.built_tabs():
        tab.shutdown()
    wait_for_all(10000)
    ctx.db = db
    ctx.actor = actor
    follow_role(window)
    window.rebuild_tabs()
    old.dispose()
    QSettings().setValue("database/lastUrl", url)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Opened {name}").format(name=db.display_name), 5000
    )
    window.offer_demo_if_new()
    return True
