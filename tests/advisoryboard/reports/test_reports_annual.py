"""The annual summary: its figures match counts made independently from the database."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
from pypdf import PdfReader
from sqlalchemy import text

from advisoryboard.cli import main
from advisoryboard.reports.documents import render
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.models import BoardSettings
from tests.support.pdf import read_pdf, render_read

TODAY = dt.date(2026, 11, 21)


def _frame(db: Database, sql: str, **params: object) -> pd.DataFrame:
    with db.engine.connect() as conn:
        return pd.read_sql_query(text(sql), conn, params=params)  # type: ignore[arg-type]


def test_annual_summary_counts_match_the_database(demo_db: Database) -> None:
    start, end = "2025-01-01", "2026-01-01"
    meetings = _frame(
        demo_db,
        "select kind, status from meetings where starts_at >= :a and starts_at < :b",
        a=start,
        b=end,
    )
    issues = _frame(
        demo_db,
        "select c.name as category, i.status, i.reported_on, i.resolved_on from issues i "
        "left join issue_categories c on c.id = i.category_id",
    )
    for column in ("reported_on", "resolved_on"):
        issues[column] = pd.to_datetime(issues[column], format="ISO8601")
    opened = issues[(issues.reported_on >= start) & (issues.reported_on < end)]
    closed = issues[(issues.resolved_on >= start) & (issues.resolved_on < end)]
    still = opened[opened.status.isin(["new", "acknowledged", "referred", "in_progress"])]
    resolved = closed[closed.status == "resolved"]
    medians = (
        ((resolved.resolved_on - resolved.reported_on).dt.total_seconds() / 86400)
        .groupby(resolved.category)
        .median()
    )
    # An issue counts once per partner: by its referral entries in the year, or, when it has
    # none at all, by its report date.
    referrals = _frame(
        demo_db,
        "select p.name, count(*) as n from partners p join ("
        " select distinct e.partner_id, e.issue_id from issue_events e"
        " where e.kind = 'referral' and e.at >= :a and e.at < :b"
        " union all"
        " select i.partner_id, i.id from issues i where i.partner_id is not null"
        " and i.reported_on >= :a and i.reported_on < :b"
        " and i.id not in (select issue_id from issue_events"
        " where kind = 'referral' and partner_id is not null)"
        ") r on r.partner_id = p.id group by p.name",
        a=start,
        b=end,
    )
    carried = _frame(
        demo_db,
        "select count(*) as n from motions m join meetings g on g.id = m.meeting_id "
        "where g.starts_at >= :a and g.starts_at < :b and m.result = 'carried'",
        a=start,
        b=end,
    ).n[0]

    doc = render_read(demo_db, "annual", {"year": 2025}, today=TODAY)

    held = meetings[meetings.status == "held"]
    cancelled = int((meetings.status == "cancelled").sum())
    assert f"Meetings held: {len(held)}. Meetings cancelled: {cancelled}." in doc
    assert f"Regular meeting {int((held.kind == 'regular').sum())}" in doc
    assert (
        f"{len(opened)} issues were opened and {len(closed)} were resolved or closed; "
        f"{len(still)} of this period's issues are still open." in doc
    )
    for category, group in opened.groupby("category"):
        row = (
            f"{category} {len(group)} {int((closed.category == category).sum())} "
            f"{int((still.category == category).sum())} {medians[category]:.0f}"
        )
        assert row in doc, row
    for name, n in referrals.itertuples(index=False):
        assert f"{name} {n}" in doc
    assert f"Carried {carried}" in doc
    assert "Calendar year 2025" in doc
    assert f"Page 1 of {doc.pages}" in doc and f"Page {doc.pages} of {doc.pages}" in doc
    for heading in ("Contents", "Meetings held", "Attendance", "Officers and roster changes", "Motions"):
        assert heading in doc
    assert "Community issues" in doc.page_texts[0]  # listed in the table of contents on the cover


def test_attendance_rates_in_the_matrix(demo_db: Database) -> None:
    rates = _frame(
        demo_db,
        "select m.id, m.name, avg(case when a.status in ('present', 'late') then 100.0 else 0 end) as rate "
        "from attendance a join members m on m.id = a.member_id join meetings g on g.id = a.meeting_id "
        "where a.voting and g.status = 'held' and g.starts_at >= '2025-01-01' and g.starts_at < '2026-01-01' "
        "group by m.id, m.name",
    )
    doc = render_read(demo_db, "annual", {"year": 2025}, today=TODAY)
    assert len(rates) > 5
    assert rates.name.duplicated().any(), "the demo has two members with the same name: both get a row"
    for _id, name, rate in rates.itertuples(index=False):
        assert f"{round(rate)}%" in doc, name
    for name in set(rates.name):
        assert doc.text.count(f"{name} ") >= int((rates.name == name).sum())


def test_fiscal_year_uses_the_start_month_from_the_settings(demo_db: Database) -> None:
    with transaction(demo_db) as s:
        settings = s.get(BoardSettings, 1)
        assert settings is not None
        settings.fiscal_year_start_month = 7
    opened = _frame(
        demo_db,
        "select count(*) as n from issues where reported_on >= '2025-07-01' and reported_on < '2026-07-01'",
    ).n[0]
    doc = render_read(demo_db, "annual", {"year": 2025, "fiscal": True}, today=TODAY)
    assert "Fiscal year July 1, 2025 – June 30, 2026" in doc
    assert f"{opened} issues were opened" in doc


def test_charts_are_vector_drawings_and_cli_writes_the_summary(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "annual.pdf"
    assert main(["--db", demo_url, "print", "annual", "--year", "2025", "-o", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) >= 4
    for page in reader.pages:
        xobjects = page["/Resources"].get_object().get("/XObject") or {}
        assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    assert "Issues per month" in " ".join(p.extract_text() for p in reader.pages)


def test_contents_give_the_page_of_each_section_and_link_to_it(demo_db: Database) -> None:
    import re

    for language in ("en", "es"):
        with read_only(demo_db) as s:
            pdf = render(s, "annual", {"year": 2025}, language=language, today=TODAY)
        doc = read_pdf(pdf)
        contents = doc.page_texts[0].split("Contents" if language == "en" else "Contenido", 1)[1]
        reader = PdfReader(io.BytesIO(pdf))
        headings = [o.title for o in reader.outline]
        numbers = [int(n) for n in re.findall(r"(?:\.\s*){3,}(\d+)", contents)]
        assert len(headings) == len(numbers) >= 8, (headings, numbers)
        entries = list(zip(headings, numbers, strict=True))
        assert numbers == sorted(numbers)
        for heading, page in entries:
            assert heading in contents
            assert 2 <= page <= doc.pages
            assert heading in doc.page_texts[page - 1], (language, heading, page)
        index = {p.indirect_reference.idnum: i + 1 for i, p in enumerate(reader.pages)}
        links = [a.get_object() for a in reader.pages[0]["/Annots"]]  # type: ignore[attr-defined]
        targets = sorted(index[link["/Dest"][0].idnum] for link in links if "/Dest" in link)
        # each entry links twice (its text and its page number) to the page it names, and the
        # viewer's outline (bookmarks) leads to the same pages
        assert targets == sorted([n for _h, n in entries] * 2)
        assert [reader.get_destination_page_number(o) + 1 for o in reader.outline] == numbers  # type: ignore[arg-type]
