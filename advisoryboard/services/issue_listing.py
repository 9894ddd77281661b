"""The issues table in pages: a count, then pages of rows sorted and cut in SQL.

Cost follows the rows shown, not the rows stored. A sort is a list of *segments*, each
read in an order an index serves, with the issue id breaking ties:

- ordered keys (reference, title, reported, due, district) are one segment
  ``ORDER BY key, id`` (indexes on those columns; ``lower(title), id`` from migration
  0003_issue_sort). An empty value sorts before any value on both databases.
- keys with a few values shown by label (status, priority, category, assignee) are one
  segment per value, in the label's order, each ``ORDER BY id`` (served by the column's
  index). Empty (no category, nobody assigned) comes first.

Descending reverses the segments and each segment's order. A page at an offset walks the
segments, counting a segment only when a page needs to skip it, and reads a deep page of
a segment from its far end (so no page skips more than half a segment).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.issue_search import (
    SORT_KEYS,
    IssueFilter,
    IssueRow,
    filter_conditions,
    issue_rows,
)
from database.enums import IssuePriority, IssueStatus
from database.models import Committee, Issue, IssueCategory, Member

#: Ordered keys: the expressions of ``ORDER BY`` (the id is added as the tie-break).
_ORDERED: dict[str, list[Any]] = {
    "reference": [Issue.ref_year, Issue.ref_seq],
    "title": [func.lower(Issue.title)],
    "reported_on": [Issue.reported_on],
    "due_on": [Issue.due_on],
    "district": [Issue.district],
}
_NULLABLE = {"due_on", "district"}
_PRIORITY_ORDER = (IssuePriority.LOW, IssuePriority.NORMAL, IssuePriority.HIGH, IssuePriority.URGENT)

#: A segment as plain data: ("all", None) | ("value", v) | ("assignee", (member ids, committee ids) | None)
Segment = tuple[str, Any]


@dataclass(frozen=True)
class IssueListing:
    """The matching issues of a filter in one order: how many, and how to read a page.

    `counts` is filled as pages need the size of a segment (a cache, not part of equality).
    """

    filter: IssueFilter
    sort: str
    descending: bool
    today: dt.date
    total: int
    segments: tuple[Segment, ...]
    counts: dict[int, int] = field(default_factory=dict, compare=False, repr=False)


def _sort_key(sort: str) -> str:
    return sort if sort in SORT_KEYS else "reported_on"


def _name_order(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def _segments(session: Session, key: str) -> list[Segment]:
    """The segments of a sort key in ascending order."""
    if key in _ORDERED:
        return [("all", None)]
    if key == "status":
        return [("value", s) for s in IssueStatus]
    if key == "priority":
        return [("value", p) for p in _PRIORITY_ORDER]
    if key == "category":
        cats = sorted(
            ((c[0], c[1]) for c in session.execute(select(IssueCategory.id, IssueCategory.name))),
            key=lambda c: (_name_order(c[1]), c[0]),
        )
        return [("value", None), *[("value", c[0]) for c in cats]]
    # assignee: the members and committees that have issues, grouped by the name shown
    members = session.scalars(select(Issue.assignee_member_id).distinct()).all()
    committees = session.scalars(select(Issue.assignee_committee_id).distinct()).all()
    names: dict[str, tuple[list[int], list[int]]] = {}
    for mid, name in session.execute(select(Member.id, Member.name).where(Member.id.in_(members))):
        names.setdefault(name, ([], []))[0].append(mid)
    for cid, name in session.execute(
        select(Committee.id, Committee.name).where(Committee.id.in_(committees))
    ):
        names.setdefault(name, ([], []))[1].append(cid)
    ordered = sorted(names, key=_name_order)
    return [("assignee", None), *[("assignee", (tuple(names[n][0]), tuple(names[n][1]))) for n in ordered]]


def _bucket_column(key: str) -> Any:
    return {"status": Issue.status, "priority": Issue.priority, "category": Issue.category_id}[key]


def _segment_condition(key: str, segment: Segment) -> Any:
    kind, value = segment
    if kind == "all":
        return None
    if kind == "value":
        column = _bucket_column(key)
        return column.is_(None) if value is None else column == value
    if value is None:
        return and_(Issue.assignee_member_id.is_(None), Issue.assignee_committee_id.is_(None))
    member_ids, committee_ids = value
    return or_(
        Issue.assignee_member_id.in_(member_ids),
        and_(Issue.assignee_member_id.is_(None), Issue.assignee_committee_id.in_(committee_ids)),
    )


def _order(session: Session, key: str, descending: bool) -> list[Any]:
    """ORDER BY within a segment (empty values first ascending, last descending)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    out: list[Any] = []
    for expr in [*_ORDERED.get(key, []), Issue.id]:
        term = expr.desc() if descending else expr.asc()
        if postgres and key in _NULLABLE and expr is not Issue.id:  # SQLite orders NULL first natively
            term = term.nulls_last() if descending else term.nulls_first()
        out.append(term)
    return out


