"""Every text a template translates is known to the message catalogs."""

from __future__ import annotations

import re
from pathlib import Path

from advisoryboard.publish.strings import TEMPLATE_STRINGS

TEMPLATES = Path(__file__).resolve().parents[3] / "advisoryboard" / "publish" / "templates"


def test_every_template_text_is_listed_for_translation() -> None:
    found = set()
    for path in TEMPLATES.glob("*.html"):
        found |= {m.group(2) for m in re.finditer(r"""\bt\((["'])((?:(?!\1).)+)\1\)""", path.read_text())}
    assert found
    assert found - set(TEMPLATE_STRINGS) == set()
