"""The `advisoryboard` command as a user runs it: real processes, real files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from advisoryboard import __version__
from tests.support.cli import run


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"advisoryboard {__version__}"


def test_init_then_demo_then_info(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'board.db'}"
    assert run("--db", url, "init").returncode == 0
    demo = run("demo", "--db", url, "--issues", "300", "--years", "2", "--seed", "3")
    assert demo.returncode == 0, demo.stderr
    assert "300 issues" in demo.stdout
    info = run("info", "--db", url)
    assert "issues: 300" in info.stdout
    conn = sqlite3.connect(tmp_path / "board.db")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM issues").fetchone() == (300,)


def test_the_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, ADVISORYBOARD_DB=f"sqlite:///{tmp_path / 'env.db'}")
    assert run("init", env=env).returncode == 0
    assert (tmp_path / "env.db").exists()


def test_a_user_error_is_one_line_on_stderr_and_no_traceback(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    result = run("--db", f"sqlite:///{notes}", "init")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("advisoryboard: ") and "not an Advisory Board database" in lines[0]
    assert "Traceback" not in result.stderr


def test_demo_refuses_a_database_that_already_has_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'board.db'}"
    assert run("--db", url, "demo", "--issues", "10").returncode == 0
    again = run("--db", url, "demo", "--issues", "10")
    assert again.returncode == 1
    assert "already holds" in again.stderr


def test_bad_arguments_are_reported_by_argparse() -> None:
    result = run("demo", "--issues", "many")
    assert result.returncode == 2
    assert "invalid int value" in result.stderr
