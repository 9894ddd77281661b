"""Words shown for the vocabularies the charts group by (the names live in advisoryboard/labels.py)."""

from __future__ import annotations

from advisoryboard.i18n import N_
from advisoryboard.labels import ISSUE_STATUS_LABELS as STATUS_LABELS
from advisoryboard.labels import (
    MEETING_KIND_LABELS,
    MOTION_RESULT_LABELS,
    meeting_kind_label,
    motion_result_label,
    status_label,
)

NO_CATEGORY = N_("(no category)")
NO_DISTRICT = N_("(no district)")

__all__ = [
    "MEETING_KIND_LABELS",
    "MOTION_RESULT_LABELS",
    "NO_CATEGORY",
    "NO_DISTRICT",
    "STATUS_LABELS",
    "meeting_kind_label",
    "motion_result_label",
    "status_label",
]
