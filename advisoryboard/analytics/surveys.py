"""Survey results from the stored answers: counts in SQL, statistics from statsmodels/scipy.

- per question: n (respondents who answered), counts and percentages per choice with
  Wilson 95% intervals (the formula of statsmodels' `proportion_confint(method="wilson")`),
  the mean score of Likert items (choices without a score, such as "prefer not to say",
  are left out of the mean) and the mean of ratings and numbers;
- breakdowns by a demographic question, with every cell under `MIN_CELL` respondents
  suppressed (and a second cell where one alone would give it away by subtraction);
- wave against wave: the change in the share of positive answers with a two-proportion
  z-test (statsmodels), and for ratings the change of the mean with Welch's t-test (scipy);
- open-text answers, searchable.

No respondent id ever leaves this module.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from statistics import NormalDist

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.surveys import CHOICE_KINDS, QuestionRecord, SurveyDetail, survey_detail
from database.models.surveys import QuestionKind, SurveyAnswer, SurveyResponse, SurveyWave

MIN_CELL = 5
ALPHA = 0.05


@dataclass(frozen=True)
class ChoiceResult:
    code: int
    label_en: str
    label_es: str
    score: float | None
    count: int
    share: float  # of the respondents who answered
    low: float  # Wilson 95% interval
    high: float


@dataclass(frozen=True)
class QuestionResult:
    key: str
    kind: QuestionKind
    text_en: str
    text_es: str
    n: int
    choices: tuple[ChoiceResult, ...]
    mean: float | None
    #: Share of positive answers (Likert: score above the midpoint) with its Wilson interval.
    positive: tuple[float, float, float] | None


@dataclass(frozen=True)
class BreakdownRow:
    group_en: str
    group_es: str
    n: int | None  # None: fewer than MIN_CELL respondents, hidden
    counts: tuple[int | None, ...]  # per choice of the question; None = suppressed


@dataclass(frozen=True)
class Breakdown:
    question: QuestionRecord
    by: QuestionRecord
    rows: tuple[BreakdownRow, ...]


@dataclass(frozen=True)
class WaveChange:
    key: str
    wave_a: str
    wave_b: str
    n_a: int
    n_b: int
    value_a: float  # positive share (choice questions) or mean (ratings, numbers)
    value_b: float
    change: float
    p_value: float
    test: str

    @property
    def significant(self) -> bool:
        return self.p_value < ALPHA


@dataclass(frozen=True)
class TrendPoint:
    wave: str
    n: int
    value: float | None
    low: float | None
    high: float | None


#: The normal quantile of the two-sided interval at ALPHA (1.96 for 95 %).
_Z = NormalDist().inv_cdf(1 - ALPHA / 2)


def wilson(count: int, n: int) -> tuple[float, float]:
    """The Wilson score interval of count/n at ALPHA: the closed formula that statsmodels'
    `proportion_confint(count, n, alpha=ALPHA, method="wilson")` computes (the tests compare
    the two). Not statsmodels itself here: importing it (with scipy and pandas) took ≈ 3 s
    at the first showing of the Surveys tab."""
    if n == 0:
        return (math.nan, math.nan)
    share, z2 = count / n, _Z * _Z
    denominator = 1 + z2 / n
    center = (share + z2 / (2 * n)) / denominator
    half = _Z * math.sqrt(share * (1 - share) / n + z2 / (4 * n * n)) / denominator
    return center - half, center + half


def _question(detail: SurveyDetail, key: str) -> QuestionRecord:
    q = detail.question(key)
    if q is None:
        raise UserError(
            _("The survey has no question {key!r}; it has: {keys}.").format(
                key=key, keys=", ".join(x.key for x in detail.questions)
            ),
            "question",
        )
    return q


def positive_codes(q: QuestionRecord) -> set[int]:
    scores = [c.score for c in q.choices if c.score is not None]
    if q.kind is not QuestionKind.LIKERT or not scores:
        return set()
    middle = (max(scores) + min(scores)) / 2
    return {c.code for c in q.choices if c.score is not None and c.score > middle}


def _wave_filter(stmt, wave_id: int | None):  # type: ignore[no-untyped-def]
    stmt = stmt.join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
    if wave_id is not None:
        stmt = stmt.where(SurveyResponse.wave_id == wave_id)
    return stmt


def question_result(
    session: Session, survey_id: int, key: str, wave_id: int | None = None, detail: SurveyDetail | None = None
) -> QuestionResult:
    require_permission(session, Permission.READ)
    detail = detail or survey_detail(session, survey_id)
    q = _question(detail, key)
    base = select(func.count(func.distinct(SurveyAnswer.response_id))).where(SurveyAnswer.question_id == q.id)
    n = int(session.scalar(_wave_filter(base, wave_id)) or 0)
    choices: list[ChoiceResult] = []
    mean: float | None = None
    positive = None
    if q.kind in CHOICE_KINDS:
        stmt = select(SurveyAnswer.choice_id, func.count(func.distinct(SurveyAnswer.response_id))).where(
            SurveyAnswer.question_id == q.id
        )
        counts = dict(session.execute(_wave_filter(stmt, wave_id).group_by(SurveyAnswer.choice_id)).all())
        for c in q.choices:
            count = int(counts.get(c.id, 0))
            low, high = wilson(count, n)
            choices.append(
                ChoiceResult(
                    c.code, c.label_en, c.label_es, c.score, count, count / n if n else 0.0, low, high
                )
            )
        scored = [(c.score, c.count) for c in choices if c.score is not None]
        scored_n = sum(k for _s, k in scored)
        if q.kind is QuestionKind.LIKERT and scored_n:
            mean = sum(s * k for s, k in scored) / scored_n
            good = sum(c.count for c in choices if c.code in positive_codes(q))
            positive = (good / scored_n, *wilson(good, scored_n))
    elif q.kind in (QuestionKind.RATING, QuestionKind.NUMBER):
        avg = select(func.avg(SurveyAnswer.number)).where(SurveyAnswer.question_id == q.id)
        value = session.scalar(_wave_filter(avg, wave_id))
        mean = float(value) if value is not None else None
        values = select(SurveyAnswer.number, func.count()).where(SurveyAnswer.question_id == q.id)
        for number, count in session.execute(
            _wave_filter(values, wave_id).group_by(SurveyAnswer.number).order_by(SurveyAnswer.number)
        ):
            low, high = wilson(int(count), n)
            choices.append(
                ChoiceResult(-1, f"{number:g}", f"{number:g}", number, int(count), count / n, low, high)
            )
    return QuestionResult(q.key, q.kind, q.text_en, q.text_es, n, tuple(choices), mean, positive)


def survey_results(session: Session, survey_id: int, wave_id: int | None = None) -> list[QuestionResult]:
    """Every question except open text and demographics (those have their own views)."""
    detail = survey_detail(session, survey_id)
    return [
        question_result(session, survey_id, q.key, wave_id, detail)
        for q in detail.questions
        if q.kind is not QuestionKind.TEXT
    ]


def breakdown(session: Session, survey_id: int, key: str, by: str, wave_id: int | None = None) -> Breakdown:
    """Counts of `key`'s choices per group of the demographic question `by`, small cells hidden."""
    require_permission(session, Permission.READ)
    detail = survey_detail(session, survey_id)
    q, g = _question(detail, key), _question(detail, by)
    if q.kind not in CHOICE_KINDS or g.kind not in CHOICE_KINDS:
        raise UserError(_("Breakdowns are for choice questions."), "question")
    cells, totals = _cells(session, q, g, wave_id)
    rows = []
    for gc in g.choices:
        n = totals.get(gc.id, 0)
        if n < MIN_CELL:
            rows.append(BreakdownRow(gc.label_en, gc.label_es, None, tuple(None for _c in q.choices)))
            continue
        counts = [cells[gc.id].get(c.id, 0) for c in q.choices]
        rows.append(BreakdownRow(gc.label_en, gc.label_es, n, suppress(counts)))
    return Breakdown(q, g, tuple(rows))


