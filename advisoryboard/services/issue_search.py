"""Finding issues, by purpose (kept as one import for code written before the split):

- issue_filter.py: the filter, its SQL conditions and full-text search;
- issue_rows.py: reading the rows (the one join of category, assignee and partner);
- issue_listing.py: their order and pages (the table), and every id in order;
- issue_presets.py: named filters; issue_index.py: full-text index upkeep.
"""

from __future__ import annotations

from advisoryboard.services.issue_filter import (
    PG_ISSUE_DOC,
    PG_NOTE_DOC,
    SORT_KEYS,
    IssueFilter,
    count_issues,
    filter_conditions,
    search_words,
)
from advisoryboard.services.issue_index import bulk_load, rebuild_search_index
from advisoryboard.services.issue_presets import (
    PRESET_SCOPE,
    SavedPreset,
    delete_preset,
    save_preset,
    saved_presets,
)
from advisoryboard.services.issue_rows import IssueRow, issue_rows, joined_issues

__all__ = [
    "PG_ISSUE_DOC",
    "PG_NOTE_DOC",
    "PRESET_SCOPE",
    "SORT_KEYS",
    "IssueFilter",
    "IssueRow",
    "SavedPreset",
    "bulk_load",
    "count_issues",
    "delete_preset",
    "filter_conditions",
    "issue_rows",
    "joined_issues",
    "rebuild_search_index",
    "save_preset",
    "saved_presets",
    "search_words",
]
