"""The crime prints and commands, read back from the PDF as a reader would."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pandas as pd
import pypdf
import pytest
from sqlalchemy import func, select

from advisoryboard.cli import main
from advisoryboard.opening import open_database
from advisoryboard.services import projects as svc
from advisoryboard.services.base import read_only, transaction
from database.models import Incident, Meeting, OffenseCategory, Partner
from tests.support.shared_data import shared_data

pytestmark = pytest.mark.shared_data
CHICAGO = "chicago_crimes_2024_sample.csv"


def _text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


@pytest.fixture
def board(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, int, int, int]:
    url = f"sqlite:///{tmp_path / 'board.db'}"
    assert main(["--db", url, "init"]) == 0
    assert main(["--db", url, "import", "incidents", str(shared_data("crime", CHICAGO))]) == 0
    out = capsys.readouterr().out
    assert "9981 imported, 19 duplicates" in out and "Row 320" in out
    db = open_database(url)
    with transaction(db) as session:
        meeting = Meeting(starts_at=dt.datetime(2024, 6, 11, 18, 30))
        partner = Partner(name="<b>Ana & José</b> Block Club")
        session.add_all([meeting, partner])
        session.flush()
        from advisoryboard.analytics.crime import categories

        ids = {n: i for i, n in categories(session)}
        tested = svc.create_project(
            session,
            svc.ProjectInput(
                "Loop thefts", (ids["Theft"],), districts="1, 18", window_days=15, partner_ids=(partner.id,)
            ),
        )
        svc.add_response(
            session, tested, svc.ResponseInput("Patrols", dt.date(2024, 5, 16), partner_id=partner.id)
        )
        small = svc.create_project(
            session, svc.ProjectInput("Homicides", (ids["Homicide"],), beats="111", window_days=7)
        )
        svc.add_response(session, small, svc.ResponseInput("Cameras", dt.date(2024, 3, 1)))
        ids_out = (meeting.id, tested, small)
    db.dispose()
    return (url, *ids_out)


def test_crime_trends_handout_is_one_page_with_pandas_totals(board, tmp_path: Path) -> None:
    url, meeting, _p, _s = board
    out = tmp_path / "trends.pdf"
    assert main(["--db", url, "print", "crime-trends", "--meeting", str(meeting), "-o", str(out)]) == 0
    pages, text = _text(out)
    frame = pd.read_csv(shared_data("crime", CHICAGO), dtype=str, encoding="utf-8-sig").drop_duplicates(
        ["Case Number", "IUCR"]
    )
    month = pd.to_datetime(frame["Date"], format="%m/%d/%Y %I:%M:%S %p").dt.strftime("%Y-%m")
    may, ytd = int((month == "2024-05").sum()), int(month.between("2024-01", "2024-05").sum())
    assert pages == 1
    assert "Last full month: May 2024" in text
    lines = text.splitlines()
    after_total = [c.strip() for c in lines[lines.index("All incidents") + 1 :][:8]]  # one cell a line
    assert after_total[0] == str(may) and str(ytd) in after_total
    assert "District 9" in text and "Theft" in text


def test_project_report_shows_the_test_and_prints_names_literally(board, tmp_path: Path) -> None:
    url, _m, tested, small = board
    out = tmp_path / "p.pdf"
    assert (
        main(["--db", url, "print", "project", "--project", str(tested), "-o", str(out), "--lang", "en"]) == 0
    )
    pages, text = _text(out)
    db = open_database(url)
    from advisoryboard.services.project_assessment import assess

    with read_only(db) as session:
        a = assess(session, tested)
    db.dispose()
    assert 1 <= pages <= 3
    assert "<b>Ana & José</b> Block Club" in text
    assert a.area is not None and a.area.rate_ratio is not None
    assert (f"{a.area.rate_ratio:.2f} (" in text and "p = " in text) or "p < 0.001" in text
    out2 = tmp_path / "small.pdf"
    assert main(["--db", url, "print", "project", "--project", str(small), "-o", str(out2)]) == 0
    _pages, text2 = _text(out2)
    assert "no test" in text2 and "p = " not in text2 and "p < " not in text2


def test_bad_rows_are_reported_and_nothing_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    frame = pd.read_csv(shared_data("crime", CHICAGO), dtype=str, encoding="utf-8-sig", nrows=20)
    frame.loc[2, "Date"] = "not a date"
    path = tmp_path / "bad.xlsx"
    frame.to_excel(path, index=False)
    url = f"sqlite:///{tmp_path / 'b.db'}"
    assert main(["--db", url, "import", "incidents", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Row 4: the date 'not a date' is not a date" in out and "nothing was imported" in out
    assert main(["--db", url, "import", "incidents", str(path), "--skip-problems"]) == 0
    assert "19 imported" in capsys.readouterr().out
    assert main(["--db", url, "import", "incidents", str(path), "--map", "Nope=wrong"]) == 1


def _import_outlines(url: str) -> None:
    path = str(shared_data("geo", "chicago_police_districts.geojson"))
    assert main(["--db", url, "import", "boundaries", path, "--name-field", "dist_num"]) == 0


def _legend_count(text: str, name: str) -> int:
    found = re.search(rf"{re.escape(name)} \((\d+)\)", text)
    assert found, f"no legend entry for {name!r}"
    return int(found.group(1))


def test_crime_trends_handout_maps_the_month_in_the_room_the_tables_leave(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    frame = pd.read_csv(shared_data("crime", CHICAGO), dtype=str, encoding="utf-8-sig")
    few = tmp_path / "three_districts.csv"  # short tables: room for the map on the one page
    frame[frame["District"].isin(["001", "012", "018"])].to_csv(few, index=False)
    url = f"sqlite:///{tmp_path / 'board.db'}"
    assert main(["--db", url, "init"]) == 0
    assert main(["--db", url, "import", "incidents", str(few)]) == 0
    _import_outlines(url)
    db = open_database(url)
    with transaction(db) as session:
        session.add(Meeting(starts_at=dt.datetime(2024, 6, 11, 18, 30)))
    with read_only(db) as session:
        from advisoryboard.reports.maps import load_incident_map

        data = load_incident_map(session, dt.date(2024, 5, 1), dt.date(2024, 5, 31))
        assert data is not None
        lon0, lat0, lon1, lat1 = data.bounds
        thefts = session.scalar(
            select(func.count())
            .select_from(Incident)
            .join(OffenseCategory, OffenseCategory.id == Incident.category_id)
            .where(
                OffenseCategory.name == "Theft",
                Incident.occurred_at >= dt.datetime(2024, 5, 1),
                Incident.occurred_at < dt.datetime(2024, 6, 1),
                Incident.longitude.between(lon0, lon1),
                Incident.latitude.between(lat0, lat1),
            )
        )
        meeting = session.scalar(select(Meeting.id))
    db.dispose()
    out = tmp_path / "trends.pdf"
    assert main(["--db", url, "print", "crime-trends", "--meeting", str(meeting), "-o", str(out)]) == 0
    pages, text = _text(out)
    assert pages == 1
    assert "Where incidents happened, May 2024" in text and "Hotspot:" in text
    assert _legend_count(text, "Theft") == thefts
    # the whole city's 22 districts leave no room: still one page (the map is left out, not squeezed)
    url_all, meeting_all = f"sqlite:///{tmp_path / 'all.db'}", None
    assert main(["--db", url_all, "init"]) == 0
    assert main(["--db", url_all, "import", "incidents", str(shared_data("crime", CHICAGO))]) == 0
    _import_outlines(url_all)
    db = open_database(url_all)
    with transaction(db) as session:
        session.add(Meeting(starts_at=dt.datetime(2024, 6, 11, 18, 30)))
        session.flush()
        meeting_all = session.scalar(select(Meeting.id))
    db.dispose()
    capsys.readouterr()
    out_all = tmp_path / "all.pdf"
    assert (
        main(["--db", url_all, "print", "crime-trends", "--meeting", str(meeting_all), "-o", str(out_all)])
        == 0
    )
    assert _text(out_all)[0] == 1


def test_project_report_maps_the_project_area(board, tmp_path: Path) -> None:
    url, _m, tested, _small = board
    _import_outlines(url)
    db = open_database(url)
    with read_only(db) as session:
        # the project: thefts in districts 1 and 18 (no time frame), as the incidents table has them
        in_area = session.scalar(
            select(func.count())
            .select_from(Incident)
            .join(OffenseCategory, OffenseCategory.id == Incident.category_id)
            .where(
                OffenseCategory.name == "Theft",
                Incident.district.in_(("1", "18")),
                Incident.latitude.is_not(None),
                Incident.longitude.is_not(None),
            )
        )
    db.dispose()
    out = tmp_path / "project.pdf"
    assert main(["--db", url, "print", "project", "--project", str(tested), "-o", str(out)]) == 0
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    page = next(p.extract_text() for p in reader.pages if "The project's area" in p.extract_text())
    assert in_area and _legend_count(page, "Problem incidents in the area") == in_area
    assert "chicago_police_districts" in page and "Confidential issues are left out" in page
    spanish = tmp_path / "proyecto.pdf"
    assert (
        main(["--db", url, "print", "project", "--project", str(tested), "-o", str(spanish), "--lang", "es"])
        == 0
    )
    assert "Mapa" in _text(spanish)[1]
