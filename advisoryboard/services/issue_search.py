"""Finding issues: filters, sorting and full-text search done by the database.

The issues table asks for a count and then pages of rows (issue_listing); every filter
and sort is part of the SQL. Text search uses SQLite FTS5 (tables made by migration 0002_issues) or
PostgreSQL full text (GIN expression indexes), over title, description, location and
the notes on the timeline. Search is by word prefix, so typing narrows the list.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, aliased

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.enums import CLOSED_STATUSES, OPEN_STATUSES, IssuePriority, IssueStatus
from database.models import (
    Committee,
    Issue,
    IssueCategory,
    IssueEvent,
    IssuePlace,
    Member,
    Partner,
    SavedFilter,
)

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
        conds.append(Issue.id.in_(select(IssuePlace.issue_id).where(IssuePlace.area_id == flt.area_id)))
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


def issue_ids(
    session: Session,
    flt: IssueFilter,
    *,
    sort: str = "reported_on",
    descending: bool = True,
    today: dt.date | None = None,
) -> list[int]:
    """The ids of every matching issue in the asked order (the table reads pages instead)."""
    from advisoryboard.services.issue_listing import sorted_ids

    return sorted_ids(session, flt, sort=sort, descending=descending, today=today)


@cache
def _rows_statement() -> Any:  # a Select of the 13 columns below
    """The statement of `issue_rows`, built once (building it costs more than running it)."""
    member = aliased(Member)
    committee = aliased(Committee)
    return (
        select(
            Issue.id,
            Issue.reference,
            Issue.title,
            IssueCategory.name,
            Issue.status,
            Issue.priority,
            Issue.district,
            Issue.location,
            Issue.reported_on,
            Issue.due_on,
            func.coalesce(member.name, committee.name),
            Partner.name,
            Issue.confidential,
        )
        .outerjoin(IssueCategory, IssueCategory.id == Issue.category_id)
        .outerjoin(member, member.id == Issue.assignee_member_id)
        .outerjoin(committee, committee.id == Issue.assignee_committee_id)
        .outerjoin(Partner, Partner.id == Issue.partner_id)
        .where(Issue.id.in_(bindparam("ids", expanding=True)))
    )


def issue_rows(session: Session, ids: list[int], today: dt.date | None = None) -> list[IssueRow]:
    """The table rows of these issues, in the order of `ids` (missing ones left out)."""
    today = today or dt.date.today()
    actor = require_permission(session, Permission.READ)
    see_all = actor.can(Permission.VIEW_CONFIDENTIAL)
    stmt = _rows_statement()
    found: dict[int, IssueRow] = {}
    for r in session.execute(stmt, {"ids": list(ids)}).all():
        withheld = bool(r[12]) and not see_all
        found[r[0]] = IssueRow(
            id=r[0],
            reference=r[1],
            title=r[2] if not withheld else "",
            category=r[3],
            status=r[4],
            priority=r[5],
            district=r[6],
            location=r[7] if not withheld else None,
            reported_on=r[8],
            due_on=r[9],
            assignee=r[10],
            partner=r[11],
            confidential=bool(r[12]),
            withheld=withheld,
            overdue=r[4] in OPEN_STATUSES and r[9] is not None and r[9] < today,
        )
    return [found[i] for i in ids if i in found]


def issue_page(
    session: Session,
    flt: IssueFilter,
    offset: int,
    limit: int,
    *,
    sort: str = "reported_on",
    descending: bool = True,
    today: dt.date | None = None,
) -> list[IssueRow]:
    """One page of the matching issues in the asked order."""
    from advisoryboard.services.issue_listing import listing_page, open_listing

    listing = open_listing(session, flt, sort=sort, descending=descending, today=today)
    return listing_page(session, listing, offset, limit)


def rebuild_search_index(session: Session) -> None:
    """Rebuild the SQLite FTS tables in one go (after bulk loads); PostgreSQL needs nothing."""
    if session.get_bind().dialect.name != "sqlite":
        return
    session.execute(text("INSERT INTO issues_fts(issues_fts) VALUES ('rebuild')"))
    session.execute(text("INSERT INTO issue_events_fts(issue_events_fts) VALUES ('rebuild')"))


@dataclass(frozen=True)
class SavedPreset:
    id: int
    name: str
    filter: IssueFilter


PRESET_SCOPE = "issues"


def saved_presets(session: Session) -> list[SavedPreset]:
    require_permission(session, Permission.READ)
    stmt = select(SavedFilter).where(SavedFilter.scope == PRESET_SCOPE).order_by(SavedFilter.name)
    return [SavedPreset(f.id, f.name, IssueFilter.from_json(f.definition)) for f in session.scalars(stmt)]


def save_preset(session: Session, name: str, flt: IssueFilter) -> int:
    """Save (or overwrite) a named filter preset."""
    require_permission(session, Permission.READ)
    name = (name or "").strip()
    if not name:
        raise UserError(_("Give the saved filter a name."), "name")
    existing = session.scalar(
        select(SavedFilter).where(SavedFilter.scope == PRESET_SCOPE, SavedFilter.name == name)
    )
    if existing is None:
        existing = SavedFilter(scope=PRESET_SCOPE, name=name, definition=flt.to_json())
        session.add(existing)
    else:
        existing.definition = flt.to_json()
    session.flush()
    return existing.id


def delete_preset(session: Session, preset_id: int) -> None:
    require_permission(session, Permission.READ)
    preset = session.get(SavedFilter, preset_id)
    if preset is not None and preset.scope == PRESET_SCOPE:
        session.delete(preset)
        session.flush()


@contextmanager
def bulk_load(session: Session) -> Iterator[None]:
    """Around a bulk insert: skip per-row indexing, then rebuild the search index once.

    On SQLite the insert triggers are dropped and re-created in the same transaction (so a
    rollback restores them); PostgreSQL's GIN indexes need nothing.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    saved = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('issues_fts_ai', "
            "'issue_events_fts_ai')"
        )
    ).all()
    for name, _sql in saved:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in saved:
        session.execute(text(sql))
    rebuild_search_index(session)
