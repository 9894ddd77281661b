"""Import members from CSV/XLSX rosters, export the roster: same rules in the GUI and the CLI.

One import is one transaction: rows that break a rule are skipped and reported by their
spreadsheet row number; a database failure undoes the whole import. A row whose person
looks like someone already on the roster (same name, and the same email or phone, or no
contact details to tell them apart) is a *likely duplicate*: the caller decides whether
such rows are skipped, merged into the existing member, or added as new members.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import N_, _
from advisoryboard.importing.member_titles import Title, parse_titles, split_name_and_titles
from advisoryboard.importing.tabular import (
    FIRST_DATA_ROW,
    Field,
    ImportReport,
    RowProblem,
    check_mapping,
    clean_value,
    guess_mapping,
    recall_mapping,
    remember_mapping,
    write_table,
)
from advisoryboard.permissions import Actor, Permission
from advisoryboard.services.base import read_only, require_permission, transaction
from advisoryboard.services.members import EMAIL_RE, PHONE_RE, phone_digits
from advisoryboard.services.roster import RosterFilter, roster
from advisoryboard.services.seats import check_term
from database.engine import Database
from database.enums import NON_VOTING_OFFICES, LeaveReason, SeatKind
from database.models import Member, OfficeTerm, Seat, SeatTerm

KIND = "members"
DUPLICATE_CHOICES = ("skip", "merge", "new")
_FIELD_LABELS = [
    ("name", N_("Name"), True),
    ("seat", N_("Seat"), False),
    ("office", N_("Office / title"), False),
    ("district", N_("District"), False),
    ("email", N_("Email"), False),
    ("phone", N_("Phone"), False),
    ("address", N_("Address"), False),
    ("term_start", N_("Term starts"), False),
    ("term_end", N_("Term ends"), False),
    ("vacant", N_("Seat is vacant (yes/no)"), False),
    ("person_id", N_("Person ID (rows of one person)"), False),
    ("publish_contact", N_("Publish contact details (yes/no)"), False),
    ("notes", N_("Notes"), False),
]
SYNONYMS: dict[str, list[str]] = {
    "name": ["commissioner_name", "full name", "member", "member name", "commissioner"],
    "seat": ["smd_id", "smd", "seat label", "seat number", "seat_id", "position"],
    "office": ["title", "officer title", "officer", "role"],
    "district": ["ward", "anc", "area"],
    "email": ["e-mail", "email address", "mail"],
    "phone": ["telephone", "phone number", "tel", "mobile"],
    "term_start": ["start_date", "start", "term start", "from"],
    "term_end": ["end_date", "end", "term end", "to", "until"],
    "vacant": ["is_vacant", "vacancy"],
    "person_id": ["member id", "member_id", "person", "id"],
    "publish_contact": ["publish", "public contact"],
}
_TRUE = {"true", "yes", "y", "1", "x", "vacant", "t"}
_FALSE = {"false", "no", "n", "0", "f"}
_VACANT_NAMES = {"vacant", "vacancy", "(vacant)", "open seat"}
_DATE_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y")


def member_fields() -> list[Field]:
    return [Field(name, _(label), required) for name, label, required in _FIELD_LABELS]


@dataclass(frozen=True)
class ImportOptions:
    duplicates: str = "skip"  # skip | merge | new
    as_of: dt.date = field(default_factory=dt.date.today)


class _RowRejected(Exception):
    def __init__(self, reason: str, field_name: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.field_name = field_name


def parse_date(text: str) -> dt.date:
    text = text.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_bool(text: str | None) -> bool | None:
    if text is None:
        return None
    low = text.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    return None


def _norm_name(name: str) -> str:
    """A name for comparison: case, punctuation, nicknames and middle initials ignored."""
    name = re.sub(r"\"[^\"]*\"|\([^)]*\)|“[^”]*”", " ", name)  # nicknames: Gerald "Jerry" Sroufe
    words = re.sub(r"[^\w\s]", " ", name.casefold()).split()
    kept = [w for w in words if len(w) > 1] or words
    return " ".join(kept)


@dataclass
class _Known:
    member_id: int
    name: str
    email: str | None
    phone: str | None
    seats: set[str] = field(default_factory=set)


def likely_same(a: _Known, email: str | None, phone: str | None, seats: set[str]) -> str | None:
    """Why a record with the same name is probably the same person, or None.

    Same name and the same email or phone; or, when neither has an email or phone to
    compare, same name and the same seat.
    """
    if a.email and email and a.email.casefold() == email.casefold():
        return _("same name and email")
    if a.phone and phone and phone_digits(a.phone) == phone_digits(phone):
        return _("same name and phone")
    if not (a.email or a.phone) and not (email or phone) and a.seats & seats:
        return _("same name and seat, no email or phone to tell them apart")
    return None


class _Importer:
    def __init__(self, session: Session, mapping: Mapping[str, str], options: ImportOptions) -> None:
        self.s = session
        self.mapping = mapping
        self.options = options
        self.report = ImportReport()
        self.seats = {label: sid for sid, label in session.execute(select(Seat.id, Seat.label))}
        self.known: dict[str, list[_Known]] = {}
        seats_of: dict[int, set[str]] = {}
        for mid, label in session.execute(
            select(SeatTerm.member_id, Seat.label).join(Seat, Seat.id == SeatTerm.seat_id)
        ):
            seats_of.setdefault(mid, set()).add(label)
        for mid, name, email, phone in session.execute(
            select(Member.id, Member.name, Member.email, Member.phone)
        ):
            known = _Known(mid, name, email, phone, seats_of.get(mid, set()))
            self.known.setdefault(_norm_name(name), []).append(known)
        self.by_person: dict[str, int] = {}
        #: Every seat each person of the file sits in (their rows may come in any order).
        self.person_seats: dict[str, set[str]] = {}
        self.created: set[int] = set()

    def cell(self, record: Mapping[str, Any], name: str) -> str | None:
        column = self.mapping.get(name)
        return clean_value(record.get(column)) if column else None

    def seat_id(self, label: str, district: str | None, titles: Sequence[Title]) -> int:
        if label not in self.seats:
            kind = (
                SeatKind.EX_OFFICIO if titles and titles[0].office in NON_VOTING_OFFICES else SeatKind.VOTING
            )
            seat = Seat(label=label[:60], kind=kind, district=district, sort_order=len(self.seats) + 1)
            self.s.add(seat)
            self.s.flush()
            self.seats[label] = seat.id
        return self.seats[label]

    def date(self, record: Mapping[str, Any], name: str, label: str) -> dt.date | None:
        text = self.cell(record, name)
        if text is None:
            return None
        try:
            return parse_date(text)
        except ValueError:
            raise _RowRejected(
                _("{field} '{value}' is not a date (use 2026-01-31)").format(field=label, value=text), name
            ) from None

    def row(self, number: int, record: Mapping[str, Any]) -> None:
        raw_name = self.cell(record, "name") or ""
        seat_label = self.cell(record, "seat")
        district = self.cell(record, "district")
        vacant = parse_bool(self.cell(record, "vacant")) or raw_name.strip().casefold() in _VACANT_NAMES
        if vacant:
            if not seat_label:
                raise _RowRejected(_("a vacant seat row without a seat"), "seat")
            self.seat_id(seat_label, district, [])
            return
        name, titles = split_name_and_titles(raw_name)
        office_text = self.cell(record, "office")
        if office_text:
            more, unknown = parse_titles(office_text)
            titles += [t for t in more if t.office not in {x.office for x in titles}]
            for part in unknown:
                self.note(
                    number,
                    _("office '{value}' is not one the board knows; left out").format(value=part),
                    "office",
                )
        if not name:
            raise _RowRejected(_("no name"), "name")
        if len(name) > 200:
            raise _RowRejected(_("the name is longer than 200 characters"), "name")
        email = self.cell(record, "email")
        if email and not EMAIL_RE.match(email):
            self.note(
                number, _("email '{value}' is not an email address; left empty").format(value=email), "email"
            )
            email = None
        phone = self.cell(record, "phone")
        if phone and (not PHONE_RE.match(phone) or not 7 <= len(phone_digits(phone)) <= 15):
            self.note(
                number, _("phone '{value}' is not a phone number; left empty").format(value=phone), "phone"
            )
            phone = None
        start = self.date(record, "term_start", _("Term starts"))
        end = self.date(record, "term_end", _("Term ends"))
        if seat_label and start is None:
            start = self.options.as_of
            if "term_start" in self.mapping:
                self.note(
                    number, _("no term start; {date} used").format(date=start.isoformat()), "term_start"
                )
        if start and end and end <= start:
            raise _RowRejected(_("the term ends before it starts"), "term_end")

        person = self.cell(record, "person_id")
        member_id = self.by_person.get(person) if person else None
        if member_id is None:
            seats = self.person_seats.get(person, set()) if person else set()
            member_id = self.match_existing(number, name, email, phone, seats | {seat_label or ""})
        seat_id = self.seat_id(seat_label, district, titles) if seat_label else None
        if seat_id is not None and start is not None:
            try:
                check_term(self.s, seat_id, start, end, member_id=member_id)
            except ValidationError as exc:
                raise _RowRejected(str(exc), "term_start") from None
        if member_id is None:
            member = Member(
                name=name,
                email=email,
                phone=phone,
                address=self.cell(record, "address"),
                district=district,
                publish_contact=bool(parse_bool(self.cell(record, "publish_contact"))),
                notes=self.cell(record, "notes"),
                joined_on=start,
            )
            self.s.add(member)
            self.s.flush()
            member_id = member.id
            self.created.add(member_id)
            self.known.setdefault(_norm_name(name), []).append(
                _Known(member_id, name, email, phone, {seat_label} if seat_label else set())
            )
        else:
            self.fill_in(member_id, email, phone, district, start)
        if person:
            self.by_person[person] = member_id
        if seat_id is not None and start is not None:
            self.add_term(member_id, seat_id, start, end)
        for title in titles:
            office_end = end if end is not None and end < self.options.as_of else None
            self.s.add(
                OfficeTerm(
                    member_id=member_id,
                    office=title.office,
                    qualifier=title.qualifier,
                    start_date=start or self.options.as_of,
                    end_date=office_end,
                )
            )

    def match_existing(
        self, number: int, name: str, email: str | None, phone: str | None, seats: set[str]
    ) -> int | None:
        for known in self.known.get(_norm_name(name), []):
            why = likely_same(known, email, phone, seats)
            if why is None:
                continue
            where = _("earlier in this file") if known.member_id in self.created else _("on the roster")
            choice = self.options.duplicates
            if choice == "skip":
                text = _("likely the same person as {name} {where} ({why}); not imported")
            elif choice == "merge":
                text = _("likely the same person as {name} {where} ({why}); added to that member")
            else:
                text = _("likely the same person as {name} {where} ({why}); imported as a new member anyway")
            self.report.duplicates.append(
                RowProblem(number, text.format(name=known.name, where=where, why=why), "name")
            )
            if choice == "skip":
                raise _Skipped
            return known.member_id if choice == "merge" else None
        return None

    def fill_in(
        self,
        member_id: int,
        email: str | None,
        phone: str | None,
        district: str | None,
        start: dt.date | None,
    ) -> None:
        member = self.s.get(Member, member_id)
        assert member is not None
        member.email = member.email or email
        member.phone = member.phone or phone
        member.district = member.district or district
        if start and (member.joined_on is None or start < member.joined_on):
            member.joined_on = start

    def add_term(self, member_id: int, seat_id: int, start: dt.date, end: dt.date | None) -> None:
        """A term of the same member in the same seat that overlaps is the same term, known better."""
        for term in self.s.scalars(
            select(SeatTerm).where(SeatTerm.member_id == member_id, SeatTerm.seat_id == seat_id)
        ):
            overlaps = (term.end_date is None or term.end_date > start) and (
                end is None or term.start_date < end
            )
            if overlaps:
                term.start_date = min(term.start_date, start)
                ends = [d for d in (term.end_date, end) if d is not None]
                term.end_date = max(ends) if ends else None
                return
        self.s.add(SeatTerm(member_id=member_id, seat_id=seat_id, start_date=start, end_date=end))
        self.s.flush()

    def note(self, number: int, reason: str, field_name: str) -> None:
        self.report.defaulted.append(RowProblem(number, reason, field_name))

    def finish(self) -> None:
        """Members whose every imported term ended before the import date are former members."""
        for member_id in self.created:
            ends = (
                self.s.execute(select(SeatTerm.end_date).where(SeatTerm.member_id == member_id))
                .scalars()
                .all()
            )
            if ends and all(e is not None and e < self.options.as_of for e in ends):
                member = self.s.get(Member, member_id)
                assert member is not None
                member.left_on = max(e for e in ends if e is not None)
                member.leave_reason = LeaveReason.TERM_ENDED


class _Skipped(Exception):
    """A likely duplicate the user chose to skip."""


def import_members(
    session: Session, frame: Any, mapping: Mapping[str, str], options: ImportOptions | None = None
) -> ImportReport:
    """Import every row of `frame` (a DataFrame of strings) within the caller's transaction."""
    require_permission(session, Permission.IMPORT_DATA)
    options = options or ImportOptions()
    if options.duplicates not in DUPLICATE_CHOICES:
        raise UserError(_("Duplicates can be: skip, merge or new."), "duplicates")
    columns = [str(c) for c in frame.columns]
    check_mapping(mapping, member_fields(), columns)
    importer = _Importer(session, mapping, options)
    report = importer.report
    report.total = len(frame)
    records = frame.to_dict("records")
    for record in records:
        person, seat = importer.cell(record, "person_id"), importer.cell(record, "seat")
        if person and seat:
            importer.person_seats.setdefault(person, set()).add(seat)
    for offset, record in enumerate(records):
        number = offset + FIRST_DATA_ROW
        try:
            importer.row(number, record)
        except _RowRejected as exc:
            report.skipped.append(RowProblem(number, exc.reason, exc.field_name))
            continue
        except _Skipped:
            continue
        report.imported += 1
    importer.finish()
    session.flush()
    return report


