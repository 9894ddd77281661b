"""SARA projects: validation, audit, stages, responses, offered matches and the assessment."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from scipy.stats import binomtest
from sqlalchemy import select

from advisoryboard.errors import UserError, ValidationError
from advisoryboard.importing.incidents import import_file
from advisoryboard.services import projects as svc
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.project_assessment import assess
from database.enums import ProjectAreaKind, ProjectStage
from database.models import ActionItem, AuditEntry, OffenseCategory, Partner
from tests.support.shared_data import shared_data

CHICAGO = "chicago_crimes_2024_sample.csv"


def _category(session, name: str) -> int:
    return int(session.scalar(select(OffenseCategory.id).where(OffenseCategory.name == name)))


def _setup(db):
    with transaction(db) as session:
        import_file(session, shared_data("crime", CHICAGO))
        partner = Partner(name="Ana & José's <b>Block Club</b>")
        item = ActionItem(description="Ask the city for brighter lights on 47th")
        session.add_all([partner, item])
        session.flush()
        return _category(session, "Theft"), partner.id, item.id


@pytest.mark.shared_data
def test_project_lifecycle_is_audited_and_assessed(db) -> None:
    theft, partner_id, item_id = _setup(db)
    data = svc.ProjectInput(
        title="Thefts around the Loop",
        category_ids=(theft,),
        districts="001, 018",
        buffer_districts="12",
        period_start=dt.date(2024, 5, 1),
        period_end=dt.date(2024, 5, 31),
        window_days=15,
        triangle_location="Transit stops",
        partner_ids=(partner_id,),
    )
    with transaction(db) as session:
        pid = svc.create_project(session, data, today=dt.date(2024, 5, 2))
    with transaction(db) as session:
        svc.set_stage(session, pid, ProjectStage.ANALYSIS, dt.date(2024, 5, 5))
        rid = svc.add_response(
            session,
            pid,
            svc.ResponseInput(
                "Extra patrols at stops",
                dt.date(2024, 5, 16),
                who="Sgt. Ruiz",
                partner_id=partner_id,
                action_item_ids=(item_id,),
            ),
        )
        svc.set_stage(session, pid, ProjectStage.RESPONSE, dt.date(2024, 5, 16))
    with pytest.raises(UserError, match="cannot start before"), transaction(db) as session:
        svc.set_stage(session, pid, ProjectStage.ASSESSMENT, dt.date(2024, 5, 1))
    with read_only(db) as session:
        record = svc.get_project(session, pid)
        offered = svc.matching_incidents(session, pid)
        audit = [
            (e.entity, e.action.value, json.loads(e.changes))  # type: ignore[arg-type]
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.entity.like("project%")).order_by(AuditEntry.id)
            )
        ]
    assert record.data.districts == "1, 18" and record.stage is ProjectStage.RESPONSE
    assert record.stage_dates[ProjectStage.ANALYSIS] == dt.date(2024, 5, 5)
    assert record.responses[0].action_item_ids == (item_id,) and record.responses[0].id == rid
    assert record.response_start == dt.date(2024, 5, 16)
    assert record.partners == ("Ana & José's <b>Block Club</b>",)
    entities = {a[0] for a in audit}
    assert {"projects", "project_categories", "project_partners", "project_responses"} <= entities
    stage_change = [c for ent, act, c in audit if ent == "projects" and act == "update" and "stage" in c]
    assert stage_change[0]["stage"] == ["scanning", "analysis"]

    # Offered: thefts in districts 1 and 18 in May, as pandas finds them; nothing linked until chosen.
    frame = pd.read_csv(shared_data("crime", CHICAGO), dtype=str, encoding="utf-8-sig", keep_default_na=False)
    frame = frame.drop_duplicates(["Case Number", "IUCR"])
    when = pd.to_datetime(frame["Date"], format="%m/%d/%Y %I:%M:%S %p")
    pick = (frame["Primary Type"] == "THEFT") & frame["District"].str.lstrip("0").isin(["1", "18"])
    assert len(offered) == int((pick & (when.dt.strftime("%Y-%m") == "2024-05")).sum())
    assert not any(o.linked for o in offered)
    with transaction(db) as session:
        assert svc.link_incidents(session, pid, [o.id for o in offered[:5]]) == 5
        assert svc.link_incidents(session, pid, [o.id for o in offered[:6]]) == 1
    with read_only(db) as session:
        assert sum(o.linked for o in svc.matching_incidents(session, pid)) == 6
        result = assess(session, pid)

    start = pd.Timestamp("2024-05-16")
    rows = when[pick]
    b = int(((rows >= start - pd.Timedelta(days=15)) & (rows < start)).sum())
    a = int(((rows >= start) & (rows < start + pd.Timedelta(days=15))).sum())
    assert result.area is not None and (result.area.before, result.area.after) == (b, a)
    assert result.area.p_value == pytest.approx(binomtest(a, a + b).pvalue)
    buf = when[(frame["Primary Type"] == "THEFT") & (frame["District"].str.lstrip("0") == "12")]
    assert result.buffer is not None
    assert result.buffer.before == int(((buf >= start - pd.Timedelta(days=15)) & (buf < start)).sum())
    assert result.note == ""  # the data runs past the end of the after window
    # The chart shows whole months around the windows (here May 2024).
    may = int(((rows >= pd.Timestamp("2024-05-01")) & (rows < pd.Timestamp("2024-06-01"))).sum())
    assert [m.isoformat() for m, _n in result.series] == ["2024-05-01"] and result.series[0][1] == may


@pytest.mark.shared_data
def test_after_window_past_the_data_gives_no_test(db) -> None:
    theft, _p, _i = _setup(db)
    with transaction(db) as session:
        pid = svc.create_project(session, svc.ProjectInput("Loop", (theft,), districts="1", window_days=90))
        svc.add_response(session, pid, svc.ResponseInput("Lights", dt.date(2024, 11, 1)))  # data ends in Dec
    with read_only(db) as session:
        result = assess(session, pid)
    assert result.area is not None and result.area.p_value is None and result.area.rate_ratio is None
    assert "incomplete" in result.note and "2024-12-31" in result.note


def test_validation_names_the_fields(sqlite_url: str) -> None:
    from advisoryboard.opening import open_database

    db = open_database(sqlite_url)
    with pytest.raises(ValidationError) as info, transaction(db) as session:
        svc.create_project(session, svc.ProjectInput("  ", (), window_days=3))
    assert set(info.value.errors) == {"title", "categories", "districts", "window_days"}
    with pytest.raises(ValidationError) as info, transaction(db) as session:
        svc.create_project(
            session,
            svc.ProjectInput("Park", (), area_kind=ProjectAreaKind.RADIUS, center_lat=95.0, radius_m=0),
        )
    assert {"center", "radius_m"} <= set(info.value.errors)
    with read_only(db) as session:
        assert svc.list_projects(session) == []
    db.dispose()
