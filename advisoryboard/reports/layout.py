"""Shared page layout of every printed document: styles, "Page x of y", watermark, tables.

Every string that came from a person goes through `text()` / `fonts.markup()` before it
reaches a Paragraph; fixed texts are translated by the caller and escaped here too.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from advisoryboard.i18n import document_languages, translate
from advisoryboard.reports.bilingual import SECOND_COLOR, Both, bilingual_translator, one_line
from advisoryboard.reports.fonts import BODY, BOLD, markup, register_fonts

if TYPE_CHECKING:
    from advisoryboard.reports.contents import DeferredContents

Translator = Callable[[str], str]
MARGIN = 18 * mm
PAGE = LETTER
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN
GRID = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8edf2")


def translator(language: str) -> Translator:
    """`_` for one document: fixed texts in `language`, independent of the app's language.

    A bilingual spec ('en+es') gives a translator of `bilingual.Both` texts (both languages).
    """
    languages = document_languages(language)
    if len(languages) > 1:
        return bilingual_translator(languages)
    return partial(translate, language=languages[0])


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    notice: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=BODY, fontSize=10, leading=13, spaceAfter=4)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=11.5, leading=15, spaceAfter=2),
        h1=ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=13, leading=16, spaceBefore=10, spaceAfter=5
        ),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=6),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0),
        cell_bold=ParagraphStyle("cellb", parent=body, fontName=BOLD, fontSize=9, leading=11, spaceAfter=0),
        notice=ParagraphStyle(
            "notice",
            parent=body,
            fontSize=9,
            leading=12,
            borderColor=GRID,
            borderWidth=0.6,
            borderPadding=6,
            spaceBefore=10,
            backColor=colors.HexColor("#f5f7f9"),
        ),
    )


STYLES: Styles | None = None


def styles() -> Styles:
    global STYLES
    if STYLES is None:
        STYLES = make_styles()
    return STYLES


def text(value: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of user text, printed literally."""
    return Paragraph(markup(value), style or styles().body)


def fixed(value: str, style: ParagraphStyle | None = None, *, bold_prefix: str = "") -> Paragraph:
    """A paragraph of fixed (translated) text, optionally led by a bold label."""
    lead = f"<b>{markup(bold_prefix)}</b> " if bold_prefix else ""
    paragraph = Paragraph(lead + markup(value), style or styles().body)
    paragraph.plain_text = one_line(str(value))  # for the table of contents (bilingual: one line)
    return paragraph


def labelled(label: str, value: object, style: ParagraphStyle | None = None) -> Paragraph:
    """'Label: value' with the label in bold; the value is user text.

    A bilingual label with a bilingual value prints one line per language ('Public: …' then
    'Público: …' beneath, lighter).
    """
    if isinstance(label, Both) and isinstance(value, Both) and len(set(value.parts)) > 1:
        lines = [f"<b>{markup(label.part(i))}</b> {markup(value.part(i))}" for i in range(len(value.parts))]
        rest = "".join(f'<br/><font color="{SECOND_COLOR}">{line}</font>' for line in lines[1:])
        return Paragraph(lines[0] + rest, style or styles().body)
    return Paragraph(f"<b>{markup(label)}</b> {markup(value)}", style or styles().body)


def cell(value: object, bold: bool = False, *, right: bool = False, compact: bool = False) -> Paragraph:
    """A table cell of user text (Paragraph-aligned, so right-aligned numbers stay right)."""
    st = styles()
    base = st.cell_bold if bold else st.cell
    if compact or right:
        key = (base.name, right, compact)
        style = _CELL_VARIANTS.get(key)
        if style is None:
            style = ParagraphStyle(
                f"{base.name}-{int(right)}{int(compact)}",
                parent=base,
                alignment=TA_RIGHT if right else base.alignment,
                fontSize=7.5 if compact else base.fontSize,
                leading=9 if compact else base.leading,
            )
            _CELL_VARIANTS[key] = style
        base = style
    return Paragraph(markup(value), base)


_CELL_VARIANTS: dict[tuple[str, bool, bool], ParagraphStyle] = {}


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    align_right: Iterable[int] = (),
    row_height: float | None = None,
    compact: bool = False,
) -> Table:
    """A ruled, left-aligned table with a shaded header row repeated on every page; rows may split."""
    right = set(align_right)
    pad = 1.5 if compact else 4
    body = styles().cell
    size, leading = (7.5, 9.0) if compact else (body.fontSize, body.leading)
    room = [w - 2 * pad for w in widths]
    data: list[list[Any]] = [
        [cell(h, bold=True, right=i in right, compact=compact) for i, h in enumerate(header)]
    ]
    for row in rows:
        data.append(
            [
                v
                if isinstance(v, Flowable)
                else v
                if (compact or i in right) and _plain_fits(v, room[i], size)
                else cell(v, right=i in right, compact=compact)
                for i, v in enumerate(row)
            ]
        )
    heights = None if row_height is None else [None] + [row_height] * len(rows)
    table = Table(data, colWidths=list(widths), repeatRows=1, rowHeights=heights, splitInRow=1, hAlign="LEFT")
    commands: list[Any] = [
        # cells of short plain text (numbers, marks) are drawn as strings, as a cell() would
        ("FONTNAME", (0, 1), (-1, -1), BODY),
        ("FONTSIZE", (0, 1), (-1, -1), size),
        ("LEADING", (0, 1), (-1, -1), leading),
        *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in sorted(right)],
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]
    table.setStyle(TableStyle(commands))
    return table