def _cells(
    session: Session, q: QuestionRecord, g: QuestionRecord, wave_id: int | None
) -> tuple[dict[int, dict[int, int]], dict[int, int]]:
    """Raw respondent counts per (group choice id, answer choice id) and per group: these
    never leave this module unsuppressed."""
    answer = SurveyAnswer.__table__.alias("a")
    group = SurveyAnswer.__table__.alias("g")
    stmt = (
        select(group.c.choice_id, answer.c.choice_id, func.count(func.distinct(answer.c.response_id)))
        .select_from(answer)
        .join(group, (group.c.response_id == answer.c.response_id) & (group.c.question_id == g.id))
        .join(SurveyResponse, SurveyResponse.id == answer.c.response_id)
        .where(answer.c.question_id == q.id)
        .group_by(group.c.choice_id, answer.c.choice_id)
    )
    nstmt = (
        select(group.c.choice_id, func.count(func.distinct(answer.c.response_id)))
        .select_from(answer)
        .join(group, (group.c.response_id == answer.c.response_id) & (group.c.question_id == g.id))
        .join(SurveyResponse, SurveyResponse.id == answer.c.response_id)
        .where(answer.c.question_id == q.id)
        .group_by(group.c.choice_id)
    )
    if wave_id is not None:
        stmt = stmt.where(SurveyResponse.wave_id == wave_id)
        nstmt = nstmt.where(SurveyResponse.wave_id == wave_id)
    cells: dict[int, dict[int, int]] = defaultdict(dict)
    for gid, cid, count in session.execute(stmt):
        cells[gid][cid] = int(count)
    totals = {gid: int(n) for gid, n in session.execute(nstmt)}
    return cells, totals


