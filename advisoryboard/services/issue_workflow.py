"""The issue workflow: which status may follow which, and the words for each status."""

from __future__ import annotations

from advisoryboard.errors import UserError
from advisoryboard.i18n import _

# The words for priorities and sources live with the other vocabularies (re-exported here).
from advisoryboard.labels import PRIORITY_LABELS, SOURCE_LABELS, priority_label, source_label, status_label
from database.enums import CLOSED_STATUSES, OPEN_STATUSES, IssueStatus

S = IssueStatus
_CLOSING = {S.RESOLVED, S.CLOSED_NO_ACTION, S.DUPLICATE}

#: Allowed moves. Closed issues can be reopened (to acknowledged or in progress).
TRANSITIONS: dict[IssueStatus, frozenset[IssueStatus]] = {
    S.NEW: frozenset({S.ACKNOWLEDGED, S.REFERRED, S.IN_PROGRESS} | _CLOSING),
    S.ACKNOWLEDGED: frozenset({S.REFERRED, S.IN_PROGRESS} | _CLOSING),
    S.REFERRED: frozenset({S.IN_PROGRESS} | _CLOSING),
    S.IN_PROGRESS: frozenset({S.REFERRED} | _CLOSING),
    S.RESOLVED: frozenset({S.ACKNOWLEDGED, S.IN_PROGRESS}),
    S.CLOSED_NO_ACTION: frozenset({S.ACKNOWLEDGED, S.IN_PROGRESS}),
    S.DUPLICATE: frozenset({S.ACKNOWLEDGED, S.IN_PROGRESS}),
}

#: Moving into these needs a note saying why.
NOTE_REQUIRED = frozenset({S.RESOLVED, S.CLOSED_NO_ACTION})

__all__ = [
    "NOTE_REQUIRED",
    "PRIORITY_LABELS",
    "SOURCE_LABELS",
    "TRANSITIONS",
    "allowed_next",
    "check_transition",
    "is_open",
    "is_reopen",
    "priority_label",
    "source_label",
    "status_label",
]


def is_open(status: IssueStatus) -> bool:
    return status in OPEN_STATUSES


def is_reopen(old: IssueStatus, new: IssueStatus) -> bool:
    return old in CLOSED_STATUSES and new in OPEN_STATUSES


def check_transition(old: IssueStatus, new: IssueStatus) -> None:
    """Refuse a move the workflow does not allow, saying which moves are allowed."""
    if old == new:
        raise UserError(_("The issue is already {status}.").format(status=status_label(old)), "status")
    allowed = TRANSITIONS[old]
    if new not in allowed:
        options = ", ".join(status_label(s) for s in IssueStatus if s in allowed)
        raise UserError(
            _("An issue that is {old} cannot become {new}. It can become: {options}.").format(
                old=status_label(old), new=status_label(new), options=options
            ),
            "status",
        )


def allowed_next(status: IssueStatus) -> list[IssueStatus]:
    return [s for s in IssueStatus if s in TRANSITIONS[status]]
