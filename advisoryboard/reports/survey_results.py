"""The survey results report: diverging stacked bars for Likert items, then every question's
counts, percentages and 95% intervals, and the change from an earlier wave.

A diverging bar puts the negative answers left of a centre line and the positive ones
right of it, the neutral answer split across the line (the standard picture of Likert
data). Only counts and shares are printed; breakdowns hide cells under 5.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from advisoryboard.analytics.surveys import QuestionResult, WaveChange
from advisoryboard.reports.agenda import board_header
from advisoryboard.reports.data import Board
from advisoryboard.reports.fonts import BODY, markup
from advisoryboard.reports.layout import (
    CONTENT_WIDTH,
    PageSetup,
    Translator,
    build_pdf,
    fixed,
    gap,
    grid_table,
    styles,
    translator,
)
from advisoryboard.reports.survey_form import pick
from advisoryboard.reports.survey_palette import DIVERGING, palette, scored_shares
from database.models.surveys import QuestionKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LABEL_WIDTH = 62 * mm
BAR_HEIGHT = 9 * mm


@dataclass(frozen=True)
class ResultsData:
    board: Board
    title: str
    title_es: str | None
    wave: str  # "all waves" or a wave's name
    respondents: int
    results: Sequence[QuestionResult]
    changes: dict[str, WaveChange]  # by question key
    compare_wave: str | None = None
    #: (demographic question's text EN/ES, [(group EN, group ES, n or None, [share or None per item])])
    breakdowns: Sequence[tuple[str, str, list[tuple[str, str, int | None, list[float | None]]]]] = ()


def diverging_bar(result: QuestionResult, width: float, height: float = BAR_HEIGHT) -> Drawing:
    """One question's diverging stacked bar, centred on the middle of the scale."""
    shares = scored_shares(result)
    drawing = Drawing(width, height)
    half = width / 2
    count = len(shares)
    colours = palette(count)
    middle = count // 2
    # left edge: the negative shares plus half the neutral one, left of the centre
    negative = sum(s for s, _e, _s in shares[:middle]) + (shares[middle][0] / 2 if count % 2 else 0)
    x = half - negative * half
    for (share, _en, _es), colour in zip(shares, colours, strict=True):
        w = share * half
        drawing.add(
            Rect(
                x,
                1,
                w,
                height - 2,
                fillColor=colors.HexColor(colour),
                strokeColor=colors.white,
                strokeWidth=0.4,
            )
        )
        if share >= 0.07:
            ink = colors.white if colour in (DIVERGING[0], DIVERGING[4]) else colors.black
            drawing.add(
                String(
                    x + w / 2,
                    height / 2 - 3,
                    f"{share:.0%}",
                    fontName=BODY,
                    fontSize=7,
                    fillColor=ink,
                    textAnchor="middle",
                )
            )
        x += w
    drawing.add(Line(half, 0, half, height, strokeColor=colors.black, strokeWidth=0.8))
    return drawing


def legend(result: QuestionResult, language: str, width: float) -> Table:
    """The scale's colours and labels, negative to positive, in the document's language(s)."""
    shares = scored_shares(result)
    colours = palette(len(shares))
    step = width / max(len(shares), 1)
    cells: list[object] = []
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
    ]
    for i, ((_share, en, es), colour) in enumerate(zip(shares, colours, strict=True)):
        cells += ["", Paragraph(markup(pick(en, es, language)), legend_style())]
        style.append(("BACKGROUND", (2 * i, 0), (2 * i, 0), colors.HexColor(colour)))
    table = Table([cells], colWidths=[3 * mm, step - 3 * mm] * len(shares), rowHeights=None)
    table.setStyle(TableStyle(style))
    return table


def legend_style() -> ParagraphStyle:
    return ParagraphStyle("legend", parent=styles().small, fontSize=6.5, leading=8)


