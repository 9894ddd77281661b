"""At start, a remembered server that cannot be opened asks again instead of ending the app."""

from __future__ import annotations

import socket

import pytest

pytestmark = pytest.mark.postgres


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_server_not_up_at_start_brings_the_connect_dialog(qtbot, pg_url: str, monkeypatch) -> None:
    from PySide6.QtCore import QSettings
    from sqlalchemy.engine import make_url

    from advisoryboard.opening import open_database
    from advisoryboard.permissions import OFFICE
    from advisoryboard.server_check import ServerSettings
    from ui.app import Opening
    from ui.main_window import MainWindow
    from ui.office.connect_dialog import ConnectDialog
    from ui.safety import startup

    open_database(pg_url).dispose()
    u = make_url(pg_url)
    port = _free_port()
    down = u.set(port=port).render_as_string(hide_password=False)
    asked: list[tuple[str | None, str]] = []

    def answer(cls, parent, url=None, message=""):
        asked.append((url, message))
        return ServerSettings(
            host="127.0.0.1", port=u.port, database=u.database, user=u.username, require_tls=False
        )

    monkeypatch.setattr(ConnectDialog, "ask", classmethod(answer))
    monkeypatch.setattr(startup, "actor_for", lambda db, parent=None, **kw: OFFICE)
    window = MainWindow(opening="127.0.0.1")
    qtbot.addWidget(window)
    window.show()
    opening = Opening(window, down)
    opening.open()
    ((url, message),) = asked
    assert url == down and f"Cannot connect to the database server 127.0.0.1:{port}" in message
    assert opening.exit_code == 0 and window.isVisible()
    assert window.ctx is not None and make_url(window.ctx.db.url).port == u.port
    assert make_url(str(QSettings().value("database/lastUrl"))).port == u.port
    QSettings().remove("database/lastUrl")
    window.close()
    window.ctx.db.dispose()