def positive_by_group(
    session: Session, survey_id: int, key: str, by: str, wave_id: int | None = None
) -> list[tuple[str, str, int | None, float | None]]:
    """(group EN, group ES, n, share of positive answers) of a Likert item per group of `by`;
    n is None under MIN_CELL, the share is None when it would reveal fewer than MIN_CELL
    people on either side."""
    require_permission(session, Permission.READ)
    detail = survey_detail(session, survey_id)
    q, g = _question(detail, key), _question(detail, by)
    cells, totals = _cells(session, q, g, wave_id)
    good_ids = {c.id for c in q.choices if c.code in positive_codes(q)}
    scored_ids = {c.id for c in q.choices if c.score is not None}
    out: list[tuple[str, str, int | None, float | None]] = []
    for gc in g.choices:
        n = totals.get(gc.id, 0)
        if n < MIN_CELL:
            out.append((gc.label_en, gc.label_es, None, None))
            continue
        good = sum(v for cid, v in cells[gc.id].items() if cid in good_ids)
        bad = sum(v for cid, v in cells[gc.id].items() if cid in scored_ids and cid not in good_ids)
        hidden = 0 < good < MIN_CELL or 0 < bad < MIN_CELL or good + bad == 0
        out.append((gc.label_en, gc.label_es, n, None if hidden else good / (good + bad)))
    return out


def suppress(counts: list[int]) -> tuple[int | None, ...]:
    """Hide cells of 1 to MIN_CELL-1; when only one is hidden, hide the next smallest too
    (else the row total gives it away). Zero cells stay: they reveal nobody."""
    hidden = {i for i, c in enumerate(counts) if 0 < c < MIN_CELL}
    if len(hidden) == 1:
        others = sorted((c, i) for i, c in enumerate(counts) if i not in hidden and c > 0)
        if others:
            hidden.add(others[0][1])
    return tuple(None if i in hidden else c for i, c in enumerate(counts))


def _wave_id(detail: SurveyDetail, wave: str | int) -> tuple[int, str]:
    w = detail.wave(wave)
    if w is None:
        raise UserError(
            _("The survey has no wave {wave!r}; it has: {waves}.").format(
                wave=wave, waves=", ".join(x.name for x in detail.waves) or "—"
            ),
            "wave",
        )
    return w.id, w.name


