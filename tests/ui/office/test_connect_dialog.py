"""File ▸ Connect to a shared server…: plain words for what is wrong, the password in the keyring."""

from __future__ import annotations

import itertools
import os
import socket
from collections.abc import Iterator

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

_n = itertools.count()


class MemoryKeyring(KeyringBackend):
    """A keyring in memory: the tests never touch the system's real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    import keyring
    from keyring.backends import fail

    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(fail.Keyring())  # never fall back to the real keyring in later tests


def _dialog(qtbot, pg_server, **fields):
    from ui.office.connect_dialog import ConnectDialog

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(fields.get("port", pg_server.port))
    dialog.database.setText(fields.get("database", "postgres"))
    dialog.user.setText(fields.get("user", pg_server.user))
    dialog.password.setText(fields.get("password", ""))
    dialog.tls.setChecked(fields.get("tls", False))
    return dialog


def _test(qtbot, dialog) -> str:
    dialog.last_result = None
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert dialog.result_label.text() == dialog.last_result.message
    return str(dialog.result_label.text())


def _grant(pg_url: str, role: str) -> None:
    import psycopg

    from advisoryboard.live import conninfo

    with psycopg.connect(conninfo(pg_url), autocommit=True) as c:
        c.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
        c.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def password_role(pg_server) -> tuple[str, str]:
    role = f"clerk_{os.getpid()}_{next(_n)}"
    pg_server.require_password(role, "right-one")
    return role, "right-one"


@pytest.mark.postgres
def test_the_dialog_says_plainly_what_is_wrong(qtbot, pg_server, pg_url: str, password_role) -> None:
    from sqlalchemy.engine import make_url

    from advisoryboard.opening import open_database

    board = make_url(pg_url).database
    open_database(pg_url).dispose()
    role, password = password_role
    assert "does not answer" in _test(qtbot, _dialog(qtbot, pg_server, port=_free_port(), database=board))
    assert "does not offer an encrypted connection (TLS)" in _test(
        qtbot, _dialog(qtbot, pg_server, database=board, tls=True)
    )
    assert "There is no database nowhere" in _test(qtbot, _dialog(qtbot, pg_server, database="nowhere"))
    wrong = _dialog(qtbot, pg_server, database=board, user=role, password="wrong-one")
    assert "refused the user name or password" in _test(qtbot, wrong)
    assert "asks for a password" in _test(qtbot, _dialog(qtbot, pg_server, database=board, user=role))
    assert "is empty" in _test(qtbot, _dialog(qtbot, pg_server, database="postgres"))
    right = _dialog(qtbot, pg_server, database=board, user=role, password=password)
    assert "may sign in but not use this board" in _test(qtbot, right)
    _grant(pg_url, role)
    assert (
        _test(qtbot, right)
        == "Connected, but not encrypted (no TLS): use this only inside the office network."
    )
    import psycopg

    from advisoryboard.live import conninfo

    for revision, words in (("0001", "older than this app"), ("9999_future", "newer version")):
        with psycopg.connect(conninfo(pg_url), autocommit=True) as c:
            c.execute("UPDATE alembic_version SET version_num = %s", (revision,))
        assert words in _test(qtbot, _dialog(qtbot, pg_server, database=board))


@pytest.mark.postgres
def test_connecting_keeps_the_password_in_the_keyring_never_in_the_settings(
    qtbot, pg_server, pg_url: str, password_role, memory_keyring, main_window, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings
    from sqlalchemy.engine import make_url

    from advisoryboard.opening import open_database
    from advisoryboard.permissions import OFFICE
    from ui.app import _start_url
    from ui.office.connect_dialog import ConnectDialog
    from ui.safety import startup

    board = make_url(pg_url).database
    open_database(pg_url).dispose()
    role, password = password_role
    _grant(pg_url, role)
    dialog = _dialog(qtbot, pg_server, database=board, user=role, password=password)
    monkeypatch.setattr(ConnectDialog, "ask", classmethod(lambda cls, parent: _connect(qtbot, dialog)))
    monkeypatch.setattr(startup, "actor_for", lambda db, parent=None, **kw: OFFICE)
    monkeypatch.setattr(type(main_window), "offer_demo_if_new", lambda self: None)
    action = main_window.findChild(QAction, "connectServerAction")
    assert action.isEnabled()
    action.trigger()
    assert main_window.ctx.db.dialect == "postgresql"
    assert make_url(main_window.ctx.db.url).database == board
    assert list(memory_keyring.store.values()) == [password]
    settings = QSettings()
    stored = {key: str(settings.value(key)) for key in settings.allKeys()}
    assert not [key for key, value in stored.items() if password in value]
    assert role in stored["database/lastUrl"] and role in stored["office/lastServer"]
    url, remembered = _start_url(None)  # the next start: the server again, its password from the keyring
    assert remembered and make_url(url).password == password  # type: ignore[arg-type]
    for key in ("database/lastUrl", "office/lastServer"):
        settings.remove(key)  # the next tests start from no remembered server
    main_window.close()
    main_window.ctx.db.dispose()


def _connect(qtbot, dialog):
    dialog.run_check(connect=True)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    return dialog.accepted_settings


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_dialog_fits_a_small_office_screen_and_names_its_controls(qtbot, language: str) -> None:
    from tests.support.a11y import unnamed_controls
    from ui import language as lang
    from ui.app import ensure_app
    from ui.office.connect_dialog import ConnectDialog

    ensure_app()
    lang.apply_language(language)
    try:
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
        dialog.result_label.setText(
            "The server office-server:5432 does not answer. Is it switched on and running PostgreSQL, "
            "and are the server name and port right?"
        )
        dialog.show()
        qtbot.waitExposed(dialog)
        hint = dialog.sizeHint()
        assert hint.width() <= 1366 and hint.height() <= 728
        assert dialog.width() <= 1366 and dialog.height() <= 728
        if language == "es":
            assert dialog.windowTitle() == "Conectar a un servidor compartido"
        assert unnamed_controls(dialog) == []
    finally:
        lang.apply_language("en")
