"""The real public data in ../shared/data, and the day the demo boards of the tests call today."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def shared_data(*parts: str) -> Path:
    """A file in ../shared/data; skips (or fails in CI) when that folder is not beside the clone."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must run with ../shared beside the clone")
        pytest.skip(f"../shared/data is not beside this clone ({path} missing)")
    return path


DEMO_TODAY = "2026-11-21"
