"""Crash test: a writer killed with SIGKILL at random moments loses nothing it reported saved."""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import time
from pathlib import Path

import pytest

from advisoryboard.opening import open_database

KILLS = 50


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_record(tmp_path: Path) -> None:
    path = tmp_path / "board.db"
    url = f"sqlite:///{path}"
    open_database(url).dispose()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.support.crash_worker"])  # pay the import cost once
    from tests.support.crash_worker import save_until_killed

    rng = random.Random(20261121)
    reported: list[int] = []
    killed_mid_run = 0
    for round_ in range(KILLS):
        parent_end, child_end = ctx.Pipe(duplex=False)
        child = ctx.Process(target=save_until_killed, args=(url, child_end, round_))
        child.start()
        child_end.close()
        # Mostly kill while saving; sometimes while the child is still opening the database.
        wait_for_ready = rng.random() < 0.9
        if wait_for_ready:
            assert parent_end.poll(60), "the child never opened the database"
            assert parent_end.recv() == ("ready", 0)
        deadline = time.monotonic() + rng.uniform(0.0, 0.12)
        while (left := deadline - time.monotonic()) > 0:
            if parent_end.poll(left):
                kind, member_id = parent_end.recv()
                if kind == "saved":
                    reported.append(member_id)
        child.kill()  # SIGKILL: no cleanup, no flush, mid-transaction if it so happens
        child.join()
        assert child.exitcode == -9
        killed_mid_run += wait_for_ready
        while parent_end.poll(0):
            try:
                kind, member_id = parent_end.recv()
            except EOFError:
                break
            if kind == "saved":
                reported.append(member_id)
        parent_end.close()

    assert killed_mid_run >= KILLS * 0.8 and len(reported) > KILLS, "the test really killed busy writers"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {row[0] for row in conn.execute("SELECT id FROM members")}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    missing = set(reported) - present
    assert not missing, f"{len(missing)} records reported as saved are gone"
    db = open_database(url)  # and the app still opens it
    db.dispose()
