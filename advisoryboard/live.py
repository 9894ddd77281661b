"""Live updates between PCs: what another PC commits reaches this one's change bus.

On PostgreSQL every transaction that changed something sends one `NOTIFY` (areas and ids)
from the same Session hooks that record the local change notices; the server delivers it at
commit, and never for a rolled-back transaction. A `PostgresListener` thread per window
LISTENs on its own connection and republishes other processes' notices on
`advisoryboard.events.changes`, so the tabs refresh through their usual policy. The same
thread notices when the server goes away and comes back ("connection lost, reconnecting…").

On an SQLite file shared by two windows there is no server to tell anyone: `SqliteWatcher`
reads `PRAGMA data_version` (microseconds) and, when another connection has committed, maps
the audit-log entries written since into areas.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import uuid
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from advisoryboard.events import ALL_AREAS, TABLE_AREAS, ChangeNotice, changes
from advisoryboard.i18n import _
from database.base import utcnow
from database.engine import Database, sqlite_path

log = logging.getLogger(__name__)

#: The LISTEN/NOTIFY channel of Advisory Board.
CHANNEL = "advisoryboard_changes"
#: This process: its own notices are already on the bus (published after commit) and are skipped.
ORIGIN = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
#: PostgreSQL's payload limit is 8000 bytes; beyond this the ids are left out (areas suffice).
MAX_PAYLOAD = 7000
#: How long the listener waits for notices before it checks the connection and its stop flag.
LISTEN_TICK_S = 0.25
#: Seconds between checks that a quiet connection is still alive (a dropped network sends nothing).
HEALTH_EVERY_S = 3.0

#: libpq options of the listening connection: a dropped network (no reset ever arrives) is
#: noticed within ~10 s by TCP keepalives and the user timeout, not after minutes.
WATCH_OPTIONS: dict[str, Any] = {
    "connect_timeout": 3,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": 8000,
}

Status = Callable[[bool], None]  # True: connected, False: lost (reconnecting)


# ---------------------------------------------------------------------------- sending
def _collect_ids(session: Session, _ctx: Any) -> None:
    # Our own record: the audit hook's is emptied when a SAVEPOINT inside the transaction ends.
    ids: dict[str, set[int]] = session.info.setdefault("live_ids", {})
    for obj in (*session.new, *session.dirty, *session.deleted):
        state = inspect(obj)
        table = state.mapper.local_table.name
        if table not in TABLE_AREAS:
            continue
        ident = state.identity or state.mapper.primary_key_from_instance(obj)
        bucket = ids.setdefault(table, set())
        if ident and isinstance(ident[0], int):
            bucket.add(ident[0])


def _keep_bulk_areas(session: Session) -> None:
    # Runs before the audit hook's after_commit, which also fires (and empties) at a SAVEPOINT's end.
    session.info.setdefault("live_unknown", set()).update(session.info.get("bulk_areas", ()))


def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the real transaction ended (committed or rolled back)
        session.info.pop("live_ids", None)
        session.info.pop("live_unknown", None)


def payload(
    areas: set[str], ids: dict[str, set[int]], unknown: frozenset[str] | set[str] = frozenset()
) -> str:
    """The NOTIFY payload: JSON with origin, areas, the ids per table (when short enough) and
    the areas whose rows are not known (bulk writes; all areas when the ids did not fit)."""
    body: dict[str, Any] = {"origin": ORIGIN, "areas": sorted(areas | unknown), "unknown": sorted(unknown)}
    with_ids = dict(body, ids={t: sorted(v) for t, v in sorted(ids.items()) if v})
    text_ = json.dumps(with_ids, separators=(",", ":"))
    if len(text_) <= MAX_PAYLOAD:
        return text_
    return json.dumps(dict(body, unknown=body["areas"]), separators=(",", ":"))


def _notify_before_commit(session: Session) -> None:
    if session.in_nested_transaction() or session.get_bind().dialect.name != "postgresql":
        return  # a SAVEPOINT's release also fires this hook: one notice per real commit
    session.flush()  # the flush hooks run now, so every change is counted below
    ids: dict[str, set[int]] = session.info.get("live_ids", {})
    areas = {TABLE_AREAS[t] for t in ids}
    unknown = set(session.info.get("bulk_areas", ())) | set(session.info.get("live_unknown", ()))
    if areas or unknown:
        notice = {"channel": CHANNEL, "payload": payload(areas, ids, unknown)}
        session.execute(text("SELECT pg_notify(:channel, :payload)"), notice)


# ---------------------------------------------------------------------------- own SQLite writes
#: Per engine, the audit-log ids this process wrote to an SQLite file, as (after, up to) ranges.
#: The watcher's own connection counts the pool's other connections as "others", so without
#: this every save would come back on the next poll as another window's change and refresh
#: the tabs a second time.
_OWN_AUDIT: weakref.WeakKeyDictionary[Any, list[tuple[int, int]]] = weakref.WeakKeyDictionary()
_OWN_LOCK = threading.Lock()


def _max_audit_id(session: Session) -> int:
    return int(
        session.connection().exec_driver_sql("SELECT coalesce(max(id), 0) FROM audit_log").scalar_one()
    )


def _own_floor(session: Session, _ctx: Any) -> None:
    # After the first flush of a transaction its rows are written, so this connection holds the
    # file's write lock: no other connection can add audit rows until it commits, and every
    # audit id above this one up to the commit is this transaction's.
    if "own_audit_floor" in session.info or session.get_bind().dialect.name != "sqlite":
        return
    session.info["own_audit_floor"] = _max_audit_id(session)


def _own_ceiling(session: Session) -> None:
    if session.in_nested_transaction() or session.get_bind().dialect.name != "sqlite":
        return
    session.flush()  # the audit rows of the last changes are written before the range is read
    if "own_audit_floor" not in session.info:
        return  # nothing was written
    floor = session.info.pop("own_audit_floor")
    ceiling = _max_audit_id(session)
    if ceiling > floor:
        session.info["own_audit_range"] = (floor, ceiling)


def _own_committed(session: Session) -> None:
    span = session.info.pop("own_audit_range", None)
    if span is None:
        return
    with _OWN_LOCK:
        _OWN_AUDIT.setdefault(session.get_bind(), []).append(span)


def _own_forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop("own_audit_floor", None)
        session.info.pop("own_audit_range", None)


def own_audit_ranges(engine: Any, seen_up_to: int) -> list[tuple[int, int]]:
    """The ranges of audit ids this process wrote through `engine`, forgetting those that are
    wholly at or below `seen_up_to` once they have been returned."""
    with _OWN_LOCK:
        spans = list(_OWN_AUDIT.get(engine, ()))
        if spans:
            _OWN_AUDIT[engine] = [s for s in spans if s[1] > seen_up_to]
    return spans


def install(factory: sessionmaker[Session]) -> None:
    """Send a NOTIFY from every committing Session of `factory` (PostgreSQL only); on SQLite,
    remember which audit rows this process wrote, so the file watcher does not take them for
    another window's."""
    event.listen(factory, "after_flush", _own_floor, insert=True)  # before the audit rows go in
    event.listen(factory, "before_commit", _own_ceiling)
    event.listen(factory, "after_commit", _own_committed)
    event.listen(factory, "after_transaction_end", _own_forget)
    event.listen(factory, "after_flush", _collect_ids)
    event.listen(factory, "after_commit", _keep_bulk_areas, insert=True)
    event.listen(factory, "before_commit", _notify_before_commit)
    event.listen(factory, "after_transaction_end", _forget)


