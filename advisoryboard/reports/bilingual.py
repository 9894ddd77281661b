"""Fixed texts in two languages at once, for bilingual ('en+es') printed documents.

A document's translator returns a `Both` for every fixed text: a string that reads
"English / Español" for short labels and headings, and the English sentence with the
Spanish one beneath it (lighter, through `fonts.markup`) for sentences and notices.
Because builders fill translated templates with `.format()`, `Both.format` fills each
language's template with that language's part of translated arguments (dates, labels,
clock times), while user text (plain str) prints once as entered. A text that reads the
same in both languages (a title the board typed) prints once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from advisoryboard.i18n import translate
from advisoryboard.reports.fonts import markup

#: Above this length (either language) the second language goes on its own line.
INLINE_MAX = 38
SEPARATOR = " / "
#: The colour of the second language's line (lighter than the body text).
SECOND_COLOR = "#55606b"


class Both(str):
    """A fixed text in several languages; as a plain string it reads as printed."""

    parts: tuple[str, ...]
    tail: str  # user text shared by every language, printed once after them

    def __new__(cls, parts: Sequence[str], tail: str = "") -> Both:
        unique = tuple(dict.fromkeys(str(p) for p in parts))
        stacked = len(unique) > 1 and max(len(p) for p in unique) > INLINE_MAX
        shown = ("\n" if stacked else SEPARATOR).join(unique)
        self = super().__new__(cls, f"{shown} {tail}" if tail else shown)
        self.parts = tuple(str(p) for p in parts)
        self.tail = tail
        return self

    @property
    def stacked(self) -> bool:
        return "\n" in self and len(set(self.parts)) > 1

    def part(self, index: int) -> str:
        text = self.parts[min(index, len(self.parts) - 1)]
        return f"{text} {self.tail}" if self.tail else text

    def format(self, *args: Any, **kwargs: Any) -> Both:
        parts = [
            template.format(*(_pick(a, i) for a in args), **{k: _pick(v, i) for k, v in kwargs.items()})
            for i, template in enumerate(self.parts)
        ]
        user = [str(v) for v in (*args, *kwargs.values()) if isinstance(v, str) and not isinstance(v, Both)]
        return _shared_tail(parts, [u for u in user if u.strip()])

    def lower(self) -> Both:
        return Both([p.lower() for p in self.parts])

    def upper(self) -> Both:
        return Both([p.upper() for p in self.parts])

    def markup(self) -> str:
        """Paragraph markup: the first language as body text, the others lighter."""
        unique = list(dict.fromkeys(self.parts))
        first, rest = markup(unique[0]), [markup(p) for p in unique[1:]]
        if not rest:
            return first
        joiner = "<br/>" if self.stacked else "\u00a0/ "  # 'No. /' stays together in narrow cells
        shown = first + "".join(f'{joiner}<font color="{SECOND_COLOR}">{r}</font>' for r in rest)
        return f"{shown} {markup(self.tail)}" if self.tail else shown


def _shared_tail(parts: list[str], user: list[str]) -> Both:
    """'Presenter: Ana' + 'Presenta: Ana' → 'Presenter: / Presenta: Ana': a text that ends in
    user text (a name, a reason) prints it once after both languages."""
    if len(set(parts)) > 1 and user:
        end = min(len(p) for p in parts)
        n = 0
        while n < end and len({p[len(p) - 1 - n] for p in parts}) == 1:
            n += 1
        tail = parts[0][len(parts[0]) - n :]
        if " " in tail:
            tail = tail[tail.index(" ") + 1 :]  # start at a word
            if tail in user and all(p[: len(p) - len(tail)].strip() for p in parts):
                return Both([p[: len(p) - len(tail)].rstrip() for p in parts], tail)
    return Both(parts)


def _pick(value: object, index: int) -> object:
    return value.part(index) if isinstance(value, Both) else value


def one_line(value: str) -> str:
    """A text for a single line (page footer, PDF title): languages side by side."""
    return value.replace("\n", SEPARATOR)


def bilingual_translator(languages: Sequence[str]) -> Callable[[str], str]:
    """`_` of a document in several languages: every fixed text as a `Both`."""

    def _(message: str) -> str:
        return Both([translate(message, language) for language in languages])

    return _
