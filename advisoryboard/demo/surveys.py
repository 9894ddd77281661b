"""Demo survey data: the standard survey asked each spring, residents feeling a little safer
each year, with typed paper forms and online answers, so every results view has something
to show (and a wave-vs-wave change that is significant)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from advisoryboard.services.surveys import add_wave, create_survey, survey_detail
from database.models.surveys import (
    QuestionKind,
    ResponseSource,
    Survey,
    SurveyAnswer,
    SurveyChoice,
    SurveyQuestion,
    SurveyResponse,
    SurveyWave,
)

COMMENTS = (
    "More street lights on the side streets",
    "Fix the crosswalk by the school",
    "More police walking the beat",
    "A youth program in the evenings",
    "Slow the traffic on the main avenue",
    "Clean up the park and the graffiti",
    "Más iluminación en la calle",
    "Nothing, it is fine",
)


def clear(session: Session) -> None:
    for model in (SurveyAnswer, SurveyResponse, SurveyChoice, SurveyQuestion, SurveyWave, Survey):
        session.execute(delete(model))


def generate(
    session: Session, seed: int, years: int, today: dt.date, per_wave: int = 160, survey_id: int | None = None
) -> int:
    """One survey with a spring wave per year (up to 4); returns the number of responses."""
    rng = random.Random(seed * 7919 + 19)
    if survey_id is None:
        if session.scalar(select(Survey.id).limit(1)) is not None:
            clear(session)
        survey_id = create_survey(
            session, "Neighborhood safety survey", "Encuesta de seguridad del vecindario"
        )
    last = today.year if today.month >= 4 else today.year - 1
    first = last - min(max(years, 1), 4) + 1
    for year in range(first, last + 1):
        if survey_detail(session, survey_id).wave(f"Spring {year}") is None:
            add_wave(session, survey_id, f"Spring {year}", dt.date(year, 4, 1))
    detail = survey_detail(session, survey_id)
    next_id = (session.scalar(select(SurveyResponse.id).order_by(SurveyResponse.id.desc()).limit(1)) or 0) + 1
    responses: list[dict[str, object]] = []
    answers: list[dict[str, object]] = []
    for index, wave in enumerate(detail.waves):
        size = max(10, round(per_wave * rng.uniform(0.8, 1.2)))
        for _i in range(size):
            rid = next_id
            next_id += 1
            source = ResponseSource.PAPER if rng.random() < 0.6 else ResponseSource.ONLINE
            responses.append({"id": rid, "wave_id": wave.id, "source": source})
            for q in detail.questions:
                if rng.random() < 0.06:  # left blank
                    continue
                if q.kind is QuestionKind.LIKERT:
                    # code 1 = most positive; later waves lean more positive
                    centre = {"safe_day": 2.0, "safe_night": 3.1, "trust_police": 2.6}.get(q.key, 2.5)
                    code = round(rng.gauss(centre - 0.25 * index, 1.0))
                    code = min(max(code, 1), len(q.choices))
                    answers.append(
                        {"response_id": rid, "question_id": q.id, "choice_id": q.choices[code - 1].id}
                    )
                elif q.kind is QuestionKind.SINGLE:
                    weights = [
                        c.code if q.key == "board_aware" else 1 + (not c.prefer_not) * 4 for c in q.choices
                    ]
                    choice = rng.choices(q.choices, weights=weights)[0]
                    answers.append({"response_id": rid, "question_id": q.id, "choice_id": choice.id})
                elif q.kind is QuestionKind.MULTIPLE:
                    for choice in rng.sample(list(q.choices), rng.randint(1, 3)):
                        answers.append({"response_id": rid, "question_id": q.id, "choice_id": choice.id})
                elif q.kind is QuestionKind.RATING:
                    value = min(10, max(0, round(rng.gauss(6.5 + 0.3 * index, 2))))
                    answers.append({"response_id": rid, "question_id": q.id, "number": float(value)})
                elif q.kind is QuestionKind.NUMBER:
                    answers.append(
                        {
                            "response_id": rid,
                            "question_id": q.id,
                            "number": float(rng.choice((0, 0, 1, 2, 4))),
                        }
                    )
                elif rng.random() < 0.3:
                    answers.append({"response_id": rid, "question_id": q.id, "text": rng.choice(COMMENTS)})
    if responses:
        session.execute(insert(SurveyResponse), responses)
        session.execute(insert(SurveyAnswer), answers)
    return len(responses)
