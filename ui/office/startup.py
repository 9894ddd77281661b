"""At start, a remembered shared server that cannot be opened (not up yet, password not in
this PC's keyring, changed) brings up the connect dialog with the reason, instead of ending
the app and forgetting the server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from advisoryboard.errors import UserError
    from database.engine import Database


def is_server(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("postgresql", "postgres:"))


def reconnect_at_start(parent: QWidget, url: str, error: UserError) -> Database | None:
    """Ask until a server opens (returned) or the person cancels (None)."""
    from advisoryboard.credentials import without_password
    from advisoryboard.errors import UserError
    from advisoryboard.opening import open_database
    from ui.office.connect_dialog import ConnectDialog

    message = error.message
    while True:
        settings = ConnectDialog.ask(parent, url, message)
        if settings is None:
            return None
        url = settings.url()
        try:
            db = open_database(url)
        except UserError as exc:
            message = exc.message
            continue
        QSettings().setValue("database/lastUrl", without_password(url))
        return db
