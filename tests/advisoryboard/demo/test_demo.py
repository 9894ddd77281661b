"""Demo data is realistic (what a board has) and deterministic (same seed, same data)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select, text

from advisoryboard.demo import generate
from advisoryboard.opening import open_database
from advisoryboard.services.votes import result_of, tally
from database.enums import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    MeetingStatus,
    MinutesStatus,
    QuorumRule,
    ThresholdBase,
    VotingMethod,
)
from database.models import (
    BoardSettings,
    Issue,
    IssueCategory,
    Meeting,
    Member,
    Motion,
    OfficeTerm,
    Seat,
    SeatTerm,
    Vote,
)

TODAY = dt.date(2026, 11, 21)
ROOT = Path(__file__).resolve().parents[3]


def _fingerprint(url: str) -> str:
    db = open_database(url)
    with db.session() as s:
        rows = s.execute(
            select(Issue.reference, Issue.title, Issue.status, Issue.reported_on).order_by(Issue.id)
        ).all()
        members = s.execute(text("SELECT name FROM members ORDER BY id")).scalars().all()
    db.dispose()
    return hashlib.sha256(repr((rows, members)).encode()).hexdigest()


def test_same_seed_same_data_other_seed_other_data(tmp_path) -> None:
    prints = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        url = f"sqlite:///{tmp_path / name}.db"
        db = open_database(url)
        generate(db, issues=400, years=2, seed=seed, today=TODAY)
        db.dispose()
        prints.append(_fingerprint(url))
    assert prints[0] == prints[1]
    assert prints[0] != prints[2]


def test_demo_board_looks_like_a_real_board(db) -> None:
    summary = generate(db, issues=1200, years=3, seed=7, today=TODAY)
    assert summary.issues == 1200
    with db.session() as s:
        count = lambda stmt: s.scalar(select(func.count()).select_from(stmt.subquery()))  # noqa: E731
        seats = s.scalars(select(Seat.id).where(Seat.kind == "voting")).all()
        assert len(seats) == 15
        filled = count(
            select(SeatTerm.seat_id)
            .where(
                SeatTerm.seat_id.in_(seats),
                SeatTerm.start_date <= TODAY,
                (SeatTerm.end_date.is_(None)) | (SeatTerm.end_date >= TODAY),
            )
            .distinct()
        )
        assert 11 <= filled <= 14, "a few vacancies today"
        officers_now = s.execute(
            select(OfficeTerm.office, Member.left_on)
            .join(Member, Member.id == OfficeTerm.member_id)
            .where(OfficeTerm.end_date.is_(None))
        ).all()
        assert {"chair", "secretary", "police_liaison"} <= {office for office, _left in officers_now}
        assert [office for office, left in officers_now if left is not None] == [], (
            "officers are current members"
        )
        categories = count(select(Issue.category_id).distinct())
        assert categories == s.scalar(select(func.count()).select_from(IssueCategory))
        statuses = set(s.scalars(select(Issue.status).distinct()))
        assert statuses & OPEN_STATUSES and statuses & CLOSED_STATUSES
        overdue = count(select(Issue.id).where(Issue.status.in_(OPEN_STATUSES), Issue.due_on < TODAY))
        assert overdue > 0
        held = s.scalars(
            select(Meeting.minutes_status).where(Meeting.status == "held").order_by(Meeting.starts_at)
        ).all()
        assert held.count(MinutesStatus.APPROVED) >= 30
        assert held[-1] == MinutesStatus.DRAFT, "the latest minutes await approval"
        assert count(select(Meeting.id).where(Meeting.status == "scheduled")) >= 2
        roll_call = count(select(Motion.id).where(Motion.method == "roll_call"))
        assert roll_call > 0 and count(select(Vote.id)) >= roll_call * 10
        resolved = s.scalars(select(Issue.id).where(Issue.resolved_on.is_not(None))).all()
        assert resolved
        backwards = count(select(Issue.id).where(Issue.resolved_on < Issue.reported_on))
        assert backwards == 0


def test_demo_data_on_a_sqlite_file_passes_integrity_check(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'd.db'}"
    db = open_database(url)
    generate(db, issues=500, years=2, seed=2, today=TODAY)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    db.dispose()


def test_after_the_demo_new_records_can_be_saved(db) -> None:
    """The demo inserts rows with their ids; on PostgreSQL the next issue, member, meeting and
    timeline entry saved must still get free ids (the sequences follow the rows)."""
    from advisoryboard.services import meetings
    from advisoryboard.services.base import transaction
    from advisoryboard.services.issues import IssueInput, add_note, create_issue
    from advisoryboard.services.members import MemberInput, create_member

    generate(db, issues=60, years=1, seed=3, today=dt.date(2026, 11, 21))
    with db.session() as s:
        highest = {t: s.scalar(text(f"select max(id) from {t}")) for t in ("issues", "members", "meetings")}
    with transaction(db) as s:
        issue_id = create_issue(s, IssueInput(title="Streetlight out on Elm St"))
        member_id = create_member(s, MemberInput(name="Nueva Vecina"))
        meeting_id = meetings.create_meeting(s, starts_at=dt.datetime(2026, 12, 8, 18, 30))
    with transaction(db) as s:
        add_note(s, issue_id, "Called the city.")
    assert (
        issue_id > highest["issues"] and member_id > highest["members"] and meeting_id > highest["meetings"]
    )


_FINGERPRINT = """
import datetime as dt, hashlib, sys
from sqlalchemy import text
from advisoryboard.demo import generate
from advisoryboard.opening import open_database
db = open_database(sys.argv[1])
generate(db, issues=200, years=2, seed=9, today=dt.date(2026, 11, 21))
with db.session() as s:
    rows = [s.execute(text(q)).all() for q in (
        "SELECT event_id, name, street, contact, consent, language FROM event_sign_ins ORDER BY id",
        "SELECT source_value, category_id FROM offense_mappings ORDER BY id",
        "SELECT meeting_id, text, mover_id, result, ayes, nays, abstentions FROM motions ORDER BY id",
        "SELECT meeting_id, member_id, status FROM attendance ORDER BY meeting_id, member_id",
    )]
