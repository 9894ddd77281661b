"""Agendas: built from the board's template, numbered 1, 2, 4a, 4b, timed, reordered."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import get_or_404, require_permission
from advisoryboard.services.meetings import draft_minutes_before, ensure_minutes_editable, settings_of
from advisoryboard.services.setup import DEFAULT_AGENDA_TEMPLATE
from database.enums import (
    OPEN_STATUSES,
    ActionItemStatus,
    AgendaSection,
    IssuePriority,
    MeetingStatus,
)
from database.models import ActionItem, AgendaItem, Issue, IssueEvent, Meeting

#: At most this many changed issues are carried into unfinished business (most urgent first).
MAX_CARRIED_ISSUES = 12
_URGENCY = case(
    {IssuePriority.URGENT: 0, IssuePriority.HIGH: 1, IssuePriority.NORMAL: 2},
    value=Issue.priority,
    else_=3,
)


@dataclass(frozen=True)
class AgendaRow:
    id: int
    number: str
    parent_id: int | None
    position: int
    section: AgendaSection
    title: str
    description: str | None
    presenter: str | None
    minutes_allotted: int | None
    clock: dt.time
    issue_id: int | None
    issue_reference: str | None
    consent: bool
    closed_session: bool
    closed_reason: str | None
    minutes_notes: str | None
    notes_hidden: bool
    minutes_of_meeting_id: int | None
    action_item_id: int | None
    version: int


# ----------------------------------------------------------------- pure helpers
def item_numbers(items: Sequence[tuple[int, int | None, int]]) -> dict[int, str]:
    """Numbers for (id, parent_id, position) items: top level 1, 2, 3; children 4a, 4b…"""
    top = sorted((i for i in items if i[1] is None), key=lambda i: (i[2], i[0]))
    numbers: dict[int, str] = {}
    for n, (ident, _p, _pos) in enumerate(top, start=1):
        numbers[ident] = str(n)
        children = sorted((i for i in items if i[1] == ident), key=lambda i: (i[2], i[0]))
        for k, (child, _pp, _cpos) in enumerate(children):
            numbers[child] = f"{n}{_letters(k)}"
    return numbers


def _letters(index: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa."""
    text = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        text = chr(ord("a") + rem) + text
    return text


def display_order(items: Sequence[tuple[int, int | None, int]]) -> list[int]:
    top = sorted((i for i in items if i[1] is None), key=lambda i: (i[2], i[0]))
    order: list[int] = []
    for ident, _p, _pos in top:
        order.append(ident)
        order.extend(c[0] for c in sorted((i for i in items if i[1] == ident), key=lambda i: (i[2], i[0])))
    return order


def item_clocks(
    items: Sequence[tuple[int, int | None, int, int | None]], start: dt.datetime
) -> dict[int, dt.datetime]:
    """When each (id, parent_id, position, minutes) item starts: the one clock rule of the
    screen and the printed agenda. Top-level items follow one another; a parent's sub-items
    run one after another from the parent's start (the parent's time covers them), and the
    next top-level item starts after the longer of the parent's minutes and its sub-items'."""

    def in_order(parent: int | None) -> list[tuple[int, int | None, int, int | None]]:
        return sorted((i for i in items if i[1] == parent), key=lambda i: (i[2], i[0]))

    clocks: dict[int, dt.datetime] = {}
    clock = start
    for ident, _p, _pos, minutes in in_order(None):
        clocks[ident] = clock
        sub_clock = clock
        for child, _cp, _cpos, child_minutes in in_order(ident):
            clocks[child] = sub_clock
            sub_clock += dt.timedelta(minutes=child_minutes or 0)
        clock = max(clock + dt.timedelta(minutes=minutes or 0), sub_clock)
    return clocks


def clock_times(start: dt.time, minutes_in_order: Sequence[int | None]) -> list[dt.time]:
    """The running clock of a flat agenda: each item starts when the previous ones' minutes are used."""
    day = dt.datetime.combine(dt.date(2000, 1, 1), start)
    clocks = item_clocks([(n, None, n, m) for n, m in enumerate(minutes_in_order)], day)
    return [clocks[n].time() for n in range(len(minutes_in_order))]


