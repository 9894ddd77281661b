"""Starts the desktop app. The one place in the core that reaches up into `ui` (lazily)."""

from __future__ import annotations


def start_gui(db_url: str | None) -> int:
    from ui.app import run

    return run(db_url)
