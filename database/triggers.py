"""Database triggers that keep approved minutes locked, whoever writes.

The services already refuse to edit approved minutes, but a check in Python cannot stop a
write that passed the check just before another PC approved the minutes, nor a write from
another tool. These triggers refuse, inside the database, any change to a meeting whose
minutes are approved and to its agenda items, motions, votes and attendance, on SQLite and
PostgreSQL alike.

The one way through is the amendment path: `advisoryboard.services.minutes.amend_minutes`
inserts the meeting's id into `minutes_unlocks`, applies the recorded correction and deletes
the row again, all in one transaction, so no other connection ever sees it.

`create_statements(dialect)` is used by the migration 0004_trust and can be reused by
anything that builds a schema without Alembic (e.g. a server `init`).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

#: Marker in the error text, recognised by advisoryboard.services.base.translate_db_error.
LOCKED_MARKER = "advisoryboard_minutes_locked"

#: Tables with a meeting_id whose rows belong to the minutes.
CHILD_TABLES = ("agenda_items", "motions", "attendance")

_SQLITE_MEETING_LOCKED = (
    "EXISTS (SELECT 1 FROM meetings m WHERE m.id IN ({ids}) AND m.minutes_status = 'approved' "
    "AND NOT EXISTS (SELECT 1 FROM minutes_unlocks u WHERE u.meeting_id = m.id))"
)


def _sqlite_trigger(name: str, timing: str, table: str, ids: str) -> str:
    return (
        f"CREATE TRIGGER {name} BEFORE {timing} ON {table} "
        f"WHEN {_SQLITE_MEETING_LOCKED.format(ids=ids)} "
        f"BEGIN SELECT RAISE(ABORT, '{LOCKED_MARKER}: approved minutes are locked'); END"
    )


def _sqlite_statements() -> list[str]:
    stmts = [
        # the meeting row itself: any UPDATE of a meeting whose minutes are approved
        _sqlite_trigger("trg_meetings_minutes_locked", "UPDATE", "meetings", "OLD.id"),
    ]
    for table in CHILD_TABLES:
        stmts.append(_sqlite_trigger(f"trg_{table}_locked_ins", "INSERT", table, "NEW.meeting_id"))
        stmts.append(
            _sqlite_trigger(f"trg_{table}_locked_upd", "UPDATE", table, "OLD.meeting_id, NEW.meeting_id")
        )
        stmts.append(_sqlite_trigger(f"trg_{table}_locked_del", "DELETE", table, "OLD.meeting_id"))
    vote_ids = "SELECT meeting_id FROM motions WHERE id IN ({})"
    stmts.append(_sqlite_trigger("trg_votes_locked_ins", "INSERT", "votes", vote_ids.format("NEW.motion_id")))
    stmts.append(
        _sqlite_trigger(
            "trg_votes_locked_upd", "UPDATE", "votes", vote_ids.format("OLD.motion_id, NEW.motion_id")
        )
    )
    stmts.append(_sqlite_trigger("trg_votes_locked_del", "DELETE", "votes", vote_ids.format("OLD.motion_id")))
    return stmts


_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION ab_minutes_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids integer[] := ARRAY[]::integer[];
BEGIN
    IF TG_TABLE_NAME = 'meetings' THEN
        ids := ARRAY[OLD.id];
    ELSIF TG_TABLE_NAME = 'votes' THEN
        IF TG_OP <> 'INSERT' THEN
            ids := ids || ARRAY(SELECT meeting_id FROM motions WHERE id = OLD.motion_id);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            ids := ids || ARRAY(SELECT meeting_id FROM motions WHERE id = NEW.motion_id);
        END IF;
    ELSE
        IF TG_OP <> 'INSERT' THEN ids := ids || OLD.meeting_id; END IF;
        IF TG_OP <> 'DELETE' THEN ids := ids || NEW.meeting_id; END IF;
    END IF;
    IF EXISTS (
        SELECT 1 FROM meetings m
        WHERE m.id = ANY(ids) AND m.minutes_status = 'approved'
          AND NOT EXISTS (SELECT 1 FROM minutes_unlocks u WHERE u.meeting_id = m.id)
    ) THEN
        RAISE EXCEPTION '{LOCKED_MARKER}: approved minutes are locked' USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$$
"""


def _postgres_statements() -> list[str]:
    stmts = [
        _PG_FUNCTION,
        "CREATE TRIGGER trg_meetings_minutes_locked BEFORE UPDATE ON meetings "
        "FOR EACH ROW EXECUTE FUNCTION ab_minutes_locked()",
    ]
    for table in (*CHILD_TABLES, "votes"):
        stmts.append(
            f"CREATE TRIGGER trg_{table}_minutes_locked BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION ab_minutes_locked()"
        )
    return stmts


def create_statements(dialect: str) -> list[str]:
    """The DDL that creates the minutes-lock triggers for `dialect` ('sqlite' or 'postgresql')."""
    if dialect == "postgresql":
        return _postgres_statements()
    return _sqlite_statements()


def drop_statements(dialect: str) -> list[str]:
    """The DDL that removes them again (the migration's downgrade)."""
    if dialect == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS trg_{t}_minutes_locked ON {t}"
            for t in ("meetings", *CHILD_TABLES, "votes")
        ] + ["DROP FUNCTION IF EXISTS ab_minutes_locked()"]
    names = ["trg_meetings_minutes_locked"]
    for table in (*CHILD_TABLES, "votes"):
        names += [f"trg_{table}_locked_ins", f"trg_{table}_locked_upd", f"trg_{table}_locked_del"]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names]


def unlock_all(session: Session) -> None:
    """For bulk loads that write approved minutes as history (the demo generator): inside the
    caller's transaction only, like the amendment path. Pair it with `relock_all`."""
    session.execute(text("INSERT INTO minutes_unlocks (meeting_id) SELECT id FROM meetings"))


def relock_all(session: Session) -> None:
    session.execute(text("DELETE FROM minutes_unlocks"))
