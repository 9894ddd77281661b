"""Human names of the community vocabularies: they live in advisoryboard/labels.py, the one
vocabulary; re-exported here for the community modules."""

from __future__ import annotations

from advisoryboard.labels import (
    EVENT_KIND_LABELS,
    EVENT_STATUS_LABELS,
    PROGRAM_KIND_LABELS,
    PROGRAM_STATUS_LABELS,
)

__all__ = ["EVENT_KIND_LABELS", "EVENT_STATUS_LABELS", "PROGRAM_KIND_LABELS", "PROGRAM_STATUS_LABELS"]
