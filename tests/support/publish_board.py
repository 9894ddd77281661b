"""A demo board full of private data, with markers to search the published site for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select, update

from advisoryboard.demo import generate
from database.enums import MinutesStatus
from database.models import AgendaItem, BoardSettings, Issue, Meeting, Member, Motion
from database.triggers import relock_all, unlock_all

TODAY = dt.date(2026, 11, 21)
HOSTILE = "<b>Ana & José</b>"


def private_board(db) -> list[str]:
    """Fill `db` with a demo board, make its private values unique, return them."""
    generate(db, issues=250, years=2, seed=3, today=TODAY)
    private: list[str] = []
    with db.session() as s:
        # The test plants private values in history, approved minutes too: as the demo loader
        # does, inside this one transaction only (the lock triggers hold again after it).
        unlock_all(s)
        s.get(BoardSettings, 1).board_name = HOSTILE
        for m in s.scalars(select(Member)):
            m.address = f"{m.id} Hiddenlane Court"
            private.append(m.address)
            if not m.publish_contact:
                private += [m.email, m.phone]
        for issue in s.scalars(select(Issue)):
            issue.reporter_name = f"Reporterina Zq{issue.id}"
            issue.reporter_contact = f"reporter{issue.id}@private.invalid"
            private += [issue.reporter_name, issue.reporter_contact]
            if issue.confidential:
                issue.title = f"Confidentialmark {issue.id} stash house"
                private.append(issue.title)
                s.execute(update(AgendaItem).where(AgendaItem.issue_id == issue.id).values(title=issue.title))
                s.execute(
                    update(Motion).where(Motion.issue_id == issue.id).values(text=f"Update on: {issue.title}")
                )
        for item in s.scalars(select(AgendaItem).where(AgendaItem.closed_session.is_(True))):
            item.minutes_notes = f"Closednote {item.id}: the personnel matter of Q."
            item.description = f"Closeddesc {item.id}"
            private += [item.minutes_notes, item.description]
        for meeting in s.scalars(select(Meeting).where(Meeting.minutes_status == MinutesStatus.DRAFT)):
            meeting.minutes_summary = f"Draftsummary {meeting.id} not yet approved"
            private.append(meeting.minutes_summary)
            for item in s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)):
                if not item.closed_session:
                    item.minutes_notes = f"Draftnote {item.id}"
                    private.append(item.minutes_notes)
        s.flush()
        relock_all(s)
        s.commit()
    assert any(p.startswith("Confidentialmark") for p in private)
    assert any(p.startswith("Closednote") for p in private)
    assert any(p.startswith("Draftsummary") for p in private)
    return [p for p in private if p]


def site_texts(folder: Path) -> dict[str, str]:
    """Every file of the site as text (PDFs: their extracted text)."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".pdf":
            out[str(path)] = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
        else:
            out[str(path)] = path.read_text(encoding="utf-8")
    return out
