"""One entry point for every printed document, shared by the CLI and the GUI.

`render(session, kind, params, language)` checks permissions, reads the data and returns
the PDF bytes. Kinds and params (what the tabs' print requests carry):
agenda / minutes / sign-in {"meeting_id"}, annual {"year", "fiscal"}, roster {"public"},
issues {"status", "group_by", "confidential"}.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import N_, _
from advisoryboard.permissions import Permission
from advisoryboard.reports.data import (
    MeetingRecord,
    load_board,
    load_meeting,
    police_report_item,
    voting_members_on,
)
from advisoryboard.services.base import require_permission
from database.enums import MeetingStatus
from database.models import Meeting

Progress = Callable[[int, str], None]

DOCUMENT_KINDS = ("agenda", "minutes", "sign-in", "annual", "roster", "issues", "crime-trends", "project")
KIND_TITLES = {
    "agenda": N_("Agenda"),
    "minutes": N_("Minutes"),
    "sign-in": N_("Sign-in sheet"),
    "annual": N_("Annual summary"),
    "roster": N_("Roster"),
    "issues": N_("Issues follow-up list"),
    "crime-trends": N_("Crime trends"),
    "project": N_("Problem-solving project"),
}
MEETING_KINDS = ("agenda", "minutes", "sign-in")


def _int(params: Mapping[str, object], key: str, what: str) -> int:
    value = params.get(key)
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise UserError(_("Choose {what} to print.").format(what=what), field=key) from None


def render(
    session: Session,
    kind: str,
    params: Mapping[str, object],
    language: str = "en",
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The PDF of document `kind` as bytes (raises UserError/PermissionDenied for the user)."""
    require_permission(session, Permission.PRINT)
    today = today or dt.date.today()
    if kind in MEETING_KINDS:
        record = load_meeting(session, _int(params, "meeting_id", _("a meeting")))
        if kind == "agenda":
            from advisoryboard.reports.agenda import build_agenda

            return build_agenda(with_crime_trends(session, record), language)
        if kind == "minutes":
            from advisoryboard.reports.minutes import build_minutes

            return build_minutes(record, language)
        from advisoryboard.reports.lists import build_sign_in

        if record.attendance:
            members = [(a.name, a.voting) for a in record.attendance]
        else:
            members = [
                (name, voting)
                for _id, name, voting in voting_members_on(session, record.meeting.starts_at.date())
            ]
        return build_sign_in(record, members, language=language)
    if kind == "roster":
        from advisoryboard.reports.lists import build_roster
        from advisoryboard.services.roster_print import roster_for_print

        public = bool(params.get("public", True))
        lines = roster_for_print(session, public, today)
        return build_roster(load_board(session), lines, today, public=public, language=language)
    if kind == "issues":
        from advisoryboard.reports.labels import label
        from advisoryboard.reports.layout import translator
        from advisoryboard.reports.lists import build_issue_list
        from advisoryboard.reports.lists_data import STATUS_GROUPS, load_issues

        status = str(params.get("status") or "open")
        if status not in STATUS_GROUPS:
            raise UserError(_("Unknown issue status: {status}").format(status=status), field="status")
        confidential = bool(params.get("confidential", False))
        if confidential:
            require_permission(session, Permission.VIEW_CONFIDENTIAL)
        issues = load_issues(session, STATUS_GROUPS[status], include_confidential=confidential)
        tr = translator(language)
        if status == "open":
            status_label = tr("open issues")
        elif status == "all":
            status_label = tr("all issues")
        else:
            status_label = label(next(iter(STATUS_GROUPS[status])), tr)
        group_by = "partner" if params.get("group_by") == "partner" else "assignee"
        return build_issue_list(
            load_board(session),
            issues,
            status_label=status_label,
            group_by=group_by,
            day=today,
            language=language,
        )
    if kind == "annual":
        from advisoryboard.reports.annual import build_annual
        from advisoryboard.reports.annual_data import load_annual

        year = _int(params, "year", _("a year"))
        data = load_annual(
            session, year, fiscal=bool(params.get("fiscal", False)), today=today, progress=progress
        )
        if progress:
            progress(70, _("Laying out pages…"))
        return build_annual(data, language)
    if kind == "crime-trends":
        from advisoryboard.reports.crime_trends import render_crime_trends

        return render_crime_trends(session, _int(params, "meeting_id", _("a meeting")), language)
    if kind == "project":
        from advisoryboard.reports.project_report import render_project

        return render_project(session, _int(params, "project_id", _("a project")), language)
    raise UserError(_("Unknown document: {kind}").format(kind=kind))


def with_crime_trends(session: Session, record: MeetingRecord) -> MeetingRecord:
    """The agenda's police report item names the "Crime trends" handout (its month), when the
    agenda has one and incident data has been imported: what the liaison hands out."""
    from advisoryboard.analytics.crime import latest_incident, report_month

    item = police_report_item(record.agenda)
    latest = latest_incident(session) if item is not None else None
    if item is None or latest is None:
        return record
    return replace(record, crime_trends=(item.id, report_month(record.meeting.starts_at.date(), latest)))


@dataclass(frozen=True)
class MeetingChoice:
    id: int
    starts_at: dt.datetime
    kind: str
    status: MeetingStatus
    title: str | None


def meeting_choices(session: Session) -> list[MeetingChoice]:
    """Meetings a user may print documents for, newest first."""
    require_permission(session, Permission.PRINT)
    rows = session.execute(
        select(Meeting.id, Meeting.starts_at, Meeting.kind, Meeting.status, Meeting.title).order_by(
            Meeting.starts_at.desc()
        )
    ).all()
    return [MeetingChoice(r.id, r.starts_at, r.kind.value, r.status, r.title) for r in rows]


def meeting_years(session: Session) -> list[int]:
    """Calendar years with meetings, newest first (for the annual summary chooser)."""
    return sorted({c.starts_at.year for c in meeting_choices(session)}, reverse=True)


def suggested_filename(kind: str, params: Mapping[str, object]) -> str:
    """A file name for Save as PDF… ('agenda-meeting-42.pdf')."""
    if kind in MEETING_KINDS:
        return f"{kind}-meeting-{params.get('meeting_id')}.pdf"
    if kind == "annual":
        return f"annual-summary-{params.get('year')}.pdf"
    if kind == "crime-trends":
        return f"crime-trends-meeting-{params.get('meeting_id')}.pdf"
    if kind == "project":
        return f"project-{params.get('project_id')}.pdf"
    if kind == "roster":
        return "roster-public.pdf" if params.get("public", True) else "roster-internal.pdf"
    return f"issues-{params.get('status') or 'open'}.pdf"
