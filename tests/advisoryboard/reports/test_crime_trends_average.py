"""The handout's "vs avg." column prints a percentage only where the 12-month average is sound:
"–" for a category under one incident a month, or when the data covers fewer than 12 months."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf

from advisoryboard.analytics.filters import add_months
from advisoryboard.cli import main
from advisoryboard.opening import open_database
from advisoryboard.services.base import transaction
from database.models import Incident, Meeting, OffenseCategory

MAY = dt.date(2024, 5, 1)  # the last full month before a June meeting


def _board(tmp_path: Path, name: str, monthly: dict[str, tuple[int, int]], months: int) -> tuple[str, int]:
    """A board with `months` months of incidents up to May 2024: per category (each month
    before May, in May)."""
    url = f"sqlite:///{tmp_path / name}"
    assert main(["--db", url, "init"]) == 0
    db = open_database(url)
    with transaction(db) as session:
        cats = {n: OffenseCategory(name=n, sort_order=i) for i, n in enumerate(monthly)}
        meeting = Meeting(starts_at=dt.datetime(2024, 6, 11, 18, 30))
        session.add_all([*cats.values(), meeting])
        session.flush()
        number = 0
        for back in range(months):
            month = add_months(MAY, -back)
            for cat, (before, in_may) in monthly.items():
                for k in range(in_may if back == 0 else before):
                    number += 1
                    session.add(
                        Incident(
                            source="test",
                            incident_number=f"JA{number}",
                            occurred_at=dt.datetime(month.year, month.month, 1 + k % 28, 12),
                            category_id=cats[cat].id,
                            district="4",
                        )
                    )
        meeting_id = meeting.id
    db.dispose()
    return url, meeting_id


def _row(tmp_path: Path, url: str, meeting: int, name: str) -> tuple[list[str], str]:
    out = tmp_path / f"{name}.pdf"
    assert main(["--db", url, "print", "crime-trends", "--meeting", str(meeting), "-o", str(out)]) == 0
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    lines = [line.strip() for line in text.splitlines()]
    return lines, text


def _cells(lines: list[str], label: str) -> list[str]:
    """The 8 cells after a row's label (the PDF's text has one cell a line)."""
    return lines[lines.index(label) + 1 :][:8]


def test_the_handout_compares_with_the_average_only_where_it_is_sound(tmp_path: Path) -> None:
    # Thefts: 10 a month for two years, 15 in May. Homicides: one every fourth month (0.25 a
    # month), one in May: the old handout printed "+300%" for it.
    months = [add_months(MAY, -b) for b in range(24)]
    url, meeting = _board(tmp_path, "full.db", {"Theft": (10, 15), "Homicide": (0, 1)}, 24)
    db = open_database(url)
    with transaction(db) as session:
        homicide = session.query(OffenseCategory).filter_by(name="Homicide").one()
        session.add_all(
            Incident(
                source="test",
                incident_number=f"H{i}",
                occurred_at=dt.datetime(m.year, m.month, 3, 12),
                category_id=homicide.id,
            )
            for i, m in enumerate(months[1:13:4])
        )
    db.dispose()
    lines, text = _row(tmp_path, url, meeting, "full")
    # May, May 2023, change, 12-month avg., vs avg., YTD 2024, YTD 2023, change
    assert _cells(lines, "Theft") == ["15", "10", "+50%", "10.0", "+50%", "55", "50", "+10%"]
    homicides = _cells(lines, "Homicide")
    assert homicides[3:5] == ["0.2", "–"]  # 3 in 12 months: "–", not "+300%"
    assert "+300%" not in text and "+400%" not in text
    assert "covers only" not in text


def test_the_handout_prints_no_average_when_the_data_starts_within_the_12_months(
    tmp_path: Path,
) -> None:
    # The data starts in January 2024: 4 of the 12 months before May. The old handout printed
    # an "average" of 40/12 = 3.3 and "+200%" for a steady 10 a month.
    url, meeting = _board(tmp_path, "short.db", {"Theft": (10, 10)}, 5)
    lines, text = _row(tmp_path, url, meeting, "short")
    assert _cells(lines, "Theft") == ["10", "0", "–", "–", "–", "50", "0", "–"]
    assert "+200%" not in text
    assert "The incident data covers only 4 of the 12 months before May 2024" in text


def test_a_handout_for_a_meeting_past_the_data_reports_the_newest_month_it_has(tmp_path: Path) -> None:
    # The data ends in May 2024; the meeting is in September (printed ahead, before June to
    # August were imported). The handout reports May, as for the June meeting, not August with
    # nothing in it ("0" and "−100%" in every row); the agenda names the same month.
    url, meeting = _board(tmp_path, "ahead.db", {"Theft": (10, 15)}, 24)
    db = open_database(url)
    with transaction(db) as session:
        session.get(Meeting, meeting).starts_at = dt.datetime(2024, 9, 10, 18, 30)
    db.dispose()
    lines, text = _row(tmp_path, url, meeting, "ahead")
    assert _cells(lines, "Theft") == ["15", "10", "+50%", "10.0", "+50%", "55", "50", "+10%"]
    assert "May 2024" in text and "August 2024" not in text
    assert "−100%" not in text and "-100%" not in text
