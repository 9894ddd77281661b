"""The writer's safety net finds a private value however the page escaped it."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisoryboard.publish.writer import PrivacyError, check_private, write_site


def test_escaped_private_values_are_found_and_nothing_is_written(tmp_path: Path) -> None:
    private = frozenset({"12 o'brien way", "ana & josé's notes"})
    with pytest.raises(PrivacyError):
        check_private({"a.html": b"<p>12 O&#39;Brien Way</p>"}, private)
    with pytest.raises(PrivacyError):
        write_site(tmp_path / "site", {"x/b.csv": "Ana &amp; José's notes".encode()}, private)
    assert not (tmp_path / "site").exists()
    check_private({"c.pdf": b"12 o'brien way", "d.html": b"<p>12 O'Brien Street</p>"}, private)


def test_paths_outside_the_site_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="relative"):
        write_site(tmp_path / "site", {"../escape.html": b"x"})
