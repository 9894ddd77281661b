"""The roster's first page read with the standard `sqlite3` module, before the data layer loads.

At start the Members tab is the first thing a user waits for; importing SQLAlchemy and
configuring every mapped class takes longer than the whole bare window. So `ui.app.run`
paints this page first (read-only) and the real tab replaces it once the database is open.
It is read only when nothing else may come first: an SQLite file at `SCHEMA_HEAD`, no
accounts (no sign-in) and a board already set up (no first-start question). The rows are
the real tab's default view: active members by name, `RosterModel`'s cells (same words,
same language); `tests/ui/test_early_roster.py` compares the two on a demo board.

No SQLAlchemy, no Qt: the file is opened read-only (`mode=ro`), nothing is written.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from advisoryboard.default_data import shown
from advisoryboard.i18n import N_, _
from advisoryboard.labels import office_title
from database.enums import PRESENT_STATUSES, MeetingStatus, Office
from database.revision import SCHEMA_HEAD

#: Sortable columns of the roster, in display order (services/roster.py sorts by them).
COLUMNS = ("name", "seat", "office", "district", "status", "term_end", "attendance")
COLUMN_LABELS = {
    "name": N_("Name"),
    "seat": N_("Seat"),
    "office": N_("Office"),
    "district": N_("District"),
    "status": N_("Status"),
    "term_end": N_("Term ends"),
    "attendance": N_("Attendance (12 months)"),
}
#: Rows read for the early page: the roster model's first page (ui/members/roster_model.py PAGE).
FIRST_PAGE = 200
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class EarlyRow:
    """One roster row as the real tab shows it (the attributes `RosterRow` has for its cells)."""

    id: int
    name: str
    seat: str | None
    office: str
    district: str | None
    status: str
    term_end: dt.date | None
    attended: int
    meetings: int

    @property
    def attendance_rate(self) -> float | None:
        return self.attended / self.meetings if self.meetings else None


@dataclass(frozen=True)
class EarlyRoster:
    rows: list[EarlyRow]
    #: How many members the real tab's default view lists (all pages).
    total: int


def sqlite_file(url: str | None) -> Path | None:
    """The SQLite file `url` names, as `database.engine.resolve_url` would open it; None for a
    server, an in-memory database or a URL with options (those are left to the data layer)."""
    url = url or os.environ.get("ADVISORYBOARD_DB")
    if not url:
        from platformdirs import user_data_path

        return user_data_path("AdvisoryBoard", appauthor=False) / "advisoryboard.db"
    if "://" not in url:
        return Path(url).expanduser().resolve()
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = url.removeprefix("sqlite:///")
    return Path(path) if path and path != ":memory:" else None


def _connect(path: Path) -> sqlite3.Connection | None:
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return None
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None


def can_show_early(conn: sqlite3.Connection) -> bool:
    """The file is at this app's schema, has no accounts and its first start was answered."""
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != SCHEMA_HEAD:
            return False
        if conn.execute("SELECT count(*) FROM users").fetchone()[0]:
            return False  # sign-in (or the single-user choice) is the data layer's to decide
        settings = conn.execute("SELECT initialized_at FROM board_settings WHERE id = 1").fetchone()
    except sqlite3.Error:
        return False
    return settings is not None and settings[0] is not None


def read_early_roster(url: str | None, today: dt.date | None = None) -> EarlyRoster | None:
    """The first page of active members by name, or None when the early page must not show."""
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    conn = _connect(path)
    if conn is None:
        return None
    try:
        if not can_show_early(conn):
            return None
        return _read(conn, today or dt.date.today())
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, day: dt.date) -> EarlyRoster | None:
    # services/roster.py roster_ids with the default filter (active) and sort (name, ascending)
    members = conn.execute(
        "SELECT id, name, district FROM members WHERE left_on IS NULL ORDER BY lower(name), id"
    ).fetchall()
    if not members:
        return None  # nothing to show early: the empty board's own start follows
    page = members[:FIRST_PAGE]
    ids = [row[0] for row in page]
    marks = ",".join("?" * len(ids))
    today = day.isoformat()
    # The dates and times as SQLAlchemy stores them in SQLite (Date, DateTime).
    start = dt.datetime.combine(day - dt.timedelta(days=365), dt.time.min).strftime("%Y-%m-%d %H:%M:%S.%f")
    end = dt.datetime.combine(day, dt.time.max).strftime("%Y-%m-%d %H:%M:%S.%f")
    present = sorted(status.value for status in PRESENT_STATUSES)
    counts = {
        member_id: (attended or 0, total or 0)
        for member_id, attended, total in conn.execute(
            f"SELECT a.member_id, sum(a.status IN ({','.join('?' * len(present))})), count(a.id) "
            "FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
            f"WHERE a.member_id IN ({marks}) AND m.status = ? AND m.starts_at >= ? AND m.starts_at <= ? "
            "GROUP BY a.member_id",
            [*present, *ids, MeetingStatus.HELD.value, start, end],
        )
    }
    terms: dict[int, tuple[str, str | None, bool]] = {}
    for member_id, label, start_date, end_date in conn.execute(
        "SELECT st.member_id, s.label, st.start_date, st.end_date FROM seat_terms st "
        f"JOIN seats s ON s.id = st.seat_id WHERE st.member_id IN ({marks}) ORDER BY st.start_date",
        ids,
    ):
        now = start_date <= today and (end_date is None or end_date >= today)
        previous = terms.get(member_id)
        if previous is None or now or not previous[2]:
            terms[member_id] = (label, end_date, now)
    offices: dict[int, list[Office]] = {}
    for member_id, office in conn.execute(
        f"SELECT member_id, office FROM office_terms WHERE member_id IN ({marks}) "
        "AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
        [*ids, today, today],
    ):
        offices.setdefault(member_id, []).append(Office(office))
    rows = []
    for member_id, name, district in page:
        term = terms.get(member_id)
        attended, total = counts.get(member_id, (0, 0))
        rows.append(
            EarlyRow(
                id=member_id,
                name=name,
                seat=term[0] if term else None,
                office=office_title(offices.get(member_id, ())),
                district=district,
                status=_("Active"),
                term_end=dt.date.fromisoformat(term[1]) if term and term[1] else None,
                attended=int(attended),
                meetings=int(total),
            )
        )
    return EarlyRoster(rows=rows, total=len(members))


class RosterCells(Protocol):
    """What a roster row needs for its cells (an `EarlyRow` or services.roster's `RosterRow`)."""

    @property
    def name(self) -> str: ...
    @property
    def seat(self) -> str | None: ...
    @property
    def office(self) -> str: ...
    @property
    def district(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def term_end(self) -> dt.date | None: ...
    @property
    def attended(self) -> int: ...
    @property
    def meetings(self) -> int: ...
    @property
    def attendance_rate(self) -> float | None: ...


def cell_text(item: RosterCells, column: str, date_text: Callable[[dt.date | None], str]) -> str:
    """The text of `column` for `item` (a roster row), as the Members table shows it."""
    if column == "name":
        return item.name
    if column == "seat":
        return shown(item.seat)
    if column == "office":
        return item.office
    if column == "district":
        return shown(item.district)
    if column == "status":
        return item.status
    if column == "term_end":
        return date_text(item.term_end)
    if column == "attendance":
        rate = item.attendance_rate
        return "" if rate is None else f"{rate * 100:.0f} % ({item.attended}/{item.meetings})"
    return ""
