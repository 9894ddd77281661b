"""File ▸ Connect to a shared server…: host, port, database, user and password.

"Test connection" tries the server off the GUI thread and says plainly what is wrong (the
server does not answer, wrong password, no TLS, a schema older or newer than this app).
"Connect" does the same check first; the password is kept in the system's keyring, never in
the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.server_check import CheckResult, ServerSettings, check_connection
from ui.workers import Progress, run_in_background

#: The last server connected to (without password), to fill the form next time.
LAST_SERVER_KEY = "office/lastServer"


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, url: str | None = None, message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a shared server"))
        self.accepted_settings: ServerSettings | None = None
        self.last_result: CheckResult | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Your office's IT helper gives you these settings (from “advisoryboard server init”)."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.host = QLineEdit(self)
        self.host.setObjectName("hostEdit")
        self.host.setPlaceholderText(self.tr("e.g. office-server or db.example.org"))
        self.port = QSpinBox(self)
        self.port.setObjectName("portSpin")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.database.setObjectName("databaseEdit")
        self.user = QLineEdit(self)
        self.user.setObjectName("userEdit")
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QCheckBox(self.tr("Require an encrypted connection (TLS)"), self)
        self.tls.setObjectName("tlsCheck")
        self.tls.setChecked(True)
        self.remember = QCheckBox(self.tr("Remember the password on this PC (in the system's keyring)"), self)
        self.remember.setObjectName("rememberCheck")
        self.remember.setChecked(True)
        for label, widget in (
            (self.tr("&Server"), self.host),
            (self.tr("P&ort"), self.port),
            (self.tr("&Database"), self.database),
            (self.tr("&User"), self.user),
            (self.tr("Pass&word"), self.password),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        form.addRow("", self.tls)
        form.addRow("", self.remember)
        self.tls.setAccessibleName(self.tls.text())
        self.remember.setAccessibleName(self.remember.text())
        self.result_label = QLabel(self)
        self.result_label.setObjectName("connectResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Connection test result"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.test_button.clicked.connect(lambda: self.run_check(connect=False))
        self.connect_button.clicked.connect(lambda: self.run_check(connect=True))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill_from_settings(url)
        if message:
            self._show(CheckResult(False, message))

    def _fill_from_settings(self, url: str | None = None) -> None:
        last = url or QSettings().value(LAST_SERVER_KEY)
        if isinstance(last, str) and last:
            s = ServerSettings.from_url(last)
            self.host.setText(s.host)
            self.port.setValue(s.port)
            self.database.setText(s.database)
            self.user.setText(s.user)
            self.tls.setChecked(s.require_tls)

    def settings(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text(),
            require_tls=self.tls.isChecked(),
        )

    def _missing(self, s: ServerSettings) -> str | None:
        for value, widget, message in (
            (s.host, self.host, self.tr("Type the server's name or address.")),
            (s.database, self.database, self.tr("Type the database's name.")),
            (s.user, self.user, self.tr("Type the user name.")),
        ):
            if not value:
                widget.setFocus()
                return message
        return None

    def run_check(self, *, connect: bool) -> None:
        if self._busy:
            return
        s = self.settings()
        missing = self._missing(s)
        if missing is not None:
            self._show(CheckResult(False, missing))
            return
        self._busy = True
        for button in (self.test_button, self.connect_button):
            button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Trying {host}…").format(host=s.host))

        def work(_progress: Progress) -> CheckResult:
            return check_connection(s)

        def done(result: object) -> None:
            self._finish()
            assert isinstance(result, CheckResult)
            self._show(result)
            if connect and result.ok:
                self._accept(s)

        def failed(exc: BaseException, _tb: str) -> None:
            self._finish()
            self._show(CheckResult(False, str(exc)))

        run_in_background(self, work, on_success=done, on_failure=failed)

    def _finish(self) -> None:
        self._busy = False
        for button in (self.test_button, self.connect_button):
            button.setEnabled(True)

    def _show(self, result: CheckResult) -> None:
        self.last_result = result
        self.result_label.setStyleSheet("" if result.ok else "color: #b00020")
        self.result_label.setText(result.message)

    def _accept(self, s: ServerSettings) -> None:
        from advisoryboard.credentials import forget_password, save_password

        url = s.url(with_password=False)
        if self.remember.isChecked() and s.password:
            if not save_password(url, s.password):
                self.result_label.setText(
                    self.tr(
                        "Connected; this PC has no keyring, so the password will be asked again next time."
                    )
                )
        else:
            forget_password(url)
        QSettings().setValue(LAST_SERVER_KEY, url)
        self.accepted_settings = s
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, url: str | None = None, message: str = "") -> ServerSettings | None:
        """The settings of a server that answered and holds a usable board, or None (cancelled).

        With `url`, the form starts from that server; `message` says why it is asked again."""
        dialog = cls(parent, url, message)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        return dialog.accepted_settings if dialog.exec() == QDialog.DialogCode.Accepted else None
