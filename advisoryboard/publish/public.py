"""The public-only read path: everything the published website may show, and nothing else.

The site builder never opens the ORM itself: it gets a `PublicRecord` from
`load_public_record`, whose dataclasses have no field for a private value. The rules
(DOMAIN.md) are enforced here, in SQL and in the copies made of the printed records:

- members: names, seats, offices, district; email and phone only when the member agreed
  to publish them (services/roster_print.py, public roster), never an address;
- meetings: every agenda; minutes only when approved, and never of a closed meeting;
  closed-session items keep their title and legal reason, never their description, notes
  or motions; draft minutes' texts never leave;
- issues: numbers (the analytics' counts, as the annual summary prints them) and the open
  issues' public fields; confidential issues are never listed, and agenda items, motions
  and action items about one are reduced to "a confidential matter"; reporters never.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from advisoryboard import analytics
from advisoryboard.i18n import N_
from advisoryboard.permissions import Permission
from advisoryboard.publish.writer import PREFIX
from advisoryboard.reports.data import (
    AgendaLine,
    AmendmentLine,
    Board,
    MeetingRecord,
    load_board,
    load_meeting,
)
from advisoryboard.services.base import require_permission
from advisoryboard.services.roster_print import RosterLine, roster_for_print
from database.enums import OPEN_STATUSES, IssueStatus, MeetingKind, MeetingStatus, MinutesStatus
from database.models import (
    ActionItem,
    AgendaItem,
    Issue,
    IssueCategory,
    Meeting,
    Member,
    MinutesAmendment,
    Motion,
    Partner,
)

#: What replaces the words of an agenda item, motion or action item about a confidential issue.
CONFIDENTIAL_MATTER = N_("A confidential matter")
#: How far back the issue statistics reach.
STATISTICS_DAYS = 365


@dataclass(frozen=True)
class PublicMeeting:
    id: int
    slug: str  # file name stem: 2026-11-10-meeting-42
    kind: MeetingKind
    status: MeetingStatus
    title: str | None
    starts_at: dt.datetime
    location: str | None
    cancelled_reason: str | None
    agenda: MeetingRecord  # agenda lines only: no attendance, motions or notes
    minutes: MeetingRecord | None  # approved minutes, closed-session content removed


@dataclass(frozen=True)
class PublicIssue:
    reference: str
    title: str
    category: str | None
    district: str | None
    status: IssueStatus
    reported_on: dt.date
    partner: str | None


@dataclass(frozen=True)
class IssueStats:
    date_from: dt.date
    date_to: dt.date
    by_category: tuple[analytics.CategoryCount, ...]
    by_district: tuple[analytics.DistrictCount, ...]
    by_status: tuple[analytics.StatusCount, ...]
    medians: tuple[analytics.CategoryMedian, ...]
    open_issues: tuple[PublicIssue, ...]


@dataclass(frozen=True)
class PublicRecord:
    board: Board
    today: dt.date
    roster: tuple[RosterLine, ...]
    meetings: tuple[PublicMeeting, ...]
    issues: IssueStats
    #: Lowercased texts that must never be published (checked on every file written).
    private_texts: frozenset[str]


def _confidential_ids(session: Session) -> set[int]:
    return set(session.scalars(select(Issue.id).where(Issue.confidential.is_(True))))


def _sensitive_items(session: Session, meeting_id: int, confidential: set[int]) -> set[int]:
    """Agenda items about a confidential issue, directly or through their action item."""
    if not confidential:
        return set()
    via_action = select(ActionItem.id).where(ActionItem.issue_id.in_(confidential))
    return set(
        session.scalars(
            select(AgendaItem.id).where(
                AgendaItem.meeting_id == meeting_id,
                or_(AgendaItem.issue_id.in_(confidential), AgendaItem.action_item_id.in_(via_action)),
            )
        )
    )


def _public_line(line: AgendaLine, sensitive: bool, keep_notes: bool) -> AgendaLine:
    if sensitive:
        return replace(line, title=CONFIDENTIAL_MATTER, description=None, presenter=None, minutes_notes=None)
    if line.closed_session:
        return replace(line, description=None, minutes_notes=None)
    return line if keep_notes else replace(line, minutes_notes=None)


def public_meeting(session: Session, meeting_id: int, confidential: set[int]) -> PublicMeeting:
    """One meeting as the public may see it (see the module docstring for the rules)."""
    record = load_meeting(session, meeting_id)
    m = record.meeting
    sensitive = _sensitive_items(session, meeting_id, confidential)
    agenda = replace(
        record,
        agenda=tuple(_public_line(line, line.id in sensitive, False) for line in record.agenda),
        attendance=(),
        motions=(),
        actions=(),
        amendments=(),
        meeting=replace(m, minutes_summary=None, guests=None, presiding=None, recorder=None),
    )
    minutes = None
    if m.minutes_status is MinutesStatus.APPROVED and m.kind is not MeetingKind.CLOSED:
        closed = {line.id for line in record.agenda if line.closed_session}
        motion_issue = dict(
            session.execute(select(Motion.id, Motion.issue_id).where(Motion.meeting_id == meeting_id)).all()
        )
        hidden_motions = {
            mid
            for mid, issue in motion_issue.items()
            if issue in confidential
            or next((mo.agenda_item_id for mo in record.motions if mo.id == mid), None) in sensitive
        }
        action_rows = session.execute(
            select(ActionItem.issue_id, ActionItem.motion_id)
            .where(ActionItem.meeting_id == meeting_id)
            .order_by(ActionItem.id)
        ).all()
        closed_motions = {mo.id for mo in record.motions if mo.agenda_item_id in closed}
        actions = []
        for action, (issue_id, motion_id) in zip(record.actions, action_rows, strict=True):
            if motion_id in closed_motions:
                continue
            if issue_id in confidential or motion_id in hidden_motions:
                action = replace(action, description=CONFIDENTIAL_MATTER)
            actions.append(action)
        minutes = replace(
            record,
            agenda=tuple(_public_line(line, line.id in sensitive, True) for line in record.agenda),
            motions=tuple(
                replace(mo, text=CONFIDENTIAL_MATTER) if mo.id in hidden_motions else mo
                for mo in record.motions
                if mo.agenda_item_id not in closed
            ),
            actions=tuple(actions),
            amendments=_public_amendments(session, record, closed | sensitive),
        )
    return PublicMeeting(
        id=m.id,
        slug=f"{m.starts_at:%Y-%m-%d}-meeting-{m.id}",
        kind=m.kind,
        status=m.status,
        title=m.title,
        starts_at=m.starts_at,
        location=m.location,
        cancelled_reason=m.cancelled_reason,
        agenda=agenda,
        minutes=minutes,
    )


def _public_amendments(
    session: Session, record: MeetingRecord, hidden_items: set[int]
) -> tuple[AmendmentLine, ...]:
    """A correction to a closed-session or confidential item's notes is as private as the notes."""
    hidden = {f"agenda_item:{item}.minutes_notes" for item in hidden_items}
    targets = session.scalars(
        select(MinutesAmendment.target)
        .where(MinutesAmendment.meeting_id == record.meeting.id)
        .order_by(MinutesAmendment.made_at)
    ).all()
    return tuple(a for a, target in zip(record.amendments, targets, strict=True) if target not in hidden)