def compare_waves(
    session: Session, survey_id: int, key: str, wave_a: str | int, wave_b: str | int
) -> WaveChange:
    """`wave_b` against `wave_a` (the earlier one): the change and its p-value."""
    require_permission(session, Permission.READ)
    detail = survey_detail(session, survey_id)
    q = _question(detail, key)
    (ida, name_a), (idb, name_b) = _wave_id(detail, wave_a), _wave_id(detail, wave_b)
    if q.kind in (QuestionKind.RATING, QuestionKind.NUMBER):
        from scipy.stats import ttest_ind

        a, b = _numbers(session, q.id, ida), _numbers(session, q.id, idb)
        if len(a) < 2 or len(b) < 2:
            raise UserError(_("Too few answers in one of the waves to compare."), "wave")
        result = ttest_ind(b, a, equal_var=False)
        ma, mb = sum(a) / len(a), sum(b) / len(b)
        return WaveChange(
            q.key, name_a, name_b, len(a), len(b), ma, mb, mb - ma, float(result.pvalue), "welch_t"
        )
    if q.kind is not QuestionKind.LIKERT:
        raise UserError(_("Waves are compared on Likert items, ratings and numbers."), "question")
    from statsmodels.stats.proportion import proportions_ztest

    ra = question_result(session, survey_id, key, ida, detail)
    rb = question_result(session, survey_id, key, idb, detail)
    if ra.positive is None or rb.positive is None:
        raise UserError(_("Too few answers in one of the waves to compare."), "wave")
    positive = positive_codes(q)
    na = sum(c.count for c in ra.choices if c.score is not None)
    nb = sum(c.count for c in rb.choices if c.score is not None)
    ga = sum(c.count for c in ra.choices if c.code in positive)
    gb = sum(c.count for c in rb.choices if c.code in positive)
    _z, p = proportions_ztest([gb, ga], [nb, na])
    return WaveChange(
        q.key, name_a, name_b, na, nb, ga / na, gb / nb, gb / nb - ga / na, float(p), "two_proportion_z"
    )


def _numbers(session: Session, question_id: int, wave_id: int) -> list[float]:
    stmt = select(SurveyAnswer.number).where(
        SurveyAnswer.question_id == question_id, SurveyAnswer.number.is_not(None)
    )
    return [float(x) for x in session.scalars(_wave_filter(stmt, wave_id))]


def trend(session: Session, survey_id: int, key: str) -> list[TrendPoint]:
    """Per wave, oldest first: the positive share (Likert) or the mean (ratings, numbers)."""
    detail = survey_detail(session, survey_id)
    q = _question(detail, key)
    points = []
    for w in detail.waves:
        r = question_result(session, survey_id, key, w.id, detail)
        if r.positive is not None:
            points.append(TrendPoint(w.name, r.n, *r.positive))
        else:
            points.append(TrendPoint(w.name, r.n, r.mean, None, None))
    del q
    return points


def open_text(
    session: Session, survey_id: int, key: str, search: str = "", wave_id: int | None = None, limit: int = 500
) -> list[tuple[str, str]]:
    """(wave, answer) of an open-text question, containing `search` (any case), newest wave first."""
    require_permission(session, Permission.READ)
    detail = survey_detail(session, survey_id)
    q = _question(detail, key)
    stmt = (
        select(SurveyWave.name, SurveyAnswer.text)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .join(SurveyWave, SurveyWave.id == SurveyResponse.wave_id)
        .where(SurveyAnswer.question_id == q.id, SurveyAnswer.text.is_not(None))
        .order_by(SurveyWave.id.desc(), SurveyAnswer.id)
        .limit(limit)
    )
    if wave_id is not None:
        stmt = stmt.where(SurveyResponse.wave_id == wave_id)
    if search.strip():
        stmt = stmt.where(func.lower(SurveyAnswer.text).contains(search.strip().lower(), autoescape=True))
    return [(w, t or "") for w, t in session.execute(stmt)]