EXPORT_COLUMNS = [
    ("name", N_("Name")),
    ("seat", N_("Seat")),
    ("office", N_("Office")),
    ("district", N_("District")),
    ("status", N_("Status")),
    ("term_start", N_("Term starts")),
    ("term_end", N_("Term ends")),
    ("attendance", N_("Attendance % (12 months)")),
    ("attended", N_("Meetings attended (12 months)")),
    ("meetings", N_("Meetings held (12 months)")),
    ("email", N_("Email")),
    ("phone", N_("Phone")),
    ("address", N_("Address")),
    ("publish_contact", N_("Publish contact details")),
]


def export_members(
    session: Session,
    path: Path | str,
    flt: RosterFilter | None = None,
    sort: str = "name",
    ascending: bool = True,
    today: dt.date | None = None,
) -> int:
    """Write the roster as filtered and sorted on screen to .csv or .xlsx; the number of rows."""
    require_permission(session, Permission.EXPORT_DATA)
    rows = roster(session, flt or RosterFilter(), sort, ascending, today)
    data = [
        {
            "name": r.name,
            "seat": r.seat,
            "office": r.office,
            "district": r.district,
            "status": r.status,
            "term_start": r.term_start.isoformat() if r.term_start else None,
            "term_end": r.term_end.isoformat() if r.term_end else None,
            "attendance": round(r.attendance_rate * 100) if r.attendance_rate is not None else None,
            "attended": r.attended,
            "meetings": r.meetings,
            "email": r.email,
            "phone": r.phone,
            "address": r.address,
            "publish_contact": _("yes") if r.publish_contact else _("no"),
        }
        for r in rows
    ]
    return write_table(data, [(key, _(label)) for key, label in EXPORT_COLUMNS], path)


class _DryRun(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def run_import(
    db: Database,
    actor: Actor,
    frame: Any,
    mapping: Mapping[str, str],
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
) -> ImportReport:
    """The whole import as one transaction; with `dry_run` everything is checked, nothing kept."""
    try:
        with transaction(db, actor) as session:
            report = import_members(session, frame, mapping, options)
            if dry_run:
                report.dry_run = True
                raise _DryRun(report)
            remember_mapping(session, KIND, [str(c) for c in frame.columns], mapping)
    except _DryRun as done:
        return done.report
    return report


def initial_mapping(db: Database, actor: Actor, columns: Sequence[str]) -> dict[str, str]:
    """The mapping used last time for this file layout, else a guess from the headers."""
    with read_only(db, actor) as session:
        remembered = recall_mapping(session, KIND, columns)
    return remembered or guess_mapping(columns, member_fields(), SYNONYMS)
