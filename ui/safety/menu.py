"""The safety area's menu entries (File ▸ Restore…, Tools ▸ …) and the automatic backup on close."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from advisoryboard.errors import UserError
from advisoryboard.permissions import Permission
from advisoryboard.services.backup import automatic_backup
from ui.context import AppContext

log = logging.getLogger(__name__)


def install_safety_menu(window: QMainWindow) -> QMenu:
    """Add File ▸ Restore… (after Backup…) and the Tools menu; returns the Tools menu."""
    from ui.safety.accounts import AccountsDialog
    from ui.safety.audit_view import AuditLogDialog
    from ui.safety.restore import restore_into_window
    from ui.safety.settings_dialog import BoardSettingsDialog

    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    file_menu: QMenu = window.file_menu  # type: ignore[attr-defined]

    def action(text: str, name: str, permission: Permission, slot: object) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        act.triggered.connect(slot)
        act.setEnabled(ctx.can(permission))
        return act

    restore = action(
        QCoreApplication.translate("menu", "&Restore…"),
        "restoreAction",
        Permission.RESTORE,
        lambda: restore_into_window(window, window),  # type: ignore[arg-type]
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
            Permission.READ,
            lambda: BoardSettingsDialog.ask(ctx, window),
        )
    )
    tools.addAction(
        action(
            QCoreApplication.translate("menu", "&Accounts…"),
            "accountsAction",
            Permission.MANAGE_USERS,
            lambda: AccountsDialog.ask(ctx, window),
        )
    )
    tools.addAction(
        action(
            QCoreApplication.translate("menu", "Audit &log…"),
            "auditLogAction",
            Permission.VIEW_AUDIT,
            lambda: AuditLogDialog.ask(ctx, window),
        )
    )
    help_menu = window.findChild(QMenu, "helpMenu")
    window.menuBar().insertMenu(help_menu.menuAction() if help_menu else None, tools)  # type: ignore[arg-type]
    return tools


def backup_on_close(ctx: AppContext) -> None:
    """The automatic copy when the app closes; a failure is logged, never blocks closing."""
    try:
        path = automatic_backup(ctx.db)
    except UserError as exc:
        log.warning("automatic backup failed: %s", exc.message)
        return
    if path is not None:
        log.info("automatic backup written to %s", path)
