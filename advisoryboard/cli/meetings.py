"""Subcommands of the meetings area (filled in by that area's issue)."""

from __future__ import annotations

from advisoryboard.cli import Verbs


def register(verbs: Verbs) -> None:
    """Add this area's subcommands to `verbs`."""
