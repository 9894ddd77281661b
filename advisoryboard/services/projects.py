"""SARA problem-solving projects: the problem, its analysis, responses and links.

Every change goes through the ORM, so the audit log records it like any other (who, when,
old -> new). Incidents and issues that match the problem (its categories, area and time
frame) are offered by `matching_incidents` / `matching_issues`; the user chooses which to
link (`link_incidents`, `link_issues`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.analytics.crime import AreaSpec, IncidentFilter, haversine_m, in_area_ids
from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _
from advisoryboard.labels import PROJECT_STAGE_LABELS
from advisoryboard.permissions import Permission
from advisoryboard.services.base import check_version, get_or_404, require_permission
from database.enums import ProjectAreaKind, ProjectStage
from database.models import (
    ActionItem,
    Incident,
    Issue,
    Motion,
    OffenseCategory,
    Partner,
    Project,
    ProjectCategory,
    ProjectIncident,
    ProjectIssue,
    ProjectPartner,
    ProjectResponse,
    ResponseActionItem,
    ResponseMotion,
)

STAGES = list(ProjectStage)
STAGE_LABELS = PROJECT_STAGE_LABELS  # the words live in advisoryboard/labels.py
STAGE_DATE = {
    ProjectStage.SCANNING: "scanning_on",
    ProjectStage.ANALYSIS: "analysis_on",
    ProjectStage.RESPONSE: "response_on",
    ProjectStage.ASSESSMENT: "assessment_on",
}
MAX_OFFERED = 500


def split_list(text: str | None) -> tuple[str, ...]:
    """'1, 18 ,09' -> ('1', '18', '9'): district and beat numbers as incidents store them."""
    from advisoryboard.importing.incidents import clean_area

    out = []
    for part in (text or "").replace(";", ",").split(","):
        value = clean_area(part)
        if value and value not in out:
            out.append(value)
    return tuple(out)


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


@dataclass(frozen=True)
class ProjectInput:
    title: str
    category_ids: tuple[int, ...]
    problem: str | None = None
    area_kind: ProjectAreaKind = ProjectAreaKind.DISTRICTS
    districts: str | None = None
    beats: str | None = None
    buffer_districts: str | None = None
    buffer_beats: str | None = None
    center_address: str | None = None
    center_lat: float | None = None
    center_lon: float | None = None
    radius_m: int | None = None
    buffer_m: int | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    window_days: int = 180
    triangle_location: str | None = None
    triangle_offender: str | None = None
    triangle_victim: str | None = None
    contributing_factors: str | None = None
    assessment_notes: str | None = None
    partner_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ResponseInput:
    what: str
    started_on: dt.date
    who: str | None = None
    partner_id: int | None = None
    action_item_ids: tuple[int, ...] = ()
    motion_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ResponseRecord:
    id: int
    version: int
    what: str
    who: str | None
    partner_id: int | None
    partner: str | None
    started_on: dt.date
    action_item_ids: tuple[int, ...]
    motion_ids: tuple[int, ...]


@dataclass(frozen=True)
class ProjectSummary:
    id: int
    title: str
    stage: ProjectStage
    stage_on: dt.date | None
    response_start: dt.date | None
    categories: tuple[str, ...]
    area: str
    incidents: int
    issues: int


@dataclass(frozen=True)
class ProjectRecord:
    id: int
    version: int
    data: ProjectInput
    stage: ProjectStage
    stage_dates: dict[ProjectStage, dt.date | None]
    categories: tuple[str, ...]
    partners: tuple[str, ...]
    responses: tuple[ResponseRecord, ...]
    incident_ids: tuple[int, ...]
    issue_ids: tuple[int, ...]
    area: str
    response_start: dt.date | None = None
    created_at: dt.datetime | None = field(default=None, compare=False)


def area_of(p: Project | ProjectInput) -> AreaSpec:
    if p.area_kind is ProjectAreaKind.RADIUS:
        center = None if p.center_lat is None or p.center_lon is None else (p.center_lat, p.center_lon)
        return AreaSpec(center=center, radius_m=p.radius_m)
    return AreaSpec(districts=split_list(p.districts), beats=split_list(p.beats))


def buffer_of(p: Project | ProjectInput) -> AreaSpec:
    """The surrounding area watched for displacement (a ring, or the neighbouring districts/beats)."""
    if p.area_kind is ProjectAreaKind.RADIUS:
        center = None if p.center_lat is None or p.center_lon is None else (p.center_lat, p.center_lon)
        if center is None or not p.radius_m or not p.buffer_m:
            return AreaSpec()
        return AreaSpec(center=center, radius_m=p.radius_m + p.buffer_m, inner_m=p.radius_m)
    return AreaSpec(districts=split_list(p.buffer_districts), beats=split_list(p.buffer_beats))


def describe_area(p: Project | ProjectInput) -> str:
    if p.area_kind is ProjectAreaKind.RADIUS:
        place = p.center_address or (
            f"{p.center_lat:.5f}, {p.center_lon:.5f}"
            if p.center_lat is not None and p.center_lon is not None
            else "?"
        )
        return _("{m} m around {place}").format(m=p.radius_m or 0, place=place)
    parts = []
    if p.districts:
        parts.append(_("district {list}").format(list=", ".join(split_list(p.districts))))
    if p.beats:
        parts.append(_("beat {list}").format(list=", ".join(split_list(p.beats))))
    return "; ".join(parts) or _("no area")


def _validate(session: Session, data: ProjectInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    title = _clean(data.title)
    if title is None:
        errors["title"] = _("Give the project a title.")
    if not data.category_ids:
        errors["categories"] = _("Choose at least one offense category.")
    else:
        known = set(
            session.scalars(select(OffenseCategory.id).where(OffenseCategory.id.in_(data.category_ids)))
        )
        if known != set(data.category_ids):
            errors["categories"] = _("An offense category no longer exists; choose again.")
    if data.area_kind is ProjectAreaKind.RADIUS:
        lat, lon = data.center_lat, data.center_lon
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            errors["center"] = _("Give the latitude and longitude of the area's center.")
        if not data.radius_m or data.radius_m <= 0 or data.radius_m > 20000:
            errors["radius_m"] = _("The radius is a distance in metres, from 1 to 20 000.")
        if data.buffer_m is not None and not 0 <= data.buffer_m <= 20000:
            errors["buffer_m"] = _("The buffer is a distance in metres, from 0 to 20 000.")
    elif not (split_list(data.districts) or split_list(data.beats)):
        errors["districts"] = _("Name the districts or beats of the problem's area.")
    if data.period_start and data.period_end and data.period_start > data.period_end:
        errors["period_end"] = _("The time frame ends before it starts.")
    if not 7 <= data.window_days <= 730:
        errors["window_days"] = _("Each assessment window is from 7 to 730 days long.")
    if data.partner_ids:
        known = set(session.scalars(select(Partner.id).where(Partner.id.in_(data.partner_ids))))
        if known != set(data.partner_ids):
            errors["partners"] = _("A partner no longer exists; choose again.")
    if errors:
        raise ValidationError(errors)
    values: dict[str, object] = {
        name: getattr(data, name)
        for name in (
            "area_kind",
            "center_lat",
            "center_lon",
            "radius_m",
            "buffer_m",
            "period_start",
            "period_end",
            "window_days",
        )
    }
    for name in (
        "problem",
        "districts",
        "beats",
        "buffer_districts",
        "buffer_beats",
        "center_address",
        "triangle_location",
        "triangle_offender",
        "triangle_victim",
        "contributing_factors",
        "assessment_notes",
    ):
        values[name] = _clean(getattr(data, name))
    for name in ("districts", "beats", "buffer_districts", "buffer_beats"):
        values[name] = ", ".join(split_list(values[name])) or None  # type: ignore[arg-type]
    values["title"] = title
    return values


def _set_links(session: Session, model: Any, project_id: int, column: str, wanted: Iterable[int]) -> None:
    """Add and remove link rows one by one, so each shows in the audit log."""
    wanted = set(wanted)
    have = {
        getattr(row, column): row
        for row in session.scalars(select(model).where(model.project_id == project_id))
    }
    for key, row in have.items():
        if key not in wanted:
            session.delete(row)
    for key in sorted(wanted - set(have)):
        session.add(model(project_id=project_id, **{column: key}))


def create_project(session: Session, data: ProjectInput, today: dt.date | None = None) -> int:
    require_permission(session, Permission.EDIT_PROJECTS)
    values = _validate(session, data)
    project = Project(**values, stage=ProjectStage.SCANNING, scanning_on=today or dt.date.today())
    session.add(project)
    session.flush()
    _set_links(session, ProjectCategory, project.id, "category_id", data.category_ids)
    _set_links(session, ProjectPartner, project.id, "partner_id", data.partner_ids)
    session.flush()
    return project.id


def update_project(
    session: Session, project_id: int, data: ProjectInput, expected_version: int | None
) -> None:
    require_permission(session, Permission.EDIT_PROJECTS)
    project = get_or_404(session, Project, project_id, _("Project"))
    check_version(project, expected_version, _("This project"))
    for key, value in _validate(session, data).items():
        if getattr(project, key) != value:
            setattr(project, key, value)
    _set_links(session, ProjectCategory, project_id, "category_id", data.category_ids)
    _set_links(session, ProjectPartner, project_id, "partner_id", data.partner_ids)
    session.flush()


def set_stage(session: Session, project_id: int, stage: ProjectStage, on: dt.date) -> None:
    """Move the project to `stage` on date `on` (dates of the stages must not go backwards)."""
    require_permission(session, Permission.EDIT_PROJECTS)
    project = get_or_404(session, Project, project_id, _("Project"))
    index = STAGES.index(stage)
    earlier = [getattr(project, STAGE_DATE[s]) for s in STAGES[:index]]
    latest = max((d for d in earlier if d is not None), default=None)
    if latest is not None and on < latest:
        raise UserError(
            _("{stage} cannot start before the stage before it ({day}).").format(
                stage=_(STAGE_LABELS[stage]), day=latest.isoformat()
            ),
            "stage_on",
        )
    project.stage = stage
    setattr(project, STAGE_DATE[stage], on)
    for later in STAGES[index + 1 :]:  # going back a stage clears the dates after it
        setattr(project, STAGE_DATE[later], None)
    session.flush()


def delete_project(session: Session, project_id: int) -> None:
    require_permission(session, Permission.EDIT_PROJECTS)
    project = get_or_404(session, Project, project_id, _("Project"))
    for model in (ProjectCategory, ProjectPartner, ProjectIssue, ProjectIncident):
        for row in session.scalars(select(model).where(model.project_id == project_id)):
            session.delete(row)
    for response in session.scalars(select(ProjectResponse).where(ProjectResponse.project_id == project_id)):
        _delete_response_links(session, response.id)
        session.delete(response)
    session.delete(project)
    session.flush()


# ----------------------------------------------------------------------- responses
def _validate_response(session: Session, data: ResponseInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    what = _clean(data.what)
    if what is None:
        errors["what"] = _("Say what the response is.")
    if data.partner_id is not None and session.get(Partner, data.partner_id) is None:
        errors["partner"] = _("That partner no longer exists.")
    for ids, model, name in (
        (data.action_item_ids, ActionItem, "action_items"),
        (data.motion_ids, Motion, "motions"),
    ):
        if ids and len(set(session.scalars(select(model.id).where(model.id.in_(ids))))) != len(set(ids)):
            errors[name] = _("A linked action item or motion no longer exists.")
    if errors:
        raise ValidationError(errors)
    return {
        "what": what,
        "who": _clean(data.who),
        "partner_id": data.partner_id,
        "started_on": data.started_on,
    }


def _set_response_links(session: Session, response_id: int, data: ResponseInput) -> None:
    for model, column, wanted in (
        (ResponseActionItem, "action_item_id", set(data.action_item_ids)),
        (ResponseMotion, "motion_id", set(data.motion_ids)),
    ):
        have = {
            getattr(r, column): r
            for r in session.scalars(select(model).where(model.response_id == response_id))
        }
        for key, row in have.items():
            if key not in wanted:
                session.delete(row)
        for key in sorted(wanted - set(have)):
            session.add(model(response_id=response_id, **{column: key}))


def _delete_response_links(session: Session, response_id: int) -> None:
    for model in (ResponseActionItem, ResponseMotion):
        for row in session.scalars(select(model).where(model.response_id == response_id)):
            session.delete(row)


def add_response(session: Session, project_id: int, data: ResponseInput) -> int:
    require_permission(session, Permission.EDIT_PROJECTS)
    get_or_404(session, Project, project_id, _("Project"))
    response = ProjectResponse(project_id=project_id, **_validate_response(session, data))
    session.add(response)
    session.flush()
    _set_response_links(session, response.id, data)
    if data.partner_id is not None and session.get(ProjectPartner, (project_id, data.partner_id)) is None:
        session.add(ProjectPartner(project_id=project_id, partner_id=data.partner_id))
    session.flush()
    return response.id


def update_response(
    session: Session, response_id: int, data: ResponseInput, expected_version: int | None
) -> None:
    require_permission(session, Permission.EDIT_PROJECTS)
    response = get_or_404(session, ProjectResponse, response_id, _("Response"))
    check_version(response, expected_version, _("This response"))
    for key, value in _validate_response(session, data).items():
        if getattr(response, key) != value:
            setattr(response, key, value)
    _set_response_links(session, response_id, data)
    session.flush()


def delete_response(session: Session, response_id: int) -> None:
    require_permission(session, Permission.EDIT_PROJECTS)
    response = get_or_404(session, ProjectResponse, response_id, _("Response"))
    _delete_response_links(session, response_id)
    session.delete(response)
    session.flush()


# ------------------------------------------------------------------------- reading
def _category_ids(session: Session, project_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(select(ProjectCategory.category_id).where(ProjectCategory.project_id == project_id))
    )


def response_start(session: Session, project: Project) -> dt.date | None:
    """When the response began: the first response's start, else the response stage's date."""
    first = session.scalar(
        select(func.min(ProjectResponse.started_on)).where(ProjectResponse.project_id == project.id)
    )
    return first or project.response_on


def list_projects(session: Session) -> list[ProjectSummary]:
    require_permission(session, Permission.READ)
    names = {i: n for i, n in session.execute(select(OffenseCategory.id, OffenseCategory.name))}
    cats: dict[int, list[str]] = {}
    for pid, cid in session.execute(select(ProjectCategory.project_id, ProjectCategory.category_id)):
        cats.setdefault(pid, []).append(names.get(cid, "?"))
    counts = {}
    for model in (ProjectIncident, ProjectIssue):
        counts[model] = {
            pid: int(n)
            for pid, n in session.execute(select(model.project_id, func.count()).group_by(model.project_id))
        }
    out = []
    for p in session.scalars(select(Project).order_by(Project.created_at.desc(), Project.id.desc())):
        out.append(
            ProjectSummary(
                p.id,
                p.title,
                p.stage,
                getattr(p, STAGE_DATE[p.stage]),
                response_start(session, p),
                tuple(sorted(cats.get(p.id, []))),
                describe_area(p),
                counts[ProjectIncident].get(p.id, 0),
                counts[ProjectIssue].get(p.id, 0),
            )
        )
    return out


def get_project(session: Session, project_id: int) -> ProjectRecord:
    require_permission(session, Permission.READ)
    p = get_or_404(session, Project, project_id, _("Project"))
    category_ids = _category_ids(session, project_id)
    partner_ids = tuple(
        session.scalars(select(ProjectPartner.partner_id).where(ProjectPartner.project_id == project_id))
    )
    data = ProjectInput(
        title=p.title,
        category_ids=category_ids,
        problem=p.problem,
        area_kind=p.area_kind,
        districts=p.districts,
        beats=p.beats,
        buffer_districts=p.buffer_districts,
        buffer_beats=p.buffer_beats,
        center_address=p.center_address,
        center_lat=p.center_lat,
        center_lon=p.center_lon,
        radius_m=p.radius_m,
        buffer_m=p.buffer_m,
        period_start=p.period_start,
        period_end=p.period_end,
        window_days=p.window_days,
        triangle_location=p.triangle_location,
        triangle_offender=p.triangle_offender,
        triangle_victim=p.triangle_victim,
        contributing_factors=p.contributing_factors,
        assessment_notes=p.assessment_notes,
        partner_ids=partner_ids,
    )
    partner_names = {i: n for i, n in session.execute(select(Partner.id, Partner.name))}
    category_names = {i: n for i, n in session.execute(select(OffenseCategory.id, OffenseCategory.name))}
    responses = []
    for r in session.scalars(
        select(ProjectResponse)
        .where(ProjectResponse.project_id == project_id)
        .order_by(ProjectResponse.started_on, ProjectResponse.id)
    ):
        actions = tuple(
            session.scalars(
                select(ResponseActionItem.action_item_id).where(ResponseActionItem.response_id == r.id)
            )
        )
        motions = tuple(
            session.scalars(select(ResponseMotion.motion_id).where(ResponseMotion.response_id == r.id))
        )
        responses.append(
            ResponseRecord(
                r.id,
                r.version,
                r.what,
                r.who,
                r.partner_id,
                partner_names.get(r.partner_id or -1),
                r.started_on,
                actions,
                motions,
            )
        )
    return ProjectRecord(
        id=p.id,
        version=p.version,
        data=data,
        stage=p.stage,
        stage_dates={s: getattr(p, STAGE_DATE[s]) for s in STAGES},
        categories=tuple(category_names.get(c, "?") for c in category_ids),
        partners=tuple(sorted(partner_names.get(i, "?") for i in partner_ids)),
        responses=tuple(responses),
        incident_ids=tuple(
            session.scalars(
                select(ProjectIncident.incident_id)
                .where(ProjectIncident.project_id == project_id)
                .order_by(ProjectIncident.incident_id)
            )
        ),
        issue_ids=tuple(
            session.scalars(
                select(ProjectIssue.issue_id)
                .where(ProjectIssue.project_id == project_id)
                .order_by(ProjectIssue.issue_id)
            )
        ),
        area=describe_area(p),
        response_start=response_start(session, p),
        created_at=p.created_at,
    )


# ------------------------------------------------------------- offering and linking
@dataclass(frozen=True)
class IncidentChoice:
    id: int
    incident_number: str
    occurred_at: dt.datetime
    offense_group: str | None
    offense_description: str | None
    block_address: str | None
    linked: bool


@dataclass(frozen=True)
class IssueChoice:
    id: int
    reference: str
    title: str
    reported_on: dt.datetime
    location: str | None
    linked: bool


def problem_filter(session: Session, p: Project) -> IncidentFilter:
    """The problem's incidents: its time frame and offense categories (any area)."""
    return IncidentFilter(p.period_start, p.period_end, _category_ids(session, p.id))