def _conditions(session: Session, flt: IssueFilter, today: dt.date, paging: bool) -> list[Any]:
    # Closed issues are most of a mature board: a page of them is read along the sort's
    # index, checking the status per row, rather than sorting every closed issue.
    return filter_conditions(session, flt, today, status_index=not (paging and flt.status == "closed"))


def open_listing(
    session: Session,
    flt: IssueFilter,
    *,
    sort: str = "reported_on",
    descending: bool = True,
    today: dt.date | None = None,
) -> IssueListing:
    """Count the issues matching `flt`; pages are read with `listing_page`."""
    require_permission(session, Permission.READ)
    today = today or dt.date.today()
    key = _sort_key(sort)
    conds = filter_conditions(session, flt, today)
    total = int(session.scalar(select(func.count()).select_from(Issue).where(*conds)) or 0)
    segments = _segments(session, key)
    if descending:
        segments.reverse()
    listing = IssueListing(flt, key, descending, today, total, tuple(segments))
    if len(segments) == 1:
        listing.counts[0] = total
    return listing


def _segment_count(session: Session, listing: IssueListing, index: int) -> int:
    if index not in listing.counts:
        if index == len(listing.segments) - 1 and all(i in listing.counts for i in range(index)):
            listing.counts[index] = listing.total - sum(listing.counts[i] for i in range(index))
        else:
            conds = _conditions(session, listing.filter, listing.today, paging=False)
            cond = _segment_condition(listing.sort, listing.segments[index])
            stmt = (
                select(func.count()).select_from(Issue).where(*conds, *([cond] if cond is not None else []))
            )
            listing.counts[index] = int(session.scalar(stmt) or 0)
    return listing.counts[index]


def _segment_ids(session: Session, listing: IssueListing, index: int, offset: int, limit: int) -> list[int]:
    """Ids `offset`…`offset + limit` of one segment; a deep page is read from the far end."""
    size = _segment_count(session, listing, index)
    limit = min(limit, size - offset)
    if limit <= 0:
        return []
    backwards = offset > size // 2
    conds = _conditions(session, listing.filter, listing.today, paging=True)
    cond = _segment_condition(listing.sort, listing.segments[index])
    if cond is not None:
        conds.append(cond)
    order = _order(session, listing.sort, listing.descending != backwards)
    start = size - offset - limit if backwards else offset
    stmt = select(Issue.id).where(*conds).order_by(*order).limit(limit).offset(start)
    ids = list(session.scalars(stmt))
    return ids[::-1] if backwards else ids


def listing_ids(session: Session, listing: IssueListing, offset: int, limit: int) -> list[int]:
    """The ids of rows `offset`…`offset + limit` of the listing, in order."""
    require_permission(session, Permission.READ)
    ids: list[int] = []
    start = 0
    end = min(offset + limit, listing.total)
    for index in range(len(listing.segments)):
        if start >= end:
            break
        size = _segment_count(session, listing, index)
        if start + size > offset:
            lo = max(offset - start, 0)
            ids.extend(_segment_ids(session, listing, index, lo, min(end - start, size) - lo))
        start += size
    return ids


