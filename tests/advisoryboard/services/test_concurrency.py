"""Two people save the same issue at once (two PCs on PostgreSQL, two windows on SQLite).

Each writer loads the issue, appends its own words to the description and saves with the
version it loaded, like a form does. A writer that loses sees a ConflictError, reloads and
tries again. At the end every word of both writers is there: no update was lost.
"""

from __future__ import annotations

import threading

from advisoryboard.errors import ConflictError
from advisoryboard.permissions import Actor
from advisoryboard.services.base import check_version, get_or_404, read_only, transaction
from database.enums import Role
from database.models import Issue

ROUNDS = 12


def _load(db, issue_id: int) -> tuple[int, str]:
    with read_only(db) as s:
        issue = get_or_404(s, Issue, issue_id, "Issue")
        return issue.version, issue.description or ""


def _save(db, actor: Actor, issue_id: int, version: int, description: str) -> None:
    with transaction(db, actor) as s:
        issue = get_or_404(s, Issue, issue_id, "Issue")
        check_version(issue, version, "Issue")
        issue.description = description


def test_two_writers_lose_no_update_and_the_loser_sees_the_conflict(db) -> None:
    with transaction(db) as s:
        issue = Issue(reference="2026-0001", ref_year=2026, ref_seq=1, title="Broken streetlight on Elm St")
        s.add(issue)
    both_loaded = threading.Barrier(2, timeout=30)
    conflicts = {"ana": 0, "luis": 0}
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        actor = Actor(name, Role.MEMBER)
        try:
            for k in range(ROUNDS):
                while True:
                    version, text = _load(db, issue.id)
                    if k == 0 and conflicts[name] == 0:
                        both_loaded.wait()  # the first round: both hold the same version
                    try:
                        _save(db, actor, issue.id, version, f"{text} {name}{k}")
                        break
                    except ConflictError:
                        conflicts[name] += 1
        except BaseException as exc:  # reported below, with the thread's traceback
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in conflicts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    version, text = _load(db, issue.id)
    words = text.split()
    expected = {f"{n}{k}" for n in conflicts for k in range(ROUNDS)}
    assert sorted(words) == sorted(expected), "every saved word is there, none twice"
    assert version == 1 + 2 * ROUNDS
    assert sum(conflicts.values()) >= 1, "the writer that lost the first round saw the conflict"
    # Each writer's own words stay in its order (it always appended to what it had loaded).
    for n in conflicts:
        mine = [w for w in words if w.startswith(n)]
        assert mine == [f"{n}{k}" for k in range(ROUNDS)]


def test_two_sessions_flushing_the_same_loaded_row_the_second_gets_a_conflict(pg_url: str) -> None:
    """Without a form version check, the version column alone stops the lost update (PostgreSQL)."""
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import translate_db_error

    db = open_database(pg_url)
    with transaction(db) as s:
        issue = Issue(reference="2026-0002", ref_year=2026, ref_seq=2, title="Graffiti")
        s.add(issue)
    first = db.sessions()
    second = db.sessions()
    try:
        mine = first.get(Issue, issue.id)
        theirs = second.get(Issue, issue.id)
        assert mine is not None and theirs is not None
        theirs.title = "Graffiti (theirs)"
        second.commit()
        mine.title = "Graffiti (mine)"
        try:
            first.commit()
            raise AssertionError("the second save went through")
        except Exception as exc:
            first.rollback()
            friendly = translate_db_error(exc)
            assert isinstance(friendly, ConflictError)
    finally:
        first.close()
        second.close()
    with read_only(db) as s:
        assert get_or_404(s, Issue, issue.id, "Issue").title == "Graffiti (theirs)"
    db.dispose()
