"""The safety area's menu entries (File ▸ Restore…, Tools ▸ …) and the automatic backup on close."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from advisoryboard.permissions import Permission

if TYPE_CHECKING:  # the main window's shell installs this menu before the data layer is imported
    from ui.context import AppContext

log = logging.getLogger(__name__)

# The permission each action needs (enabled once the window has its database and user).
ACTION_PERMISSIONS = {
    "restoreAction": Permission.RESTORE,
    "boardSettingsAction": Permission.READ,
    "accountsAction": Permission.MANAGE_USERS,
    "auditLogAction": Permission.VIEW_AUDIT,
}


def _restore(window: QMainWindow) -> None:
    from ui.safety.restore import restore_into_window

    restore_into_window(window, window)  # type: ignore[arg-type]


def _board_settings(window: QMainWindow) -> None:
    from ui.settings.dialog import BoardSettingsDialog

    BoardSettingsDialog.ask(window.ctx, window)  # type: ignore[attr-defined]


def _accounts(window: QMainWindow) -> None:
    from ui.safety.accounts import AccountsDialog

    AccountsDialog.ask(window.ctx, window)  # type: ignore[attr-defined]


def _audit_log(window: QMainWindow) -> None:
    from ui.safety.audit_view import AuditLogDialog

    AuditLogDialog.ask(window.ctx, window)  # type: ignore[attr-defined]


def install_safety_menu(window: QMainWindow) -> QMenu:
    """Add File ▸ Restore… (after Backup…) and the Tools menu; returns the Tools menu.

    The dialogs are imported when first used, and each action follows the role of the
    window's user (`follow_role`; all disabled while the window has no database yet).
    """
    file_menu: QMenu = window.file_menu  # type: ignore[attr-defined]

    def action(text: str, name: str, slot: object) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        act.triggered.connect(slot)
        return act

    restore = action(
        QCoreApplication.translate("menu", "&Restore…"), "restoreAction", lambda: _restore(window)
    )
    backup_action = window.findChild(QAction, "backupAction")
    actions = file_menu.actions()
    after = actions.index(backup_action) + 1 if backup_action in actions else len(actions)
    file_menu.insertAction(actions[after] if after < len(actions) else None, restore)  # type: ignore[arg-type]

    tools = QMenu(QCoreApplication.translate("menu", "&Tools"), window)
    tools.setObjectName("toolsMenu")
    tools.addAction(
        action(
            QCoreApplication.translate("menu", "&Board settings…"),
            "boardSettingsAction",
            lambda: _board_settings(window),
        )
    )
    tools.addAction(
        action(QCoreApplication.translate("menu", "&Accounts…"), "accountsAction", lambda: _accounts(window))
    )
    tools.addAction(
        action(
            QCoreApplication.translate("menu", "Audit &log…"), "auditLogAction", lambda: _audit_log(window)
        )
    )
    help_menu = window.findChild(QMenu, "helpMenu")
    window.menuBar().insertMenu(help_menu.menuAction() if help_menu else None, tools)  # type: ignore[arg-type]
    follow_role(window)
    return tools


def follow_role(window: QMainWindow) -> None:
    """Enable each safety action the window's user may use (none before the database is open)."""
    ctx: AppContext | None = getattr(window, "ctx", None)
    for name, permission in ACTION_PERMISSIONS.items():
        act = window.findChild(QAction, name)
        if act is not None:
            act.setEnabled(ctx is not None and ctx.can(permission))


def backup_on_close(ctx: AppContext) -> None:
    """The automatic copy when the app closes; a failure is logged, never blocks closing."""
    from advisoryboard.errors import UserError
    from advisoryboard.services.backup import automatic_backup

    try:
        path = automatic_backup(ctx.db)
    except UserError as exc:
        log.warning("automatic backup failed: %s", exc.message)
        return
    if path is not None:
        log.info("automatic backup written to %s", path)
