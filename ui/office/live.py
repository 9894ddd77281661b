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
from shiboken6 import isValid

from advisoryboard.live import PostgresListener, SqliteWatcher
from advisoryboard.permissions import Actor
from advisoryboard.services import presence
from ui.workers import Progress, run_in_background

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
        self.db = db
        self.lease: str | None = None
        self.lease_timer: QTimer | None = None
        self._reopening = False
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
                self.watcher = SqliteWatcher(db.engine, db, on_pause=self._give_back_lease)
            except Exception:  # an in-memory database or a file gone: no live updates, no harm
                log.exception("no live updates for %s", db.display_name)
                return
            self.timer = QTimer(self)
            self.timer.setInterval(SQLITE_POLL_MS)
            self.timer.timeout.connect(self._poll)
            self.timer.start()
            # "Sam on FRONT-DESK has this database open", for a restore on another window
            self.lease = presence.open_window(db, self.actor)
            self.lease_timer = QTimer(self)
            self.lease_timer.setInterval(presence.LEASE_SECONDS * 1000 // 3)
            self.lease_timer.timeout.connect(self._renew_lease)
            self.lease_timer.start()

    @property
    def actor(self) -> Actor:
        return self.window.ctx.actor  # type: ignore[attr-defined]

    def _give_back_lease(self) -> None:
        presence.close_window(self.db, self.actor, self.lease)
        self.lease = None

    def _renew_lease(self) -> None:
        if self.watcher is None or self.db.restoring or self.db.replaced:
            return
        db, actor, token = self.db, self.actor, self.lease

        def work(_progress: Progress) -> str | None:
            return presence.keep_window(db, actor, token)

        def done(new: object) -> None:
            if isValid(self) and self.watcher is not None:
                self.lease = new if isinstance(new, str) else None

        run_in_background(None, work, on_success=done)

    def _poll(self) -> None:
        if self.watcher is None or self._reopening:
            return
        was_restoring = self.db.restoring
        try:
            self.watcher.poll()
        except Exception:  # a locked or vanished file: try again on the next tick
            log.warning("could not check the database for changes", exc_info=True)
        if self.watcher.replaced or self.db.replaced:
            self._reopening = True
            QTimer.singleShot(0, self._reopen)  # outside this tick: reopening replaces this object
        elif self.db.restoring and not was_restoring:
            self.label.setText(
                self.tr("{who} is restoring the database from a backup…").format(who=self.db.restoring)
            )
            self.label.show()
        elif was_restoring and not self.db.restoring:  # the restore was given up: carry on
            self.label.hide()
            self._renew_lease()

    def _reopen(self) -> None:
        """The file was replaced by a restore on another window: show the restored database."""
        url = self.db.url
        window = self.window
        if window.switch_database(url):  # type: ignore[attr-defined]
            window.statusBar().showMessage(
                self.tr("The database was restored from a backup in another window; it was reopened."), 10000
            )

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
        if self.lease_timer is not None:
            self.lease_timer.stop()
        if self.lease is not None and not self.db.replaced:
            self._give_back_lease()
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
