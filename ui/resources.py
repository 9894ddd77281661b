"""Where bundled resources live, in a source tree and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def icon_path() -> Path | None:
    path = resources_dir() / "icons" / "advisoryboard.svg"
    return path if path.exists() else None


def icon_files() -> list[Path]:
    """The app icon's files: PNG renders of every size (scripts/make_icons.py), then the SVG."""
    icons = resources_dir() / "icons"
    pngs = sorted(icons.glob("advisoryboard-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    svg = icon_path()
    return [*pngs, *([svg] if svg is not None else [])]


def translations_dir() -> Path:
    return resources_dir() / "translations"
