"""The website's Impact page (issue 24): community events, survey results with small cells
suppressed, crime trends with a map, and problem-solving projects, each checked against plain
SQL on the published demo board."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from html import unescape
from pathlib import Path

import pytest

from advisoryboard.opening import open_database
from advisoryboard.publish.impact_areas import SMALL_CELL, _suppressed
from advisoryboard.publish.site import publish_site
from advisoryboard.services.base import read_only
from tests.support.publish_board import TODAY


@pytest.fixture(scope="module")
def site(small_board_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("impact") / "site"
    db = open_database(f"sqlite:///{small_board_file}")
    try:
        with read_only(db) as s:
            publish_site(s, folder, "en+es", today=TODAY)
    finally:
        db.dispose()
    return folder


def _page(site: Path, lang: str = "en") -> str:
    return unescape((site / lang / "impact.html").read_text(encoding="utf-8"))


def _row(page: str, caption: str, header: str) -> list[str]:
    """The cells of the row headed `header` in the table captioned `caption`."""
    table = page[page.index(f"<caption>{caption}</caption>") :]
    table = table[: table.index("</table>")]
    row = re.search(rf'<th scope="row">{re.escape(header)}</th>(.*?)</tr>', table)
    assert row is not None, (caption, header)
    return re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))


def test_the_impact_page_holds_every_area_in_both_languages(site: Path) -> None:
    en, es = _page(site), _page(site, "es")
    for title in (
        "Community events and participation",
        "Survey: Neighborhood safety survey",
        "Crime trends",
        "Problem-solving projects",
    ):
        assert f">{title}</h2>" in en
    assert "Nothing has been published here yet" not in en
    assert ">Tendencias delictivas</h2>" in es and ">Proyectos de resolución de problemas</h2>" in es
    for chart in re.findall(r'<img src="(impact/[^"]+)" alt="([^"]+)"', en):
        assert (site / "en" / chart[0]).stat().st_size > 0 and re.search(r"\d", chart[1])  # alt gives numbers
    assert 'src="impact/crime-incidents-map.svg"' in en


def test_community_figures_equal_plain_sql(site: Path, small_board_file: Path) -> None:
    start = (TODAY - dt.timedelta(days=364)).isoformat()
    end = (TODAY + dt.timedelta(days=1)).isoformat()
    with sqlite3.connect(small_board_file) as con:
        events, heads = con.execute(
            "SELECT count(*), coalesce(sum(head_count), 0) FROM community_events "
            "WHERE status = 'held' AND starts_at >= ? AND starts_at < ?",
            (start, end),
        ).fetchone()
        names = [r[0] for r in con.execute("SELECT name FROM event_sign_ins")]
    page = _page(site)
    caption = "Participation in the last twelve months"
    assert _row(page, caption, "Events held") == [f"{events:,}"] and events > 0
    assert _row(page, caption, "Participants (head counts)") == [f"{heads:,}"]
    assert names and not any(name in page for name in names)  # counts only, no participant named


def test_survey_answers_under_five_are_never_shown(site: Path, small_board_file: Path) -> None:
    page = _page(site)
    survey = page[page.index(">Survey: Neighborhood safety survey</h2>") : page.index(">Crime trends</h2>")]
    shown = [
        int(n.replace(",", ""))
        for n in re.findall(r'<td class="num">([\d,]+)</td>\s*<td class="num">\d+%', survey)
    ]
    assert shown and min(shown) >= SMALL_CELL
    assert f"fewer than {SMALL_CELL}" in survey and "not shown" in survey  # and its complement hidden
    with sqlite3.connect(small_board_file) as con:
        texts = [r[0] for r in con.execute("SELECT text FROM survey_answers WHERE text IS NOT NULL")]
    assert texts and not any(t in survey for t in texts if len(t) > 12)  # written answers stay out


@pytest.mark.parametrize(
    ("counts", "hidden"),
    [
        ([50, 58, 40, 14, 3], [False, False, False, True, True]),  # one small: the next smallest too
        ([3, 0, 40, 12], [True, True, False, False]),  # two small: the total gives neither away
        ([50, 60], [False, False]),
    ],
)
def test_small_cells_are_suppressed_with_their_complement(counts: list[int], hidden: list[bool]) -> None:
    assert _suppressed(counts) == hidden


def test_crime_trends_and_projects_equal_plain_sql(site: Path, small_board_file: Path) -> None:
    page = _page(site)
    month = dt.date(TODAY.year, TODAY.month, 1) - dt.timedelta(days=1)  # the last full month
    with sqlite3.connect(small_board_file) as con:
        (last,) = con.execute(
            "SELECT count(*) FROM incidents WHERE occurred_at >= ? AND occurred_at < ?",
            (month.replace(day=1).isoformat(), (month + dt.timedelta(days=1)).isoformat()),
        ).fetchone()
        titles = [r[0] for r in con.execute("SELECT title FROM projects")]
        linked = con.execute(
            "SELECT p.project_id, count(*) FROM project_incidents p JOIN incidents i ON i.id = p.incident_id "
            "WHERE i.longitude IS NOT NULL GROUP BY p.project_id"
        ).fetchall()
    caption = f"Incidents by category, {month:%B %Y}"
    assert _row(page, caption, "All incidents")[0] == f"{last:,}" and last > 0
    assert titles and all(f'<th scope="row">{t}</th>' in page for t in titles)
    assert linked
    for project_id, n in linked:  # each project's map, its alt text counting its incidents
        alt = re.search(rf'<img src="impact/project-{project_id}-map.svg" alt="([^"]+)"', page)
        assert alt is not None and f": {n} incidents. By category: " in alt.group(1)
