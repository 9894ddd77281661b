"""Surveys on the real Somerville Happiness Survey export: the results equal pandas.

Each test runs on SQLite and on PostgreSQL (the `db` fixture). The expected numbers are
computed here with pandas, statsmodels and scipy straight from the file, never typed in.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from sqlalchemy import func, select
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

from advisoryboard.analytics import surveys as results
from advisoryboard.errors import UserError, ValidationError
from advisoryboard.importing.survey_responses import ImportOptions, import_file
from advisoryboard.services import surveys as svc
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.survey_bank import SOMERVILLE_2017
from database.models.surveys import SurveyAnswer, SurveyResponse
from tests.support.shared_data import shared_data

pytestmark = pytest.mark.shared_data

TRUST = "7d. How would you rate your trust in the local police?"
NIGHT = "9. How safe do you feel walking in your neighborhood at night?"
LANG = "Language submitted in:"
AGE = "2. Age?"
MAPS = [f"{TRUST}=trust_police", f"{NIGHT}=safe_night", f"{LANG}=language", f"{AGE}=age_band"]
VALUES = [f"{LANG}:Portugese=3", f"{LANG}:Haitian Creole=3"]


def _somerville(db) -> tuple[int, object]:
    with transaction(db) as s:
        survey_id = svc.create_survey(
            s, "Somerville Happiness", "Felicidad en Somerville", [], SOMERVILLE_2017
        )
    with transaction(db) as s:
        report, _mapping = import_file(
            s,
            survey_id,
            shared_data("survey", "somerville_happiness_2017.csv"),
            ImportOptions("2017"),
            MAPS,
            VALUES,
        )
    return survey_id, report


def test_2017_file_imports_with_exact_counts_equal_to_pandas(db) -> None:
    frame = pd.read_csv(
        shared_data("survey", "somerville_happiness_2017.csv"), dtype=str, keep_default_na=False
    )
    mapped = frame[[TRUST, NIGHT, LANG, AGE]].replace("", None)
    answered = mapped.notna().any(axis=1)
    survey_id, report = _somerville(db)
    assert report.total == len(frame) == 835  # type: ignore[attr-defined]
    assert report.imported == int(answered.sum())  # type: ignore[attr-defined]
    assert [p.row for p in report.skipped] == [i + 2 for i in frame.index[~answered]]  # type: ignore[attr-defined]

    with read_only(db) as s:
        trust = results.question_result(s, survey_id, "trust_police")
        night = results.question_result(s, survey_id, "safe_night")
        lang = results.question_result(s, survey_id, "language")
    expected = pd.to_numeric(mapped[TRUST]).dropna().astype(int).value_counts()
    assert trust.n == int(expected.sum()) == 835 - 31
    for c in trust.choices:
        assert c.count == int(expected.get(c.code, 0))
        low, high = proportion_confint(c.count, trust.n, method="wilson")
        assert (c.low, c.high) == pytest.approx((low, high))
        assert c.share == pytest.approx(expected.get(c.code, 0) / expected.sum())
    assert trust.mean == pytest.approx(pd.to_numeric(mapped[TRUST]).mean())
    positive = int((pd.to_numeric(mapped[TRUST]) >= 4).sum())
    assert trust.positive is not None and trust.positive[0] == pytest.approx(positive / trust.n)

    numbers = pd.to_numeric(mapped[NIGHT]).dropna()
    assert night.n == len(numbers) == 835 - 17
    assert night.mean == pytest.approx(numbers.mean())
    assert {c.label_en: c.count for c in night.choices} == {
        f"{v:g}": int(k) for v, k in numbers.value_counts().items()
    }
    langs = mapped[LANG].dropna().replace({"Portugese": "Other", "Haitian Creole": "Other"}).value_counts()
    assert {c.label_en: c.count for c in lang.choices if c.count} == langs.to_dict()


def test_importing_the_same_file_again_adds_nothing_and_remembers_the_mapping(db) -> None:
    survey_id, first = _somerville(db)
    with transaction(db) as s:  # no --map or --value: remembered by the header row
        again, mapping = import_file(
            s, survey_id, shared_data("survey", "somerville_happiness_2017.csv"), ImportOptions("2017")
        )
    assert mapping.columns[TRUST] == "trust_police" and mapping.values[LANG]["portugese"] == 3
    assert again.imported == 0
    assert len(again.skipped) == 835
    with read_only(db) as s:
        assert s.scalar(select(func.count()).select_from(SurveyResponse)) == first.imported  # type: ignore[attr-defined]


def test_an_answer_that_matches_no_choice_names_row_and_column_and_saves_nothing(db) -> None:
    with transaction(db) as s:
        survey_id = svc.create_survey(s, "Somerville", None, [], SOMERVILLE_2017)
    with pytest.raises(UserError) as err, transaction(db) as s:
        import_file(
            s, survey_id, shared_data("survey", "somerville_happiness_2017.csv"), ImportOptions("2017"), MAPS
        )
    frame = pd.read_csv(
        shared_data("survey", "somerville_happiness_2017.csv"), dtype=str, keep_default_na=False
    )
    first_bad = int(frame.index[frame[LANG].isin(["Portugese", "Haitian Creole"])][0]) + 2
    assert f"Row {first_bad}" in err.value.message and LANG in err.value.message
    with read_only(db) as s:
        assert s.scalar(select(func.count()).select_from(SurveyAnswer)) == 0


def test_waves_from_a_year_column_with_half_points_compare_like_scipy(db) -> None:
    from scipy.stats import ttest_ind

    from advisoryboard.services.survey_bank import BankQuestion
    from database.models.surveys import QuestionKind

    path = shared_data("survey", "somerville_happiness_2011_2013_2015.csv")
    column = "How.would.you.rate.the.following..The.effectiveness.of.the.local.police_2011_2013"
    police = BankQuestion(
        "police_effective", QuestionKind.RATING, "Effectiveness of the police", "Eficacia de la policía",
        min_value=1, max_value=5,
    )  # fmt: skip
    with transaction(db) as s:
        survey_id = svc.create_survey(s, "Somerville 2011-2015", None, [], [police])
        report, _m = import_file(
            s, survey_id, path, ImportOptions("2011", "Year"), [f"{column}=police_effective"]
        )
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=["NA", ""])
    values = pd.to_numeric(frame[column])
    assert report.imported == int(values.notna().sum())
    a, b = values[frame.Year == "2011"].dropna(), values[frame.Year == "2013"].dropna()
    with read_only(db) as s:
        change = results.compare_waves(s, survey_id, "police_effective", "2011", "2013")
        wave2013 = svc.survey_detail(s, survey_id).wave("2013")
        assert wave2013 is not None
        r2013 = results.question_result(s, survey_id, "police_effective", wave2013.id)
    assert (change.n_a, change.n_b) == (len(a), len(b))
    assert change.change == pytest.approx(b.mean() - a.mean())
    assert change.p_value == pytest.approx(ttest_ind(b, a, equal_var=False).pvalue)
    assert r2013.mean == pytest.approx(b.mean())


def _typed(db, wave_id: int, rows: list[dict[str, str]]) -> int:
    with transaction(db) as s:
        return svc.save_typed_responses(s, wave_id, rows)


def test_typed_forms_breakdowns_hide_small_cells_and_waves_compare_like_statsmodels(db) -> None:
    with transaction(db) as s:
        survey_id = svc.create_survey(s, "Safety 2026", "Seguridad 2026")
        spring25 = svc.add_wave(s, survey_id, "Spring 2025")
        spring26 = svc.add_wave(s, survey_id, "Spring 2026")
    # safe_night: 1 = very safe … 5 = very unsafe; district 1 = North, 2 = South.
    rows25 = [{"safe_night": "4", "district": "1"}] * 30 + [{"safe_night": "1", "district": "1"}] * 10
    rows25 += [{"safe_night": "2", "district": "2", "concerns": "13"}] * 3
    rows26 = [{"safe_night": "2", "district": "1", "comments": "More street lights on Elm St"}] * 25
    rows26 += [{"safe_night": "5", "district": "2", "comments": "Nothing"}] * 12
    assert _typed(db, spring25, rows25) == 43 and _typed(db, spring26, rows26) == 37
    with read_only(db) as s:
        change = results.compare_waves(s, survey_id, "safe_night", "Spring 2025", "Spring 2026")
        split = results.breakdown(s, survey_id, "safe_night", "district")
        found = results.open_text(s, survey_id, "comments", "elm")
        concerns = results.question_result(s, survey_id, "concerns", spring25)
        shares = results.positive_by_group(s, survey_id, "safe_night", "district")
    _z, p = proportions_ztest([25, 13], [37, 43])
    assert change.value_a == pytest.approx(13 / 43) and change.value_b == pytest.approx(25 / 37)
    assert change.p_value == pytest.approx(p) and change.significant
    north, south = split.rows[0], split.rows[1]
    assert north.n == 65 and north.counts == (10, 25, 0, 30, 0)
    # 3 "somewhat safe" hidden, and the 12 too: with n = 15 shown it would give the 3 away
    assert south.n == 15 and south.counts == (0, None, 0, 0, None)
    assert all(r.n is None for r in split.rows[2:])  # groups nobody chose: nothing shown
    assert shares[0][2:] == (65, pytest.approx(35 / 65))
    assert shares[1][2:] == (15, None)  # 3 positive answers would be given away
    assert len(found) == 25 and all("Elm" in text for _w, text in found)
    assert concerns.n == 3 and [c.count for c in concerns.choices][:3] == [3, 0, 3]


def test_a_digit_outside_the_scale_names_the_row_and_the_question(db) -> None:
    with transaction(db) as s:
        survey_id = svc.create_survey(s, "Safety", None, ["safe_day", "recommend"])
        wave = svc.add_wave(s, survey_id, "Spring 2026")
    with pytest.raises(ValidationError) as err:
        _typed(db, wave, [{"safe_day": "1"}, {"safe_day": "7"}])
    assert err.value.field == "row 2/safe_day" and "Row 2" in err.value.message
    with pytest.raises(ValidationError, match="outside 0–10"):
        _typed(db, wave, [{"recommend": "11"}])
    with read_only(db) as s:
        assert s.scalar(select(func.count()).select_from(SurveyResponse)) == 0


@pytest.mark.parametrize(("count", "n"), [(0, 1), (1, 1), (0, 12), (12, 12), (3, 7), (418, 835), (1, 2000)])
def test_wilson_interval_is_statsmodels_wilson(count: int, n: int) -> None:
    # The interval is computed without statsmodels (its import took seconds at the Surveys
    # tab's first showing): the same numbers, edges included.
    low, high = proportion_confint(count, n, alpha=results.ALPHA, method="wilson")
    assert results.wilson(count, n) == pytest.approx((low, high), abs=1e-12)
    assert all(math.isnan(x) for x in results.wilson(0, 0))  # nobody answered: no interval
