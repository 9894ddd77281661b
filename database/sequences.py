"""PostgreSQL id sequences after rows were inserted with explicit ids (demo data, bulk loads)."""

from __future__ import annotations

from sqlalchemy import Integer, func, select, text
from sqlalchemy.orm import Session

from database.base import Base


def reset_id_sequences(session: Session) -> None:
    """Move each table's id sequence past its highest id, so the next row saved gets a free id.

    Rows inserted with their ids given (as the demo generator does, to link them in bulk) do
    not advance PostgreSQL's sequences: without this, the first issue saved afterwards would
    collide with issue 1. SQLite picks max(id) + 1 by itself, so nothing is needed there.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not column.primary_key or not isinstance(column.type, Integer):
            continue
        sequence = session.scalar(select(func.pg_get_serial_sequence(table.name, "id")))
        if sequence is None:
            continue
        highest = session.scalar(select(func.max(column)))
        session.execute(
            text("SELECT setval(CAST(:seq AS regclass), :value, :called)"),
            {"seq": sequence, "value": highest or 1, "called": highest is not None},
        )
