"""The board's named list of districts and beats: kept in settings, offered by the forms, and the
values typed or imported mapped to it (`E-13` is `E13`), anything else kept as it came and reported."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from advisoryboard.errors import ValidationError
from advisoryboard.importing.issues import import_file
from advisoryboard.services import issues as issue_svc
from advisoryboard.services import members as member_svc
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.districts import Area, board_areas
from advisoryboard.services.settings import get_settings, update_settings
from database.enums import AreaKind
from database.models import Issue, Member
from tests.support.shared_data import shared_data

BOSTON = "boston_2015_jamaica_plain.csv"  # police_district: E13 ×1347, E-13 ×1, E18, E5, B2


def _save_areas(db, areas: list[tuple[str, str]]):
    with read_only(db) as s:
        version = get_settings(s).version
    with transaction(db) as s:
        return update_settings(s, {"areas": areas}, version)


def test_a_board_that_never_saved_a_list_gets_the_areas_its_records_name(demo_db) -> None:
    with read_only(demo_db) as s:
        areas = board_areas(s)
    districts = [a.name for a in areas if a.kind is AreaKind.DISTRICT]
    beats = [a.name for a in areas if a.kind is AreaKind.BEAT]
    # Members' districts and the issues' beats: the two meanings of "District", now one list with kinds
    assert districts[:5] == ["District 1", "District 2", "District 3", "District 4", "District 5"]
    assert beats == ["Beat 11", "Beat 12", "Beat 21", "Beat 22", "Beat 31", "Beat 32", "Beat 41", "Beat 51"]


def test_the_saved_list_comes_back_in_order_and_a_repeated_area_is_refused(db) -> None:
    rows = [("district", "E-13"), ("beat", "Beat 12"), ("district", "  "), ("district", "E-18")]
    saved = _save_areas(db, rows)
    assert saved.areas == (
        Area(AreaKind.DISTRICT, "E-13"),
        Area(AreaKind.BEAT, "Beat 12"),
        Area(AreaKind.DISTRICT, "E-18"),
    )  # the blank row left by "Add area" is dropped
    with read_only(db) as s:
        assert board_areas(s) == list(saved.areas)
    with pytest.raises(ValidationError) as caught:
        _save_areas(db, [("district", "E-13"), ("district", "e13")])
    assert caught.value.errors["areas"] == "Row 2: 'e13' is the same area as row 1."
    with pytest.raises(ValidationError) as caught:
        _save_areas(db, [("county", "North")])
    assert "Row 1" in caught.value.errors["areas"]
    with read_only(db) as s:  # nothing of the refused saves was kept
        assert [a.name for a in board_areas(s)] == ["E-13", "Beat 12", "E-18"]


def test_a_district_typed_in_a_form_is_stored_with_the_lists_spelling(db) -> None:
    _save_areas(db, [("district", "E-13"), ("district", "District 4"), ("beat", "Beat 12")])
    with transaction(db) as s:
        a = member_svc.create_member(s, member_svc.MemberInput(name="Ana Ruiz", district="e13"))
        b = member_svc.create_member(s, member_svc.MemberInput(name="Bo Chen", district="Distrito 4"))
        c = member_svc.create_member(s, member_svc.MemberInput(name="Cy Diaz", district="Ward 7"))
        issue = issue_svc.create_issue(s, issue_svc.IssueInput(title="Broken light", district="beat 012"))
    with read_only(db) as s:
        stored = {m.id: m.district for m in s.scalars(select(Member))}
        assert (stored[a], stored[b], stored[c]) == ("E-13", "District 4", "Ward 7")  # unknown: as typed
        assert s.get(Issue, issue).district == "Beat 12"


@pytest.mark.shared_data
def test_a_real_311_export_maps_to_the_list_and_reports_what_it_does_not_know(sqlite_url: str) -> None:
    from advisoryboard.opening import open_database

    db = open_database(sqlite_url)
    try:
        _save_areas(db, [("district", "E-13"), ("district", "E-18"), ("district", "E-5")])
        with transaction(db) as s:
            report = import_file(s, shared_data("311", BOSTON))
        with read_only(db) as s:
            counts = dict(s.execute(select(Issue.district, func.count()).group_by(Issue.district)).all())
    finally:
        db.dispose()
    # 'E13' and 'E-13' in the file are one district, stored as the board spells it
    assert counts == {"E-13": 1348, "E-18": 30, "E-5": 19, "B2": 8, None: 5}
    assert report.unknown_areas == {"B2": 8}
    assert report.lines()[0] == "Not on the board's list of districts and beats, kept as written: B2 (8 rows)"
    assert "1 districts or beats not on the board's list" in report.summary()


def test_a_new_surveys_district_question_offers_the_boards_districts(db) -> None:
    from advisoryboard.services.surveys import create_survey
    from database.models.surveys import SurveyChoice, SurveyQuestion

    def district_choices(survey_id: int) -> list[tuple[int, str, str, bool]]:
        with read_only(db) as s:
            question = s.scalar(
                select(SurveyQuestion.id).where(
                    SurveyQuestion.survey_id == survey_id, SurveyQuestion.key == "district"
                )
            )
            rows = s.scalars(
                select(SurveyChoice).where(SurveyChoice.question_id == question).order_by(SurveyChoice.code)
            )
            return [(c.code, c.label_en, c.label_es, c.prefer_not) for c in rows]

    with transaction(db) as s:
        generic = create_survey(s, "Before the list", bank_keys=["district"])
    assert [c[1] for c in district_choices(generic)][:2] == [
        "North",
        "South",
    ]  # no list yet: the bank's words
    _save_areas(
        db, [("district", "District 1"), ("district", "District 2"), ("district", "E-13"), ("beat", "Beat 4")]
    )
    with transaction(db) as s:
        survey = create_survey(s, "Safety survey", bank_keys=["district"])
    assert district_choices(survey) == [
        (1, "District 1", "Distrito 1", False),
        (2, "District 2", "Distrito 2", False),
        (3, "E-13", "E-13", False),
        (4, "Prefer not to say", "Prefiero no decirlo", True),
    ]  # beats are not districts; both languages stored, as the bank's questions are


def test_a_roster_import_maps_districts_to_the_list_and_reports_the_others(db, tmp_path) -> None:
    import datetime as dt

    from advisoryboard.importing.members import ImportOptions, initial_mapping, run_import
    from advisoryboard.importing.tabular import read_table
    from advisoryboard.permissions import OFFICE
    from database.models import Seat

    _save_areas(db, [("district", "E-13"), ("district", "District 4")])
    path = tmp_path / "roster.csv"
    path.write_text(
        "Name,Seat,District,Term start\n"
        "Ana García,Seat 1,E13,2025-01-02\n"
        "Luis Ortega,Seat 2,district 4,2025-01-02\n"
        "Mei Chen,Seat 3,Ward 9,2025-01-02\n"
        "Kim Lee,Seat 4,Ward 9,2025-01-02\n",
        encoding="utf-8",
    )
    frame = read_table(path)
    mapping = initial_mapping(db, OFFICE, list(frame.columns))
    report = run_import(db, OFFICE, frame, mapping, ImportOptions(as_of=dt.date(2026, 3, 2)))
    assert report.imported == 4
    with read_only(db) as s:
        members = dict(s.execute(select(Member.name, Member.district)).all())
        seats = dict(s.execute(select(Seat.label, Seat.district)).all())
    assert members == {
        "Ana García": "E-13",
        "Luis Ortega": "District 4",
        "Mei Chen": "Ward 9",
        "Kim Lee": "Ward 9",
    }
    assert seats["Seat 1"] == "E-13"
    assert report.unknown_areas == {"Ward 9": 2}
    assert "Ward 9 (2 rows)" in report.lines()[0]
