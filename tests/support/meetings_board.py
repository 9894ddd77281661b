"""A small board for meetings tests: 7 voting seats (one vacant), one police liaison."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from advisoryboard.services.base import transaction
from database.engine import Database
from database.enums import IssueStatus, Office, SeatKind
from database.models import Issue, Member, OfficeTerm, Seat, SeatTerm

START = dt.date(2025, 1, 1)


@dataclass
class Board:
    voting: list[int]
    former: int
    liaison: int
    issue: int


def make_board(db: Database, *, seats: int = 7, vacant: int = 1) -> Board:
    with transaction(db) as s:
        voting: list[int] = []
        for i in range(seats):
            seat = Seat(label=f"Seat {i + 1}", kind=SeatKind.VOTING, sort_order=i)
            s.add(seat)
            s.flush()
            if i >= seats - vacant:
                continue
            member = Member(name=f"<b>Ana & José</b> {i + 1}" if i == 0 else f"Member {i + 1}")
            s.add(member)
            s.flush()
            s.add(SeatTerm(seat_id=seat.id, member_id=member.id, start_date=START))
            voting.append(member.id)
        # a member whose term ended before the meetings: never on the roll call
        old_seat = s.scalars(__import__("sqlalchemy").select(Seat).where(Seat.label == f"Seat {seats}")).one()
        former = Member(name="Former Member")
        s.add(former)
        s.flush()
        s.add(
            SeatTerm(
                seat_id=old_seat.id,
                member_id=former.id,
                start_date=dt.date(2020, 1, 1),
                end_date=dt.date(2024, 12, 1),
            )
        )
        liaison_seat = Seat(label="Police liaison", kind=SeatKind.EX_OFFICIO, sort_order=99)
        liaison = Member(name="Officer Kim")
        s.add_all([liaison_seat, liaison])
        s.flush()
        s.add(SeatTerm(seat_id=liaison_seat.id, member_id=liaison.id, start_date=START))
        s.add(OfficeTerm(member_id=liaison.id, office=Office.POLICE_LIAISON, start_date=START))
        issue = Issue(
            reference="2025-0001",
            ref_year=2025,
            ref_seq=1,
            title="Broken street light on Elm",
            status=IssueStatus.NEW,
            reported_on=dt.datetime(2025, 1, 5, 10),
        )
        s.add(issue)
        s.flush()
        return Board(voting=voting, former=former.id, liaison=liaison.id, issue=issue.id)
