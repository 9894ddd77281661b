"""A table of contents laid out in the document's one pass.

reportlab's TableOfContents needs `multiBuild`: a whole first pass (layout *and* drawing)
only to learn the page of each heading, then a second one to print it. Here the entries
(the section headings, level and text) are read from the story before the build, so the
contents take their final size in the one pass; only the page numbers are unknown while
page 1 is drawn. Those are drawn when the canvas is saved, as "Page x of y" is
(layout._NumberedCanvas keeps every page until then), with reportlab's own
`drawPageNumbers`, so the dots, numbers and links come out as multiBuild draws them.

If the headings met during the build differ from the ones read before (a heading inside a
container the scan does not open), `build_with_contents` falls back to multiBuild.
"""

from __future__ import annotations

from ast import literal_eval
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

Entry = tuple[int, str, str]  # level, heading text, bookmark key

#: The style name of the headings listed in the contents (layout.Styles.h1).
HEADING_STYLE = "h1"


def heading_key(flowable: Flowable) -> str:
    """The bookmark of a heading (the same in the scan and in afterFlowable)."""
    return f"s{id(flowable)}"


def heading_text(flowable: Paragraph) -> str:
    return getattr(flowable, "plain_text", None) or flowable.getPlainText()


def is_heading(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name == HEADING_STYLE


def scan_headings(story: Sequence[Flowable]) -> list[Entry]:
    """The contents' entries, in story order (top-level headings, as afterFlowable sees them)."""
    return [(0, heading_text(f), heading_key(f)) for f in story if is_heading(f)]


class DeferredContents(TableOfContents):
    """TableOfContents whose page numbers are drawn at canvas save (see the module doc)."""

    def __init__(self, **kwds: Any) -> None:
        super().__init__(**kwds)
        self.deferred = True

    def prefill(self, entries: Sequence[Entry]) -> None:
        """Lay out these entries (page numbers to come) instead of a previous pass's."""
        self._lastEntries = [(level, text, 0, key) for level, text, key in entries]

    def pages(self) -> dict[str, int]:
        """Bookmark key -> page, as collected during the build."""
        return {key: page for _level, _text, page, key in self._entries}

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = super().wrap(avail_width, avail_height)
        if self.deferred:
            self.canv.setNamedCB("drawTOCEntryEnd", self._later(avail_width, avail_height))
        return size

    def _later(self, avail_width: float, avail_height: float) -> Callable[[Any, str, str], None]:
        def record(canvas: Any, _kind: str, label: str) -> None:
            _page, level, key = label.split(",")
            level_no, key_value = int(level), literal_eval(key)
            style = self.getLevelStyle(level_no)
            dot = " . " if self.dotsMinLevel >= 0 and level_no >= self.dotsMinLevel else ""
            where = dict(canvas._curr_tx_info)
            matrix = canvas._currentMatrix

            def draw(c: Any) -> None:
                c.saveState()
                c.transform(*_relative(c._currentMatrix, matrix))
                c._curr_tx_info = where
                try:
                    page = self.pages()[key_value]
                    drawPageNumbers(c, style, [(page, key_value)], avail_width, avail_height, dot)
                finally:
                    del c._curr_tx_info
                    c.restoreState()

            canvas.draw_later(draw)

        return record


def _relative(current: Sequence[float], wanted: Sequence[float]) -> tuple[float, ...]:
    """The transform that takes the canvas from matrix `current` to `wanted` (PDF order a b c d e f)."""
    a, b, c, d, e, f = current
    det = a * d - b * c
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    ie, if_ = -(e * ia + f * ic), -(e * ib + f * id_)
    wa, wb, wc, wd, we, wf = wanted
    # wanted = relative × current  =>  relative = wanted × current⁻¹
    return (
        wa * ia + wb * ic,
        wa * ib + wb * id_,
        wc * ia + wd * ic,
        wc * ib + wd * id_,
        we * ia + wf * ic + ie,
        we * ib + wf * id_ + if_,
    )
