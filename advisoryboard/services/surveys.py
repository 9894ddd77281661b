"""Surveys, their questions and waves; typed-in paper responses, checked value by value.

Services hand out plain dataclasses. `check_value` is the one rule for what a cell may
hold (the data-entry grid checks each value as it is typed with it, the importer and
`save_typed_responses` use it again), so a digit outside a question's scale gets the same
message everywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.default_data import shown
from advisoryboard.errors import UserError, ValidationError
from advisoryboard.i18n import _, translate
from advisoryboard.permissions import Permission
from advisoryboard.services.base import get_or_404, require_permission
from advisoryboard.services.districts import board_areas
from advisoryboard.services.survey_bank import BANK_BY_KEY, STANDARD_BANK, BankChoice, BankQuestion
from database.enums import AreaKind
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

KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
CHOICE_KINDS = (QuestionKind.LIKERT, QuestionKind.SINGLE, QuestionKind.MULTIPLE)


#: The most characters a derived column heading keeps (two lines of a grid heading).
SHORT_TEXT_LIMIT = 26


@dataclass(frozen=True)
class ChoiceRecord:
    id: int
    code: int
    label_en: str
    label_es: str
    score: float | None
    prefer_not: bool


@dataclass(frozen=True)
class QuestionRecord:
    id: int
    key: str
    kind: QuestionKind
    text_en: str
    text_es: str
    demographic: bool
    min_value: float | None
    max_value: float | None
    choices: tuple[ChoiceRecord, ...]

    def choice(self, code: int) -> ChoiceRecord | None:
        return next((c for c in self.choices if c.code == code), None)

    def text(self, language: str) -> str:
        """The full question in `language` (English when there is no Spanish text)."""
        return (self.text_es or self.text_en) if language == "es" else self.text_en

    def short_text(self, language: str, limit: int = SHORT_TEXT_LIMIT) -> str:
        """A few words that name the question in `language`: a column heading, never the raw key.

        A question from the standard bank (same key, same wording) has a heading written for
        it; any other question is named by the start of its own text, cut at a word."""
        bank = BANK_BY_KEY.get(self.key)
        if bank is not None and bank.en == self.text_en and bank.short_en:
            return bank.short_es if language == "es" else bank.short_en
        return short_words(self.text(language), limit) or self.key


def short_words(text: str, limit: int = SHORT_TEXT_LIMIT) -> str:
    """`text` without its opening "¿" and closing "?"/".", cut at a word to at most `limit`
    characters (then "…")."""
    words = " ".join(text.split()).lstrip("¿¡").rstrip("?.!:")
    if len(words) <= limit:
        return words
    head = words[:limit]
    if words[limit] != " ":  # never half a word
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"


@dataclass(frozen=True)
class WaveRecord:
    id: int
    name: str
    starts_on: dt.date | None
    responses: int


@dataclass(frozen=True)
class SurveySummary:
    id: int
    title: str
    title_es: str | None
    questions: int
    waves: int
    responses: int


@dataclass(frozen=True)
class SurveyDetail:
    id: int
    title: str
    title_es: str | None
    intro: str | None
    intro_es: str | None
    questions: tuple[QuestionRecord, ...]
    waves: tuple[WaveRecord, ...]

    def question(self, key: str) -> QuestionRecord | None:
        return next((q for q in self.questions if q.key == key), None)

    def wave(self, name_or_id: str | int) -> WaveRecord | None:
        for w in self.waves:
            if w.id == name_or_id or w.name.lower() == str(name_or_id).strip().lower():
                return w
        return None


# ----------------------------------------------------------------------------- reading
def list_surveys(session: Session) -> list[SurveySummary]:
    require_permission(session, Permission.READ)
    questions = (
        select(SurveyQuestion.survey_id, func.count().label("n"))
        .group_by(SurveyQuestion.survey_id)
        .subquery()
    )
    waves = (
        select(
            SurveyWave.survey_id,
            func.count(func.distinct(SurveyWave.id)).label("w"),
            func.count(SurveyResponse.id).label("r"),
        )
        .outerjoin(SurveyResponse, SurveyResponse.wave_id == SurveyWave.id)
        .group_by(SurveyWave.survey_id)
        .subquery()
    )
    rows = session.execute(
        select(Survey.id, Survey.title, Survey.title_es, questions.c.n, waves.c.w, waves.c.r)
        .outerjoin(questions, questions.c.survey_id == Survey.id)
        .outerjoin(waves, waves.c.survey_id == Survey.id)
        .order_by(Survey.id)
    )
    return [SurveySummary(r[0], r[1], r[2], r[3] or 0, r[4] or 0, r[5] or 0) for r in rows]


def survey_detail(session: Session, survey_id: int) -> SurveyDetail:
    require_permission(session, Permission.READ)
    survey = get_or_404(session, Survey, survey_id, _("Survey"))
    choices: dict[int, list[ChoiceRecord]] = {}
    for c in session.scalars(
        select(SurveyChoice)
        .join(SurveyQuestion, SurveyQuestion.id == SurveyChoice.question_id)
        .where(SurveyQuestion.survey_id == survey_id)
        .order_by(SurveyChoice.code)
    ):
        choices.setdefault(c.question_id, []).append(
            ChoiceRecord(c.id, c.code, c.label_en, c.label_es, c.score, c.prefer_not)
        )
    questions = tuple(
        QuestionRecord(
            q.id,
            q.key,
            q.kind,
            q.text_en,
            q.text_es,
            q.demographic,
            q.min_value,
            q.max_value,
            tuple(choices.get(q.id, ())),
        )
        for q in session.scalars(
            select(SurveyQuestion)
            .where(SurveyQuestion.survey_id == survey_id)
            .order_by(SurveyQuestion.position)
        )
    )
    counts = dict(
        session.execute(
            select(SurveyResponse.wave_id, func.count())
            .join(SurveyWave, SurveyWave.id == SurveyResponse.wave_id)
            .where(SurveyWave.survey_id == survey_id)
            .group_by(SurveyResponse.wave_id)
        ).all()
    )
    waves = tuple(
        WaveRecord(w.id, w.name, w.starts_on, counts.get(w.id, 0))
        for w in session.scalars(
            select(SurveyWave)
            .where(SurveyWave.survey_id == survey_id)
            .order_by(SurveyWave.starts_on.is_(None), SurveyWave.starts_on, SurveyWave.id)
        )
    )
    return SurveyDetail(
        survey.id, survey.title, survey.title_es, survey.intro, survey.intro_es, questions, waves
    )


# ----------------------------------------------------------------------------- writing
def create_survey(
    session: Session,
    title: str,
    title_es: str | None = None,
    bank_keys: Sequence[str] | None = None,
    questions: Sequence[BankQuestion] = (),
) -> int:
    """A new survey with questions from the standard bank (all of it when `bank_keys` is None)
    followed by `questions` of its own."""
    require_permission(session, Permission.EDIT_SURVEYS)
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": _("Give the survey a title.")})
    if bank_keys is None:
        chosen = list(STANDARD_BANK)
    else:
        unknown = [k for k in bank_keys if k not in BANK_BY_KEY]
        if unknown:
            raise ValidationError(
                {
                    "questions": _("Unknown question {key!r}; the bank has: {keys}.").format(
                        key=unknown[0], keys=", ".join(BANK_BY_KEY)
                    )
                }
            )
        chosen = [BANK_BY_KEY[k] for k in bank_keys]
    chosen = [_board_districts(session, q) if q.key == "district" else q for q in chosen]
    chosen += list(questions)
    keys = [q.key for q in chosen]
    if not chosen:
        raise ValidationError({"questions": _("A survey needs at least one question.")})
    for q in chosen:
        _validate_question(q)
    if len(set(keys)) != len(keys):
        raise ValidationError({"questions": _("Two questions have the same name.")})
    survey = Survey(title=title, title_es=(title_es or "").strip() or None)
    session.add(survey)
    session.flush()
    for position, q in enumerate(chosen, start=1):
        row = SurveyQuestion(
            survey_id=survey.id,
            position=position,
            key=q.key,
            kind=q.kind,
            text_en=q.en,
            text_es=q.es,
            demographic=q.demographic,
            min_value=q.min_value,
            max_value=q.max_value,
        )
        session.add(row)
        session.flush()
        for c in q.choices:
            session.add(
                SurveyChoice(
                    question_id=row.id,
                    code=c.code,
                    label_en=c.en,
                    label_es=c.es,
                    score=c.score,
                    prefer_not=c.prefer_not,
                )
            )
    session.flush()
    return survey.id


def _board_districts(session: Session, q: BankQuestion) -> BankQuestion:
    """The bank's "Which district do you live in?" with the board's own districts as its choices
    (Board settings ▸ Districts and beats), when they fit on a paper form (up to 8, plus
    "Prefer not to say"); the bank's generic North/South/… otherwise."""
    districts = [a for a in board_areas(session) if a.kind is AreaKind.DISTRICT]
    if not 2 <= len(districts) <= 8:
        return q
    prefer_not = [c for c in q.choices if c.prefer_not]

    def english(message: str) -> str:
        return translate(message, "en")

    def spanish(message: str) -> str:
        return translate(message, "es")

    choices = [
        BankChoice(
            code, shown(a.name, lambda m: translate(m, "en")), shown(a.name, lambda m: translate(m, "es"))
        )
        for code, a in enumerate(districts, start=1)
    ]
    choices += [dataclasses.replace(c, code=len(choices) + 1) for c in prefer_not]
    return dataclasses.replace(q, choices=tuple(choices))


