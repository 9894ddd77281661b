"""What the open-issues follow-up list prints, read with SQLAlchemy (the roster: services/roster_print.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from advisoryboard.services.issue_rows import joined_issues
from database.enums import OPEN_STATUSES, IssueStatus
from database.models import Issue


@dataclass(frozen=True)
class IssueLine:
    reference: str
    title: str
    category: str | None
    status: IssueStatus
    district: str | None
    location: str | None
    reported_on: dt.datetime
    due_on: dt.date | None
    assignee: str | None
    partner: str | None
    confidential: bool


def load_issues(
    session: Session, statuses: frozenset[IssueStatus], *, include_confidential: bool
) -> list[IssueLine]:
    """Issues in `statuses`, oldest first; confidential ones only when allowed."""
    # the same joins as the screen: a committee-assigned issue prints its committee
    stmt = joined_issues(Issue).where(Issue.status.in_(statuses)).order_by(Issue.reported_on, Issue.id)
    if not include_confidential:
        stmt = stmt.where(Issue.confidential.is_(False))
    return [
        IssueLine(
            reference=issue.reference,
            title=issue.title,
            category=category,
            status=issue.status,
            district=issue.district,
            location=issue.location,
            reported_on=issue.reported_on,
            due_on=issue.due_on,
            assignee=assignee,
            partner=partner,
            confidential=issue.confidential,
        )
        for issue, category, assignee, partner in session.execute(stmt)
    ]


STATUS_GROUPS: dict[str, frozenset[IssueStatus]] = {
    "open": OPEN_STATUSES,
    "all": frozenset(IssueStatus),
    **{status.value: frozenset({status}) for status in IssueStatus},
}
