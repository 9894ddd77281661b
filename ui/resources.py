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


def translations_dir() -> Path:
    return resources_dir() / "translations"