#: Text a table may draw as a plain string: one word of ASCII letters, digits and signs (no
#: markup to escape, no other script, nothing to wrap).
_PLAIN = re.compile(r"[0-9A-Za-z%/.,:+\-–]{1,16}")


def _plain_fits(value: object, room: float, size: float) -> bool:
    """Whether `value` prints the same as a plain string as in a cell() Paragraph: a short
    word (a Paragraph cannot wrap it either) that fits its column (or it would split)."""
    return (
        type(value) is str and _PLAIN.fullmatch(value) is not None and stringWidth(value, BODY, size) <= room
    )


def empty_note(message: str) -> Paragraph:
    return fixed(message, styles().small)


@dataclass(frozen=True)
class PageSetup:
    """What every page shows besides the story: running header, footer, watermark."""

    running_title: str
    page_label: str  # e.g. "Page {page} of {pages}", already translated
    watermark: str = ""


class _NumberedCanvas(Canvas):
    """Defers page decorations until the page count is known ("Page x of y")."""

    setup: PageSetup

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._later: dict[int, list[Callable[[Canvas], None]]] = {}

    def draw_later(self, draw: Callable[[Canvas], None]) -> None:
        """Draw on the current page when the document is saved (what needs later pages)."""
        self._later.setdefault(len(self._pages), []).append(draw)

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:
        """A destination on the current page, made when the page is really written: until then
        the document's page counter is still at page 1 (every link would lead to the cover)."""
        self.draw_later(lambda canvas: Canvas.bookmarkPage(canvas, key, **kwargs))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        later = self._later
        for index, state in enumerate(self._pages):
            self.__dict__.update(state)
            for draw in later.get(index, ()):
                draw(self)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        self.saveState()
        self.setFont(BODY, 8)
        self.setFillColor(colors.HexColor("#4a5560"))
        self.setStrokeColor(GRID)
        self.line(MARGIN, MARGIN - 5 * mm, PAGE[0] - MARGIN, MARGIN - 5 * mm)
        label = one_line(self.setup.page_label.format(page=self._pageNumber, pages=total))
        self.drawRightString(PAGE[0] - MARGIN, MARGIN - 9 * mm, label)
        title = one_line(self.setup.running_title)
        room = PAGE[0] - 2 * MARGIN - self.stringWidth(label, BODY, 8) - 6 * mm
        if self.stringWidth(title, BODY, 8) > room:  # shorten a long (bilingual) title to fit
            while title and self.stringWidth(title + "…", BODY, 8) > room:
                title = title[:-1]
            title = title.rstrip() + "…"
        if title and not _needs_fallback(title):
            self.drawString(MARGIN, MARGIN - 9 * mm, title)
        self.restoreState()


def _needs_fallback(value: str) -> bool:
    from advisoryboard.reports.fonts import needs_fallback

    return needs_fallback(value)


def _watermark(text_: str, canvas: Canvas, _doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(BOLD, 110)
    canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
    canvas.translate(PAGE[0] / 2, PAGE[1] / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -35, text_)
    canvas.restoreState()


def build_pdf(
    story: list[Flowable],
    setup: PageSetup,
    *,
    title: str,
    author: str = "",
    multi_pass: bool = False,
    doc_class: type[BaseDocTemplate] = BaseDocTemplate,
    contents: DeferredContents | None = None,
) -> bytes:
    """Lay out `story` on Letter pages and return the PDF bytes.

    `contents`: the story's table of contents, laid out in one pass (reports.contents);
    without it, `multi_pass` builds as often as reportlab's own contents need.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = doc_class(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=one_line(title),
        author=author,
        creator="Advisory Board",
    )
    frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, PAGE[1] - 2 * MARGIN, id="body")
    on_page = partial(_watermark, setup.watermark) if setup.watermark else _nothing
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    canvas_class = type("DocumentCanvas", (_NumberedCanvas,), {"setup": setup})
    if contents is not None:
        from advisoryboard.reports.contents import scan_headings

        entries = scan_headings(story)
        contents.deferred = True
        contents.prefill(entries)
        doc._indexingFlowables = [contents]
        doc._doSave = 0  # saved below, once the headings met are known to be those laid out
        doc.build(story[:], canvasmaker=canvas_class)
        if [(level, text, key) for level, text, _page, key in contents._entries] == entries:
            doc.canv.save()
            return buffer.getvalue()
        contents.deferred = False  # a heading the scan did not see: lay out again, as reportlab does
        return build_pdf(story, setup, title=title, author=author, multi_pass=True, doc_class=doc_class)
    if multi_pass:
        doc.multiBuild(story, canvasmaker=canvas_class)
    else:
        doc.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


def _nothing(_canvas: Canvas, _doc: Any) -> None:
    return None


def centered(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-c", parent=style, alignment=TA_CENTER)


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
