"""Accounts (Tools ▸ Accounts…): add, change role, reset password, switch off. Admins only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.services import auth
from advisoryboard.services.auth import UserInfo
from database.enums import Role
from ui.context import AppContext
from ui.operations import ChangeOp, DbSession, QueryOp


def role_names(widget: QWidget) -> dict[Role, str]:
    return {
        Role.ADMIN: QCoreApplication.translate("accounts", "Administrator"),
        Role.SECRETARY: QCoreApplication.translate("accounts", "Secretary"),
        Role.MEMBER: QCoreApplication.translate("accounts", "Member"),
        Role.STAFF: QCoreApplication.translate("accounts", "Staff (read and print)"),
    }


class PasswordQuestion:
    """Asks for a new password (monkeypatch `ask` in tests)."""

    @classmethod
    def ask(cls, parent: QWidget, title: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate("PasswordQuestion", "New password (at least 8 characters):"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None


class NewAccountDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: UserInfo | None = None
        self.setObjectName("newAccountDialog")
        self.setWindowTitle(self.tr("New account"))
        self.username = QLineEdit(self)
        self.username.setObjectName("newUsernameEdit")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("newNameEdit")
        self.role = QComboBox(self)
        self.role.setObjectName("newRoleCombo")
        for role, text in role_names(self).items():
            self.role.addItem(text, role.value)
        self.role.setCurrentIndex(self.role.findData(Role.MEMBER.value))
        self.password = QLineEdit(self)
        self.password.setObjectName("newPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("newAccountError")
        self.error.setStyleSheet("QLabel { color: #a00; }")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Username"), self.username),
            (self.tr("&Name"), self.display_name),
            (self.tr("&Role"), self.role),
            (self.tr("&Password"), self.password),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        # The rule is said before the first try, not only after an error.
        rule = self.tr("At least {n} characters.").format(n=auth.MIN_PASSWORD_LENGTH)
        self.password.setPlaceholderText(rule)
        self.password.setAccessibleDescription(rule)
        hint = QLabel(rule, self)
        hint.setObjectName("passwordRuleLabel")
        form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.create_account)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create_account(self) -> None:
        username, name, role = self.username.text(), self.display_name.text(), self.role.currentData()
        password = self.password.text()
        create = ChangeOp(self, self.ctx, lambda s: auth.create_user(s, username, name, role, password))
        if create.show_errors_in(self.error).run():
            self.created = create.result
            self.accept()


class AccountsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[UserInfo] = []
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("accountsTable")
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Username"), self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.role = QComboBox(self)
        self.role.setObjectName("accountRoleCombo")
        self.role.setAccessibleName(self.tr("Role of the selected account"))
        for role, text in role_names(self).items():
            self.role.addItem(text, role.value)
        buttons = QHBoxLayout()
        for text, name, slot in (
            (self.tr("&Add account…"), "addAccountButton", self.add_account),
            (self.tr("Set &role"), "setRoleButton", self.set_role),
            (self.tr("Reset &password…"), "resetPasswordButton", self.reset_password),
            (self.tr("Switch &on/off"), "toggleActiveButton", self.toggle_active),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if name == "addAccountButton":
                buttons.addWidget(self.role)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(720, 400)
        self.refresh()

    def refresh(self) -> None:
        self.users = QueryOp(self, self.ctx, auth.list_users).get()
        names = role_names(self)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = self.tr("active") if user.active else self.tr("switched off")
            for col, text in enumerate((user.username, user.display_name, names[user.role], state)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        user = self.selected()
        if user is not None:
            self.role.setCurrentIndex(self.role.findData(user.role.value))

    def select_username(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)

    def _run(self, action: Callable[[DbSession], object]) -> None:
        ChangeOp(self, self.ctx, action).run()
        self.refresh()

    def add_account(self) -> None:
        dialog = NewAccountDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def set_role(self) -> None:
        user = self.selected()
        if user is not None:
            role = self.role.currentData()
            self._run(lambda s: auth.set_role(s, user.id, role, user.version))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password = PasswordQuestion.ask(self, self.tr("New password for {name}").format(name=user.username))
        if password is not None:
            self._run(lambda s: auth.reset_password(s, user.id, password))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(lambda s: auth.set_active(s, user.id, not user.active, user.version))

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()