def issue_stats(session: Session, today: dt.date) -> IssueStats:
    """Counts over the last year (confidential issues count, as numbers only) and open issues."""
    f = analytics.AnalyticsFilter(today - dt.timedelta(days=STATISTICS_DAYS), today)
    breakdown = analytics.issue_breakdown(session, f)
    rows = session.execute(
        select(
            Issue.reference,
            Issue.title,
            IssueCategory.name,
            Issue.district,
            Issue.status,
            Issue.reported_on,
            Partner.name,
        )
        .outerjoin(IssueCategory, IssueCategory.id == Issue.category_id)
        .outerjoin(Partner, Partner.id == Issue.partner_id)
        .where(Issue.status.in_(OPEN_STATUSES), Issue.confidential.is_(False))
        .order_by(Issue.reported_on, Issue.id)
    ).all()
    return IssueStats(
        date_from=f.date_from,
        date_to=f.date_to,
        by_category=tuple(c for c in breakdown.categories if c.count),
        by_district=tuple(d for d in breakdown.districts if d.count),
        by_status=tuple(s for s in breakdown.statuses if s.count),
        medians=tuple(analytics.median_days_to_resolution(session, f)),
        open_issues=tuple(
            PublicIssue(ref, title, cat, district, status, reported.date(), partner)
            for ref, title, cat, district, status, reported, partner in rows
        ),
    )


def _private_texts(session: Session, public_corpus: str, public_values: set[str]) -> frozenset[str]:
    """Values that identify private data and appear in no public field: a safety net that the
    writer checks every text file against (names are left out: a reporter may share a member's)."""
    found: set[str] = set()
    addresses: set[str] = set()
    for email, phone, address, publish in session.execute(
        select(Member.email, Member.phone, Member.address, Member.publish_contact)
    ):
        if address:
            addresses.add(address)
        if not publish:
            found.update(v for v in (email, phone) if v)
    found.update(session.scalars(select(Issue.reporter_contact).where(Issue.reporter_contact.is_not(None))))
    found.update(
        session.scalars(
            select(AgendaItem.minutes_notes).where(
                AgendaItem.closed_session.is_(True), AgendaItem.minutes_notes.is_not(None)
            )
        )
    )
    found.update(
        session.scalars(
            select(Meeting.minutes_summary).where(
                Meeting.minutes_status != MinutesStatus.APPROVED, Meeting.minutes_summary.is_not(None)
            )
        )
    )
    corpus = public_corpus.lower()
    found.update(a for a in addresses if a.lower() not in corpus)  # "12 Elm St" may be a public place
    lowered = {v.strip().lower() for v in found if v and len(v.strip()) >= PREFIX}
    return frozenset(lowered - {v.lower() for v in public_values})


def load_public_record(session: Session, today: dt.date) -> PublicRecord:
    """Everything the website shows, read in one Session."""
    require_permission(session, Permission.PRINT)
    confidential = _confidential_ids(session)
    roster = tuple(roster_for_print(session, True, today))
    ids = session.scalars(select(Meeting.id).order_by(Meeting.starts_at, Meeting.id)).all()
    meetings = tuple(public_meeting(session, mid, confidential) for mid in ids)
    issues = issue_stats(session, today)
    public_values = {v for line in roster for v in (line.name, line.email, line.phone) if v}
    texts = [i.title for i in issues.open_issues]
    for m in meetings:
        for rec in (m.agenda, m.minutes):
            if rec is not None:
                texts += [line.title for line in rec.agenda] + [mo.text for mo in rec.motions]
                texts += [line.description or "" for line in rec.agenda] + [m.location or ""]
    return PublicRecord(
        board=load_board(session),
        today=today,
        roster=roster,
        meetings=meetings,
        issues=issues,
        private_texts=_private_texts(session, "\n".join(texts), public_values),
    )
