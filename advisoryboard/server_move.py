"""`server move`: an existing board (an SQLite file) onto an empty PostgreSQL database.

Every row of every table is copied in one transaction, in foreign-key order; each table's
count is verified before the commit and the id sequences are moved past the copied ids. A
target that already holds data is refused, and any failure leaves the target as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.server_setup import VERSION_TABLE, require_postgres
from database.base import Base
from database.engine import is_sqlite, make_engine, resolve_url
from database.schema import UNMODELLED_PREFIXES, SchemaState, inspect_state, upgrade
from database.sequences import reset_id_sequences

#: Rows copied per INSERT.
MOVE_BATCH = 1000

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class MoveReport:
    counts: list[TableCount]

    @property
    def rows(self) -> int:
        return sum(c.target for c in self.counts)


def _counts(conn: Connection, tables: list[Any]) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}


def _refuse_non_empty(conn: Connection, tables: list[Any]) -> None:
    present = set(inspect(conn).get_table_names())
    busy = [n for n, c in _counts(conn, [t for t in tables if t.name in present]).items() if c]
    if busy:
        raise UserError(
            _(
                "The target database already holds a board ({tables} have rows); nothing was copied. "
                "Move into a new, empty database."
            ).format(tables=", ".join(sorted(busy)[:5]))
        )


def _refuse_unknown_tables(conn: Connection, tables: list[Any]) -> None:
    """A table this app does not know would be left behind: refuse rather than lose it."""
    known = {t.name for t in tables} | {VERSION_TABLE}
    extra = [
        n
        for n in inspect(conn).get_table_names()
        if n not in known and not n.startswith(UNMODELLED_PREFIXES) and not n.startswith("sqlite_")
    ]
    if extra:
        raise UserError(
            _("The board holds tables this version does not know ({tables}); nothing was copied.").format(
                tables=", ".join(sorted(extra))
            )
        )


def _copy_table(src: Connection, dst: Connection, table: Any, position: dict[str, int]) -> list[Any]:
    """Copy one table in id order; returns the links to fill in once every table is in.

    A link to a row not copied yet — of the same table (a duplicate of a newer issue) or of a
    table copied later (minutes approved by a motion) — goes in as NULL first."""
    order = list(table.primary_key.columns) or list(table.columns)
    here = position[table.name]
    later = sorted(
        {fk.parent.name for fk in table.foreign_keys if position.get(fk.column.table.name, -1) >= here}
    )
    pk = list(table.primary_key.columns)
    links: list[dict[str, Any]] = []
    result = src.execute(select(table).order_by(*order)).mappings()
    while batch := result.fetchmany(MOVE_BATCH):
        rows = [dict(r) for r in batch]
        if later and len(pk) == 1:
            for row in rows:
                if any(row[c] is not None for c in later):
                    links.append({"_pk": row[pk[0].name], **{c: row[c] for c in later}})
                    row.update(dict.fromkeys(later, None))
        dst.execute(insert(table), rows)
    if not links:
        return []
    values: dict[str, Any] = {c: bindparam(c) for c in later}
    return [update(table).where(pk[0] == bindparam("_pk")).values(values), links]


def move_board(source_url: str, target_url: str, progress: Progress | None = None) -> MoveReport:
    """Copy every row of the board at `source_url` onto the empty server at `target_url`."""
    from advisoryboard.opening import open_database

    target_url = require_postgres(target_url, _("The target"))
    source_url = resolve_url(source_url)
    if not is_sqlite(source_url) and make_url(source_url) == make_url(target_url):
        raise UserError(_("The source and the target are the same database."))
    source = open_database(source_url, must_exist=True)  # checked, and brought up to date
    target = make_engine(target_url)
    try:
        try:
            state = inspect_state(target).state
        except DBAPIError as exc:
            raise UserError(_("Cannot connect to the target: {reason}").format(reason=exc.orig)) from None
        if state in (SchemaState.NEWER, SchemaState.FOREIGN):
            raise UserError(_("The target database holds something else; nothing was copied."))
        tables = list(Base.metadata.sorted_tables)
        if state is not SchemaState.EMPTY:
            with target.connect() as conn:
                _refuse_non_empty(conn, tables)
        upgrade(target)
        with source.engine.connect() as src, target.begin() as dst:
            _refuse_unknown_tables(src, tables)
            if state is SchemaState.EMPTY:
                # Rows a migration seeds into a schema just made here (nobody else's data) make
                # way for the board's own.
                for table in reversed(tables):
                    dst.execute(table.delete())
            _refuse_non_empty(dst, tables)  # again, inside the copying transaction
            names = [t.name for t in tables]
            position = {name: i for i, name in enumerate(names)}
            pending: list[list[Any]] = []
            for name in names:  # the lock-minutes triggers would refuse rows of approved minutes
                dst.execute(text(f'ALTER TABLE "{name}" DISABLE TRIGGER USER'))
            for index, table in enumerate(tables):
                if progress is not None:
                    progress(int(100 * index / len(tables)), table.name)
                pending.append(_copy_table(src, dst, table, position))
            for job in pending:
                if job:
                    dst.execute(job[0], job[1])
            for name in names:
                dst.execute(text(f'ALTER TABLE "{name}" ENABLE TRIGGER USER'))
            with Session(bind=dst) as session:
                reset_id_sequences(session)
            before, after = _counts(src, tables), _counts(dst, tables)
            counts = [TableCount(n, before[n], after[n]) for n in names]
            wrong = [c for c in counts if c.source != c.target]
            if wrong:
                raise UserError(
                    _(
                        "The copy does not match the original ({table}: {a} rows, {b} copied); "
                        "nothing was kept."
                    ).format(table=wrong[0].table, a=wrong[0].source, b=wrong[0].target)
                )
    except DBAPIError as exc:
        raise UserError(_("The move failed and nothing was kept: {reason}").format(reason=exc.orig)) from None
    finally:
        target.dispose()
        source.dispose()
    if progress is not None:
        progress(100, "")
    return MoveReport(counts)
