"""Which issues a filter matches: its fields, its WHERE terms and full-text search, in SQL.

Text search uses SQLite FTS5 (tables made by migration 0002_issues) or PostgreSQL full
text (GIN expression indexes), over title, description, location and the notes on the
timeline. Search is by word prefix, so typing narrows the list. Reading the matching rows
is issue_rows.py; their order and pages, issue_listing.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import and_, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.enums import CLOSED_STATUSES, OPEN_STATUSES, IssuePriority
from database.models import Issue, IssueEvent, IssuePlace

#: The text PostgreSQL indexes (must equal the expression of the GIN index in 0002_issues).
PG_ISSUE_DOC = (
    "to_tsvector('simple', coalesce(issues.title, '') || ' ' || coalesce(issues.description, '') "
    "|| ' ' || coalesce(issues.location, ''))"
)
PG_NOTE_DOC = "to_tsvector('simple', coalesce(issue_events.text, ''))"

SORT_KEYS = (
    "reference",
    "title",
    "category",
    "status",
    "priority",
    "district",
    "reported_on",
    "due_on",
    "assignee",
)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class IssueFilter:
    status: str = "open"  # open | closed | all
    category_id: int | None = None
    priority: str | None = None
    district: str | None = None
    assignee: str | None = None  # 'm:<member id>' | 'c:<committee id>' | 'none'
    partner_id: int | None = None
    overdue: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""
    #: From the map: issues whose coordinates fall in this outline (geo), or in this box.
    area_id: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # lon0, lat0, lon1, lat1

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("date_from", "date_to"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> IssueFilter:
        data = json.loads(raw)
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        for key in ("date_from", "date_to"):
            if values.get(key):
                values[key] = dt.date.fromisoformat(values[key])
        if values.get("bbox"):
            values["bbox"] = tuple(float(v) for v in values["bbox"])
        return replace(cls(), **values)


def search_words(raw: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(raw or "")][:12]


def _text_condition(session: Session, words: list[str]) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        query = " & ".join(f"{w}:*" for w in words)
        issue_hit = text(f"{PG_ISSUE_DOC} @@ to_tsquery('simple', :q_issue)").bindparams(q_issue=query)
        note_ids = (
            select(IssueEvent.issue_id)
            .where(text(f"{PG_NOTE_DOC} @@ to_tsquery('simple', :q_note)").bindparams(q_note=query))
            .scalar_subquery()
        )
        return or_(issue_hit, Issue.id.in_(note_ids))
    query = " ".join(f'"{w}"*' for w in words)
    return or_(
        text("issues.id IN (SELECT rowid FROM issues_fts WHERE issues_fts MATCH :q_issue)").bindparams(
            q_issue=query
        ),
        text(
            "issues.id IN (SELECT e.issue_id FROM issue_events_fts f JOIN issue_events e ON e.id = f.rowid "
            "WHERE issue_events_fts MATCH :q_note)"
        ).bindparams(q_note=query),
    )


def filter_conditions(
    session: Session, flt: IssueFilter, today: dt.date, *, status_index: bool = True
) -> list[Any]:
    """The WHERE terms of a filter. `status_index=False` keeps SQLite from reading the
    status filter through its index (see issue_listing: paging most of the table)."""
    actor = require_permission(session, Permission.READ)
    conds: list[Any] = []
    statuses = {"open": OPEN_STATUSES, "closed": CLOSED_STATUSES}.get(flt.status)
    if statuses is not None and not status_index and session.get_bind().dialect.name == "sqlite":
        conds.append(literal_column("+issues.status").in_(sorted(s.value for s in statuses)))
    elif statuses is not None:
        conds.append(Issue.status.in_(sorted(statuses)))
    if flt.category_id is not None:
        conds.append(Issue.category_id == flt.category_id)
    if flt.priority:
        conds.append(Issue.priority == IssuePriority(flt.priority))
    if flt.district:
        conds.append(Issue.district == flt.district)
    if flt.assignee == "none":
        conds.append(and_(Issue.assignee_member_id.is_(None), Issue.assignee_committee_id.is_(None)))
    elif flt.assignee and flt.assignee.startswith("m:"):
        conds.append(Issue.assignee_member_id == int(flt.assignee[2:]))
    elif flt.assignee and flt.assignee.startswith("c:"):
        conds.append(Issue.assignee_committee_id == int(flt.assignee[2:]))
    if flt.partner_id is not None:
        conds.append(Issue.partner_id == flt.partner_id)
    if flt.overdue:
        conds.append(and_(Issue.due_on < today, Issue.status.in_(sorted(OPEN_STATUSES))))
    if flt.date_from is not None:
        conds.append(Issue.reported_on >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        conds.append(Issue.reported_on < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time()))
    if flt.area_id is not None:
        in_area = select(IssuePlace.issue_id).where(IssuePlace.area_id == flt.area_id)
        if flt.status == "open" and session.get_bind().dialect.name == "sqlite":
            # Open issues are few: SQLite then reads them by the status index and checks each
            # against the area's ids, instead of looking up every id of the area (often 10×
            # more) in the status index (the district filter from the map, make bench).
            conds.append(literal_column("+issues.id").in_(in_area))
        else:
            conds.append(Issue.id.in_(in_area))
    if flt.bbox is not None:
        lon0, lat0, lon1, lat1 = flt.bbox
        conds.append(and_(Issue.longitude.between(lon0, lon1), Issue.latitude.between(lat0, lat1)))
    words = search_words(flt.text)
    if words:
        hit = _text_condition(session, words)
        if not actor.can(Permission.VIEW_CONFIDENTIAL):
            hit = and_(hit, Issue.confidential.is_(False))
        conds.append(hit)
    return conds


def count_issues(session: Session, flt: IssueFilter, today: dt.date | None = None) -> int:
    conds = filter_conditions(session, flt, today or dt.date.today())
    return int(session.scalar(select(func.count()).select_from(Issue).where(*conds)) or 0)
