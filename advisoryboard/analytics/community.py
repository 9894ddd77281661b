"""Community participation figures, counted in SQL (`GROUP BY`), for charts and the annual summary.

Only events that were held count. An event's participants are its head count (which is
never below its named sign-ins); unique, first-time and returning participants come from
named sign-ins (a person is their folded name). A first-time participant's first sign-in
ever falls in the period; a returning one had signed in before it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from advisoryboard.analytics.filters import month_key
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from database.models import CommunityEvent, CommunityProgram, EventSignIn, WatchBlock
from database.models.community import EventKind, EventStatus, ProgramKind, ProgramStatus

E = CommunityEvent


@dataclass(frozen=True)
class CommunityTotals:
    events: int
    participants: int
    named_sign_ins: int
    unique_participants: int
    first_time: int
    returning: int
    volunteers: int
    volunteer_hours: float


@dataclass(frozen=True)
class CommunityGroup:
    """One line of a breakdown (a month 'YYYY-MM', an event kind, or an area)."""

    key: str
    events: int
    participants: int
    volunteers: int
    volunteer_hours: float


@dataclass(frozen=True)
class WatchCoverage:
    program_id: int
    program: str
    blocks: int
    covered: int  # blocks with an active captain

    @property
    def share(self) -> float:
        return self.covered / self.blocks if self.blocks else 0.0


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time())


def _held(start: dt.date, end: dt.date):  # type: ignore[no-untyped-def]
    lo, hi = _bounds(start, end)
    return and_(E.status == EventStatus.HELD, E.starts_at >= lo, E.starts_at < hi)


def totals(session: Session, start: dt.date, end: dt.date) -> CommunityTotals:
    require_permission(session, Permission.READ)
    held = _held(start, end)
    row = session.execute(
        select(
            func.count(E.id),
            func.coalesce(func.sum(E.head_count), 0),
            func.coalesce(func.sum(E.volunteers), 0),
            func.coalesce(func.sum(E.volunteer_hours), 0.0),
        ).where(held)
    ).one()
    named = session.execute(
        select(func.count(EventSignIn.id), func.count(func.distinct(EventSignIn.person_key)))
        .join(E, E.id == EventSignIn.event_id)
        .where(held)
    ).one()
    lo, _hi = _bounds(start, end)
    firsts = (
        select(EventSignIn.person_key.label("person"), func.min(E.starts_at).label("first"))
        .join(E, E.id == EventSignIn.event_id)
        .where(E.status == EventStatus.HELD)
        .group_by(EventSignIn.person_key)
        .subquery()
    )
    in_period = (
        select(func.distinct(EventSignIn.person_key)).join(E, E.id == EventSignIn.event_id).where(held)
    )
    first_time = session.scalar(
        select(func.count()).select_from(firsts).where(firsts.c.person.in_(in_period), firsts.c.first >= lo)
    )
    unique = int(named[1])
    return CommunityTotals(
        events=int(row[0]),
        participants=int(row[1] or 0),
        named_sign_ins=int(named[0]),
        unique_participants=unique,
        first_time=int(first_time or 0),
        returning=unique - int(first_time or 0),
        volunteers=int(row[2]),
        volunteer_hours=float(row[3]),
    )


def _grouped(session: Session, key, start: dt.date, end: dt.date) -> list[CommunityGroup]:  # type: ignore[no-untyped-def]
    require_permission(session, Permission.READ)
    stmt = (
        select(
            key.label("k"),
            func.count(E.id),
            func.coalesce(func.sum(E.head_count), 0),
            func.coalesce(func.sum(E.volunteers), 0),
            func.coalesce(func.sum(E.volunteer_hours), 0.0),
        )
        .where(_held(start, end))
        .group_by(key)
        .order_by(key)
    )
    return [
        CommunityGroup(str(k), int(n), int(p), int(v), float(h))
        for k, n, p, v, h in session.execute(stmt).all()
    ]


def by_month(session: Session, start: dt.date, end: dt.date) -> list[CommunityGroup]:
    """Held events per month ('YYYY-MM'), months without events left out."""
    return _grouped(session, month_key(session, E.starts_at), start, end)


def by_kind(session: Session, start: dt.date, end: dt.date) -> list[CommunityGroup]:
    """Per event kind; `key` is the kind's stored value (see EventKind)."""
    return _grouped(session, E.kind, start, end)


def by_area(session: Session, start: dt.date, end: dt.date) -> list[CommunityGroup]:
    """Per district or beat; events without one under ''."""
    return _grouped(session, func.coalesce(E.district, ""), start, end)


def watch_coverage(session: Session) -> list[WatchCoverage]:
    """Each active neighborhood watch: blocks listed and blocks with an active captain."""
    require_permission(session, Permission.READ)
    covered = case(
        (and_(WatchBlock.captain_name.is_not(None), WatchBlock.captain_active.is_(True)), 1), else_=0
    )
    stmt = (
        select(
            CommunityProgram.id,
            CommunityProgram.name,
            func.count(WatchBlock.id),
            func.coalesce(func.sum(covered), 0),
        )
        .outerjoin(WatchBlock, WatchBlock.program_id == CommunityProgram.id)
        .where(
            CommunityProgram.kind == ProgramKind.NEIGHBORHOOD_WATCH,
            CommunityProgram.status == ProgramStatus.ACTIVE,
        )
        .group_by(CommunityProgram.id, CommunityProgram.name)
        .order_by(CommunityProgram.name)
    )
    return [WatchCoverage(i, name, int(b), int(c)) for i, name, b, c in session.execute(stmt).all()]


def kind_of(key: str) -> EventKind:
    return EventKind(key)


__all__ = [
    "CommunityGroup",
    "CommunityTotals",
    "WatchCoverage",
    "by_area",
    "by_kind",
    "by_month",
    "totals",
    "watch_coverage",
]