def _validate_question(q: BankQuestion) -> None:
    if not KEY_RE.match(q.key):
        raise ValidationError(
            {"key": _("A question's name is lower-case letters, digits and _ ({key!r}).").format(key=q.key)}
        )
    if not q.en.strip() or not q.es.strip():
        raise ValidationError({"text": _("Give the question's text in English and in Spanish.")})
    if q.kind in CHOICE_KINDS:
        codes = [c.code for c in q.choices]
        if len(codes) < 2 or len(set(codes)) != len(codes) or min(codes) < 1 or max(codes) > 9:
            raise ValidationError(
                {
                    "choices": _("A choice question needs 2 to 9 choices numbered 1 to 9 ({key}).").format(
                        key=q.key
                    )
                }
            )


def add_wave(session: Session, survey_id: int, name: str, starts_on: dt.date | None = None) -> int:
    require_permission(session, Permission.EDIT_SURVEYS)
    get_or_404(session, Survey, survey_id, _("Survey"))
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": _("Give the wave a name, e.g. “Spring 2026”.")})
    clash = session.scalar(
        select(SurveyWave.id).where(
            SurveyWave.survey_id == survey_id, func.lower(SurveyWave.name) == name.lower()
        )
    )
    if clash is not None:
        raise ValidationError(
            {"name": _("This survey already has a wave called “{name}”.").format(name=name)}
        )
    wave = SurveyWave(survey_id=survey_id, name=name, starts_on=starts_on)
    session.add(wave)
    session.flush()
    return wave.id


