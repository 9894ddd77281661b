"""Bundled Unicode fonts and safe paragraph markup for user text.

reportlab has no font fallback: a glyph missing from the current font prints as a
black box. DejaVu Sans covers Latin (accents, ñ, Vietnamese), Greek, Cyrillic and
Arabic; Droid Sans Fallback covers Chinese, Japanese and Korean. `markup()` escapes
user text for reportlab's paragraph markup and wraps each run of characters that
DejaVu lacks in `<font name=…>` of the font that has them.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"

BODY = "ABSans"
BOLD = "ABSans-Bold"
CJK = "ABFallback"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

_lock = threading.Lock()
_registered = False
_body_chars: frozenset[int] = frozenset()
_cjk_chars: frozenset[int] = frozenset()
#: Whether the body font has every printable ASCII character (it has: checked at registration),
#: so such text needs no per-character font, script or control-character work.
_ascii_in_body = False


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process (thread-safe)."""
    global _registered, _body_chars, _cjk_chars, _ascii_in_body
    with _lock:
        if _registered:
            return
        fonts = {name: TTFont(name, str(FONT_DIR / file)) for name, file in _FILES.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        # <b> inside a paragraph switches to the bold face; there is no italic face bundled.
        addMapping(BODY, 0, 0, BODY)
        addMapping(BODY, 1, 0, BOLD)
        addMapping(BODY, 0, 1, BODY)
        addMapping(BODY, 1, 1, BOLD)
        addMapping(CJK, 0, 0, CJK)
        addMapping(CJK, 1, 0, CJK)
        addMapping(CJK, 0, 1, CJK)
        addMapping(CJK, 1, 1, CJK)
        _body_chars = frozenset(fonts[BODY].face.charToGlyph)
        _cjk_chars = frozenset(fonts[CJK].face.charToGlyph)
        _ascii_in_body = all(code in _body_chars for code in range(0x20, 0x7F))
        _registered = True


def font_for(char: str) -> str:
    """The bundled font that has a glyph for `char` (BODY when none has: it shows a box)."""
    code = ord(char)
    if code in _body_chars or char in "\n\t" or unicodedata.category(char).startswith("Z"):
        return BODY
    if code in _cjk_chars:
        return CJK
    return BODY


def runs(text: str) -> list[tuple[str, str]]:
    """Split `text` into (font, run) pieces so each run prints with a font that has it."""
    register_fonts()
    pieces: list[tuple[str, str]] = []
    for char in text:
        font = font_for(char)
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + char)
        else:
            pieces.append((font, char))
    return pieces


def clean(text: object) -> str:
    """User text as a plain string without control characters reportlab cannot print."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in value if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs", "Co"))


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def visual(text: str) -> str:
    """Right-to-left text (Arabic, Hebrew) shaped and put in display order, line by line.

    reportlab draws characters left to right as given and does not join Arabic letters;
    arabic_reshaper picks the joined letter forms and python-bidi (the Unicode bidi
    algorithm) reverses the right-to-left runs. Left-to-right text is returned unchanged.
    """
    if not _has_rtl(text):
        return text
    from arabic_reshaper import ArabicReshaper
    from bidi import get_display

    # No ligatures: ligature glyphs such as U+FDF2 are missing from the bundled fonts.
    reshaper = ArabicReshaper(configuration={"support_ligatures": False, "delete_harakat": False})
    return "\n".join(get_display(reshaper.reshape(line)) for line in text.split("\n"))


def markup(text: object) -> str:
    """User text as safe reportlab paragraph markup: escaped, line breaks kept, fonts per script."""
    own = getattr(text, "markup", None)
    if callable(own):  # a bilingual fixed text (reports/bilingual.Both): second language lighter
        return str(own())
    if isinstance(text, str) and _plain(text):  # most text: printable ASCII, one run in BODY
        return escape(text)
    out: list[str] = []
    for font, run in runs(visual(clean(text))):
        safe = escape(run).replace("\n", "<br/>").replace("\t", " ")
        out.append(safe if font == BODY else f'<font name="{font}">{safe}</font>')
    return "".join(out)


def _plain(text: str) -> bool:
    """Printable ASCII only (no line breaks, tabs or controls), all of it in the body font."""
    register_fonts()
    return _ascii_in_body and text.isascii() and text.isprintable()


def needs_fallback(text: str) -> bool:
    """Whether `text` needs more than the body font (other scripts, or right-to-left shaping)."""
    if _plain(text):
        return False
    if _has_rtl(text):
        return True
    return any(font != BODY for font, _run in runs(text))
