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


def test_templates_ship_with_the_package_and_the_bundle() -> None:
    """pip installs and PyInstaller bundles every template (Jinja2 reads them at run time)."""
    import tomllib

    root = TEMPLATES.parents[2]
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    globs = data["tool"]["setuptools"]["package-data"]["advisoryboard.publish"]
    package = TEMPLATES.parent
    shipped = {p for pattern in globs for p in package.glob(pattern)}
    assert set(TEMPLATES.iterdir()) <= shipped
    assert 'collect_data_files("advisoryboard.publish", includes=["templates/*"])' in (
        root / "build.spec"
    ).read_text(encoding="utf-8")
