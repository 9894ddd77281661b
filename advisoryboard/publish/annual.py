"""The annual summary for the website: the printed summary's figures, its list of motions
taken only from approved minutes as the public path has them (closed-session and
confidential matters left out)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.publish.public import PublicRecord
from advisoryboard.reports.annual_data import AnnualData, load_annual
from database.enums import MotionKind, MotionResult
from database.models import Meeting, Motion


def annual_year(record: PublicRecord) -> int:
    """The last full calendar year with meetings, else the current one."""
    years = {m.starts_at.year for m in record.meetings}
    last = record.today.year - 1
    return last if last in years else record.today.year


def public_annual(session: Session, record: PublicRecord) -> tuple[int, AnnualData]:
    year = annual_year(record)
    data = load_annual(session, year, today=record.today)
    p = data.period
    main = set(
        session.scalars(
            select(Motion.id)
            .join(Meeting, Meeting.id == Motion.meeting_id)
            .where(Meeting.starts_at >= p.start_dt, Meeting.starts_at < p.after_dt)
            .where(Motion.kind == MotionKind.MAIN, Motion.approves_minutes_of_meeting_id.is_(None))
            .where(Motion.result.in_((MotionResult.CARRIED, MotionResult.FAILED)))
        )
    )
    data.main_motions = [
        (m.starts_at, mo.text, mo.result, mo.tally)
        for m in record.meetings
        if m.minutes is not None
        for mo in m.minutes.motions
        if mo.id in main
    ]
    return year, data
