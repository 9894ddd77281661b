"""Agenda, minutes and sign-in sheet made from the demo database and read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from advisoryboard.cli import main
from advisoryboard.errors import NotFound, PermissionDenied, UserError
from advisoryboard.permissions import Actor
from advisoryboard.reports.documents import render
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import MeetingStatus, MinutesStatus, QuorumRule, Role, VotingMethod
from database.models import AgendaItem, Attendance, BoardSettings, Issue, Meeting, Member, Motion
from database.triggers import relock_all, unlock_all
from tests.support.pdf import read_pdf, render_read


def _meeting(db: Database, minutes: MinutesStatus, roll_call: bool = True) -> int:
    """The latest held meeting with minutes in state `minutes` (with a roll-call vote if asked)."""
    with db.session() as s:
        stmt = select(Meeting.id).where(
            Meeting.status == MeetingStatus.HELD, Meeting.minutes_status == minutes
        )
        if roll_call:
            stmt = stmt.where(
                Meeting.id.in_(select(Motion.meeting_id).where(Motion.method == VotingMethod.ROLL_CALL))
            )
        meeting_id = s.scalar(stmt.order_by(Meeting.starts_at.desc()).limit(1))
    assert meeting_id is not None
    return meeting_id


def test_agenda_numbers_items_and_subitems_with_clock_times(demo_db: Database) -> None:
    meeting_id = _meeting(demo_db, MinutesStatus.DRAFT)
    with demo_db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        starts = meeting.starts_at
        items = s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
        ).all()
        board = s.scalar(text("select board_name from board_settings where id = 1"))
    doc = render_read(demo_db, "agenda", {"meeting_id": meeting_id})
    assert 1 <= doc.pages <= 2
    assert board in doc
    assert "Regular meeting" in doc
    assert starts.strftime("%B") in doc and str(starts.year) in doc
    tops = [i for i in items if i.parent_id is None]
    for number, item in enumerate(tops, start=1):
        assert f"{number} {item.title}" in doc
        subs = [i for i in items if i.parent_id == item.id]
        for letter, sub in zip("abcdefgh", subs, strict=False):
            assert f"{number}{letter} {sub.title}" in doc
    # The first item starts at the meeting's start; the second after the first one's minutes.
    first = starts.strftime("%-I:%M %p")
    second = (starts + dt.timedelta(minutes=tops[0].minutes_allotted or 0)).strftime("%-I:%M %p")
    assert first in doc and second in doc
    assert "Accommodation and language assistance" in doc
    assert "Public comment:" in doc
    assert f"Page 1 of {doc.pages}" in doc


def test_agenda_shows_closed_session_reason_and_groups_consent_items(demo_db: Database) -> None:
    with demo_db.session() as s:
        closed = s.execute(
            select(AgendaItem.id, AgendaItem.meeting_id, AgendaItem.title, AgendaItem.closed_reason)
            .where(AgendaItem.closed_session)
            .limit(1)
        ).one()
        unlock_all(s)  # the demo's minutes are approved: write these notes as if amended
        s.execute(
            text("update agenda_items set minutes_notes = 'SECRET personnel details' where id = :i"),
            {"i": closed.id},
        )
        s.execute(
            text(
                "update agenda_items set minutes_notes = 'Public note on the agenda' "
                "where meeting_id = :m and section = 'announcements'"
            ),
            {"m": closed.meeting_id},
        )
        relock_all(s)
        s.commit()
        consent = s.scalar(
            select(func.count()).where(AgendaItem.meeting_id == closed.meeting_id, AgendaItem.consent)
        )
    agenda = render_read(demo_db, "agenda", {"meeting_id": closed.meeting_id})
    assert closed.title in agenda
    assert f"Closed session — {closed.closed_reason}" in agenda
    assert ("Consent agenda" in agenda) == bool(consent)
    minutes = render_read(demo_db, "minutes", {"meeting_id": closed.meeting_id})
    assert f"Held in closed session ({closed.closed_reason})" in minutes
    assert "Public note on the agenda" in minutes  # notes of open items do print
    assert "SECRET" not in minutes.text and "SECRET" not in agenda.text


def test_minutes_record_attendance_quorum_motions_and_roll_call_tallies(demo_db: Database) -> None:
    meeting_id = _meeting(demo_db, MinutesStatus.DRAFT)
    with demo_db.session() as s:
        attendance = s.execute(
            select(Member.name, Attendance.status, Attendance.voting)
            .join(Member, Member.id == Attendance.member_id)
            .where(Attendance.meeting_id == meeting_id)
        ).all()
        motions = s.execute(
            select(Motion.id, Motion.text, Motion.method, Member.name, Motion.result)
            .outerjoin(Member, Member.id == Motion.mover_id)
            .where(Motion.meeting_id == meeting_id)
        ).all()
        tallies = {
            motion_id: (ayes, nays, abst)
            for motion_id, ayes, nays, abst in s.execute(
                text(
                    "select motion_id, sum(choice = 'aye'), sum(choice = 'nay'), sum(choice = 'abstain') "
                    "from votes where motion_id in (select id from motions where meeting_id = :m) "
                    "group by motion_id"
                ),
                {"m": meeting_id},
            )
        }
    doc = render_read(demo_db, "minutes", {"meeting_id": meeting_id})
    assert doc.pages >= 1
    assert "DRAFT — these minutes have not been approved." in doc
    for name, _status, _voting in attendance:
        assert name in doc
    present = sum(1 for _n, st, voting in attendance if voting and st in ("present", "late"))
    assert f"{present} voting members present" in doc
    assert "A quorum was present" in doc
    method_words = {
        VotingMethod.VOICE: "Voice vote",
        VotingMethod.SHOW_OF_HANDS: "Show of hands",
        VotingMethod.ROLL_CALL: "Roll-call vote",
        VotingMethod.UNANIMOUS_CONSENT: "Unanimous consent",
        VotingMethod.BALLOT: "Ballot",
    }
    for motion_id, motion_text, method, mover, result in motions:
        assert motion_text in doc
        assert f"Moved by {mover}" in doc
        outcome = f"{method_words[method]}: {result.value.replace('_', ' ')}"
        assert outcome in doc  # e.g. "Voice vote: carried"
        if method is VotingMethod.ROLL_CALL:
            ayes, nays, abst = tallies[motion_id]
            assert f"{outcome}, {ayes}-{nays}-{abst} (ayes-nays-abstentions)" in doc
    assert "Vote by" not in doc.text
    assert "Action items" in doc
    assert "Called to order:" in doc and "Adjourned:" in doc


def test_approved_minutes_carry_the_approval_line_and_no_draft_watermark(demo_db: Database) -> None:
    meeting_id = _meeting(demo_db, MinutesStatus.APPROVED)
    with demo_db.session() as s:
        approver = s.scalar(
            select(Meeting.starts_at).where(
                Meeting.id
                == select(Meeting.minutes_approved_at_meeting_id)
                .where(Meeting.id == meeting_id)
                .scalar_subquery()
            )
        )
    assert approver is not None
    doc = render_read(demo_db, "minutes", {"meeting_id": meeting_id})
    assert f"Approved by motion at the meeting of {approver:%B} {approver.day}, {approver.year}." in doc
    assert "DRAFT" not in doc.text


def test_sign_in_sheet_lists_the_members_and_blank_public_lines(demo_db: Database) -> None:
    meeting_id = _meeting(demo_db, MinutesStatus.DRAFT)
    with demo_db.session() as s:
        names = s.scalars(
            select(Member.name)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.meeting_id == meeting_id)
        ).all()
    doc = render_read(demo_db, "sign-in", {"meeting_id": meeting_id})
    for name in names:
        assert name in doc
    assert "Signature" in doc and "Members of the public" in doc and "Wish to speak?" in doc


def test_sign_in_sheet_for_a_future_meeting_prefills_seated_members(demo_db: Database) -> None:
    with demo_db.session() as s:
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.status == MeetingStatus.SCHEDULED).limit(1))
        seated = s.scalars(
            text(
                "select m.name from members m join seat_terms t on t.member_id = m.id "
                "join meetings mt on mt.id = :m "
                "where t.start_date <= date(mt.starts_at) "
                "and (t.end_date is null or t.end_date >= date(mt.starts_at))"
            ),
            {"m": meeting_id},
        ).all()
    assert seated
    doc = render_read(demo_db, "sign-in", {"meeting_id": meeting_id})
    for name in seated:
        assert name in doc


def test_missing_meeting_and_permission_are_user_errors(demo_db: Database) -> None:
    with read_only(demo_db) as session, pytest.raises(NotFound):
        render(session, "agenda", {"meeting_id": 999999})
    with read_only(demo_db) as session, pytest.raises(UserError, match="Choose a meeting"):
        render(session, "minutes", {})
    nobody = Actor(username="guest", role=Role.STAFF)
    with read_only(demo_db, nobody) as session, pytest.raises(PermissionDenied):
        render(session, "roster", {"public": False})


def test_cli_prints_agenda_minutes_and_sign_in(demo_url: str, demo_db: Database, tmp_path: Path) -> None:
    meeting_id = _meeting(demo_db, MinutesStatus.DRAFT)
    for kind in ("agenda", "minutes", "sign-in"):
        out = tmp_path / f"{kind}.pdf"
        assert (
            main(
                [
                    "--db",
                    demo_url,
                    "print",
                    kind,
                    "--meeting",
                    str(meeting_id),
                    "-o",
                    str(out),
                    "--lang",
                    "en",
                ]
            )
            == 0
        )
        assert len(PdfReader(out).pages) >= 1
    with read_only(demo_db) as session:
        same = read_pdf(render(session, "agenda", {"meeting_id": meeting_id}))
    assert same.text == read_pdf((tmp_path / "agenda.pdf").read_bytes()).text


def test_cli_refuses_an_unknown_language(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--db", demo_url, "print", "agenda", "--meeting", "1", "-o", str(tmp_path / "a.pdf"), "--lang", "xx"]
    )
    assert code == 1
    assert "Unknown language xx" in capsys.readouterr().err


def test_every_document_builds_on_sqlite_and_postgresql(db: Database) -> None:
    """The report queries are portable: a small demo board prints on both database engines."""
    from advisoryboard.demo import generate

    generate(db, issues=120, years=1, seed=3, today=dt.date(2026, 11, 21))
    meeting_id = _meeting(db, MinutesStatus.DRAFT, roll_call=False)
    with db.session() as s:
        opened = s.scalar(
            select(func.count()).select_from(Issue).where(Issue.reported_on >= dt.datetime(2026, 1, 1))
        )
    documents: list[tuple[str, dict[str, object]]] = [
        ("agenda", {"meeting_id": meeting_id}),
        ("minutes", {"meeting_id": meeting_id}),
        ("sign-in", {"meeting_id": meeting_id}),
        ("roster", {"public": True}),
        ("roster", {"public": False}),
        ("issues", {"status": "all", "group_by": "partner"}),
        ("annual", {"year": 2026}),
    ]
    for kind, params in documents:
        doc = render_read(db, kind, params, today=dt.date(2026, 11, 21))
        assert doc.pages >= 1, kind
        assert f"Page 1 of {doc.pages}" in doc, kind
    annual = render_read(db, "annual", {"year": 2026}, today=dt.date(2026, 11, 21))
    assert f"{opened} issues were opened" in annual


def test_the_board_logo_heads_the_agenda_and_a_broken_logo_is_left_out(
    demo_db: Database, tmp_path: Path
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (30, 90, 160)).save(logo)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    meeting_id = _meeting(demo_db, MinutesStatus.DRAFT)

    def images(path: Path) -> int:
        with transaction(demo_db) as s:
            settings = s.get(BoardSettings, 1)
            assert settings is not None
            settings.logo_path = str(path)
        with read_only(demo_db) as session:
            reader = PdfReader(io.BytesIO(render(session, "agenda", {"meeting_id": meeting_id})))
        xobjects = reader.pages[0]["/Resources"].get_object().get("/XObject") or {}
        return sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")

    assert images(logo) == 1
    assert images(broken) == 0
    assert images(tmp_path / "missing.png") == 0


def test_approved_minutes_list_recorded_corrections_and_adjournment_motion(demo_db: Database) -> None:
    from database.models import MinutesAmendment

    meeting_id = _meeting(demo_db, MinutesStatus.APPROVED)
    with transaction(demo_db) as s:
        s.add(
            MinutesAmendment(
                meeting_id=meeting_id,
                made_by="Secretary <Ana & José>",
                reason="Misspelled name",
                target="meeting.minutes_summary",
                old_text="Jon",
                new_text="John",
            )
        )
    doc = render_read(demo_db, "minutes", {"meeting_id": meeting_id})
    assert "Corrections after approval" in doc
    assert "Secretary <Ana & José>: Misspelled name — was: “Jon”; now: “John”" in doc
    # The motion to adjourn (recorded without an agenda item) sits under the Adjournment item.
    adjournment = doc.text.index("Adjournment Motion")
    assert doc.text.index("To adjourn.", adjournment) > adjournment
    assert "Other motions" not in doc


def test_minutes_count_the_quorum_on_filled_seats_like_roll_call(demo_db: Database) -> None:
    """With attendance recorded for only three members, the printed minutes still need a
    majority of the seats filled that day (what roll call shows), not of the rows recorded."""
    from advisoryboard.services.meetings import roll_call, set_attendance

    meeting_id = _meeting(demo_db, MinutesStatus.DRAFT)
    with transaction(demo_db) as s:
        recorded = s.scalars(
            select(Attendance.member_id).where(Attendance.meeting_id == meeting_id, Attendance.voting)
        ).all()
        for member_id in recorded[3:]:
            set_attendance(s, meeting_id, member_id, None)
        day = s.scalar(select(func.date(Meeting.starts_at)).where(Meeting.id == meeting_id))
        filled = s.scalar(
            text(
                "select count(distinct seats.id) from seat_terms join seats on seats.id = seat_terms.seat_id "
                "where seats.kind = 'voting' and seats.active "
                "and seat_terms.start_date <= :d "
                "and (seat_terms.end_date is null or seat_terms.end_date >= :d)"
            ),
            {"d": day},
        )
        settings = s.get(BoardSettings, 1)
        assert settings is not None and settings.quorum_rule is QuorumRule.MAJORITY_OF_FILLED_SEATS
    with read_only(demo_db) as s:
        shown = roll_call(s, meeting_id).quorum()
    needed = filled // 2 + 1
    assert len(recorded) > 3 and filled > 3
    assert shown.required == needed
    doc = render_read(demo_db, "minutes", {"meeting_id": meeting_id})
    assert f"{needed} needed" in doc
