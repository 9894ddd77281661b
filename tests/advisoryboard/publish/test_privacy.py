"""The published website holds only what is public: a demo board's private values never appear."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from advisoryboard.publish.site import publish_site
from advisoryboard.services.base import read_only
from tests.support.publish_board import HOSTILE, TODAY, private_board, site_texts


def test_no_private_value_reaches_any_published_file(db, tmp_path: Path) -> None:
    private = private_board(db)
    with read_only(db) as s:
        result = publish_site(s, tmp_path / "site", "en+es", today=TODAY)
    assert result.pages > 20
    texts = site_texts(tmp_path / "site")
    assert any(name.endswith("-minutes.pdf") for name in texts)  # approved minutes are published
    flat = {name: " ".join(text.split()).lower() for name, text in texts.items()}
    leaks = [(value, name) for value in private for name, text in flat.items() if value.lower() in text]
    assert leaks == []
    # The markup in the board's name shows literally, on every page, and never as markup.
    pages = [text for name, text in texts.items() if name.endswith(".html")]
    assert all(html.escape(HOSTILE, quote=False) in page for page in pages)
    assert not any("<b>Ana" in page for page in pages)
    # Meetings whose minutes are drafts list their agenda, never minutes.
    home = texts[str(tmp_path / "site" / "en" / "meetings" / "index.html")]
    assert "Minutes not yet approved" in home


def test_a_private_value_in_a_page_stops_publishing(db, tmp_path: Path, monkeypatch) -> None:
    """The writer's safety net: a provider that leaks a reporter's contact publishes nothing."""
    from markupsafe import Markup, escape

    from advisoryboard.publish import impact
    from advisoryboard.publish.writer import PrivacyError

    private_board(db)
    with read_only(db) as s:
        from sqlalchemy import select

        from database.models import Issue

        contact = s.scalar(select(Issue.reporter_contact).where(Issue.reporter_contact.is_not(None)))

    def leaking(_session, _language, _today):
        return [impact.ImpactSection("Leak", Markup("<p>") + escape(contact) + Markup("</p>"))]

    monkeypatch.setattr(impact, "PROVIDERS", [leaking])
    with read_only(db) as s, pytest.raises(PrivacyError):
        publish_site(s, tmp_path / "site", "en", today=TODAY)
    assert not (tmp_path / "site").exists()


def test_spanish_site_speaks_spanish(small_db, tmp_path: Path) -> None:
    with read_only(small_db) as s:
        publish_site(s, tmp_path / "site", "es", today=TODAY)
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in home
    assert "Reuniones" in home and "Cómo participar" in home
    assert re.search(r'href="meetings/index.html"', home)