def validate_template(template: Any) -> list[dict[str, Any]]:
    """Check a template's shape (list of {section?, title, minutes?, children?}); return it."""
    if not isinstance(template, list) or not template:
        raise ValidationError({"template": _("The template needs at least one item.")})
    sections = {s.value for s in AgendaSection}
    for entry in template:
        for item in [entry, *(entry.get("children") or [] if isinstance(entry, dict) else [])]:
            if not isinstance(item, dict) or not str(item.get("title", "")).strip():
                raise ValidationError({"template": _("Every template item needs a title.")})
            if item.get("section", "other") not in sections:
                raise ValidationError({"template": _("Unknown section: {name}").format(name=item["section"])})
            minutes = item.get("minutes", 0)
            if not isinstance(minutes, int) or not 0 <= minutes <= 600:
                raise ValidationError({"template": _("Minutes must be a whole number from 0 to 600.")})
    return template


# ----------------------------------------------------------------- template
def agenda_template(session: Session) -> list[dict[str, Any]]:
    require_permission(session, Permission.READ)
    text = settings_of(session).agenda_template
    if not text:
        return json.loads(json.dumps(DEFAULT_AGENDA_TEMPLATE))
    try:
        return validate_template(json.loads(text))
    except (ValueError, UserError):
        return json.loads(json.dumps(DEFAULT_AGENDA_TEMPLATE))


def save_agenda_template(session: Session, template: list[dict[str, Any]]) -> None:
    require_permission(session, Permission.EDIT_MEETINGS)
    settings_of(session).agenda_template = json.dumps(validate_template(template))


# ----------------------------------------------------------------- reading
def list_agenda(session: Session, meeting_id: int) -> list[AgendaRow]:
    actor = require_permission(session, Permission.READ)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    rows = list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)))
    shape = [(r.id, r.parent_id, r.position) for r in rows]
    numbers = item_numbers(shape)
    by_id = {r.id: r for r in rows}
    order = display_order(shape)
    starts = item_clocks([(*item, by_id[item[0]].minutes_allotted) for item in shape], meeting.starts_at)
    refs = dict(
        session.execute(
            select(Issue.id, Issue.reference).where(Issue.id.in_([r.issue_id for r in rows if r.issue_id]))
        ).all()
    )
    may_see_closed = actor.can(Permission.VIEW_CONFIDENTIAL)
    result = []
    for ident in order:
        r = by_id[ident]
        hidden = r.closed_session and not may_see_closed
        result.append(
            AgendaRow(
                id=r.id,
                number=numbers[r.id],
                parent_id=r.parent_id,
                position=r.position,
                section=r.section,
                title=r.title,
                description=r.description,
                presenter=r.presenter,
                minutes_allotted=r.minutes_allotted,
                clock=starts[ident].time(),
                issue_id=r.issue_id,
                issue_reference=refs.get(r.issue_id) if r.issue_id else None,
                consent=r.consent,
                closed_session=r.closed_session,
                closed_reason=r.closed_reason,
                minutes_notes=None if hidden else r.minutes_notes,
                notes_hidden=hidden,
                minutes_of_meeting_id=r.minutes_of_meeting_id,
                action_item_id=r.action_item_id,
                version=r.version,
            )
        )
    return result


def previous_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    return session.scalar(
        select(Meeting)
        .where(Meeting.starts_at < meeting.starts_at, Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at.desc())
        .limit(1)
    )


