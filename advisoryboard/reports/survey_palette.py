"""The colours and shares of a survey question's diverging bar, shared by the PDF and the Surveys tab.

No reportlab here: the Surveys tab imports this when it is first shown, and reportlab's
import (≈ 0.3 s) is only needed when a PDF is printed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from advisoryboard.analytics.surveys import QuestionResult

#: Most negative … most positive (ColorBrewer RdBu, colour-blind safe).
DIVERGING = ["#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac"]


def palette(count: int) -> list[str]:
    """`count` colours from negative to positive, the middle one grey when count is odd."""
    if count == 5:
        return DIVERGING
    if count == 4:
        return [DIVERGING[0], DIVERGING[1], DIVERGING[3], DIVERGING[4]]
    if count == 3:
        return [DIVERGING[0], DIVERGING[2], DIVERGING[4]]
    step = (len(DIVERGING) - 1) / max(count - 1, 1)
    return [DIVERGING[round(i * step)] for i in range(count)]


def scored_shares(result: QuestionResult) -> list[tuple[float, str, str]]:
    """(share among scored answers, label_en, label_es) from most negative to most positive."""
    scored = sorted((c for c in result.choices if c.score is not None), key=lambda c: c.score or 0)
    total = sum(c.count for c in scored)
    return [(c.count / total if total else 0.0, c.label_en, c.label_es) for c in scored]
