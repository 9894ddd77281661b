"""File ▸ Connect to a shared server… (installed by the main window's shell, used once it has a database)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow


def install_office_menu(window: QMainWindow) -> QAction:
    """Add the action after File ▸ Open database…; enabled once the window has its database."""
    action = QAction(QCoreApplication.translate("OfficeMenu", "Connect to a &shared server…"), window)
    action.setObjectName("connectServerAction")
    action.setEnabled(False)
    action.triggered.connect(lambda _checked=False: connect_to_server(window))
    file_menu = window.file_menu  # type: ignore[attr-defined]
    actions = file_menu.actions()
    opener = window.open_db_action  # type: ignore[attr-defined]
    after = actions[actions.index(opener) + 1] if opener in actions and actions[-1] is not opener else None
    file_menu.insertAction(after, action)
    window.connect_server_action = action  # type: ignore[attr-defined]
    return action


def connect_to_server(window: QMainWindow) -> bool:
    """Ask for a server, open it in the window (signing in to it), remember it without its password."""
    from advisoryboard.credentials import without_password
    from ui.office.connect_dialog import ConnectDialog

    settings = ConnectDialog.ask(window)
    if settings is None:
        return False
    url = settings.url()
    if not window.switch_database(url):  # type: ignore[attr-defined]
        return False
    QSettings().setValue("database/lastUrl", without_password(url))  # the password is in the keyring
    return True