def likert_block(results: Sequence[QuestionResult], language: str, _: Translator) -> list[Flowable]:
    """Diverging bars grouped by scale (questions with the same answer labels share a legend)."""
    st = styles()
    groups: dict[tuple[str, ...], list[QuestionResult]] = {}
    for r in results:
        if r.kind is QuestionKind.LIKERT and r.n:
            groups.setdefault(tuple(e for _s, e, _es in scored_shares(r)), []).append(r)
    out: list[Flowable] = []
    bar_width = CONTENT_WIDTH - LABEL_WIDTH
    for members in groups.values():
        rows = [
            [
                Paragraph(
                    markup(pick(r.text_en, r.text_es, language)) + f' <font size="7">(n={r.n})</font>',
                    st.small,
                ),
                diverging_bar(r, bar_width - 4),
            ]
            for r in members
        ]
        rows.append(["", legend(members[0], language, bar_width - 4)])
        table = Table(rows, colWidths=[LABEL_WIDTH, bar_width])
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        out += [table, gap(3)]
    return out


def _pct(value: float) -> str:
    return f"{value * 100:.1f}%"


def question_table(r: QuestionResult, change: WaveChange | None, language: str, _: Translator) -> Flowable:
    st = styles()
    parts: list[Flowable] = [Paragraph(markup(pick(r.text_en, r.text_es, language)), st.h2)]
    if r.n == 0:
        parts.append(fixed(_("No answers yet."), st.small))
        return KeepTogether(parts)
    rows = [
        [
            pick(c.label_en, c.label_es, language),
            str(c.count),
            _pct(c.share),
            f"{_pct(c.low)} – {_pct(c.high)}",
        ]
        for c in r.choices
    ]
    header = [_("Answer"), _("Count"), _("Share"), _("95% interval")]
    parts.append(
        grid_table(
            header,
            rows,
            [90 * mm, 22 * mm, 22 * mm, CONTENT_WIDTH - 134 * mm],
            align_right=(1, 2, 3),
            compact=True,
        )
    )
    facts = [_("Respondents: {n}").format(n=r.n)]
    if r.mean is not None:
        facts.append(_("Mean: {mean}").format(mean=f"{r.mean:.2f}"))
    if r.positive is not None:
        facts.append(_("Positive: {share}").format(share=_pct(r.positive[0])))
    parts.append(fixed(" · ".join(str(f) for f in facts), st.small))
    if change is not None:
        verdict = _("statistically significant") if change.significant else _("not statistically significant")
        amount = (
            f"{change.change * 100:+.1f} " + str(_("points"))
            if r.kind is QuestionKind.LIKERT
            else f"{change.change:+.2f}"
        )
        parts.append(
            fixed(
                _("Change from {wave}: {amount} (p = {p}, {verdict})").format(
                    wave=change.wave_a, amount=amount, p=f"{change.p_value:.3f}", verdict=verdict
                ),
                st.small,
            )
        )
    parts.append(gap(2))
    return KeepTogether(parts)


def breakdown_tables(data: ResultsData, language: str, _: Translator) -> list[Flowable]:
    """Positive shares of each Likert item per demographic group; small groups and shares
    that would reveal fewer than 5 people print as "—"."""
    likert = [r for r in data.results if r.kind is QuestionKind.LIKERT and r.n]
    if not likert or not data.breakdowns:
        return []
    st = styles()
    out: list[Flowable] = []
    for text_en, text_es, rows in data.breakdowns:
        out.append(
            fixed(
                _("Positive answers by group: {question}").format(question=pick(text_en, text_es, language)),
                st.h2,
            )
        )
        header = [_("Group"), _("Respondents")] + [str(i + 1) for i in range(len(likert))]
        body = [
            [pick(en, es, language), "—" if n is None else str(n)]
            + ["—" if v is None else f"{v * 100:.0f}%" for v in shares]
            for en, es, n, shares in rows
        ]
        width = (CONTENT_WIDTH - 80 * mm) / len(likert)
        out.append(
            grid_table(
                header,
                body,
                [55 * mm, 25 * mm] + [width] * len(likert),
                align_right=range(1, 2 + len(likert)),
                compact=True,
            )
        )
    legend_text = "; ".join(f"{i + 1} = {pick(r.text_en, r.text_es, language)}" for i, r in enumerate(likert))
    out.append(fixed(legend_text, st.small))
    out.append(fixed(_("— : fewer than 5 respondents, not shown."), st.small))
    return out


