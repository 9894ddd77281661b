"""Printed documents: the agenda PDF and the annual summary vs. a plain reportlab document."""

from __future__ import annotations

import io
import time
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.harness import Result, at_most, median, ratio


def plain_reportlab(pages: int) -> bytes:
    """A plain document of `pages` pages: per page a heading, a paragraph and a table of
    24 rows × 4 wrapped-text cells (Paragraphs, as any table of free text needs), built in
    one pass with no charts and no data to query."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story: list[object] = []
    for page in range(pages):
        story.append(Paragraph(f"Section {page + 1}", styles["Heading2"]))
        story.append(Paragraph("Issues reported, referred and resolved in the period. " * 3, body))
        rows = [[Paragraph(h, body) for h in ("Category", "Reported", "Resolved", "Median days")]]
        rows += [
            [
                Paragraph(f"Category {i} &amp; more", body),
                Paragraph(str(i * 7), body),
                Paragraph(str(i * 5), body),
                Paragraph(str(i), body),
            ]
            for i in range(24)
        ]
        table = Table(rows, colWidths=[220, 90, 90, 90])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
        story.append(table)
        if page < pages - 1:
            story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build(story)  # type: ignore[arg-type]
    return out.getvalue()


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def busiest_year(db: object) -> tuple[int, int]:
    """The full calendar year with the most issues reported, and that number."""
    from advisoryboard.services.base import read_only
    from database.models import Issue

    with read_only(db) as session:  # type: ignore[arg-type]
        year = func.strftime("%Y", Issue.reported_on)
        rows = session.execute(select(year, func.count()).group_by(year)).all()
    this_year = time.localtime().tm_year
    full = [(int(y), n) for y, n in rows if y and int(y) < this_year]
    return max(full, key=lambda r: r[1])


def documents(db_path: Path, runs: int) -> list[Result]:
    from advisoryboard.opening import open_database
    from advisoryboard.reports.documents import meeting_choices, render
    from advisoryboard.services.base import read_only

    db = open_database(f"sqlite:///{db_path}")
    with read_only(db) as session:
        meeting_id = meeting_choices(session)[0].id

    def agenda() -> bytes:
        with read_only(db) as session:
            return render(session, "agenda", {"meeting_id": meeting_id})

    year, issues = busiest_year(db)

    def annual() -> bytes:
        with read_only(db) as session:
            return render(session, "annual", {"year": year})

    agenda()  # the first print imports reportlab and registers fonts; time the steady state
    agenda_times = []
    for _ in range(runs):
        start = time.perf_counter()
        agenda()
        agenda_times.append(time.perf_counter() - start)
    pages = page_count(annual())
    plain_pages = page_count(plain_reportlab(pages))
    if plain_pages != pages:
        raise AssertionError(f"the plain document has {plain_pages} pages, not {pages}")
    annual_times, plain_times = [], []
    for _ in range(runs):
        start = time.perf_counter()
        annual()
        annual_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        plain_reportlab(pages)
        plain_times.append(time.perf_counter() - start)
    db.dispose()
    ratios = [ratio(a, p) for a, p in zip(annual_times, plain_times, strict=True)]
    note = f"year {year}: {issues} issues, {pages} pages"
    return [
        at_most("agenda PDF", median(agenda_times), "s", 0.3),
        at_most("annual summary PDF", median(annual_times), "s", 3.0, note),
        at_most("annual summary / plain reportlab, same pages", median(ratios), "ratio", 2.0, note),
    ]
