"""The annual summary's "Community surveys" section: per wave held in the period, the share
of positive answers to each Likert question with its 95% interval and the number asked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.reports.bilingual import Both
from advisoryboard.reports.layout import CONTENT_WIDTH, Translator, empty_note, fixed, grid_table, styles
from advisoryboard.reports.survey_form import pick
from database.models.surveys import QuestionKind, Survey, SurveyWave


@dataclass(frozen=True)
class SurveyLine:
    survey_en: str
    survey_es: str | None
    wave: str
    question_en: str
    question_es: str
    n: int
    positive: float
    low: float
    high: float


def load(session: Session, data: Any) -> None:
    """Fill `data.surveys` with the Likert results of the waves that start in the period."""
    from advisoryboard.analytics.surveys import question_result
    from advisoryboard.services.surveys import survey_detail

    period = data.period
    lines: list[SurveyLine] = []
    waves = session.execute(
        select(SurveyWave.id, SurveyWave.survey_id, Survey.title, Survey.title_es)
        .join(Survey, Survey.id == SurveyWave.survey_id)
        .where(SurveyWave.starts_on >= period.start, SurveyWave.starts_on <= period.end)
        .order_by(SurveyWave.starts_on, SurveyWave.id)
    ).all()
    for wave_id, survey_id, title, title_es in waves:
        detail = survey_detail(session, survey_id)
        wave = detail.wave(wave_id)
        for q in detail.questions:
            if q.kind is not QuestionKind.LIKERT:
                continue
            r = question_result(session, survey_id, q.key, wave_id, detail)
            if r.positive is not None and wave is not None:
                lines.append(SurveyLine(title, title_es, wave.name, q.text_en, q.text_es, r.n, *r.positive))
    data.surveys = lines


def _language(_: Translator) -> str:
    sample = _("Community surveys")
    if isinstance(sample, Both):
        return "en+es"
    return "en" if sample == "Community surveys" else "es"


def section(data: Any, _: Translator) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [fixed(_("Community surveys"), st.h1)]
    lines: list[SurveyLine] = getattr(data, "surveys", [])
    if not lines:
        flow.append(empty_note(_("No survey wave started in this period.")))
        return flow
    language = _language(_)
    rows = [
        [
            pick(line.question_en, line.question_es, language),
            line.wave,
            str(line.n),
            f"{line.positive * 100:.0f}%",
            f"{line.low * 100:.0f}–{line.high * 100:.0f}%",
        ]
        for line in lines
    ]
    flow.append(
        grid_table(
            [_("Question"), _("Wave"), _("Answers"), _("Positive"), _("95% interval")],
            rows,
            [CONTENT_WIDTH - 100 * mm, 30 * mm, 20 * mm, 22 * mm, 28 * mm],
            align_right=(2, 3, 4),
            compact=True,
        )
    )
    flow.append(
        empty_note(
            _(
                "Positive: the share answering on the positive side of the scale (e.g. safe, agree). "
                "Responses are anonymous."
            )
        )
    )
    return flow
