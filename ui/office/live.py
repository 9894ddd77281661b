"""Live updates in the window: other PCs' saves on the change bus, and the connection status.

`follow_database(window)` (called whenever the window's tabs are built on a database) starts
a `PostgresListener` for a server, or a 500 ms `PRAGMA data_version` timer for an SQLite file.
The notices go through `advisoryboard.events.changes`, hence through the ChangeHub and each
tab's own refresh policy. While the server is away a permanent status-bar label says
"Connection lost, reconnecting…"; the listener reconnects by itself and every area is
refreshed once it is back. Nothing here touches a form, so open forms keep their text.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from advisoryboard.live import PostgresListener, SqliteWatcher

log = logging.getLogger(__name__)

#: How often an SQLite file is asked whether another window committed (a pragma: microseconds).
SQLITE_POLL_MS = 500


class LiveUpdates(QObject):
    """One window's live link to its database."""

    #: True when (re)connected, False when the server went away; delivered on the GUI thread.
    connection_changed = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.connected = True
        self.lost_count = 0
        db = window.ctx.db  # type: ignore[attr-defined]
        self.listener: PostgresListener | None = None
        self.watcher: SqliteWatcher | None = None
        self.timer: QTimer | None = None
        self.label = QLabel(window)
        self.label.setObjectName("connectionStatus")
        self.label.setAccessibleName(self.tr("Connection to the database"))
        self.label.setStyleSheet("color: #b00020; font-weight: bold")
        self.label.hide()
        window.statusBar().addWidget(self.label)
        self.connection_changed.connect(self._show_connection)
        if db.dialect == "postgresql":
            self.listener = PostgresListener(db.url, self.connection_changed.emit)
            self.listener.start()
        elif db.dialect == "sqlite":
            try:
                self.watcher = SqliteWatcher(db.engine)
            except Exception:  # an in-memory database or a file gone: no live updates, no harm
                log.exception("no live updates for %s", db.display_name)
                return
            self.timer = QTimer(self)
            self.timer.setInterval(SQLITE_POLL_MS)
            self.timer.timeout.connect(self._poll)
            self.timer.start()

    def _poll(self) -> None:
        if self.watcher is None:
            return
        try:
            self.watcher.poll()
        except Exception:  # a locked or vanished file: try again on the next tick
            log.warning("could not check the database for changes", exc_info=True)

    def _show_connection(self, ok: bool) -> None:
        if ok == self.connected:
            return
        self.connected = ok
        if ok:
            self.label.hide()
            self.window.statusBar().showMessage(self.tr("Reconnected to the database server."), 5000)
        else:
            self.lost_count += 1
            self.label.setText(self.tr("Connection lost, reconnecting…"))
            self.label.show()

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        self.label.hide()
        self.label.deleteLater()


def follow_database(window: QMainWindow) -> LiveUpdates:
    """(Re)start the window's live updates on its current database."""
    stop_live(window)
    action = getattr(window, "connect_server_action", None)
    if action is not None:
        action.setEnabled(True)
    live = LiveUpdates(window)
    window.live = live  # type: ignore[attr-defined]
    return live


def stop_live(window: QMainWindow) -> None:
    live = getattr(window, "live", None)
    if isinstance(live, LiveUpdates):
        live.stop()
        window.live = None  # type: ignore[attr-defined]