def build_survey_results(data: ResultsData, language: str = "en") -> bytes:
    _ = translator(language)
    st = styles()
    title = pick(data.title, data.title_es, language)
    story: list[Flowable] = [
        *board_header(data.board),
        Paragraph(markup(title), st.subtitle),
        fixed(_("Survey results: {wave}").format(wave=data.wave), st.subtitle),
        fixed(
            _("{n} respondents. Responses are anonymous; groups of fewer than 5 are not shown.").format(
                n=data.respondents
            ),
            st.small,
        ),
    ]
    if data.compare_wave:
        story.append(fixed(_("Compared with: {wave}").format(wave=data.compare_wave), st.small))
    likert = likert_block(data.results, language, _)
    if likert:
        story += [fixed(_("At a glance"), st.h1), *likert]
    story += breakdown_tables(data, language, _)
    story.append(fixed(_("Question by question"), st.h1))
    for r in data.results:
        story.append(question_table(r, data.changes.get(r.key), language, _))
    setup = PageSetup(running_title=str(title), page_label=_("Page {page} of {pages}"))
    return build_pdf(story, setup, title=str(title))


def results_pdf(
    session: Session,
    survey_id: int,
    wave: str | None = None,
    compare: str | None = None,
    language: str = "en",
) -> bytes:
    """The results report of one wave (all waves when None), optionally against `compare`."""
    from advisoryboard.analytics import surveys as analytics
    from advisoryboard.errors import UserError
    from advisoryboard.i18n import _ as core_
    from advisoryboard.permissions import Permission
    from advisoryboard.reports.data import load_board
    from advisoryboard.services.base import require_permission
    from advisoryboard.services.surveys import survey_detail

    require_permission(session, Permission.PRINT)
    detail = survey_detail(session, survey_id)
    _ = translator(language)
    wave_id = None
    wave_name = str(_("all waves"))
    if wave is None and compare is not None and detail.waves:
        wave = detail.waves[-1].name  # the newest wave against the one asked for
    if wave is not None:
        found = detail.wave(wave)
        if found is None:
            raise UserError(core_("The survey has no wave {wave!r}.").format(wave=wave), "wave")
        wave_id, wave_name = found.id, found.name
    results = [
        analytics.question_result(session, survey_id, q.key, wave_id, detail)
        for q in detail.questions
        if q.kind is not QuestionKind.TEXT
    ]
    changes: dict[str, WaveChange] = {}
    if compare is not None:
        if wave is None:
            raise UserError(core_("The survey has no waves to compare."), "wave")
        for q in detail.questions:
            if q.kind in (QuestionKind.LIKERT, QuestionKind.RATING, QuestionKind.NUMBER):
                try:
                    changes[q.key] = analytics.compare_waves(session, survey_id, q.key, compare, wave)
                except UserError as exc:
                    if exc.field == "wave" and detail.wave(compare) is None:
                        raise
    respondents = sum(w.responses for w in detail.waves if wave_id is None or w.id == wave_id)
    breakdowns = []
    likert_keys = [r.key for r in results if r.kind is QuestionKind.LIKERT and r.n]
    for g in (q for q in detail.questions if q.demographic and likert_keys):
        per_item = [
            analytics.positive_by_group(session, survey_id, key, g.key, wave_id) for key in likert_keys
        ]
        rows = []
        for index, group in enumerate(g.choices):
            ns = [item[index][2] for item in per_item]
            shown = max((n for n in ns if n is not None), default=None)
            rows.append((group.label_en, group.label_es, shown, [item[index][3] for item in per_item]))
        breakdowns.append((g.text_en, g.text_es, rows))
    data = ResultsData(
        load_board(session),
        detail.title,
        detail.title_es,
        wave_name,
        respondents,
        results,
        changes,
        compare,
        breakdowns,
    )
    return build_survey_results(data, language)
