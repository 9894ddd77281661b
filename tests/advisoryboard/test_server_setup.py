"""`server init` and `server move` on the fixture's real PostgreSQL server."""

from __future__ import annotations

import itertools
import os

import psycopg
import pytest
from psycopg import errors

from advisoryboard.errors import UserError
from advisoryboard.opening import open_database
from advisoryboard.services.base import transaction
from advisoryboard.services.issues import IssueInput, create_issue
from database.base import Base

pytestmark = pytest.mark.postgres
_n = itertools.count()


@pytest.fixture
def office(pg_server):
    """A database owned by an owner role that may create roles (not a superuser), as on a hosted server."""
    tag = f"{os.getpid()}_{next(_n)}"
    owner, app, name = f"owner_{tag}", f"app_{tag}", f"board_{tag}"
    admin = f"host=127.0.0.1 port={pg_server.port} user={pg_server.user} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE")
        c.execute(f'CREATE DATABASE "{name}" OWNER {owner}')
    base = f"postgresql+psycopg://{{user}}@127.0.0.1:{pg_server.port}/{name}"
    return {
        "owner_url": base.format(user=owner),
        "app_url": base.format(user=app),
        "app": app,
        "owner": owner,
    }


def _as_app(office) -> psycopg.Connection:
    from advisoryboard.live import conninfo

    return psycopg.connect(conninfo(office["app_url"]), autocommit=True)


def test_init_gives_the_app_role_least_privilege(office, capsys) -> None:
    from advisoryboard.cli import main

    assert main(["server", "init", "--url", office["owner_url"], "--app-role", office["app"]]) == 0
    out = capsys.readouterr().out
    assert "Give each PC" in out and f"User:     {office['app']}" in out and "Password: " in out
    assert "(unchanged" not in out  # a new account gets a new password, printed once

    db = open_database(office["app_url"])  # a PC with the app account works as usual
    with transaction(db) as s:
        create_issue(s, IssueInput(title="Trash on the corner of 3rd and Main"))
    db.dispose()
    with _as_app(office) as c:
        assert c.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0  # written and readable
        for refused in (
            "UPDATE audit_log SET username = 'someone else'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "ALTER TABLE issues ADD COLUMN sneaky integer",
            "ALTER TABLE audit_log DISABLE TRIGGER USER",
            "DROP TABLE issues",
            "CREATE TABLE scratch (id integer)",
            "UPDATE alembic_version SET version_num = 'x'",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                c.execute(refused)
        assert c.execute("SELECT count(*) FROM issues").fetchone()[0] == 1


def test_init_again_keeps_the_app_password_and_reports_no_problems(office) -> None:
    from advisoryboard.server_setup import init_server

    first = init_server(office["owner_url"], app_role=office["app"], app_password="s3cret-office")
    again = init_server(office["owner_url"], app_role=office["app"])
    assert first.app_password == "s3cret-office" and again.app_password is None
    assert first.problems == [] and again.problems == []
    assert "Password: (unchanged" in again.for_each_pc()
    with pytest.raises(UserError, match="must not be the owner"):
        init_server(office["owner_url"], app_role=office["owner"])


def test_the_app_role_cannot_write_to_approved_minutes(office) -> None:
    import datetime as dt

    from advisoryboard.server_setup import init_server
    from advisoryboard.services.meetings import create_meeting

    assert init_server(office["owner_url"], app_role=office["app"]).minutes_triggers
    db = open_database(office["app_url"])
    with transaction(db) as s:
        meeting_id = create_meeting(s, starts_at=dt.datetime(2026, 10, 6, 18, 30))
    db.dispose()
    with _as_app(office) as c:
        c.execute("UPDATE meetings SET minutes_status = 'approved' WHERE id = %s", (meeting_id,))
        with pytest.raises(psycopg.Error, match="locked"):
            c.execute("UPDATE meetings SET location = 'rewritten' WHERE id = %s", (meeting_id,))


def _counts(url: str) -> dict[str, int]:
    from sqlalchemy import func, select

    from database.engine import make_engine

    engine = make_engine(url)
    with engine.connect() as c:
        counts = {
            t.name: c.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }
    engine.dispose()
    return counts


def test_move_copies_every_row_of_a_demo_board_and_refuses_a_non_empty_target(
    office, demo_url: str, capsys
) -> None:
    from advisoryboard.cli import main

    assert main(["server", "move", "--from", demo_url, "--to", office["owner_url"]]) == 0
    assert "every count matches" in capsys.readouterr().out
    source, target = _counts(demo_url), _counts(office["owner_url"])
    assert source == target
    assert source["issues"] == 1500 and source["audit_log"] > 0 and source["votes"] > 0
    # new rows get free ids (sequences moved past the copied ones), also as the app role
    from advisoryboard.server_setup import init_server

    init_server(office["owner_url"], app_role=office["app"])
    db = open_database(office["app_url"])
    with transaction(db) as s:
        new_id = create_issue(s, IssueInput(title="After the move"))
    db.dispose()
    assert new_id > max(1500, 0)
    assert main(["server", "move", "--from", demo_url, "--to", office["owner_url"]]) == 1
    assert "already holds a board" in capsys.readouterr().err
    assert _counts(office["owner_url"])["issues"] == 1501