def listing_page(session: Session, listing: IssueListing, offset: int, limit: int) -> list[IssueRow]:
    """Rows `offset`…`offset + limit` of the listing, in order."""
    return issue_rows(session, listing_ids(session, listing, offset, limit), listing.today)


def _key_values(session: Session, listing: IssueListing, issue_id: int) -> tuple[Any, ...] | None:
    """The sort key of one issue if it matches the filter (None when it does not)."""
    conds = filter_conditions(session, listing.filter, listing.today)
    columns = [
        Issue.status,
        Issue.priority,
        Issue.category_id,
        Issue.assignee_member_id,
        Issue.assignee_committee_id,
        *_ORDERED.get(listing.sort, []),
    ]
    found = session.execute(select(*columns).where(Issue.id == issue_id, *conds)).first()
    return None if found is None else tuple(found)


def _segment_of(listing: IssueListing, values: tuple[Any, ...]) -> int:
    status, priority, category, member, committee = values[:5]
    for index, (kind, value) in enumerate(listing.segments):
        if kind == "all":
            return index
        if kind == "value":
            own = {"status": status, "priority": priority, "category": category}[listing.sort]
            if own == value:
                return index
        elif value is None:
            if member is None and committee is None:
                return index
        elif member in value[0] or (member is None and committee in value[1]):
            return index
    raise LookupError("issue outside every segment")


def _before(expr: Any, value: Any, issue_id: int, descending: bool) -> Any:
    """Rows of a segment that come before (value, issue_id); empty sorts before any value."""
    if not descending:
        if value is None:
            return and_(expr.is_(None), Issue.id < issue_id)
        return or_(expr.is_(None), expr < value, and_(expr == value, Issue.id < issue_id))
    if value is None:
        return or_(expr.is_not(None), Issue.id > issue_id)
    return or_(expr > value, and_(expr == value, Issue.id > issue_id))


def listing_position(session: Session, listing: IssueListing, issue_id: int) -> int | None:
    """The row of `issue_id` in the listing, or None when it does not match the filter."""
    require_permission(session, Permission.READ)
    values = _key_values(session, listing, issue_id)
    if values is None:
        return None
    index = _segment_of(listing, values)
    before = sum(_segment_count(session, listing, i) for i in range(index))
    conds = _conditions(session, listing.filter, listing.today, paging=False)
    cond = _segment_condition(listing.sort, listing.segments[index])
    if cond is not None:
        conds.append(cond)
    keys = values[5:]
    if not keys:
        conds.append(Issue.id > issue_id if listing.descending else Issue.id < issue_id)
    elif len(keys) == 1:
        conds.append(_before(_ORDERED[listing.sort][0], keys[0], issue_id, listing.descending))
    else:  # the reference: (year, sequence), never empty
        row = tuple_(*_ORDERED[listing.sort], Issue.id)
        mine = tuple_(*keys, issue_id)
        conds.append(row > mine if listing.descending else row < mine)
    return before + int(session.scalar(select(func.count()).select_from(Issue).where(*conds)) or 0)


def all_listing_ids(session: Session, listing: IssueListing) -> list[int]:
    """Every id of the listing in order (exports and tests; the table reads pages)."""
    ids: list[int] = []
    for index, segment in enumerate(listing.segments):
        conds = _conditions(session, listing.filter, listing.today, paging=False)
        cond = _segment_condition(listing.sort, segment)
        if cond is not None:
            conds.append(cond)
        found = list(
            session.scalars(
                select(Issue.id).where(*conds).order_by(*_order(session, listing.sort, listing.descending))
            )
        )
        listing.counts[index] = len(found)
        ids.extend(found)
    return ids