def parse(raw: str) -> tuple[str, ChangeNotice] | None:
    """(origin, notice) of a payload; None for a payload that is not ours."""
    try:
        data = json.loads(raw)
        origin = str(data["origin"])
        areas = frozenset(str(a) for a in data["areas"]) & ALL_AREAS
        unknown = frozenset(str(a) for a in data.get("unknown", ())) & ALL_AREAS
        ids = {str(t): [int(i) for i in v] for t, v in dict(data.get("ids", {})).items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return origin, ChangeNotice(areas - unknown, ids, unknown=unknown)


# ---------------------------------------------------------------------------- PostgreSQL
def conninfo(url: str) -> str:
    """A libpq connection string (psycopg) for an SQLAlchemy URL."""
    u = make_url(url).set(drivername="postgresql")
    return u.render_as_string(hide_password=False)


class PostgresListener(threading.Thread):
    """LISTENs for other PCs' notices and publishes them; reports losing and regaining the server.

    After a reconnect it publishes every area, since notices sent meanwhile were missed.
    """

    def __init__(self, url: str, on_status: Status | None = None, *, retry_s: float = 0.5) -> None:
        super().__init__(name="advisoryboard-listen", daemon=True)
        self.url = url
        self.on_status = on_status
        self.retry_s = retry_s
        self.connected = threading.Event()  # set while LISTENing
        self._stop_flag = threading.Event()
        self._lost = False

    def stop(self, timeout: float = 5.0) -> None:
        self._stop_flag.set()
        if self.is_alive():
            self.join(timeout)

    def _status(self, ok: bool) -> None:
        if ok:
            self.connected.set()
        else:
            self.connected.clear()
        if self.on_status is not None:
            self.on_status(ok)

    def run(self) -> None:
        import psycopg

        while not self._stop_flag.is_set():
            try:
                with psycopg.connect(conninfo(self.url), autocommit=True, **WATCH_OPTIONS) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._status(True)
                    if self._lost:
                        self._lost = False
                        changes.publish(ChangeNotice(unknown=ALL_AREAS))  # what happened while away
                    self._listen(conn)
            except psycopg.Error as exc:
                if not self._lost:
                    log.warning("database server connection lost: %s", exc)
                    self._lost = True
                    self._status(False)
                self._stop_flag.wait(self.retry_s)

    def _listen(self, conn: Any) -> None:
        import time

        last_check = time.monotonic()
        while not self._stop_flag.is_set():
            for note in conn.notifies(timeout=LISTEN_TICK_S):
                parsed = parse(note.payload)
                if parsed is not None and parsed[0] != ORIGIN and parsed[1]:
                    changes.publish(parsed[1])
            if time.monotonic() - last_check > HEALTH_EVERY_S:
                conn.execute("SELECT 1")  # raises when the network dropped without a word
                last_check = time.monotonic()


# ---------------------------------------------------------------------------- SQLite
class SqliteWatcher:
    """Polled from a timer: publishes the areas another connection committed to the file.

    Given the window's `db`, it also follows restores from other windows: when one announces
    a restore (a RESTORE lease), it calls `on_pause` (the window gives back its own lease),
    lets go of the file (its connection and the engine's pool) and sets `db.restoring`, so
    no save is attempted meanwhile. Once the file has a new generation, `replaced` is True and
    the window reopens the database; if the restore was given up, it carries on as before.
    """

    def __init__(
        self, engine: Any, db: Database | None = None, on_pause: Callable[[], None] | None = None
    ) -> None:
        self.engine = engine
        self.db = db
        self.on_pause = on_pause
        self._raw: Any = None
        #: Who is restoring the file ("Mei on FRONT-DESK") while this watcher has let go of it.
        self.restoring: str | None = None
        #: The file was replaced by a restore: the window must reopen the database.
        self.replaced = False
        self._open()
        # A restore disposes the engine before it replaces the file: let go of it too.
        event.listen(engine, "engine_disposed", self._let_go)

    def _open(self) -> None:
        self._raw = self.engine.raw_connection()  # its own connection: data_version counts the others
        self._version = self._data_version()
        self._last_audit = self._max_audit()

    def _let_go(self, _engine: Any = None) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    def _data_version(self) -> int:
        cur = self._raw.cursor()
        cur.execute("PRAGMA data_version")
        value = int(cur.fetchone()[0])
        cur.close()
        return value

    def _max_audit(self) -> int:
        cur = self._raw.cursor()
        cur.execute("SELECT coalesce(max(id), 0) FROM audit_log")
        value = int(cur.fetchone()[0])
        cur.close()
        self._raw.rollback()
        return value

    def _generation_changed(self, cur: Any) -> bool:
        if self.db is None or self.db.generation is None:
            return False
        cur.execute("PRAGMA user_version")
        if int(cur.fetchone()[0]) == self.db.generation:
            return False
        self.replaced = self.db.replaced = True
        self.restoring = self.db.restoring = None
        return True

    def _restorer(self, cur: Any) -> str | None:
        """Who announced a restore that is still under way, if anyone."""
        cur.execute(
            "SELECT username, computer FROM edit_leases WHERE entity = 'restore' AND expires_at > ? "
            "ORDER BY acquired_at LIMIT 1",
            (utcnow().strftime("%Y-%m-%d %H:%M:%S.%f"),),
        )
        row = cur.fetchone()
        return None if row is None else _("{user} on {computer}").format(user=row[0], computer=row[1])

    def _pause(self, who: str) -> None:
        if self.on_pause is not None:
            try:
                self.on_pause()
            except Exception:  # giving the lease back is a courtesy; letting go is what counts
                log.warning("could not give back the window's lease", exc_info=True)
        assert self.db is not None
        self.restoring = self.db.restoring = who
        self._let_go()
        self.engine.dispose()

    def _check_while_paused(self) -> None:
        """A short look at the file (no connection is kept, so the restore can go ahead)."""
        path = sqlite_path(self.engine.url)
        if path is None:
            return
        try:
            conn = sqlite3.connect(str(path), timeout=0.05, isolation_level=None)
        except sqlite3.Error:
            return
        try:
            cur = conn.cursor()
            if self._generation_changed(cur):
                return
            if self._restorer(cur) is None:  # given up (refused): carry on with the same file
                self.restoring = None
                if self.db is not None:
                    self.db.restoring = None
        except sqlite3.Error:  # locked by the restore itself: look again on the next tick
            return
        finally:
            conn.close()
        if self.restoring is None:
            self._open()

    def poll(self) -> ChangeNotice:
        """The areas changed by other connections since the last poll (and publish them)."""
        if self.replaced:
            return ChangeNotice()
        if self.restoring is not None:
            self._check_while_paused()
            return ChangeNotice()
        if self._raw is None:  # after a restore: a new baseline, the window reopens anyway
            self._open()
            raw: Any = self._raw
            cur = raw.cursor()
            self._generation_changed(cur)  # a restore came while this window held no connection
            cur.close()
            raw.rollback()
            return ChangeNotice()
        version = self._data_version()
        if version == self._version:
            return ChangeNotice()
        self._version = version
        cur = self._raw.cursor()
        if self.db is not None:
            who = self._restorer(cur)
            if who is not None:
                cur.close()
                self._raw.rollback()
                self._pause(who)
                return ChangeNotice()
        cur.execute("SELECT id, entity, entity_id FROM audit_log WHERE id > ?", (self._last_audit,))
        rows = cur.fetchall()
        cur.close()
        self._raw.rollback()
        if rows:
            self._last_audit = max(int(r[0]) for r in rows)
        own = own_audit_ranges(self.engine, self._last_audit)
        foreign = [r for r in rows if not any(lo < int(r[0]) <= hi for lo, hi in own)]
        if rows and not foreign:
            return ChangeNotice()  # only this window's own saves: their notices are already out
        rows = foreign
        ids: dict[str, set[int]] = {}
        unknown: set[str] = set()
        for _id, entity, entity_id in rows:
            area = TABLE_AREAS.get(entity)
            if area is None:
                unknown |= ALL_AREAS  # a bulk change under a name of its own: refresh everything
            elif entity_id is None:
                unknown.add(area)  # a bulk write: any row of its area may have changed
            else:
                ids.setdefault(entity, set()).add(int(entity_id))
        notice = ChangeNotice({TABLE_AREAS[t] for t in ids}, ids, unknown=unknown)
        changes.publish(notice)
        return notice

    def close(self) -> None:
        if event.contains(self.engine, "engine_disposed", self._let_go):
            event.remove(self.engine, "engine_disposed", self._let_go)
        self._let_go()
