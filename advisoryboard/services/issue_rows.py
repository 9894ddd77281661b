"""Reading issue rows: the one place that joins an issue to its category, assignee
(a member or a committee) and partner, for the screen, the export and the printed list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.enums import OPEN_STATUSES, IssuePriority, IssueStatus
from database.models import Committee, Issue, IssueCategory, Member, Partner


def joined_issues(*columns: Any) -> Any:
    """`SELECT columns, category name, assignee name, partner name FROM issues …` with the
    joins every issue list needs: the assignee is the member or else the committee."""
    member = aliased(Member)
    committee = aliased(Committee)
    return (
        select(
            *columns,
            IssueCategory.name.label("category"),
            func.coalesce(member.name, committee.name).label("assignee"),
            Partner.name.label("partner"),
        )
        .outerjoin(IssueCategory, IssueCategory.id == Issue.category_id)
        .outerjoin(member, member.id == Issue.assignee_member_id)
        .outerjoin(committee, committee.id == Issue.assignee_committee_id)
        .outerjoin(Partner, Partner.id == Issue.partner_id)
    )


@dataclass(frozen=True)
class IssueRow:
    id: int
    reference: str
    title: str
    category: str | None
    status: IssueStatus
    priority: IssuePriority
    district: str | None
    location: str | None
    reported_on: dt.datetime
    due_on: dt.date | None
    assignee: str | None
    partner: str | None
    confidential: bool
    withheld: bool
    overdue: bool


@cache
def _rows_statement() -> Any:  # a Select of the columns below, then category, assignee, partner
    """The statement of `issue_rows`, built once (building it costs more than running it)."""
    return joined_issues(
        Issue.id,
        Issue.reference,
        Issue.title,
        Issue.status,
        Issue.priority,
        Issue.district,
        Issue.location,
        Issue.reported_on,
        Issue.due_on,
        Issue.confidential,
    ).where(Issue.id.in_(bindparam("ids", expanding=True)))


def issue_rows(session: Session, ids: list[int], today: dt.date | None = None) -> list[IssueRow]:
    """The table rows of these issues, in the order of `ids` (missing ones left out)."""
    today = today or dt.date.today()
    actor = require_permission(session, Permission.READ)
    see_all = actor.can(Permission.VIEW_CONFIDENTIAL)
    found: dict[int, IssueRow] = {}
    for r in session.execute(_rows_statement(), {"ids": list(ids)}).all():
        withheld = bool(r.confidential) and not see_all
        found[r.id] = IssueRow(
            id=r.id,
            reference=r.reference,
            title=r.title if not withheld else "",
            category=r.category,
            status=r.status,
            priority=r.priority,
            district=r.district,
            location=r.location if not withheld else None,
            reported_on=r.reported_on,
            due_on=r.due_on,
            assignee=r.assignee,
            partner=r.partner,
            confidential=bool(r.confidential),
            withheld=withheld,
            overdue=r.status in OPEN_STATUSES and r.due_on is not None and r.due_on < today,
        )
    return [found[i] for i in ids if i in found]