# ----------------------------------------------------------------- building
def build_agenda_from_template(session: Session, meeting_id: int) -> int:
    """Fill an empty agenda from the template, with minutes to approve and unfinished business."""
    require_permission(session, Permission.EDIT_MEETINGS)
    meeting = get_or_404(session, Meeting, meeting_id, _("Meeting"))
    ensure_minutes_editable(meeting)
    has_items = session.scalar(select(func.count()).where(AgendaItem.meeting_id == meeting_id))
    if has_items:
        raise UserError(_("This meeting already has an agenda; add or remove items instead."))
    count = 0
    for position, entry in enumerate(agenda_template(session)):
        section = AgendaSection(entry.get("section", "other"))
        parent = _new_item(
            session, meeting_id, None, position, section, _(str(entry["title"])), entry.get("minutes")
        )
        count += 1
        children: list[tuple[str, int | None, dict[str, Any]]] = [
            (_(str(c["title"])), c.get("minutes"), {}) for c in entry.get("children") or []
        ]
        if section is AgendaSection.APPROVE_MINUTES:
            children += _drafts_to_approve(session, meeting)
        elif section is AgendaSection.UNFINISHED_BUSINESS:
            children += _unfinished_business(session, meeting)
        for k, (title, minutes, links) in enumerate(children):
            _new_item(session, meeting_id, parent.id, k, section, title, minutes, **links)
            count += 1
    return count


def _new_item(
    session: Session,
    meeting_id: int,
    parent_id: int | None,
    position: int,
    section: AgendaSection,
    title: str,
    minutes: object,
    **links: Any,
) -> AgendaItem:
    item = AgendaItem(
        meeting_id=meeting_id,
        parent_id=parent_id,
        position=position,
        section=section,
        title=title[:300],
        minutes_allotted=minutes if isinstance(minutes, int) and minutes > 0 else None,
        **links,
    )
    session.add(item)
    session.flush()
    return item


def _drafts_to_approve(session: Session, meeting: Meeting) -> list[tuple[str, int | None, dict[str, Any]]]:
    return [
        (
            _("Minutes of the meeting of {date}").format(date=m.starts_at.date().isoformat()),
            None,
            {"minutes_of_meeting_id": m.id},
        )
        for m in draft_minutes_before(session, meeting.id)
    ]


def _unfinished_business(session: Session, meeting: Meeting) -> list[tuple[str, int | None, dict[str, Any]]]:
    result: list[tuple[str, int | None, dict[str, Any]]] = []
    open_items = session.scalars(
        select(ActionItem)
        .join(Meeting, Meeting.id == ActionItem.meeting_id, isouter=True)
        .where(ActionItem.status == ActionItemStatus.OPEN)
        .where((Meeting.starts_at < meeting.starts_at) | (ActionItem.meeting_id.is_(None)))
        .order_by(ActionItem.due_on, ActionItem.id)
    )
    carried_issues: set[int] = set()
    for a in open_items:
        title = _("Action item: {text}").format(text=a.description.splitlines()[0] if a.description else "")
        if a.due_on:
            title += " " + _("(due {date})").format(date=a.due_on.isoformat())
        result.append((title, None, {"action_item_id": a.id, "issue_id": a.issue_id}))
        if a.issue_id:
            carried_issues.add(a.issue_id)
    previous = previous_meeting(session, meeting)
    since = previous.starts_at if previous else meeting.starts_at - dt.timedelta(days=31)
    changed = (
        select(IssueEvent.issue_id, func.max(IssueEvent.at).label("last"))
        .where(IssueEvent.at > since, IssueEvent.at <= meeting.starts_at)
        .group_by(IssueEvent.issue_id)
        .subquery()
    )
    issues = session.execute(
        select(Issue.id, Issue.reference, Issue.title)
        .join(changed, changed.c.issue_id == Issue.id)
        .where(Issue.status.in_(list(OPEN_STATUSES)), Issue.confidential.is_(False))
        .order_by(_URGENCY, changed.c.last.desc(), Issue.id)
        .limit(MAX_CARRIED_ISSUES + len(carried_issues))
    ).all()
    added = 0
    for ident, reference, title in issues:
        if ident in carried_issues or added >= MAX_CARRIED_ISSUES:
            continue
        result.append(
            (_("Issue {ref}: {title}").format(ref=reference, title=title), None, {"issue_id": ident})
        )
        added += 1
    return result
