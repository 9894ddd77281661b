"""The engine of a members import: one row at a time, every rule checked in memory, one flush.

People already on the roster and the terms of voting seats are loaded once; each row is
checked against them and against the rows before it (the same rule as the member
dialog: a voting seat never has two members on overlapping dates). New members, seats,
terms and offices are ORM objects flushed together at the end, so the audit log and the
change notice see them as usual.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.i18n import _
from advisoryboard.importing.member_titles import Title, name_and_titles
from advisoryboard.importing.tabular import ImportReport, RowProblem, clean_value
from advisoryboard.services.districts import matcher
from advisoryboard.services.members import EMAIL_RE, PHONE_RE, phone_digits
from advisoryboard.services.seats import overlap_message, periods_overlap
from database.enums import NON_VOTING_OFFICES, LeaveReason, SeatKind
from database.models import Member, OfficeTerm, Seat, SeatTerm

_TRUE = {"true", "yes", "y", "1", "x", "vacant", "t"}
_FALSE = {"false", "no", "n", "0", "f"}
_VACANT_NAMES = {"vacant", "vacancy", "(vacant)", "open seat"}
_DATE_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y")


@dataclass(frozen=True)
class ImportOptions:
    duplicates: str = "skip"  # skip | merge | new
    as_of: dt.date = field(default_factory=dt.date.today)


class RowRejected(Exception):
    def __init__(self, reason: str, field_name: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.field_name = field_name


class DuplicateSkipped(Exception):
    """A likely duplicate the user chose to skip (already listed in the report)."""


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
    low = (text or "").strip().lower()
    return True if low in _TRUE else False if low in _FALSE else None


def is_vacant_row(name: str, vacant_cell: str | None) -> bool:
    """A row that lists a vacant seat rather than a person ('Vacant' as the name, or vacant=yes)."""
    return bool(parse_bool(vacant_cell)) or name.strip().casefold() in _VACANT_NAMES


def norm_name(name: str) -> str:
    """A name for comparison: case, punctuation, nicknames and middle initials ignored."""
    name = re.sub(r"\"[^\"]*\"|\([^)]*\)|“[^”]*”", " ", name)  # nicknames: Gerald "Jerry" Sroufe
    words = re.sub(r"[^\w\s]", " ", name.casefold()).split()
    kept = [w for w in words if len(w) > 1] or words
    return " ".join(kept)


@dataclass(eq=False)
class Person:
    """Someone on the roster or in the file; `member_id` for those already saved, else `member`."""

    name: str
    email: str | None
    phone: str | None
    seats: set[str] = field(default_factory=set)
    member_id: int | None = None
    member: Member | None = None


@dataclass(eq=False)
class Term:
    person: Person
    start: dt.date
    end: dt.date | None
    row: SeatTerm | None = None
    term_id: int | None = None


def likely_same(a: Person, email: str | None, phone: str | None, seats: set[str]) -> str | None:
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


class RosterImporter:
    def __init__(self, session: Session, mapping: Mapping[str, str], options: ImportOptions) -> None:
        self.s = session
        self.mapping = mapping
        self.options = options
        self.report = ImportReport()
        self.areas = matcher(session)
        self.seats: dict[str, Seat] = {seat.label: seat for seat in session.scalars(select(Seat))}
        self.people: dict[str, list[Person]] = {}
        by_id: dict[int, Person] = {}
        for mid, name, email, phone in session.execute(
            select(Member.id, Member.name, Member.email, Member.phone)
        ):
            by_id[mid] = Person(name, email, phone, member_id=mid)
            self.people.setdefault(norm_name(name), []).append(by_id[mid])
        self.terms: dict[str, list[Term]] = {}
        for tid, mid, label, start, end in session.execute(
            select(SeatTerm.id, SeatTerm.member_id, Seat.label, SeatTerm.start_date, SeatTerm.end_date).join(
                Seat, Seat.id == SeatTerm.seat_id
            )
        ):
            by_id[mid].seats.add(label)
            self.terms.setdefault(label, []).append(Term(by_id[mid], start, end, term_id=tid))
        self.by_file_id: dict[str, Person] = {}
        #: Every seat each person of the file sits in (their rows may come in any order).
        self.file_id_seats: dict[str, set[str]] = {}
        self.created: list[Person] = []

    # ------------------------------------------------------------------ cells
    def cell(self, record: Mapping[str, Any], name: str) -> str | None:
        column = self.mapping.get(name)
        return clean_value(record.get(column)) if column else None

    def date(self, record: Mapping[str, Any], name: str, label: str) -> dt.date | None:
        text = self.cell(record, name)
        if text is None:
            return None
        try:
            return parse_date(text)
        except ValueError:
            raise RowRejected(
                _("{field} '{value}' is not a date (use 2026-01-31)").format(field=label, value=text), name
            ) from None

    def note(self, number: int, reason: str, field_name: str) -> None:
        self.report.defaulted.append(RowProblem(number, reason, field_name))

    def prepare(self, records: Sequence[Mapping[str, Any]]) -> None:
        for record in records:
            file_id, seat = self.cell(record, "person_id"), self.cell(record, "seat")
            if file_id and seat:
                self.file_id_seats.setdefault(file_id, set()).add(seat)

    # ------------------------------------------------------------------ one row
    def row(self, number: int, record: Mapping[str, Any]) -> None:
        raw_name = self.cell(record, "name") or ""
        seat_label = self.cell(record, "seat")
        district = self.areas.name(self.cell(record, "district"))
        if is_vacant_row(raw_name, self.cell(record, "vacant")):
            if not seat_label:
                raise RowRejected(_("a vacant seat row without a seat"), "seat")
            self.seat(seat_label, district, [])
            return
        name, titles, unknown = name_and_titles(raw_name, self.cell(record, "office"))
        for part in unknown:
            self.note(
                number,
                _("office '{value}' is not one the board knows; left out").format(value=part),
                "office",
            )
        if not name:
            raise RowRejected(_("no name"), "name")
        if len(name) > 200:
            raise RowRejected(_("the name is longer than 200 characters"), "name")
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
            raise RowRejected(_("the term ends before it starts"), "term_end")

        file_id = self.cell(record, "person_id")
        person = self.by_file_id.get(file_id) if file_id else None
        if person is None:
            seats = self.file_id_seats.get(file_id, set()) if file_id else set()
            person = self.match_existing(number, name, email, phone, seats | {seat_label or ""})
        if seat_label and start is not None:
            self.check_overlap(seat_label, person, start, end)
        if person is None:
            person = self.create(name, email, phone, district, record, start)
        else:
            self.fill_in(person, email, phone, district, start)
        if file_id:
            self.by_file_id[file_id] = person
        if seat_label and start is not None:
            self.add_term(person, self.seat(seat_label, district, titles), start, end)
        for title in titles:
            office = OfficeTerm(
                office=title.office,
                qualifier=title.qualifier,
                start_date=start or self.options.as_of,
                end_date=end if end is not None and end < self.options.as_of else None,
            )
            self.attach(office, person)
            self.s.add(office)

    # ------------------------------------------------------------------ people
    def match_existing(
        self, number: int, name: str, email: str | None, phone: str | None, seats: set[str]
    ) -> Person | None:
        for known in self.people.get(norm_name(name), []):
            why = likely_same(known, email, phone, seats)
            if why is None:
                continue
            where = _("on the roster") if known.member_id is not None else _("earlier in this file")
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
                raise DuplicateSkipped
            return known if choice == "merge" else None
        return None

    def create(
        self,
        name: str,
        email: str | None,
        phone: str | None,
        district: str | None,
        record: Mapping[str, Any],
        start: dt.date | None,
    ) -> Person:
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
        person = Person(name, email, phone, member=member)
        self.people.setdefault(norm_name(name), []).append(person)
        self.created.append(person)
        return person

    def loaded(self, person: Person) -> Member:
        if person.member is None:
            person.member = self.s.get(Member, person.member_id)
        assert person.member is not None
        return person.member

    def fill_in(
        self,
        person: Person,
        email: str | None,
        phone: str | None,
        district: str | None,
        start: dt.date | None,
    ) -> None:
        member = self.loaded(person)
        member.email = member.email or email
        member.phone = member.phone or phone
        member.district = member.district or district
        if start and (member.joined_on is None or start < member.joined_on):
            member.joined_on = start

    def attach(self, row: SeatTerm | OfficeTerm, person: Person) -> None:
        if person.member_id is not None:
            row.member_id = person.member_id
        else:
            row.member = self.loaded(person)

    # ------------------------------------------------------------------ seats and terms
    def seat(self, label: str, district: str | None, titles: Sequence[Title]) -> Seat:
        if label not in self.seats:
            kind = (
                SeatKind.EX_OFFICIO if titles and titles[0].office in NON_VOTING_OFFICES else SeatKind.VOTING
            )
            seat = Seat(label=label[:60], kind=kind, district=district, sort_order=len(self.seats) + 1)
            self.s.add(seat)
            self.seats[label] = seat
        return self.seats[label]

    def check_overlap(self, label: str, person: Person | None, start: dt.date, end: dt.date | None) -> None:
        seat = self.seats.get(label)
        if seat is not None and seat.kind is not SeatKind.VOTING:
            return
        for term in self.terms.get(label, []):
            if term.person is not person and periods_overlap(term.start, term.end, start, end):
                raise RowRejected(
                    overlap_message(label, term.person.name, term.start, term.end), "term_start"
                )

    def add_term(self, person: Person, seat: Seat, start: dt.date, end: dt.date | None) -> None:
        """A term of the same member in the same seat that overlaps is the same term, known better."""
        person.seats.add(seat.label)
        for term in self.terms.get(seat.label, []):
            if term.person is person and periods_overlap(term.start, term.end, start, end):
                term.start = min(term.start, start)
                ends = [d for d in (term.end, end) if d is not None]
                term.end = max(ends) if ends else None
                row = term.row or self.s.get(SeatTerm, term.term_id)
                assert row is not None
                row.start_date, row.end_date = term.start, term.end
                return
        row = SeatTerm(start_date=start, end_date=end)
        if seat.id is not None:
            row.seat_id = seat.id
        else:
            row.seat = seat
        self.attach(row, person)
        self.s.add(row)
        self.terms.setdefault(seat.label, []).append(Term(person, start, end, row=row))

    def finish(self) -> None:
        """Members whose every imported term ended before the import date are former members."""
        self.report.unknown_areas = dict(self.areas.unknown)
        ends: dict[int, list[dt.date | None]] = {}
        for terms in self.terms.values():
            for term in terms:
                ends.setdefault(id(term.person), []).append(term.end)
        for person in self.created:
            mine = ends.get(id(person), [])
            if mine and all(e is not None and e < self.options.as_of for e in mine):
                member = self.loaded(person)
                member.left_on = max(e for e in mine if e is not None)
                member.leave_reason = LeaveReason.TERM_ENDED
