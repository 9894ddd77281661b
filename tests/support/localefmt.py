"""Helpers for tests that read dates, times and numbers formatted for a locale."""

from __future__ import annotations


def plain_spaces(text: str) -> str:
    """Qt writes "6:30 PM" with a narrow no-break space (CLDR 42+): compare with a plain one."""
    return text.replace("\u202f", " ").replace("\xa0", " ")
