"""Reading generated PDFs back (pypdf), shared by the report tests."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader

from advisoryboard.reports.documents import render
from advisoryboard.services.base import read_only
from database.engine import Database


@dataclass(frozen=True)
class ReadBack:
    pages: int
    text: str  # all pages, NFKC-normalized, whitespace collapsed to single spaces
    page_texts: list[str]
    fonts: set[str]

    def __contains__(self, needle: str) -> bool:
        return " ".join(unicodedata.normalize("NFKC", needle).split()) in self.text


def read_pdf(pdf: bytes) -> ReadBack:
    """Parse a PDF: page count, text, and the names of the fonts its pages use."""
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    # NFKC folds the joined Arabic letter forms the PDF draws back into plain letters.
    page_texts = [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split()) for page in reader.pages
    ]
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for font in (resources.get_object().get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    return ReadBack(len(reader.pages), " ".join(page_texts), page_texts, fonts)


def render_read(db: Database, kind: str, params: dict[str, object], **kwargs: object) -> ReadBack:
    with read_only(db) as session:
        return read_pdf(render(session, kind, params, **kwargs))  # type: ignore[arg-type]
