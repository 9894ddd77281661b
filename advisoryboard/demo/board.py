"""Realistic, deterministic demo data: a ~15-seat board over several years.

Everything comes from one `random.Random(seed)`, so the same arguments always give the
same database. Rows are written with Core bulk inserts in one transaction: 100 000 issues
with their timelines take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from advisoryboard.audit import note_bulk_change
from advisoryboard.demo import community, surveys
from advisoryboard.demo.crime import clear as clear_crime
from advisoryboard.demo.crime import generate_crime
from advisoryboard.demo.geo import add_demo_outlines
from advisoryboard.demo.meetings import MeetingsWriter
from advisoryboard.demo.rows import CHUNK, bulk_insert
from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.services.base import transaction
from advisoryboard.services.issue_index import bulk_load
from advisoryboard.services.setup import has_data
from database.engine import Database
from database.enums import (
    CommitteeKind,
    CommitteeRole,
    IssuePriority,
    IssueSource,
    IssueStatus,
    LeaveReason,
    Office,
    PartnerKind,
    SeatKind,
    TimelineKind,
)
from database.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    BoardSettings,
    Committee,
    CommitteeMembership,
    Issue,
    IssueCategory,
    IssueEvent,
    Meeting,
    Member,
    Motion,
    OfficeTerm,
    Partner,
    Seat,
    SeatTerm,
    Vote,
)
from database.sequences import reset_id_sequences
from database.triggers import unlock_all

Progress = Callable[[int, str], None]

SEATS = 15

FIRST_NAMES = [
    "Ana",
    "José",
    "María",
    "Luis",
    "Carmen",
    "Nguyễn",
    "Mei",
    "Wei",
    "Fatima",
    "Omar",
    "Aisha",
    "Kwame",
    "Grace",
    "Patrick",
    "Siobhán",
    "Dmitri",
    "Olga",
    "Priya",
    "Rahul",
    "Chloé",
    "Renée",
    "Tomás",
    "Lucía",
    "Jamal",
    "Keisha",
    "Marcus",
    "Hannah",
    "David",
    "Sarah",
    "Michael",
    "Linh",
    "Thảo",
    "Hiroshi",
    "Yuki",
    "Amira",
    "Yusuf",
    "Esperanza",
    "Ignacio",
    "Beatriz",
    "Samuel",
    "Ruth",
    "Daniel",
    "Ngozi",
    "Chinedu",
    "Isabel",
    "Paulo",
]
LAST_NAMES = [
    "García",
    "Rodríguez",
    "Martínez",
    "Nguyen",
    "Tran",
    "Chen",
    "Wang",
    "Khan",
    "Ali",
    "Okafor",
    "Mensah",
    "O'Brien",
    "Murphy",
    "Kowalski",
    "Ivanova",
    "Patel",
    "Sharma",
    "Dubois",
    "Lefèvre",
    "Fernández",
    "Washington",
    "Johnson",
    "Williams",
    "Brown",
    "Cohen",
    "Levi",
    "Pham",
    "Lê",
    "Tanaka",
    "Sato",
    "Haddad",
    "Abdullah",
    "Santos",
    "Oliveira",
    "Peña",
    "Müller",
    "Schmidt",
    "Adeyemi",
    "Boateng",
    "Rivera",
    "Torres",
    "Jackson",
]
STREETS = [
    "Elm Street",
    "Centre Street",
    "Washington Street",
    "Lamartine Street",
    "Green Street",
    "Boylston Street",
    "Hyde Park Avenue",
    "South Street",
    "Forest Hills Street",
    "Walnut Avenue",
    "Amory Street",
    "Chestnut Avenue",
    "Paul Gore Street",
    "Jamaica Way",
    "Call Street",
    "Mozart Street",
    "Day Street",
    "Perkins Street",
    "Heath Street",
    "Columbus Avenue",
]
LANDMARKS = [
    "the corner store at {street}",
    "the bus stop on {street}",
    "the playground near {street}",
    "the parking lot behind {street}",
    "the underpass at {street}",
    "Jefferson Park on {street}",
]
DISTRICTS = ["District 1", "District 2", "District 3", "District 4", "District 5"]
BEATS = ["Beat 11", "Beat 12", "Beat 21", "Beat 22", "Beat 31", "Beat 32", "Beat 41", "Beat 51"]

#: What a member writes when referring an issue to a partner.
REFERRAL_NOTES = (
    "Asked them to inspect and repair.",
    "Sent the photos and the address; they will schedule a visit.",
    "Their liaison will follow up with the residents who reported it.",
    "Requested an update before the next meeting.",
)
PARTNERS: list[tuple[str, PartnerKind, str]] = [
    ("Police District E-13", PartnerKind.POLICE, "Sgt. Dana Whitfield"),
    ("Department of Public Works", PartnerKind.CITY_AGENCY, "Luis Ortega"),
    ("Street Lighting Division", PartnerKind.CITY_AGENCY, "Karen Liu"),
    ("Transportation Department", PartnerKind.CITY_AGENCY, "Ahmed Farouk"),
    ("Inspectional Services (Code Enforcement)", PartnerKind.CITY_AGENCY, "Beth Sullivan"),
    ("Parks and Recreation", PartnerKind.CITY_AGENCY, "Tomás Reyes"),
    ("Office of Neighborhood Services", PartnerKind.CITY_AGENCY, "Grace Park"),
    ("Hennigan Elementary School", PartnerKind.SCHOOL, "Principal Ruth Adler"),
    ("Main Street Business Association", PartnerKind.BUSINESS, "Omar Haddad"),
    ("St. Thomas Aquinas Parish", PartnerKind.FAITH, "Rev. Paul Mensah"),
    ("Pine Street Inn Outreach", PartnerKind.NONPROFIT, "Keisha Jordan"),
    ("Youth Violence Prevention Network", PartnerKind.NONPROFIT, "Marcus Bell"),
]

#: Per category: share of issues, typical partner, median days to resolve, title templates.
CATEGORY_PROFILE: dict[str, tuple[float, int, float, list[str]]] = {
    "Graffiti": (0.14, 1, 9, ["Graffiti on {place}", "Tagging on the wall at {place}"]),
    "Street lighting": (0.11, 2, 21, ["Streetlight out at {place}", "Flickering lights on {street}"]),
    "Abandoned vehicles": (0.07, 0, 14, ["Abandoned car at {place}", "Vehicle with no plates on {street}"]),
    "Traffic and speeding": (
        0.12,
        3,
        60,
        ["Speeding on {street}", "Request for stop sign at {place}", "Cars running the light at {place}"],
    ),
    "Noise": (
        0.09,
        0,
        7,
        ["Loud music late at night on {street}", "Construction noise before 7 am at {place}"],
    ),
    "Illegal dumping": (0.08, 1, 10, ["Mattresses dumped at {place}", "Trash bags left at {place}"]),
    "Drug activity": (0.06, 0, 45, ["Suspected drug dealing near {place}", "Needles found at {place}"]),
    "Property crime": (0.07, 0, 30, ["Car break-ins on {street}", "Package thefts on {street}"]),
    "Homelessness outreach": (
        0.05,
        10,
        35,
        ["Person sleeping in doorway at {place}", "Encampment near {place}"],
    ),
    "Parks and youth": (
        0.08,
        5,
        40,
        [
            "Broken swings at {place}",
            "Request for summer youth program",
            "Basketball court lights at {place}",
        ],
    ),
    "Housing and code enforcement": (
        0.08,
        4,
        50,
        ["Overgrown vacant lot at {place}", "Rodents at {place}", "Unsafe porch at {place}"],
    ),
    "Other public safety": (
        0.05,
        6,
        25,
        ["Broken sidewalk at {place}", "Missing crosswalk paint at {place}"],
    ),
}

NOTES = [
    "Resident called again; problem continues.",
    "Member visited the site and confirmed.",
    "Partner says a crew is scheduled.",
    "Raised during public comment; several neighbors agreed.",
    "Followed up by email; awaiting reply.",
    "Photos added to the file.",
]
RESOLUTION_NOTES = [
    "Partner confirmed the work is complete.",
    "Site checked by a member: fixed.",
    "Resolved after follow-up at the monthly meeting.",
]
CLOSE_NOTES = [
    "Could not be located; closed without action.",
    "Outside the board's area; resident referred to 311.",
]


@dataclass
class DemoSummary:
    members: int = 0
    meetings: int = 0
    motions: int = 0
    issues: int = 0
    timeline_entries: int = 0
    action_items: int = 0
    counts: dict[str, int] = field(default_factory=dict)


class _Generator:
    def __init__(self, session: Session, seed: int, years: int, today: dt.date) -> None:
        self.s = session
        self.r = random.Random(seed)
        self.years = years
        self.today = today
        self.start = dt.date(today.year - years + 1, 1, 1)
        self.summary = DemoSummary()
        self.member_names: dict[int, str] = {}
        #: (seat_id, member_id, start, end) for voting seats.
        self.terms: list[tuple[int, int, dt.date, dt.date | None]] = []
        self.ex_officio: list[int] = []
        self.category_ids: dict[str, int] = {}
        self.partner_ids: list[int] = []
        self.committee_ids: list[int] = []
        self.meetings: list[tuple[int, dt.datetime]] = []
        self.next_id: dict[str, int] = {}
        #: Issue id -> reference (2025-0142), as people name issues.
        self.references: dict[int, str] = {}

    # ids are assigned here so that related rows can be bulk-inserted together
    def _ids(self, model: Any, n: int) -> range:
        table = model.__table__
        if table.name not in self.next_id:
            current = self.s.scalar(select(func.max(table.c.id))) or 0
            self.next_id[table.name] = current + 1
        first = self.next_id[table.name]
        self.next_id[table.name] = first + n
        return range(first, first + n)

    def name(self) -> str:
        return f"{self.r.choice(FIRST_NAMES)} {self.r.choice(LAST_NAMES)}"

    def place(self) -> tuple[str, str]:
        street = self.r.choice(STREETS)
        if self.r.random() < 0.35:
            return self.r.choice(LANDMARKS).format(street=street), street
        return f"{self.r.randint(1, 240) * 2 + self.r.randint(0, 1)} {street}", street

    # ---------------------------------------------------------------- reference data
    def settings(self) -> None:
        settings = self.s.get(BoardSettings, 1)
        assert settings is not None
        settings.board_name = "Jamaica Plain Neighborhood Safety Advisory Board"
        settings.seat_count = SEATS
        settings.default_location = "Community Room, Curtis Hall, 20 South Street"
        settings.timezone = "America/New_York"

    def categories(self) -> None:
        existing = {c.name: c.id for c in self.s.scalars(select(IssueCategory))}
        for name in CATEGORY_PROFILE:
            if name not in existing:
                cat = IssueCategory(name=name, sort_order=len(existing))
                self.s.add(cat)
                self.s.flush()
                existing[name] = cat.id
        self.category_ids = {n: existing[n] for n in CATEGORY_PROFILE}

    def partners(self) -> None:
        ids = self._ids(Partner, len(PARTNERS))
        rows = []
        for pid, (name, kind, contact) in zip(ids, PARTNERS, strict=True):
            rows.append(
                {
                    "id": pid,
                    "name": name,
                    "kind": kind,
                    "contact_person": contact,
                    "phone": f"617-555-{self.r.randint(1000, 9999)}",
                    "email": f"contact{pid}@example.org",
                    "version": 1,
                }
            )
        bulk_insert(self.s, Partner.__table__, rows)
        self.partner_ids = list(ids)

    # ---------------------------------------------------------------- people
    def people(self) -> None:
        r = self.r
        seat_ids = self._ids(Seat, SEATS + 3)
        seat_rows = []
        for i, sid in enumerate(seat_ids):
            if i < SEATS:
                seat_rows.append(
                    {
                        "id": sid,
                        "label": f"Seat {i + 1}",
                        "kind": SeatKind.VOTING,
                        "district": DISTRICTS[i % len(DISTRICTS)],
                        "sort_order": i,
                        "active": True,
                        "version": 1,
                    }
                )
            else:
                label = ["Police liaison", "City staff", "Partner representative"][i - SEATS]
                seat_rows.append(
                    {
                        "id": sid,
                        "label": label,
                        "kind": SeatKind.EX_OFFICIO,
                        "district": None,
                        "sort_order": i,
                        "active": True,
                        "version": 1,
                    }
                )
        bulk_insert(self.s, Seat.__table__, seat_rows)

        members: list[dict[str, Any]] = []
        terms: list[dict[str, Any]] = []
        vacant_seats = {SEATS - 1, SEATS - 4}  # two seats are vacant today
        for i, sid in enumerate(list(seat_ids)[:SEATS]):
            day = self.start - dt.timedelta(days=r.randint(0, 400))
            while day <= self.today:
                length_days = r.choice([730, 730, 730, 1095]) + r.randint(-20, 20)
                end = day + dt.timedelta(days=length_days)
                reason = LeaveReason.TERM_ENDED
                if r.random() < 0.18:  # mid-term resignation
                    end = day + dt.timedelta(days=r.randint(120, length_days - 30))
                    reason = LeaveReason.RESIGNED
                is_last = end > self.today
                if is_last and i in vacant_seats:
                    end = self.today - dt.timedelta(days=r.randint(20, 150))
                    reason = LeaveReason.RESIGNED
                    is_last = False
                (mid,) = self._ids(Member, 1)
                name = self.name()
                self.member_names[mid] = name
                left = None if end > self.today else end
                members.append(
                    self._member_row(mid, name, day, left, reason if left else None, DISTRICTS[i % 5])
                )
                (tid,) = self._ids(SeatTerm, 1)
                terms.append(
                    {
                        "id": tid,
                        "seat_id": sid,
                        "member_id": mid,
                        "start_date": day,
                        "end_date": end,
                        "version": 1,
                    }
                )
                self.terms.append((sid, mid, day, end))
                if i in vacant_seats and left is not None and end > self.today - dt.timedelta(days=160):
                    break
                day = end + dt.timedelta(days=1 if reason is LeaveReason.TERM_ENDED else r.randint(30, 90))
        for j, sid in enumerate(list(seat_ids)[SEATS:]):
            (mid,) = self._ids(Member, 1)
            title = ["Officer", "", ""][j]
            name = f"{title} {self.name()}".strip()
            self.member_names[mid] = name
            members.append(self._member_row(mid, name, self.start, None, None, None))
            (tid,) = self._ids(SeatTerm, 1)
            terms.append(
                {
                    "id": tid,
                    "seat_id": sid,
                    "member_id": mid,
                    "start_date": self.start,
                    "end_date": None,
                    "version": 1,
                }
            )
            self.ex_officio.append(mid)
        bulk_insert(self.s, Member.__table__, members)
        bulk_insert(self.s, SeatTerm.__table__, terms)
        self.summary.members = len(members)
        self._offices()
        self._committees()

    def _member_row(
        self,
        mid: int,
        name: str,
        joined: dt.date,
        left: dt.date | None,
        reason: LeaveReason | None,
        district: str | None,
    ) -> dict[str, Any]:
        r = self.r
        user = name.split()[0].lower().encode("ascii", "ignore").decode() or "member"
        return {
            "id": mid,
            "name": name,
            "email": f"{user}.{mid}@example.org",
            "phone": f"617-555-{r.randint(1000, 9999)}",
            "address": f"{r.randint(1, 300)} {r.choice(STREETS)}",
            "district": district,
            "publish_contact": r.random() < 0.3,
            "joined_on": joined,
            "left_on": left,
            "leave_reason": reason,
            "version": 1,
            "created_at": dt.datetime.combine(joined, dt.time(9)),
            "updated_at": dt.datetime.combine(left or joined, dt.time(9)),
        }

    def voting_members_on(self, day: dt.date) -> list[int]:
        return [m for (_s, m, a, b) in self.terms if a <= day and (b is None or b >= day)]

    def _offices(self) -> None:
        rows = []
        year = self.start.year
        while dt.date(year, 1, 1) <= self.today:
            day = dt.date(year, 1, 15)
            voting = self.voting_members_on(day) or [m for (_s, m, _a, _b) in self.terms[:4]]
            if year == self.today.year:  # this year's officers are still on the board today
                seated_today = set(self.voting_members_on(self.today))
                still = [m for m in voting if m in seated_today]
                voting = still if len(still) >= 4 else voting
            picks = self.r.sample(voting, k=min(4, len(voting)))
            end = dt.date(year, 12, 31)
            offices = [Office.CHAIR, Office.VICE_CHAIR, Office.SECRETARY, Office.TREASURER]
            for office, mid in zip(offices, picks, strict=False):
                rows.append(
                    {
                        "member_id": mid,
                        "office": office,
                        "start_date": day,
                        "end_date": end if end < self.today else None,
                        "version": 1,
                    }
                )
            if len(picks) > 1 and self.r.random() < 0.4:  # a combined title: vice chair/treasurer
                rows[-1]["member_id"] = picks[1]
            year += 1
        for mid, office in zip(
            self.ex_officio,
            [Office.POLICE_LIAISON, Office.CITY_STAFF, Office.PARTNER_REPRESENTATIVE],
            strict=True,
        ):
            rows.append(
                {"member_id": mid, "office": office, "start_date": self.start, "end_date": None, "version": 1}
            )
        bulk_insert(self.s, OfficeTerm.__table__, rows)

    def _committees(self) -> None:
        names = [
            ("Public Safety Committee", CommitteeKind.STANDING),
            ("Youth and Parks Committee", CommitteeKind.STANDING),
            ("Traffic Working Group", CommitteeKind.AD_HOC),
            ("Outreach and Communications", CommitteeKind.STANDING),
        ]
        ids = self._ids(Committee, len(names))
        bulk_insert(
            self.s,
            Committee.__table__,
            [
                {
                    "id": cid,
                    "name": n,
                    "kind": k,
                    "active": True,
                    "created_on": self.start,
                    "version": 1,
                    "created_at": dt.datetime.combine(self.start, dt.time(9)),
                    "updated_at": dt.datetime.combine(self.start, dt.time(9)),
                }
                for cid, (n, k) in zip(ids, names, strict=True)
            ],
        )
        self.committee_ids = list(ids)
        rows = []
        current = self.voting_members_on(self.today)
        for cid in ids:
            picks = self.r.sample(current, k=min(4, len(current)))
            for k, mid in enumerate(picks):
                rows.append(
                    {
                        "committee_id": cid,
                        "member_id": mid,
                        "role": CommitteeRole.CHAIR if k == 0 else CommitteeRole.MEMBER,
                        "start_date": self.today - dt.timedelta(days=self.r.randint(30, 600)),
                        "end_date": None,
                        "version": 1,
                    }
                )
        bulk_insert(self.s, CommitteeMembership.__table__, rows)

    # ---------------------------------------------------------------- issues
    def issues(self, n: int, progress: Progress | None) -> list[tuple[int, str, dt.datetime, bool]]:
        r = self.r
        names = list(CATEGORY_PROFILE)
        weights = [CATEGORY_PROFILE[c][0] for c in names]
        span_days = max((self.today - self.start).days, 1)
        # Reported dates, sorted so references (year-sequence) follow time.
        days = sorted(r.random() ** 0.85 for _ in range(n))
        issue_ids = self._ids(Issue, n)
        issues: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        seq_by_year: dict[int, int] = {}
        open_sample: list[tuple[int, str, dt.datetime, bool]] = []
        now = dt.datetime.combine(self.today, dt.time(17))
        current_voting = self.voting_members_on(self.today)
        for idx, (iid, frac) in enumerate(zip(issue_ids, days, strict=True)):
            reported = dt.datetime.combine(self.start, dt.time(8)) + dt.timedelta(
                days=frac * span_days, minutes=r.randint(0, 600)
            )
            if reported > now:
                reported = now - dt.timedelta(hours=r.randint(1, 48))
            year = reported.year
            seq_by_year[year] = seq_by_year.get(year, 0) + 1
            cat = r.choices(names, weights)[0]
            _share, partner_idx, median_days, titles = CATEGORY_PROFILE[cat]
            place, street = self.place()
            title = r.choice(titles).format(place=place, street=street)
            priority = r.choices(list(IssuePriority), [0.15, 0.6, 0.2, 0.05])[0]
            source = r.choices(list(IssueSource), [0.25, 0.2, 0.15, 0.05, 0.25, 0.1])[0]
            # Resolution time: log-normal around the category's median.
            duration = median_days * math.exp(r.gauss(0, 0.8))
            resolved_at = reported + dt.timedelta(days=duration)
            age_days = (now - reported).days
            outcome = r.random()
            referred = r.random() < 0.7
            partner_id = self.partner_ids[partner_idx] if referred else None
            if resolved_at < now and outcome < 0.9:
                status = IssueStatus.RESOLVED if outcome < 0.82 else IssueStatus.CLOSED_NO_ACTION
            elif resolved_at < now and outcome < 0.93:
                status = IssueStatus.DUPLICATE
            else:
                resolved_at = None  # type: ignore[assignment]
                status = r.choice(
                    [
                        IssueStatus.NEW,
                        IssueStatus.ACKNOWLEDGED,
                        IssueStatus.REFERRED if referred else IssueStatus.IN_PROGRESS,
                        IssueStatus.IN_PROGRESS,
                    ]
                )
                if age_days > 400 and r.random() < 0.8:  # very old issues mostly got closed
                    status = IssueStatus.CLOSED_NO_ACTION
                    resolved_at = reported + dt.timedelta(days=r.randint(200, 380))
            due = (reported + dt.timedelta(days=int(median_days * 1.5) + 7)).date()
            assignee = r.choice(current_voting) if current_voting and r.random() < 0.5 else None
            ref_seq = seq_by_year[year]
            self.references[iid] = f"{year}-{ref_seq:04d}"
            issues.append(
                {
                    "id": iid,
                    "reference": self.references[iid],
                    "ref_year": year,
                    "ref_seq": ref_seq,
                    "title": title[:300],
                    "description": f"{title}. Reported by a resident via {source.value.replace('_', ' ')}.",
                    "category_id": self.category_ids[cat],
                    "status": status,
                    "priority": priority,
                    "source": source,
                    "location": place,
                    "district": r.choice(BEATS),
                    "latitude": round(42.30 + r.random() * 0.03, 6),
                    "longitude": round(-71.12 + r.random() * 0.03, 6),
                    "reported_on": reported,
                    "reporter_name": self.name() if r.random() < 0.6 else None,
                    "reporter_contact": f"617-555-{r.randint(1000, 9999)}" if r.random() < 0.5 else None,
                    "assignee_member_id": assignee,
                    "assignee_committee_id": None,
                    "partner_id": partner_id,
                    "due_on": due,
                    "resolved_on": resolved_at,
                    "confidential": cat == "Drug activity" and r.random() < 0.3,
                    "duplicate_of_id": None
                    if status is not IssueStatus.DUPLICATE or idx < 2
                    else iid - r.randint(1, min(idx, 50)),
                    "external_source": "311" if source is IssueSource.SERVICE_311 else None,
                    "external_id": f"101{iid:07d}" if source is IssueSource.SERVICE_311 else None,
                    "version": 1,
                    "created_at": reported,
                    "updated_at": resolved_at or reported,
                }
            )
            self._timeline(events, iid, reported, status, resolved_at, partner_id, assignee)
            open_sample.append((iid, title, reported, partner_id is not None))
            if progress and idx % 10000 == 0 and idx:
                progress(20 + int(60 * idx / n), _("Issues: {n}").format(n=idx))
            if len(issues) >= CHUNK * 4:
                self._flush_issues(issues, events)
        self._flush_issues(issues, events)
        self.summary.issues = n
        return open_sample

    def _flush_issues(self, issues: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
        bulk_insert(self.s, Issue.__table__, issues)
        bulk_insert(self.s, IssueEvent.__table__, events)
        self.summary.timeline_entries += len(events)
        issues.clear()
        events.clear()

    def _timeline(
        self,
        events: list[dict[str, Any]],
        iid: int,
        reported: dt.datetime,
        status: IssueStatus,
        resolved_at: dt.datetime | None,
        partner_id: int | None,
        assignee: int | None,
    ) -> None:
        r = self.r
        author = self.member_names[self.terms[iid % len(self.terms)][1]]

        def add(
            at: dt.datetime,
            kind: TimelineKind,
            text: str | None = None,
            frm: IssueStatus | None = None,
            to: IssueStatus | None = None,
            partner: int | None = None,
        ) -> None:
            events.append(
                {
                    "issue_id": iid,
                    "at": at,
                    "kind": kind,
                    "author": author,
                    "author_user_id": None,
                    "from_status": frm,
                    "to_status": to,
                    "text": text,
                    "partner_id": partner,
                    "meeting_id": None,
                    "agenda_item_id": None,
                    "motion_id": None,
                    "action_item_id": None,
                }
            )

        add(reported, TimelineKind.CREATED, None, None, IssueStatus.NEW)
        if status is IssueStatus.NEW:
            return
        end = resolved_at or dt.datetime.combine(self.today, dt.time(12))
        span = max((end - reported).total_seconds(), 3600.0)
        t1 = reported + dt.timedelta(seconds=span * 0.1)
        add(t1, TimelineKind.STATUS, None, IssueStatus.NEW, IssueStatus.ACKNOWLEDGED)
        last = IssueStatus.ACKNOWLEDGED
        if status is IssueStatus.DUPLICATE:
            add(end, TimelineKind.STATUS, "Same problem as an earlier report.", last, status)
            return
        if partner_id is not None and status is not IssueStatus.ACKNOWLEDGED:
            t2 = reported + dt.timedelta(seconds=span * 0.25)
            add(
                t2,
                TimelineKind.REFERRAL,
                # the note a member writes with a referral (the entry itself names the partner)
                REFERRAL_NOTES[partner_id % len(REFERRAL_NOTES)],  # no draw: the demo stays as it was
                last,
                IssueStatus.REFERRED,
                partner_id,
            )
            last = IssueStatus.REFERRED
        if assignee is not None and r.random() < 0.5:
            add(
                reported + dt.timedelta(seconds=span * 0.3),
                TimelineKind.ASSIGNMENT,
                f"Assigned to {self.member_names[assignee]}.",
            )
        if r.random() < 0.5:
            add(reported + dt.timedelta(seconds=span * 0.5), TimelineKind.NOTE, r.choice(NOTES))
        if status in (IssueStatus.IN_PROGRESS, IssueStatus.RESOLVED) and r.random() < 0.6:
            add(
                reported + dt.timedelta(seconds=span * 0.6),
                TimelineKind.STATUS,
                None,
                last,
                IssueStatus.IN_PROGRESS,
            )
            last = IssueStatus.IN_PROGRESS
        if status is IssueStatus.RESOLVED:
            add(end, TimelineKind.STATUS, r.choice(RESOLUTION_NOTES), last, status)
        elif status is IssueStatus.CLOSED_NO_ACTION:
            add(end, TimelineKind.STATUS, r.choice(CLOSE_NOTES), last, status)
        elif status is IssueStatus.REFERRED and last is not IssueStatus.REFERRED:
            add(reported + dt.timedelta(seconds=span * 0.7), TimelineKind.STATUS, None, last, status)

    # ---------------------------------------------------------------- meetings
    def meetings_and_minutes(self, open_issues: list[tuple[int, str, dt.datetime, bool]]) -> None:
        MeetingsWriter(self, open_issues).run()


def generate(
    db: Database,
    *,
    issues: int = 2000,
    years: int = 3,
    seed: int = 1,
    today: dt.date | None = None,
    replace: bool = False,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill `db` with a demo board. Refuses a database that already holds data unless `replace`."""
    if issues < 0:
        raise UserError(_("The number of issues cannot be negative."), "issues")
    if not 1 <= years <= 30:
        raise UserError(_("Years must be between 1 and 30."), "years")
    if has_data(db) and not replace:
        raise UserError(
            _("This database already holds members or issues; demo data is only added to an empty database.")
        )
    today = today or dt.date.today()
    with transaction(db) as session, bulk_load(session):
        if replace:
            _clear(session)
        gen = _Generator(session, seed, years, today)
        if progress:
            progress(2, _("Board and members"))
        gen.settings()
        gen.categories()
        gen.partners()
        gen.people()
        if progress:
            progress(15, _("Issues"))
        open_issues = gen.issues(issues, progress)
        if progress:
            progress(85, _("Meetings and minutes"))
        gen.meetings_and_minutes(open_issues)
        note_bulk_change(
            session, "crime", "incidents", "demo data", generate_crime(session, seed, gen.start, today)
        )
        add_demo_outlines(session, seed)  # maps: beats to place the demo issues on (demo/geo.py)
        community.generate_community(session, seed=seed, years=years, today=today, **demo_community_words())
        surveys.generate(session, seed, years, today)
        reset_id_sequences(session)  # the rows went in with their ids: new ones must follow them
        for area, entity, count in (
            ("members", "members", gen.summary.members),
            ("issues", "issues", gen.summary.issues),
            ("meetings", "meetings", gen.summary.meetings),
            ("partners", "partners", len(PARTNERS)),
        ):
            note_bulk_change(session, area, entity, "demo data", count)
        if progress:
            progress(98, _("Saving"))
    if progress:
        progress(100, _("Done"))
    return gen.summary


def demo_community_words() -> dict[str, Any]:
    return {"first_names": FIRST_NAMES, "last_names": LAST_NAMES, "streets": STREETS, "districts": DISTRICTS}


def _clear(session: Session) -> None:
    unlock_all(session)  # replacing the demo removes approved minutes too (unlocks go with them)
    clear_crime(session)
    community.clear(session)  # first: its programs and events point at members and issues
    for model in (
        Vote,
        Attendance,
        IssueEvent,
        ActionItem,
        Motion,
        AgendaItem,
        Meeting,
        Issue,
        CommitteeMembership,
        Committee,
        OfficeTerm,
        SeatTerm,
        Seat,
        Member,
        Partner,
    ):
        session.execute(delete(model))
