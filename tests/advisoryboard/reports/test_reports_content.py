"""Safety of content: hostile markup, long text, many scripts, private and confidential data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from advisoryboard.reports import fonts
from advisoryboard.services.base import transaction
from database.engine import Database
from database.enums import OPEN_STATUSES, AgendaSection, AttendanceStatus, MeetingKind, SeatKind
from database.models import (
    AgendaItem,
    Attendance,
    Issue,
    Meeting,
    Member,
    Motion,
    Seat,
    SeatTerm,
)
from tests.support.pdf import render_read

HOSTILE = "<b>Ana & José</b>"
VIETNAMESE = "Nguyễn Thị Minh Khai"
CHINESE = "王小明"
ARABIC = "محمد عبد الله"
FONT_TAG = 'Bring <font size="40">LOUD</font> & <br/> tags'
LONG_END = "END-OF-LONG-NOTE"


def _hostile_meeting(db: Database) -> int:
    """A meeting whose people and texts are all things that break naive markup."""
    today = dt.date(2026, 11, 21)
    with transaction(db) as s:
        seat = Seat(label="Seat Hostile", kind=SeatKind.VOTING, sort_order=99)
        s.add(seat)
        people = [
            Member(name=HOSTILE, phone="617-555-0001", publish_contact=False),
            Member(name=VIETNAMESE, phone="617-555-0002", publish_contact=True),
            Member(name=CHINESE),
            Member(name=ARABIC),
        ]
        s.add_all(people)
        s.flush()
        s.add(SeatTerm(seat_id=seat.id, member_id=people[0].id, start_date=dt.date(2026, 1, 1)))
        meeting = Meeting(
            kind=MeetingKind.SPECIAL,
            starts_at=dt.datetime.combine(today, dt.time(18, 0)),
            location="Salón <i>Comunitario</i> & Café",
            title=FONT_TAG,
        )
        s.add(meeting)
        s.flush()
        item = AgendaItem(
            meeting_id=meeting.id,
            position=1,
            section=AgendaSection.NEW_BUSINESS,
            title=f"Report by {HOSTILE}",
            presenter=CHINESE,
            description=FONT_TAG,
            minutes_allotted=10,
            minutes_notes=" ".join(f"word{i}" for i in range(6000)) + " " + LONG_END,
        )
        s.add(item)
        s.flush()
        for person in people:
            s.add(Attendance(meeting_id=meeting.id, member_id=person.id, status=AttendanceStatus.PRESENT))
        s.add(
            Motion(
                meeting_id=meeting.id,
                agenda_item_id=item.id,
                text=f"To thank {ARABIC} & {VIETNAMESE} for <u>everything</u>",
                mover_id=people[0].id,
                seconder_id=people[2].id,
            )
        )
        return meeting.id


def test_hostile_strings_print_literally_in_agenda_minutes_and_sign_in(demo_db: Database) -> None:
    meeting_id = _hostile_meeting(demo_db)
    agenda = render_read(demo_db, "agenda", {"meeting_id": meeting_id})
    assert f"Report by {HOSTILE}" in agenda
    assert FONT_TAG in agenda
    assert "Salón <i>Comunitario</i> & Café" in agenda
    assert CHINESE in agenda
    minutes = render_read(demo_db, "minutes", {"meeting_id": meeting_id})
    for name in (HOSTILE, VIETNAMESE, CHINESE, ARABIC):
        assert name in minutes
    # pypdf re-orders mixed right-to-left lines its own way, so check the parts.
    assert "To thank" in minutes and f"{VIETNAMESE} for <u>everything</u>" in minutes
    assert f"Moved by {HOSTILE}; seconded by {CHINESE}." in minutes
    # The long note wraps and splits across pages, and nothing of it is lost.
    assert minutes.pages >= 3
    assert "word0 word1 word2" in minutes and "word5999" in minutes and LONG_END in minutes
    sign_in = render_read(demo_db, "sign-in", {"meeting_id": meeting_id})
    for name in (HOSTILE, VIETNAMESE, CHINESE, ARABIC):
        assert name in sign_in


def test_every_script_gets_a_font_that_has_its_glyphs(demo_db: Database) -> None:
    fonts.register_fonts()
    for name in (HOSTILE, VIETNAMESE, CHINESE, ARABIC):
        for font, run in fonts.runs(name):
            chars = fonts._body_chars if font == fonts.BODY else fonts._cjk_chars
            missing = [c for c in run if not c.isspace() and ord(c) not in chars]
            assert not missing, f"{name!r}: {missing} would print as boxes"
    assert fonts.runs(CHINESE) == [(fonts.CJK, CHINESE)]
    assert fonts.runs(f"Wang {CHINESE}") == [(fonts.BODY, "Wang "), (fonts.CJK, CHINESE)]
    minutes = render_read(demo_db, "minutes", {"meeting_id": _hostile_meeting(demo_db)})
    assert any(font.endswith("DejaVuSans") or "ABSans" in font for font in minutes.fonts), minutes.fonts
    assert any("ABFallback" in font or "DroidSans" in font for font in minutes.fonts), minutes.fonts


def test_arabic_is_shaped_and_put_in_display_order() -> None:
    import unicodedata

    shown = fonts.visual(f"Name: {ARABIC}!")
    assert shown.startswith("Name: ")
    letters = unicodedata.normalize("NFKC", shown.removeprefix("Name: "))
    assert letters.replace("!", "") == ARABIC[::-1]  # right-to-left: drawn last letter first
    assert shown != unicodedata.normalize("NFKC", shown)  # joined (contextual) letter forms
    assert fonts.visual(VIETNAMESE) == VIETNAMESE
    assert fonts.markup(HOSTILE) == "&lt;b&gt;Ana &amp; José&lt;/b&gt;"


def test_public_roster_hides_private_contacts_and_internal_roster_shows_them(demo_db: Database) -> None:
    today = dt.date.today()
    with demo_db.session() as s:
        seated = (
            select(Member.name, Member.phone, Member.publish_contact)
            .join(SeatTerm, SeatTerm.member_id == Member.id)
            .where(SeatTerm.start_date <= today)
            .where((SeatTerm.end_date.is_(None)) | (SeatTerm.end_date >= today))
        )
        rows = s.execute(seated).all()
    private = [phone for _n, phone, published in rows if phone and not published]
    public = [phone for _n, phone, published in rows if phone and published]
    assert private and public
    public_doc = render_read(demo_db, "roster", {"public": True})
    internal_doc = render_read(demo_db, "roster", {"public": False})
    for name, _phone, _published in rows:
        assert name in public_doc and name in internal_doc
    for phone in private:
        assert phone not in public_doc.text
        assert phone in internal_doc
    for phone in public:
        assert phone in public_doc
    assert "Vacant seats:" in public_doc


def test_issue_list_counts_open_issues_and_leaves_out_confidential_ones(demo_db: Database) -> None:
    with demo_db.session() as s:
        open_public = (
            s.execute(
                select(Issue.reference).where(Issue.status.in_(OPEN_STATUSES), Issue.confidential.is_(False))
            )
            .scalars()
            .all()
        )
        confidential = (
            s.execute(select(Issue.reference).where(Issue.status.in_(OPEN_STATUSES), Issue.confidential))
            .scalars()
            .all()
        )
        assignees = s.scalar(
            select(func.count(func.distinct(Issue.assignee_member_id))).where(
                Issue.status.in_(OPEN_STATUSES), Issue.confidential.is_(False)
            )
        )
    assert confidential, "the demo data should have open confidential issues"
    doc = render_read(demo_db, "issues", {"status": "open"})
    assert f"{len(open_public)} issues, oldest first." in doc
    for ref in open_public:
        assert ref in doc
    for ref in confidential:
        assert ref not in doc.text
    assert doc.text.count("Days Ref.") + doc.text.count("Ref. Issue") >= (assignees or 0)
    internal = render_read(demo_db, "issues", {"status": "open", "confidential": True, "group_by": "partner"})
    for ref in confidential:
        assert ref in internal
    assert "[CONFIDENTIAL]" in internal


def test_annual_summary_never_lists_confidential_issues(demo_db: Database) -> None:
    with demo_db.session() as s:
        titles = (
            s.execute(select(Issue.reference).where(Issue.status.in_(OPEN_STATUSES), Issue.confidential))
            .scalars()
            .all()
        )
    doc = render_read(demo_db, "annual", {"year": 2025}, today=dt.date(2026, 11, 21))
    for ref in titles:
        assert ref not in doc.text


def test_annual_summary_prints_no_motion_text_about_a_confidential_issue(demo_db: Database) -> None:
    from database.enums import MotionResult
    from database.models import Meeting, Motion

    with demo_db.session() as s:
        year = 2025
        secret = s.scalar(select(Issue).where(Issue.confidential).limit(1))
        motion = s.scalar(
            select(Motion)
            .join(Meeting, Meeting.id == Motion.meeting_id)
            .where(
                Meeting.starts_at >= dt.datetime(year, 1, 1), Meeting.starts_at < dt.datetime(year + 1, 1, 1)
            )
            .where(Motion.approves_minutes_of_meeting_id.is_(None))
            .limit(1)
        )
        assert secret is not None and motion is not None
        from database.triggers import relock_all, unlock_all

        unlock_all(s)  # history written as the demo writes it
        motion.issue_id = secret.id
        motion.text = "Refer the Hiddenlane stash house to the police"
        motion.kind = motion.kind.MAIN
        motion.result = MotionResult.CARRIED  # so the summary lists it
        s.flush()
        relock_all(s)
        s.commit()
    doc = render_read(demo_db, "annual", {"year": year}, today=dt.date(2026, 11, 21))
    assert "Hiddenlane" not in doc.text


def test_plain_text_takes_the_short_way_to_the_same_markup(monkeypatch) -> None:
    """Printable ASCII skips the per-character font and script work; what it prints is the
    same as the long way gives, markup characters escaped."""
    texts = ["<b>Ana & Jose</b>", "Graffiti on 5th St. (north wall)", "100% > 99 \"quoted\" 'too'", ""]
    fonts.register_fonts()
    short = [fonts.markup(t) for t in texts]
    monkeypatch.setattr(fonts, "_ascii_in_body", False)  # as if the body font lacked ASCII
    assert short == [fonts.markup(t) for t in texts]
    assert short[0] == "&lt;b&gt;Ana &amp; Jose&lt;/b&gt;"
    # Text that is not plain ASCII still goes the long way: line breaks, other scripts.
    monkeypatch.setattr(fonts, "_ascii_in_body", True)
    assert fonts.markup("one\ntwo") == "one<br/>two"
    assert fonts.needs_fallback("北京") and not fonts.needs_fallback("Beat 51")