def matching_incidents(session: Session, project_id: int, limit: int = MAX_OFFERED) -> list[IncidentChoice]:
    """Incidents of the problem's categories in its area and time frame, newest first."""
    require_permission(session, Permission.READ)
    p = get_or_404(session, Project, project_id, _("Project"))
    ids = in_area_ids(session, area_of(p), problem_filter(session, p))
    if not ids:
        return []
    linked = set(
        session.scalars(select(ProjectIncident.incident_id).where(ProjectIncident.project_id == project_id))
    )
    rows: list[Any] = []
    for start in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        chunk = ids[start : start + 900]
        rows.extend(
            session.execute(
                select(
                    Incident.id,
                    Incident.incident_number,
                    Incident.occurred_at,
                    Incident.offense_group,
                    Incident.offense_description,
                    Incident.block_address,
                ).where(Incident.id.in_(chunk))
            ).all()
        )
    rows.sort(key=lambda r: (r[2], r[0]), reverse=True)
    return [IncidentChoice(r[0], r[1], r[2], r[3], r[4], r[5], r[0] in linked) for r in rows[:limit]]


def matching_issues(session: Session, project_id: int, limit: int = MAX_OFFERED) -> list[IssueChoice]:
    """Community issues in the problem's area and time frame (not confidential), newest first."""
    import numpy as np

    require_permission(session, Permission.READ)
    p = get_or_404(session, Project, project_id, _("Project"))
    conditions: list[Any] = [Issue.confidential.is_(False)]
    if p.period_start:
        conditions.append(Issue.reported_on >= dt.datetime.combine(p.period_start, dt.time()))
    if p.period_end:
        conditions.append(
            Issue.reported_on < dt.datetime.combine(p.period_end + dt.timedelta(days=1), dt.time())
        )
    area = area_of(p)
    stmt = select(
        Issue.id,
        Issue.reference,
        Issue.title,
        Issue.reported_on,
        Issue.location,
        Issue.latitude,
        Issue.longitude,
    )
    if area.center is not None and area.radius_m:
        dlat = math.degrees(area.radius_m / 6_371_008.8)
        dlon = dlat / max(math.cos(math.radians(area.center[0])), 1e-6)
        stmt = stmt.where(
            Issue.latitude.between(area.center[0] - dlat, area.center[0] + dlat),
            Issue.longitude.between(area.center[1] - dlon, area.center[1] + dlon),
        )
        rows = session.execute(stmt.where(*conditions)).all()
        if rows:
            d = haversine_m(np.array([r[5] for r in rows]), np.array([r[6] for r in rows]), *area.center)
            rows = [r for r, keep in zip(rows, d < area.radius_m, strict=True) if keep]
    elif area.districts or area.beats:
        # The board's issues name their district as people write it: '9', 'District 9', 'Beat 925'.
        names = {*area.districts, *area.beats}
        names |= {f"District {d}" for d in area.districts} | {f"Beat {b}" for b in area.beats}
        rows = session.execute(stmt.where(Issue.district.in_(sorted(names)), *conditions)).all()
    else:
        rows = []
    linked = set(session.scalars(select(ProjectIssue.issue_id).where(ProjectIssue.project_id == project_id)))
    rows = sorted(rows, key=lambda r: (r[3], r[0]), reverse=True)[:limit]
    return [IssueChoice(r[0], r[1], r[2], r[3], r[4], r[0] in linked) for r in rows]


