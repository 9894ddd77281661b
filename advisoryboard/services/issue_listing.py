"""The issues table in pages: a count, then pages of rows sorted and cut in SQL.

Cost follows the rows shown, not the rows stored. A sort is a list of *segments*, each
read in an order an index serves, with the issue id breaking ties:

- ordered keys (reference, title, reported, due, district) are one segment
  ``ORDER BY key, id`` (indexes on those columns; ``lower(title), id`` from migration
  0003_issue_sort). Empty due dates and districts are a segment of their own before it
  (``ORDER BY id``), so no query needs NULLS FIRST/LAST, which PostgreSQL's indexes
  would not serve.
- keys with a few values shown by label (status, priority, category, assignee) are one
  segment per value, in the label's order, each ``ORDER BY id`` (served by the column's
  index; ``assignee_member_id, assignee_committee_id`` from 0003_issue_sort). Empty (no
  category, nobody assigned) comes first.

Descending reverses the segments and each segment's order. A listing of at most SMALL
matches is cut from one query sorted through the filter's index (the first page with a
LIMIT, the others from its ids, read once). Otherwise a page walks the
segments, counting a segment only when a page needs to skip it, and reads a deep page of
a segment from its far end (so no page skips more than half a segment).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.issue_filter import SORT_KEYS, IssueFilter, filter_conditions
from advisoryboard.services.issue_rows import IssueRow, issue_rows
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
MAX_ANCHORS = 2000
#: Up to this many matches (e.g. the open issues), a page is cut from one sorted query.
SMALL = 5000
_PRIORITY_ORDER = (IssuePriority.LOW, IssuePriority.NORMAL, IssuePriority.HIGH, IssuePriority.URGENT)

#: A segment as plain data: ("all", None) | ("empty", None) | ("value", v)
#: | ("assignee", (member ids, committee ids) | None)
Segment = tuple[str, Any]


@dataclass
class ListingCache:
    """What reading pages has learnt about a listing (only the GUI thread's reads use it; a
    read on another thread gets a copy, `detached`, and its lessons are `learn`t after)."""

    #: segment → number of rows
    counts: dict[int, int] = field(default_factory=dict)
    #: row → (segment, sort key values, id) of the last row of each page read (keyset paging)
    anchors: dict[int, tuple[int, tuple[Any, ...], int]] = field(default_factory=dict)
    #: every id, in order, of a listing of at most SMALL rows
    ids: list[int] | None = None


@dataclass(frozen=True)
class IssueListing:
    """The matching issues of a filter in one order: how many, and how to read a page.

    `cache` is filled as pages are read (not part of equality).
    """

    filter: IssueFilter
    sort: str
    descending: bool
    today: dt.date
    total: int
    segments: tuple[Segment, ...]
    cache: ListingCache = field(default_factory=ListingCache, compare=False, repr=False)


def _sort_key(sort: str) -> str:
    return sort if sort in SORT_KEYS else "reported_on"


def _name_order(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def _segments(session: Session, key: str) -> list[Segment]:
    """The segments of a sort key in ascending order."""
    if key in _ORDERED:  # an empty due date or district: its own segment, before the others
        return [("empty", None), ("all", None)] if key in _NULLABLE else [("all", None)]
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
    # assignee: members and committees, grouped by the name shown
    names: dict[str, tuple[list[int], list[int]]] = {}
    for mid, name in session.execute(select(Member.id, Member.name)):
        names.setdefault(name, ([], []))[0].append(mid)
    for cid, name in session.execute(select(Committee.id, Committee.name)):
        names.setdefault(name, ([], []))[1].append(cid)
    ordered = sorted(names, key=_name_order)
    return [("assignee", None), *[("assignee", (tuple(names[n][0]), tuple(names[n][1]))) for n in ordered]]


def _bucket_column(key: str) -> Any:
    return {"status": Issue.status, "priority": Issue.priority, "category": Issue.category_id}[key]


def _segment_condition(key: str, segment: Segment) -> Any:
    kind, value = segment
    if kind == "all":
        return _ORDERED[key][0].is_not(None) if key in _NULLABLE else None
    if kind == "empty":
        return _ORDERED[key][0].is_(None)
    if kind == "value":
        column = _bucket_column(key)
        return column.is_(None) if value is None else column == value
    if value is None:
        return and_(Issue.assignee_member_id.is_(None), Issue.assignee_committee_id.is_(None))
    member_ids, committee_ids = value  # each served by ix_issues_assignee (0003_issue_sort)
    by_member = Issue.assignee_member_id.in_(member_ids)
    by_committee = and_(Issue.assignee_member_id.is_(None), Issue.assignee_committee_id.in_(committee_ids))
    if not committee_ids:
        return by_member
    return by_committee if not member_ids else or_(by_member, by_committee)


def _order(key: str, descending: bool, kind: str) -> list[Any]:
    """ORDER BY within a segment of this kind (no empty values in an ordered segment)."""
    exprs = _ORDERED.get(key, []) if kind == "all" else []
    return [e.desc() if descending else e.asc() for e in [*exprs, Issue.id]]


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
        listing.cache.counts[0] = total
    return listing


#: Past this many segments, the rest are counted in one GROUP BY (e.g. a jump to the end).
COUNT_ONE_BY_ONE = 4


def _count_every_segment(session: Session, listing: IssueListing) -> None:
    by_key: dict[str, list[Any]] = {
        "status": [Issue.status],
        "priority": [Issue.priority],
        "category": [Issue.category_id],
        "assignee": [Issue.assignee_member_id, Issue.assignee_committee_id],
    }
    columns = by_key[listing.sort]
    conds = _conditions(session, listing.filter, listing.today, paging=False)
    counts = dict.fromkeys(range(len(listing.segments)), 0)
    at = {"status": 0, "priority": 1, "category": 2, "assignee": 3}[listing.sort]
    stmt = select(*columns, func.count()).where(*conds).group_by(*columns)
    for row in session.execute(stmt):
        padded: list[Any] = [None] * 5  # the key values as _segment_of reads them
        padded[at : at + len(columns)] = row[: len(columns)]
        counts[_segment_of(listing, tuple(padded))] += int(row[-1])
    listing.cache.counts.update(counts)


def _segment_count(session: Session, listing: IssueListing, index: int) -> int:
    if index not in listing.cache.counts and index >= COUNT_ONE_BY_ONE:
        _count_every_segment(session, listing)
    if index not in listing.cache.counts:
        if index == len(listing.segments) - 1 and all(i in listing.cache.counts for i in range(index)):
            listing.cache.counts[index] = listing.total - sum(listing.cache.counts[i] for i in range(index))
        else:
            conds = _conditions(session, listing.filter, listing.today, paging=False)
            cond = _segment_condition(listing.sort, listing.segments[index])
            stmt = (
                select(func.count()).select_from(Issue).where(*conds, *([cond] if cond is not None else []))
            )
            listing.cache.counts[index] = int(session.scalar(stmt) or 0)
    return listing.cache.counts[index]


def _after(key: str, values: tuple[Any, ...], issue_id: int, descending: bool, kind: str) -> Any:
    """The rows of a segment of this kind after (values, issue_id) in the listing's order,
    as a condition an index can serve."""
    exprs = _ORDERED.get(key, []) if kind == "all" else []
    if not exprs:
        return Issue.id < issue_id if descending else Issue.id > issue_id
    if len(exprs) > 1:  # the reference: a row value over plain columns, never empty
        row = tuple_(*exprs, Issue.id)
        mine = tuple_(*[literal(v, e.type) for v, e in zip(values, exprs, strict=True)], literal(issue_id))
        return row < mine if descending else row > mine
    # spelled out, not as a row value: SQLite reads a row value over an expression
    # (lower(title)) without its index
    column, value = exprs[0], literal(values[0], exprs[0].type)
    if descending:
        return and_(column <= value, or_(column < value, Issue.id < issue_id))
    return and_(column >= value, or_(column > value, Issue.id > issue_id))


def _anchor(listing: IssueListing, index: int, base: int, offset: int) -> Any:
    """The row read before row `offset` of segment `index` (which starts at row `base`), to
    continue from it (keyset); None when it was not read."""
    anchor = listing.cache.anchors.get(base + offset - 1) if offset else None
    return anchor if anchor is not None and anchor[0] == index else None


def _offset_read(size: int, offset: int, limit: int) -> tuple[bool, int]:
    """How rows `offset`…`offset + limit` of a segment of `size` rows are read without an
    anchor: (backwards, rows skipped). A deep page is read from the segment's far end, so no
    read skips more than half of it."""
    backwards = offset > size // 2
    return backwards, (size - offset - limit if backwards else offset)


def _spans(
    listing: IssueListing, offset: int, limit: int, size_of: Callable[[int], int | None]
) -> Iterator[tuple[int, int, int, int] | None]:
    """For rows `offset`…`offset + limit` of the listing, each segment they fall in: (segment,
    its first row, the first row wanted in it, rows wanted). `size_of` gives a segment's size;
    where it gives None the walk ends with None (the rest is not known)."""
    start = 0
    end = min(offset + limit, listing.total)
    for index in range(len(listing.segments)):
        if start >= end:
            return
        size = size_of(index)
        if size is None:
            yield None
            return
        if start + size > offset:
            lo = max(offset - start, 0)
            yield index, start, lo, min(end - start, size) - lo
        start += size


def _segment_ids(
    session: Session, listing: IssueListing, index: int, base: int, offset: int, limit: int
) -> list[int]:
    """Ids `offset`…`offset + limit` of the segment that starts at row `base`.

    After a page that was read, the next one continues from its last row (keyset); else a
    deep page is read from the segment's far end, so no read skips more than half of it.
    """
    size = _segment_count(session, listing, index)
    limit = min(limit, size - offset)
    if limit <= 0:
        return []
    conds = _conditions(session, listing.filter, listing.today, paging=True)
    cond = _segment_condition(listing.sort, listing.segments[index])
    if cond is not None:
        conds.append(cond)
    columns = [Issue.id, *_ORDERED.get(listing.sort, [])]
    anchor = _anchor(listing, index, base, offset)
    rows: list[Any] = []
    kind = listing.segments[index][0]
    if anchor is not None:
        after = _after(listing.sort, anchor[1], anchor[2], listing.descending, kind)
        order = _order(listing.sort, listing.descending, kind)
        rows = list(session.execute(select(*columns).where(*conds, after).order_by(*order).limit(limit)))
    else:
        backwards, start = _offset_read(size, offset, limit)
        order = _order(listing.sort, listing.descending != backwards, kind)
        rows = list(
            session.execute(select(*columns).where(*conds).order_by(*order).limit(limit).offset(start))
        )
        if backwards:
            rows.reverse()
    if rows:
        if len(listing.cache.anchors) > MAX_ANCHORS:
            listing.cache.anchors.clear()
        listing.cache.anchors[base + offset + len(rows) - 1] = (index, tuple(rows[-1][1:]), rows[-1][0])
    return [r[0] for r in rows]


#: A page that skips at most this many rows of a segment (an OFFSET) is cheap: ≈ 1–2 ms on
#: 100 000 issues. A jump into the middle of ≈ 97 000 closed issues skips ≈ 48 000: 20 ms
#: on a quiet machine, up to 250 ms on a loaded one.
CHEAP_SKIP = 2000


def page_is_cheap(listing: IssueListing, offset: int, limit: int) -> bool:
    """Whether rows `offset`…`offset + limit` are read without counting a segment or skipping
    more than CHEAP_SKIP rows: from a row read before (keyset), near a segment's start or end,
    or from a listing of at most SMALL. Judged from what the listing has learnt, no query."""
    if listing.total <= SMALL:
        return True  # its ids are one query of a few thousand, read once
    counts = listing.cache.counts
    for span in _spans(listing, offset, limit, counts.get):
        if span is None:
            return False  # counting a segment is a query over its rows
        index, base, lo, count = span
        skipped = _offset_read(counts[index], lo, count)[1]
        if lo and _anchor(listing, index, base, lo) is None and skipped > CHEAP_SKIP:
            return False
    return True


def detached(listing: IssueListing) -> IssueListing:
    """The listing with a cache of its own, to read pages on another thread while this one
    goes on reading; `learn` brings back what the read learnt."""
    cache = listing.cache
    own = ListingCache(
        dict(cache.counts), dict(cache.anchors), None if cache.ids is None else list(cache.ids)
    )
    return replace(listing, cache=own)


def learn(listing: IssueListing, read: IssueListing) -> None:
    """Keep what reading `read` (a `detached` copy of `listing`) learnt: segment sizes and
    the rows to continue from."""
    cache, other = listing.cache, read.cache
    cache.counts.update(other.counts)
    new = {row: anchor for row, anchor in other.anchors.items() if row not in cache.anchors}
    if len(cache.anchors) + len(new) > MAX_ANCHORS:
        cache.anchors.clear()
    cache.anchors.update(new)
    if cache.ids is None:
        cache.ids = other.ids


def _small_statement(session: Session, listing: IssueListing) -> Any:
    """A few thousand matches: one query sorts them all (through the filter's index)."""
    conds = _conditions(session, listing.filter, listing.today, paging=False)
    order = _order(listing.sort, listing.descending, "all")
    if len(listing.segments) > 1:
        ranks = [(_segment_condition(listing.sort, seg), i) for i, seg in enumerate(listing.segments)]
        order.insert(0, case(*ranks, else_=len(ranks)))
    return select(Issue.id).where(*conds).order_by(*order)


def _small_listing_ids(session: Session, listing: IssueListing) -> list[int]:
    if listing.cache.ids is None:
        listing.cache.ids = list(session.scalars(_small_statement(session, listing)))
    return listing.cache.ids


def listing_ids(session: Session, listing: IssueListing, offset: int, limit: int) -> list[int]:
    """The ids of rows `offset`…`offset + limit` of the listing, in order."""
    require_permission(session, Permission.READ)
    if listing.total <= SMALL:
        if offset == 0 and listing.cache.ids is None:  # the first page alone (an index may serve it)
            return list(session.scalars(_small_statement(session, listing).limit(limit)))
        return _small_listing_ids(session, listing)[offset : offset + limit]
    ids: list[int] = []
    for span in _spans(listing, offset, limit, lambda index: _segment_count(session, listing, index)):
        assert span is not None  # every size is counted
        index, base, lo, count = span
        ids.extend(_segment_ids(session, listing, index, base, lo, count))
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
            found = listing.sort not in _NULLABLE or values[5] is not None
        elif kind == "empty":
            found = values[5] is None
        elif kind == "value":
            found = {"status": status, "priority": priority, "category": category}[listing.sort] == value
        elif value is None:  # nobody assigned
            found = member is None and committee is None
        else:
            found = member in value[0] or (member is None and committee in value[1])
        if found:
            return index
    raise LookupError("issue outside every segment")


def listing_position(session: Session, listing: IssueListing, issue_id: int) -> int | None:
    """The row of `issue_id` in the listing, or None when it does not match the filter."""
    require_permission(session, Permission.READ)
    if listing.total <= SMALL:
        ids = _small_listing_ids(session, listing)
        return ids.index(issue_id) if issue_id in ids else None
    values = _key_values(session, listing, issue_id)
    if values is None:
        return None
    index = _segment_of(listing, values)
    before = sum(_segment_count(session, listing, i) for i in range(index))
    conds = _conditions(session, listing.filter, listing.today, paging=True)
    cond = _segment_condition(listing.sort, listing.segments[index])
    if cond is not None:
        conds.append(cond)
    # the rows before it are the rows after it in the opposite order
    kind = listing.segments[index][0]
    conds.append(_after(listing.sort, values[5:], issue_id, not listing.descending, kind))
    return before + int(session.scalar(select(func.count()).select_from(Issue).where(*conds)) or 0)


def sorted_ids(
    session: Session,
    flt: IssueFilter,
    *,
    sort: str = "reported_on",
    descending: bool = True,
    today: dt.date | None = None,
) -> list[int]:
    """Every matching id in the listing's order, without counting first (full-text search
    and tests; the table reads pages)."""
    require_permission(session, Permission.READ)
    key = _sort_key(sort)
    segments = _segments(session, key)
    ids: list[int] = []
    for segment in reversed(segments) if descending else segments:
        conds = _conditions(session, flt, today or dt.date.today(), paging=False)
        cond = _segment_condition(key, segment)
        if cond is not None:
            conds.append(cond)
        order = _order(key, descending, segment[0])
        ids.extend(session.scalars(select(Issue.id).where(*conds).order_by(*order)))
    return ids
