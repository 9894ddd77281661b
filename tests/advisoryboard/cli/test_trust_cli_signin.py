"""Finding 2 of issue 16: the command line signs in like the window.

The commands run in this process (advisoryboard.cli.main), on SQLite and PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from advisoryboard.cli import main
from advisoryboard.services import auth, members
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import Role
from database.models import AuditEntry, User

ADMIN_PW = "admin password 1"
STAFF_PW = "staff password 1"


@pytest.fixture
def accounts(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    for name in ("ADVISORYBOARD_USER", "ADVISORYBOARD_PASSWORD", "ADVISORYBOARD_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    auth.create_first_admin(db, "mei", "Mei Chen", ADMIN_PW)
    with transaction(db, auth.authenticate(db, "mei", ADMIN_PW)) as s:
        auth.create_user(s, "sam", "Sam Staff", Role.STAFF, STAFF_PW)
        auth.create_user(s, "ana", "Ana", Role.MEMBER, "member password 1")
    return db


def _role(db: Database, name: str) -> Role:
    with read_only(db) as s:
        return s.scalars(select(User.role).where(User.username == name)).one()


def _cli(db: Database, *args: str) -> int:
    return main([*args, "--db", db.url])


def test_without_signing_in_nothing_private_is_read_and_nothing_changes(
    accounts: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = accounts
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("ADVISORYBOARD_PASSWORD", ADMIN_PW)  # a password alone is not a sign-in
    monkeypatch.setenv("ADVISORYBOARD_NEW_PASSWORD", "taken over 123")
    commands = [
        ("users", "set-role", "ana", "admin"),
        ("users", "reset-password", "mei"),
        ("export", "members", "-o", str(tmp_path / "m.csv")),
        ("print", "roster", "-o", str(tmp_path / "r.pdf")),
        ("print", "issues", "--confidential", "-o", str(tmp_path / "i.pdf")),
    ]
    if db.dialect == "sqlite":
        commands += [("backup", "-o", str(tmp_path / "b.db")), ("restore", str(tmp_path / "b.db"))]
    for command in commands:
        assert _cli(db, *command) == 1, command
        assert "sign in with --user" in capsys.readouterr().err
    assert _role(db, "ana") is Role.MEMBER
    assert not any(out.iterdir())
    with pytest.raises(Exception, match="Wrong"):
        auth.authenticate(db, "mei", "taken over 123")


def test_a_signed_in_account_acts_with_its_own_role(
    accounts: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = accounts
    monkeypatch.setenv("ADVISORYBOARD_PASSWORD", STAFF_PW)
    assert _cli(db, "users", "set-role", "--user", "sam", "ana", "admin") == 1
    assert "not allowed" in capsys.readouterr().err
    assert _cli(db, "print", "roster", "--user", "sam", "-o", str(tmp_path / "r.pdf")) == 1
    assert _role(db, "ana") is Role.MEMBER
    monkeypatch.setenv("ADVISORYBOARD_USER", "mei")
    monkeypatch.setenv("ADVISORYBOARD_PASSWORD", ADMIN_PW)
    assert _cli(db, "users", "set-role", "ana", "secretary") == 0
    assert _role(db, "ana") is Role.SECRETARY
    with read_only(db) as s:
        who = s.scalars(select(AuditEntry.username).where(AuditEntry.entity == "users")).all()
    assert who[-1] == "mei"


def test_wrong_passwords_lock_the_command_line_out_like_the_window(
    accounts: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = accounts
    monkeypatch.setenv("ADVISORYBOARD_USER", "mei")
    monkeypatch.setenv("ADVISORYBOARD_PASSWORD", "guess guess guess")
    for _attempt in range(auth.FREE_ATTEMPTS):
        assert _cli(db, "users", "list") == 1
        assert "Wrong username or password" in capsys.readouterr().err
    monkeypatch.setenv("ADVISORYBOARD_PASSWORD", ADMIN_PW)  # right, but locked for now
    assert _cli(db, "users", "list") == 1
    assert "Too many wrong passwords" in capsys.readouterr().err


def test_a_forgotten_admin_password_is_recovered_and_audited(
    accounts: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = accounts
    monkeypatch.setenv("ADVISORYBOARD_NEW_PASSWORD", "a brand new one")
    assert _cli(db, "users", "recover-admin", "ana") == 1  # only administrators
    assert "not an active administrator" in capsys.readouterr().err
    assert _cli(db, "users", "recover-admin", "mei") == 0
    assert auth.authenticate(db, "mei", "a brand new one").role is Role.ADMIN
    with read_only(db) as s:
        username, changes = s.execute(
            select(AuditEntry.username, AuditEntry.changes)
            .where(AuditEntry.entity == "users")
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).one()
    assert username.startswith("recovery:") and "password" in (changes or "")


def test_single_user_databases_need_no_sign_in(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(db, "users", "list") == 0
    assert "single-user mode" in capsys.readouterr().out


def test_export_members_search_matches_no_private_email_for_staff(
    accounts: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = accounts
    with transaction(db, auth.authenticate(db, "mei", ADMIN_PW)) as s:
        members.create_member(s, members.MemberInput("Luis Private", email="luis@example.org"))
    out = tmp_path / "m.csv"
    monkeypatch.setenv("ADVISORYBOARD_PASSWORD", STAFF_PW)
    assert _cli(db, "export", "members", "--user", "sam", "--search", "luis@", "-o", str(out)) == 0
    assert "0 members exported" in capsys.readouterr().out
    assert "Luis" not in out.read_text(encoding="utf-8-sig")
    monkeypatch.setenv("ADVISORYBOARD_PASSWORD", ADMIN_PW)
    assert _cli(db, "export", "members", "--user", "mei", "--search", "luis@", "-o", str(out)) == 0
    assert "1 members exported" in capsys.readouterr().out
    assert "luis@example.org" in out.read_text(encoding="utf-8-sig")