def _link(session: Session, model: Any, project_id: int, column: str, ids: Sequence[int], target: Any) -> int:
    require_permission(session, Permission.EDIT_PROJECTS)
    get_or_404(session, Project, project_id, _("Project"))
    wanted = set(ids)
    found: set[int] = set()
    for start in range(0, len(ids), 900):
        found |= set(
            session.scalars(select(target.id).where(target.id.in_(list(wanted)[start : start + 900])))
        )
    if found != wanted:
        raise UserError(_("Some of the chosen records no longer exist; nothing was linked."), column)
    have = set(session.scalars(select(getattr(model, column)).where(model.project_id == project_id)))
    new = sorted(wanted - have)
    session.add_all(model(project_id=project_id, **{column: i}) for i in new)
    session.flush()
    return len(new)


def link_incidents(session: Session, project_id: int, incident_ids: Sequence[int]) -> int:
    """Link the chosen incidents; returns how many were newly linked."""
    return _link(session, ProjectIncident, project_id, "incident_id", incident_ids, Incident)


def link_issues(session: Session, project_id: int, issue_ids: Sequence[int]) -> int:
    return _link(session, ProjectIssue, project_id, "issue_id", issue_ids, Issue)


def unlink(
    session: Session, project_id: int, *, incident_ids: Sequence[int] = (), issue_ids: Sequence[int] = ()
) -> None:
    require_permission(session, Permission.EDIT_PROJECTS)
    for model, column, ids in (
        (ProjectIncident, "incident_id", incident_ids),
        (ProjectIssue, "issue_id", issue_ids),
    ):
        if not ids:
            continue
        for row in session.scalars(
            select(model).where(model.project_id == project_id, getattr(model, column).in_(list(ids)))
        ):
            session.delete(row)
    session.flush()


@dataclass(frozen=True)
class EditorChoices:
    """What the project and response editors offer."""

    categories: list[tuple[int, str]]
    partners: list[tuple[int, str]]
    action_items: list[tuple[int, str]]
    motions: list[tuple[int, str]]


def editor_choices(session: Session, limit: int = 150) -> EditorChoices:
    require_permission(session, Permission.READ)
    from advisoryboard.analytics.crime import categories

    partners = [(i, n) for i, n in session.execute(select(Partner.id, Partner.name).order_by(Partner.name))]
    actions = [
        (i, d)
        for i, d in session.execute(
            select(ActionItem.id, ActionItem.description).order_by(ActionItem.id.desc()).limit(limit)
        )
    ]
    motions = [
        (i, t)
        for i, t in session.execute(select(Motion.id, Motion.text).order_by(Motion.id.desc()).limit(limit))
    ]
    return EditorChoices(categories(session), partners, actions, motions)
