"""Survey results at scale: 20 000 responses of the standard survey over four waves.

Targets: the results of every question of one survey in 1 s (what the Surveys tab and the
results report compute), a wave-vs-wave test in 0.3 s, the results PDF in 3 s.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from benchmarks.databases import WORK
from benchmarks.harness import Result, at_most, median, timed_runs


def survey_db(responses: int) -> Path:
    """A database holding the standard survey with `responses` answers in four spring waves."""
    from advisoryboard.demo.surveys import generate
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction

    WORK.mkdir(exist_ok=True)
    path = WORK / f"surveys-{responses}.db"
    if path.exists():
        return path
    db = open_database(f"sqlite:///{path}")
    try:
        with transaction(db) as session:
            generate(session, seed=9, years=4, today=dt.date(2026, 6, 1), per_wave=responses // 4)
    finally:
        db.dispose()
    return path


def surveys(responses: int, runs: int) -> list[Result]:
    from advisoryboard.analytics.surveys import compare_waves, survey_results
    from advisoryboard.opening import open_database
    from advisoryboard.reports.survey_results import results_pdf
    from advisoryboard.services.base import read_only
    from advisoryboard.services.surveys import list_surveys, survey_detail

    db = open_database(f"sqlite:///{survey_db(responses)}")
    try:
        with read_only(db) as s:
            survey = list_surveys(s)[0]
            waves = survey_detail(s, survey.id).waves
            first, last = waves[0].name, waves[-1].name
            survey_results(s, survey.id)  # warm up: imports statsmodels and scipy once
            compare_waves(s, survey.id, "safe_night", first, last)
            all_q = timed_runs(lambda: survey_results(s, survey.id), runs)
            change = timed_runs(lambda: compare_waves(s, survey.id, "safe_night", first, last), runs)
            pdf = timed_runs(lambda: results_pdf(s, survey.id, None, first, "en+es"), max(1, runs // 2))
    finally:
        db.dispose()
    n = survey.responses
    return [
        at_most(f"Survey results, every question, {n} responses", median(all_q) * 1000, "ms", 1000.0),
        at_most(f"  wave vs wave test, {n} responses", median(change) * 1000, "ms", 300.0),
        at_most(f"  results PDF (en+es, --compare), {n} responses", median(pdf), "s", 3.0),
    ]
