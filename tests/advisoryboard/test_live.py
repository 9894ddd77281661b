"""Live notices in the core: what a commit tells other PCs, on both databases."""

from __future__ import annotations

import json

import pytest

from advisoryboard import live
from advisoryboard.events import changes
from advisoryboard.opening import open_database
from advisoryboard.services.base import transaction
from advisoryboard.services.issues import IssueInput, create_issue


def test_the_payload_names_areas_and_ids_and_stays_under_the_servers_limit() -> None:
    text = live.payload({"issues"}, {"issues": {3, 1}, "issue_events": {9}})
    data = json.loads(text)
    assert data["areas"] == ["issues"] and data["ids"] == {"issue_events": [9], "issues": [1, 3]}
    origin, notice = live.parse(text)  # type: ignore[misc]
    assert origin == live.ORIGIN and notice == {"issues"}
    assert notice.may_touch("issues", 3) and not notice.may_touch("issues", 2)  # tabs can skip rows
    huge = live.payload({"issues"}, {"issues": set(range(5000))})
    assert len(huge) < 8000 and "ids" not in json.loads(huge)
    assert live.parse(huge)[1].may_touch("issues", 2)  # ids unknown: any row
    bulk = live.parse(live.payload(set(), {}, {"members"}))[1]
    assert bulk == {"members"} and bulk.may_touch("members", 12)
    assert live.parse("not json") is None and live.parse('{"origin": "x"}') is None
    assert live.parse('{"origin": "x", "areas": ["issues", "bogus"]}') == ("x", frozenset({"issues"}))


@pytest.mark.postgres
def test_a_commit_notifies_listeners_and_a_rollback_does_not(pg_url: str) -> None:
    import psycopg

    db = open_database(pg_url)
    with psycopg.connect(live.conninfo(pg_url), autocommit=True) as conn:
        conn.execute(f"LISTEN {live.CHANNEL}")
        with pytest.raises(RuntimeError), transaction(db) as s:
            create_issue(s, IssueInput(title="Never saved"))
            raise RuntimeError("rolled back")
        assert list(conn.notifies(timeout=0.3)) == []
        with transaction(db) as s:
            new_id = create_issue(s, IssueInput(title="Pothole on 5th"))
        (note,) = list(conn.notifies(timeout=2, stop_after=1))
    data = json.loads(note.payload)
    assert data["origin"] == live.ORIGIN and "issues" in data["areas"] and new_id in data["ids"]["issues"]
    assert data["unknown"] == []  # the ids of the savepoint inside create_issue are not lost
    db.dispose()


def test_the_sqlite_watcher_reports_what_another_connection_committed(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    other = open_database(sqlite_url)  # the other window: its own engine and connections
    watcher = live.SqliteWatcher(db.engine)
    heard: list[frozenset[str]] = []
    changes.subscribe(heard.append)
    try:
        assert watcher.poll() == frozenset()
        with transaction(other) as s:
            create_issue(s, IssueInput(title="Noise after midnight"))
        heard.clear()
        notice = watcher.poll()
        assert notice == {"issues"} and heard == [notice]
        (issue_id,) = notice.ids_of("issues")  # from the audit log: which issue
        assert notice.may_touch("issues", issue_id) and not notice.may_touch("issues", issue_id + 1)
        assert watcher.poll() == frozenset()  # told once
        db.engine.dispose()  # as a restore does before it replaces the file
        assert watcher.poll() == frozenset()  # a new baseline on a new connection
        with transaction(other) as s:
            create_issue(s, IssueInput(title="Broken bench"))
        assert watcher.poll() == frozenset({"issues"})
    finally:
        changes.unsubscribe(heard.append)
        watcher.close()
        db.dispose()
        other.dispose()


def test_the_sqlite_watcher_does_not_take_its_own_windows_saves_for_anothers(sqlite_url: str) -> None:
    """The window's own save is announced once, at its commit; the file watcher, whose own
    connection sees the pool's connections as "others", must not announce it a second time
    (that refreshed every tab twice after each save). Another window's save in the same poll
    still comes through."""
    db = open_database(sqlite_url)
    other = open_database(sqlite_url)
    watcher = live.SqliteWatcher(db.engine)
    heard: list[frozenset[str]] = []
    changes.subscribe(heard.append)
    try:
        with transaction(db) as s:
            create_issue(s, IssueInput(title="Streetlight out on Elm"))
        assert heard and all(n == {"issues"} for n in heard)  # the commit's own notices
        heard.clear()
        assert watcher.poll() == frozenset() and heard == []  # not again as someone else's

        with transaction(db) as s:
            mine = create_issue(s, IssueInput(title="Graffiti on the underpass"))
        with transaction(other) as s:
            theirs = create_issue(s, IssueInput(title="Speeding on Oak"))
        heard.clear()
        notice = watcher.poll()
        assert notice.ids_of("issues") == {theirs} and mine != theirs
        assert heard == [notice]
    finally:
        changes.unsubscribe(heard.append)
        watcher.close()
        db.dispose()
        other.dispose()
