"""Hostile input through the services: a clear UserError or success, never a crash.

Strings with markup, quotes, NUL bytes, right-to-left marks, emoji and a megabyte of
text; any dates and numbers. Each case in CASES feeds them to one service function;
to cover a new service (or a PDF generator), add one `Case(...)` line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisoryboard.errors import UserError
from advisoryboard.permissions import OFFICE
from advisoryboard.services import audit_log, auth, members
from advisoryboard.services import settings as board_settings
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.enums import MotionResult, Role
from database.models import Issue, Member

HOSTILE = [
    "<b>Ana & José</b>",
    "<script>alert('x')</script>",
    "'; DROP TABLE members; --",
    'quote " and \\ backslash',
    "NUL\x00byte",
    "\u202eright-to-left override\u202c",
    "مجلس الحي الاستشاري",
    "emoji 🚓🚨👮🏽‍♀️",
    "",
    "   ",
    "%s %(name)s {name} {0}",
    "\r\n\t",
    "x" * 1_000_000,
    "lone surrogate \ud800 here",  # issue 16: valid in Python, not encodable for the database
    "\udcff",
]
#: Any code point, surrogates included (hypothesis leaves them out by default).
any_text = st.text(st.characters(exclude_categories=()), max_size=60)
texts = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=300), any_text)
numbers = st.one_of(st.integers(), st.sampled_from([0, -1, 2**31, 2**63, -(2**63)]))
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@dataclass(frozen=True)
class Case:
    name: str
    #: run(db, text, number, date) -> what to read back (or None)
    run: Callable[[Database, str, int, dt.date], Any]
    examples: int = 12


def _member(db: Database, text: str, number: int, day: dt.date) -> None:
    with transaction(db) as s:
        s.add(Member(name=text, notes=text, joined_on=day))


def _issue(db: Database, text: str, number: int, day: dt.date) -> None:
    with transaction(db) as s:
        issue = Issue(reference=text[:20], ref_year=day.year, ref_seq=number, title=text, location=text)
        issue.due_on = day
        s.add(issue)


def _member_service(db: Database, text: str, number: int, day: dt.date) -> None:
    data = members.MemberInput(
        name=text, email=text, phone=text, address=text, district=text[:60], notes=text, joined_on=day
    )
    with transaction(db) as s:
        member_id = members.create_member(s, data, today=day)
    with read_only(db) as s:
        assert members.get_member(s, member_id, today=day).id == member_id  # reads back


def _settings(db: Database, text: str, number: int, day: dt.date) -> None:
    with transaction(db) as s:
        board_settings.update_settings(
            s,
            {"board_name": text, "seat_count": number, "accommodation_notice": text, "timezone": text[:64]},
        )


def _settings_texts(db: Database, text: str, number: int, day: dt.date) -> None:
    for field in ("default_location", "public_comment_instructions", "language", "backup_folder"):
        with transaction(db) as s:
            board_settings.update_settings(s, {field: text})
        with read_only(db) as s:
            stored = getattr(board_settings.get_settings(s), field)
        assert stored in (text.strip() or None, str(text.strip())), "saved exactly as typed (trimmed)"


def _account(db: Database, text: str, number: int, day: dt.date) -> None:
    with transaction(db) as s:
        auth.create_user(s, text[:100], text, Role.MEMBER, text)


def _sign_in(db: Database, text: str, number: int, day: dt.date) -> None:
    auth.authenticate(db, text, text)


def _audit_filters(db: Database, text: str, number: int, day: dt.date) -> None:
    with read_only(db) as s:
        flt = audit_log.AuditFilter(username=text, entity=text, entity_id=number, date_from=day, date_to=day)
        audit_log.list_entries(s, flt, offset=number, limit=50)
        audit_log.count_entries(s, flt)


def _pdfs(db: Database, text: str, number: int, day: dt.date) -> None:
    """Hostile text in names and titles prints, and every PDF reads back.

    Texts are cut to 20,000 characters here to keep the run short (three PDFs per example);
    the other cases get the full megabyte.
    """
    import io

    text = text[:20_000]

    from pypdf import PdfReader

    from advisoryboard.reports.documents import render

    with transaction(db) as s:
        s.add(Member(name=text or "x", notes=text, phone=text[:40], joined_on=day))
        s.add(
            Issue(
                reference=f"H-{abs(number) % 10**9}", ref_year=2026, ref_seq=abs(number) % 2**31, title=text
            )
        )
    for kind, params in (
        ("roster", {"public": True}),
        ("roster", {"public": False}),
        ("issues", {"status": "all"}),
    ):
        with read_only(db) as s:
            pdf = render(s, kind, params, today=dt.date(2026, 11, 21))
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) >= 1
        for page in reader.pages:
            page.extract_text()


def _issue_service(db: Database, text: str, number: int, day: dt.date) -> None:
    """A new issue, a note, a search: hostile text is stored and found, or refused clearly."""
    from advisoryboard.services import issue_listing, issue_search, issues

    data = issues.IssueInput(
        title=text,
        description=text,
        location=text[:300],
        district=text[:60],
        reporter_name=text,
        reporter_contact=text,
        due_on=day,
    )
    with transaction(db) as s:
        issue_id = issues.create_issue(s, data)
    with transaction(db) as s:
        issues.add_note(s, issue_id, text)
    with read_only(db) as s:
        flt = issue_search.IssueFilter(status="all", text=text[:200], date_from=day, date_to=day)
        issue_search.count_issues(s, flt, today=day)
        issue_listing.sorted_ids(s, flt, today=day)


def _partner_service(db: Database, text: str, number: int, day: dt.date) -> None:
    from advisoryboard.services import partners

    with transaction(db) as s:
        partners.create_partner(
            s,
            partners.PartnerInput(
                name=text, contact_person=text, notes=text
            ),  # email/phone are checked formats
        )


def _meeting_services(db: Database, text: str, number: int, day: dt.date) -> None:
    """A meeting, an agenda item, a motion and the minutes summary, then its three PDFs."""
    import io

    from pypdf import PdfReader

    from advisoryboard.reports.documents import render
    from advisoryboard.services import agenda_edit, meetings, minutes, motions

    text = text[:20_000]  # three PDFs per example: keep the run short (other cases get 1 MB)
    starts = dt.datetime.combine(day, dt.time(18, 30))
    with transaction(db) as s:
        meeting_id = meetings.create_meeting(s, starts_at=starts, location=text[:300], title=text[:200])
    with transaction(db) as s:
        agenda_edit.add_item(
            s,
            meeting_id,
            agenda_edit.ItemInput(
                title=text, description=text, presenter=text[:200], minutes_allotted=number
            ),
        )
    with transaction(db) as s:
        motions.record_motion(
            s, meeting_id, motions.MotionInput(text=text, declared_result=MotionResult.CARRIED)
        )
    with read_only(db) as s:
        version = meetings.get_meeting(s, meeting_id).version
    with transaction(db) as s:
        minutes.set_minutes_header(
            s,
            meeting_id,
            version,
            called_to_order_at=None,
            adjourned_at=None,
            presiding_member_id=None,
            summary=text,
        )
    for kind in ("agenda", "minutes", "sign-in"):
        with read_only(db) as s:
            pdf = render(s, kind, {"meeting_id": meeting_id}, today=dt.date(2026, 11, 21))
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) >= 1
        for page in reader.pages:
            page.extract_text()


CASES = [
    Case("member (ORM, audited)", _member),
    Case("issue (ORM, audited)", _issue),
    Case("member service", _member_service),
    Case("board settings", _settings),
    Case("board settings texts", _settings_texts),
    Case("create account", _account),
    Case("sign in", _sign_in, examples=4),  # argon2 is slow on purpose
    Case("audit log filters", _audit_filters),
    Case("printed roster and issue list", _pdfs, examples=6),
    Case("issue service and search", _issue_service),
    Case("partner service", _partner_service),
    Case("meeting, agenda, motion, minutes and their PDFs", _meeting_services, examples=6),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_input_gives_a_clear_error_or_success(db, case: Case) -> None:
    @settings(
        max_examples=case.examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(text=texts, number=numbers, day=dates)
    def check(text: str, number: int, day: dt.date) -> None:
        message = None
        try:
            case.run(db, text, number, day)
        except UserError as exc:  # anything else fails the test: a crash
            message = exc.message
        if message is not None:
            assert message.strip(), "an error a person can read"
            assert "Traceback" not in message

    check()
    with read_only(db, OFFICE) as s:  # the database is still usable afterwards
        board_settings.get_settings(s)