# ------------------------------------------------------------------------------ values
Parsed = tuple[list[int], float | None, str | None]  # (choice codes, number, text)


def check_value(question: QuestionRecord, raw: str | None) -> Parsed | None:
    """What one typed cell means for `question`, or None when it is blank.

    Raises UserError with a plain message (the caller adds row and column). Choices are
    typed as their digit; a multiple-choice cell holds several digits ("135" or "1 3 5").
    """
    text = (raw or "").strip()
    if not text:
        return None
    kind = question.kind
    if kind in CHOICE_KINDS:
        if kind is QuestionKind.MULTIPLE:
            parts = re.split(r"[\s,;]+", text) if re.search(r"[\s,;]", text) else list(text)
        else:
            parts = [text]
        codes: list[int] = []
        for part in (p for p in parts if p):
            if not part.isdigit() or question.choice(int(part)) is None:
                raise UserError(
                    _("{value!r} is not one of the choices ({codes}).").format(
                        value=part, codes=", ".join(str(c.code) for c in question.choices)
                    )
                )
            if int(part) not in codes:
                codes.append(int(part))
        return codes, None, None
    if kind in (QuestionKind.RATING, QuestionKind.NUMBER):
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            raise UserError(_("{value!r} is not a number.").format(value=text)) from None
        low = question.min_value if question.min_value is not None else float("-inf")
        high = question.max_value if question.max_value is not None else float("inf")
        if not low <= number <= high or number != number:
            raise UserError(_("{value} is outside {low:g}–{high:g}.").format(value=text, low=low, high=high))
        return [], number, None
    if len(text) > 4000:
        raise UserError(_("The answer is longer than 4000 characters."))
    return [], None, text


def answers_for(question: QuestionRecord, parsed: Parsed, response_id: int) -> list[SurveyAnswer]:
    codes, number, text = parsed
    if codes:
        by_code = {c.code: c.id for c in question.choices}
        return [
            SurveyAnswer(response_id=response_id, question_id=question.id, choice_id=by_code[c])
            for c in codes
        ]
    return [SurveyAnswer(response_id=response_id, question_id=question.id, number=number, text=text)]


def save_typed_responses(
    session: Session,
    wave_id: int,
    rows: Sequence[dict[str, str]],
    source: ResponseSource = ResponseSource.PAPER,
) -> int:
    """Save paper forms typed into the grid: each row is {question key: cell text}.

    All or nothing: the first bad cell raises a ValidationError whose field is
    "row {n}/{key}" and whose message names the row and the question. Empty rows are ignored.
    """
    require_permission(session, Permission.EDIT_SURVEYS)
    wave = get_or_404(session, SurveyWave, wave_id, _("Survey wave"))
    detail = survey_detail(session, wave.survey_id)
    by_key = {q.key: q for q in detail.questions}
    checked: list[list[tuple[QuestionRecord, Parsed]]] = []
    for number, row in enumerate(rows, start=1):
        parsed_row: list[tuple[QuestionRecord, Parsed]] = []
        for key, raw in row.items():
            question = by_key.get(key)
            if question is None:
                raise ValidationError({"questions": _("Unknown question {key!r}.").format(key=key)})
            try:
                parsed = check_value(question, raw)
            except UserError as exc:
                raise ValidationError(
                    {
                        f"row {number}/{key}": _("Row {row}, {column}: {reason}").format(
                            row=number, column=key, reason=exc.message
                        )
                    }
                ) from None
            if parsed is not None:
                parsed_row.append((question, parsed))
        if parsed_row:
            checked.append(parsed_row)
    for parsed_row in checked:
        response = SurveyResponse(wave_id=wave_id, source=source)
        session.add(response)
        session.flush()
        for question, parsed in parsed_row:
            session.add_all(answers_for(question, parsed, response.id))
    session.flush()
    return len(checked)
