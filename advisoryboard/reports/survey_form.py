"""The printed survey form: one question after another with check boxes, in EN, ES or both.

Each box carries the digit that the data-entry grid takes for that choice, so typing a
returned form is reading digits off the page. The form asks for no name or contact.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from advisoryboard.i18n import document_languages
from advisoryboard.reports.agenda import board_header
from advisoryboard.reports.bilingual import Both
from advisoryboard.reports.data import Board
from advisoryboard.reports.fonts import markup
from advisoryboard.reports.layout import (
    CONTENT_WIDTH,
    GRID,
    PageSetup,
    build_pdf,
    fixed,
    gap,
    styles,
    translator,
)
from advisoryboard.services.surveys import QuestionRecord, SurveyDetail
from database.models.surveys import QuestionKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

BOX = 4.2 * mm


def pick(en: str, es: str | None, language: str) -> str:
    """A text stored in both languages, as the document's language(s) want it."""
    languages = document_languages(language)
    parts = [es or en if code == "es" else en for code in languages]
    return Both(parts) if len(parts) > 1 else parts[0]


def _box(digit: str) -> Table:
    box = Table([[""]], colWidths=[BOX], rowHeights=[BOX])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.black)]))
    label = Paragraph(f'<font size="7" color="#55606b">{markup(digit)}</font>', styles().small)
    cell = Table([[box, label]], colWidths=[BOX + 1.5 * mm, 5 * mm])
    cell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return cell


def _choice_grid(question: QuestionRecord, language: str) -> Table:
    st = styles()
    items = [
        [_box(str(c.code)), Paragraph(markup(pick(c.label_en, c.label_es, language)), st.cell)]
        for c in question.choices
    ]
    per_row = 5 if len(items) > 4 else len(items)
    width = CONTENT_WIDTH / per_row
    rows = []
    for start in range(0, len(items), per_row):
        chunk = items[start : start + per_row]
        cells: list[object] = []
        for box, label in chunk:
            inner = Table([[box, label]], colWidths=[BOX + 7 * mm, width - BOX - 8 * mm])
            inner.setStyle(
                TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
            )
            cells.append(inner)
        cells += [""] * (per_row - len(chunk))
        rows.append(cells)
    table = Table(rows, colWidths=[width] * per_row, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _rating_row(question: QuestionRecord) -> Table:
    low = int(question.min_value or 0)
    high = int(question.max_value if question.max_value is not None else 10)
    digits = list(range(low, high + 1))
    cells = [[_box(str(d)) for d in digits]]
    table = Table(cells, colWidths=[min(CONTENT_WIDTH / len(digits), 14 * mm)] * len(digits), hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _lines(count: int, width: float) -> Table:
    table = Table(
        [[""] for _i in range(count)], colWidths=[width], rowHeights=[8 * mm] * count, hAlign="LEFT"
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID)]))
    return table


def _question(number: int, question: QuestionRecord, language: str) -> Flowable:
    st = styles()
    _ = translator(language)
    heading = Paragraph(
        f"<b>{number}.</b> " + markup(pick(question.text_en, question.text_es, language)), st.body
    )
    parts: list[Flowable] = [heading]
    if question.kind in (QuestionKind.LIKERT, QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        if question.kind is QuestionKind.MULTIPLE:
            parts.append(fixed(_("Tick all that apply."), st.small))
        else:
            parts.append(fixed(_("Tick one box."), st.small))
        parts.append(_choice_grid(question, language))
    elif question.kind is QuestionKind.RATING:
        parts.append(_rating_row(question))
    elif question.kind is QuestionKind.NUMBER:
        parts.append(_lines(1, 40 * mm))
    else:
        parts.append(_lines(3, CONTENT_WIDTH))
    parts.append(gap(2.5))
    return KeepTogether(parts)


def build_survey_form(board: Board, survey: SurveyDetail, language: str = "en") -> bytes:
    _ = translator(language)
    st = styles()
    title = pick(survey.title, survey.title_es, language)
    story: list[Flowable] = [*board_header(board), Paragraph(markup(title), st.subtitle)]
    if survey.intro:
        story.append(Paragraph(markup(pick(survey.intro, survey.intro_es, language)), st.body))
    story.append(
        fixed(
            _("Your answers are anonymous: do not write your name, address, phone or email on this form."),
            st.notice,
        )
    )
    story.append(gap(3))
    main: Sequence[QuestionRecord] = [q for q in survey.questions if not q.demographic]
    about = [q for q in survey.questions if q.demographic]
    number = 0
    for question in main:
        number += 1
        story.append(_question(number, question, language))
    if about:
        story.append(fixed(_("About you (optional)"), st.h1))
        for question in about:
            number += 1
            story.append(_question(number, question, language))
    story.append(
        fixed(_("Thank you! Please hand this form to a board member or drop it in the box."), st.body)
    )
    setup = PageSetup(running_title=str(title), page_label=_("Page {page} of {pages}"))
    return build_pdf(story, setup, title=str(title))


def form_pdf(session: Session, survey_id: int, language: str = "en") -> bytes:
    from advisoryboard.permissions import Permission
    from advisoryboard.reports.data import load_board
    from advisoryboard.services.base import require_permission
    from advisoryboard.services.surveys import survey_detail

    require_permission(session, Permission.PRINT)
    return build_survey_form(load_board(session), survey_detail(session, survey_id), language)