db.dispose()
print(hashlib.sha256(repr(rows).encode()).hexdigest())
"""


def test_same_seed_same_data_in_another_process(tmp_path) -> None:
    """Benchmarks and screenshots rebuild `advisoryboard demo --seed 9` in a new process, whose
    string hashing differs: the sign-ins, offense mappings, motions and roll calls must not."""
    prints = set()
    for n, hash_seed in enumerate(("1", "2")):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(ROOT))
        done = subprocess.run(
            [sys.executable, "-c", _FINGERPRINT, f"sqlite:///{tmp_path / f'{n}.db'}"],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        prints.add(done.stdout.strip())
    assert len(prints) == 1


def test_demo_meetings_follow_the_boards_quorum_rule(db) -> None:
    """The demo counts a quorum with the board's own rule: bylaws that need more members
    present than there are seats leave every held meeting without business."""
    with db.session() as s, s.begin():
        settings = s.get(BoardSettings, 1)
        settings.quorum_rule, settings.quorum_fixed_number = QuorumRule.FIXED_NUMBER, 40
    generate(db, issues=100, years=1, seed=4, today=TODAY)
    with db.session() as s:
        held = s.scalars(select(Meeting).where(Meeting.status == MeetingStatus.HELD)).all()
        assert held
        assert {m.minutes_summary for m in held} == {"Quorum was not present; no business was transacted."}
        assert s.scalar(select(func.count()).select_from(Motion)) == 0


def test_demo_motions_carry_by_the_vote_rule(db) -> None:
    """A roll-call motion's result is what services/votes.py says of its recorded votes."""
    generate(db, issues=200, years=2, seed=3, today=TODAY)
    with db.session() as s:
        motions = s.scalars(select(Motion).where(Motion.method == VotingMethod.ROLL_CALL)).all()
        assert motions
        for m in motions:
            counts = tally(s.scalars(select(Vote.choice).where(Vote.motion_id == m.id)))
            assert (m.ayes, m.nays, m.abstentions) == (counts.ayes, counts.nays, counts.abstentions)
            assert m.result is result_of(counts, m.threshold, ThresholdBase.VOTES_CAST)
