"""Signing in, and the first start (create the administrator, or choose single-user mode)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.errors import UserError
from advisoryboard.permissions import OFFICE, Actor
from advisoryboard.services import auth
from advisoryboard.services.settings import mark_initialized
from database.engine import Database
from ui.operations import Acting, ChangeOp


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { color: #a00; }")
    label.hide()
    return label


def _password_edit(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    """Username and password; a wrong password is said next to the field, and slows further tries."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to Advisory Board"))
        self.username = QLineEdit(self)
        self.username.setObjectName("usernameEdit")
        self.username.setAccessibleName(self.tr("Username"))
        self.password = _password_edit(self, "passwordEdit", self.tr("Password"))
        self.error = _error_label(self, "loginError")
        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("signInButton")
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Database: {name}").format(name=db.display_name), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def sign_in(self) -> None:
        try:
            self.actor = auth.authenticate(self.db, self.username.text(), self.password.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()  # the only field cleared: it is wrong, and never kept
            self.password.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> Actor | None:
        dialog = cls(db, parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


class FirstStartDialog(QDialog):
    """The first start: accounts with an administrator (recommended on a shared PC), or single-user mode."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome to Advisory Board"))
        intro = QLabel(
            self.tr(
                "Who will use Advisory Board on this database? On a PC shared by the secretary, "
                "members and staff, create an administrator account: everyone then signs in, and "
                "the audit log shows who changed what. You can add more accounts later."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.accounts = QRadioButton(self.tr("&Accounts: create the administrator now (recommended)"), self)
        self.accounts.setObjectName("useAccountsRadio")
        self.single = QRadioButton(self.tr("&Single-user mode: no sign-in; only I use this PC"), self)
        self.single.setObjectName("singleUserRadio")
        self.accounts.setChecked(True)
        self.username = QLineEdit(self)
        self.username.setObjectName("adminUsernameEdit")
        self.username.setAccessibleName(self.tr("Administrator username"))
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("adminNameEdit")
        self.display_name.setAccessibleName(self.tr("Administrator name"))
        self.password = _password_edit(self, "adminPasswordEdit", self.tr("Password"))
        self.repeat = _password_edit(self, "adminRepeatEdit", self.tr("Repeat the password"))
        self.error = _error_label(self, "firstStartError")
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Name"), self.display_name)
        form.addRow(self.tr("&Password"), self.password)
        # The rule is said before the first try, not only after an error.
        rule = self.tr("At least {n} characters.").format(n=auth.MIN_PASSWORD_LENGTH)
        self.password.setPlaceholderText(rule)
        self.password.setAccessibleDescription(rule)
        hint = QLabel(rule, self.form)
        hint.setObjectName("passwordRuleLabel")
        form.addRow("", hint)
        form.addRow(self.tr("&Repeat password"), self.repeat)
        self.accounts.toggled.connect(self.form.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("startButton")
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.accounts, self.single, self.form, self.error, buttons):
            layout.addWidget(w)

    def start(self) -> None:
        if self.single.isChecked():
            if ChangeOp(self, Acting(self.db, OFFICE), mark_initialized).show_errors_in(self.error).run():
                self.actor = OFFICE
                self.accept()
            return
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.error.show()
            return
        try:  # auth saves it itself: the first account is made before anyone signs in
            info = auth.create_first_admin(
                self.db, self.username.text(), self.display_name.text(), self.password.text()
            )
            self.actor = auth.actor_for(info)
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> Actor | None:
        dialog = cls(db, parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
