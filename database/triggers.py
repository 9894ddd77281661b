"""Database triggers that keep approved minutes locked, whoever writes.

The services already refuse to edit approved minutes, but a check in Python cannot stop a
write that passed the check just before another PC approved the minutes, nor a write from
another tool. These triggers refuse, inside the database, any change to a meeting whose
minutes are approved and to its agenda items, motions, votes, attendance, action items and
recorded amendments, and deleting such a meeting, on SQLite and PostgreSQL alike.

Every table that hangs off a meeting was checked: `agenda_items`, `motions`, `attendance`
(cascade-deleted with the meeting), `votes` (via motions), `action_items` (the minutes record
what, who, due and the motion/issue; the status, closing date and note are follow-up made at
later meetings, so they stay editable), `minutes_amendments` (added, never rewritten) and
`minutes_unlocks` (the token itself). `issue_events` rows that name a meeting belong to the
issue's timeline, not to the minutes, and are not locked.

The one way through is the amendment path: `advisoryboard.services.minutes.amend_minutes`
inserts the meeting's id into `minutes_unlocks`, applies the recorded correction and deletes
the row again, all in one transaction, so no other connection ever sees it.

Migration 0004_trust creates the first set (`create_statements_1`), 0010_trust the second
(`create_statements_2`); `create_statements(dialect)` gives both, for anything that builds a
schema without Alembic (e.g. a server `init`).
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


#: The end of every PostgreSQL lock function: refuse when a meeting in `ids` has approved
#: minutes that are not unlocked for an amendment, else let the row through.
_PG_REFUSE_IF_LOCKED = f"""    IF EXISTS (
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
{_PG_REFUSE_IF_LOCKED}"""


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


#: Columns of an action item that the minutes record. Its status, closing date and note are
#: follow-up, tracked at later meetings ("still open"), so they stay editable.
ACTION_ITEM_MINUTES_COLUMNS = (
    "meeting_id",
    "motion_id",
    "description",
    "owner_member_id",
    "owner_text",
    "due_on",
    "issue_id",
)


def _sqlite_statements_2() -> list[str]:
    """Added by migration 0010_trust: deleting the meeting, its action items, its amendments."""
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in ACTION_ITEM_MINUTES_COLUMNS)
    stmts = [
        _sqlite_trigger("trg_meetings_minutes_locked_del", "DELETE", "meetings", "OLD.id"),
        _sqlite_trigger("trg_action_items_locked_ins", "INSERT", "action_items", "NEW.meeting_id"),
        _sqlite_trigger("trg_action_items_locked_del", "DELETE", "action_items", "OLD.meeting_id"),
        (
            "CREATE TRIGGER trg_action_items_locked_upd BEFORE UPDATE ON action_items "
            f"WHEN ({changed}) AND "
            f"{_SQLITE_MEETING_LOCKED.format(ids='OLD.meeting_id, NEW.meeting_id')} "
            f"BEGIN SELECT RAISE(ABORT, '{LOCKED_MARKER}: approved minutes are locked'); END"
        ),
        # a recorded amendment is added (INSERT) but never rewritten or removed afterwards
        _sqlite_trigger(
            "trg_minutes_amendments_locked_upd", "UPDATE", "minutes_amendments", "OLD.meeting_id"
        ),
        _sqlite_trigger(
            "trg_minutes_amendments_locked_del", "DELETE", "minutes_amendments", "OLD.meeting_id"
        ),
    ]
    return stmts


_PG_UNCHANGED = " AND ".join(f"OLD.{c} IS NOT DISTINCT FROM NEW.{c}" for c in ACTION_ITEM_MINUTES_COLUMNS)

_PG_ACTION_ITEMS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION ab_action_items_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids integer[] := ARRAY[]::integer[];
BEGIN
    IF TG_OP = 'UPDATE' AND ({_PG_UNCHANGED}) THEN
        RETURN NEW;  -- only the follow-up (status, closing date, note) changed
    END IF;
    IF TG_OP <> 'INSERT' THEN ids := ids || OLD.meeting_id; END IF;
    IF TG_OP <> 'DELETE' THEN ids := ids || NEW.meeting_id; END IF;
{_PG_REFUSE_IF_LOCKED}"""


def _postgres_statements_2() -> list[str]:
    return [
        "CREATE TRIGGER trg_meetings_minutes_locked_del BEFORE DELETE ON meetings "
        "FOR EACH ROW EXECUTE FUNCTION ab_minutes_locked()",
        _PG_ACTION_ITEMS_FUNCTION,
        "CREATE TRIGGER trg_action_items_minutes_locked BEFORE INSERT OR UPDATE OR DELETE ON action_items "
        "FOR EACH ROW EXECUTE FUNCTION ab_action_items_locked()",
        "CREATE TRIGGER trg_minutes_amendments_minutes_locked BEFORE UPDATE OR DELETE ON minutes_amendments "
        "FOR EACH ROW EXECUTE FUNCTION ab_minutes_locked()",
    ]


def create_statements_1(dialect: str) -> list[str]:
    """The first set, made by migration 0004_trust: the meeting row (update), its agenda items,
    motions, votes and attendance."""
    if dialect == "postgresql":
        return _postgres_statements()
    return _sqlite_statements()


def drop_statements_1(dialect: str) -> list[str]:
    """The DDL that removes the first set again (0004_trust's downgrade)."""
    if dialect == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS trg_{t}_minutes_locked ON {t}"
            for t in ("meetings", *CHILD_TABLES, "votes")
        ] + ["DROP FUNCTION IF EXISTS ab_minutes_locked()"]
    names = ["trg_meetings_minutes_locked"]
    for table in (*CHILD_TABLES, "votes"):
        names += [f"trg_{table}_locked_ins", f"trg_{table}_locked_upd", f"trg_{table}_locked_del"]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names]


def create_statements_2(dialect: str) -> list[str]:
    """The second set, made by migration 0010_trust: deleting the meeting (and so, by cascade,
    its agenda items, motions and attendance), its action items, its recorded amendments."""
    if dialect == "postgresql":
        return _postgres_statements_2()
    return _sqlite_statements_2()


def drop_statements_2(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [
            "DROP TRIGGER IF EXISTS trg_meetings_minutes_locked_del ON meetings",
            "DROP TRIGGER IF EXISTS trg_action_items_minutes_locked ON action_items",
            "DROP TRIGGER IF EXISTS trg_minutes_amendments_minutes_locked ON minutes_amendments",
            "DROP FUNCTION IF EXISTS ab_action_items_locked()",
        ]
    names = [
        "trg_meetings_minutes_locked_del",
        "trg_action_items_locked_ins",
        "trg_action_items_locked_upd",
        "trg_action_items_locked_del",
        "trg_minutes_amendments_locked_upd",
        "trg_minutes_amendments_locked_del",
    ]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names]


def create_statements(dialect: str) -> list[str]:
    """All the DDL that creates the minutes-lock triggers for `dialect` ('sqlite' or
    'postgresql'), for anything that builds a schema without Alembic."""
    return create_statements_1(dialect) + create_statements_2(dialect)


def drop_statements(dialect: str) -> list[str]:
    return drop_statements_2(dialect) + drop_statements_1(dialect)


def unlock_all(session: Session) -> None:
    """For bulk loads that write approved minutes as history (the demo generator): inside the
    caller's transaction only, like the amendment path. Pair it with `relock_all`."""
    session.execute(text("INSERT INTO minutes_unlocks (meeting_id) SELECT id FROM meetings"))


def relock_all(session: Session) -> None:
    session.execute(text("DELETE FROM minutes_unlocks"))
