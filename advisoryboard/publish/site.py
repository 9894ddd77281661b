"""Builds the board's public website: plain HTML and CSS from Jinja2 templates (autoescaped).

`publish_site(session, folder, language)` reads the public record (publish/public.py), lays
out every page in each language, and hands the files to the incremental writer. Links are
relative, so the site works from file:// and from any sub-folder of a web server. With
both languages the site root holds a language chooser and one folder per language (en/,
es/), each page linking to the same page in the other language.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy.orm import Session

from advisoryboard import __version__
from advisoryboard.default_data import shown
from advisoryboard.errors import UserError
from advisoryboard.i18n import N_, _, document_languages, translate
from advisoryboard.publish import (
    charts,
    impact_areas,  # noqa: F401  (registers the Impact page's areas)
    opendata,
)
from advisoryboard.publish.impact import ImpactSection, impact_sections
from advisoryboard.publish.public import PublicMeeting, PublicRecord, load_public_record
from advisoryboard.publish.writer import (
    MANIFEST,
    WriteStats,
    check_folder,
    read_manifest,
    reusable,
    write_site,
)
from advisoryboard.reports.labels import clock, label, long_date, short_date
from database.enums import MeetingStatus, Office

Progress = Callable[[int, str], None]
LANGUAGE_CHOICES = ("en", "es", "en+es")
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
#: Page ids, their file (relative to a language's folder) and navigation title, in menu order.
PAGES = (
    ("home", "index.html", N_("Home")),
    ("meetings", "meetings/index.html", N_("Meetings")),
    ("issues", "issues.html", N_("Issues")),
    ("impact", "impact.html", N_("Impact")),
    ("annual", "annual.html", N_("Annual summary")),
    ("data", "data/index.html", N_("Open data")),
)
OFFICER_ORDER = (Office.CHAIR, Office.VICE_CHAIR, Office.SECRETARY, Office.TREASURER)


@dataclass(frozen=True)
class PublishResult:
    folder: Path
    languages: tuple[str, ...]
    pages: int
    stats: WriteStats


def environment() -> Environment:
    """Templates shipped in the package; every value is escaped unless marked safe."""
    return Environment(
        loader=PackageLoader("advisoryboard.publish", "templates"),
        autoescape=select_autoescape(["html", "svg", "xml"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def languages_of(spec: str) -> tuple[str, ...]:
    if spec not in LANGUAGE_CHOICES:
        raise UserError(
            _("Unknown language {lang}; available: {langs}").format(
                lang=spec, langs=", ".join(LANGUAGE_CHOICES)
            ),
            field="language",
        )
    return document_languages(spec)


@contextlib.contextmanager
def invariant_pdfs() -> Iterator[None]:
    """PDFs without a creation time or random id: the same record gives the same bytes."""
    from reportlab import rl_config

    before = rl_config.invariant
    rl_config.invariant = 1
    try:
        yield
    finally:
        rl_config.invariant = before


def _key(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


class _Tree:
    """The pages of one language, under `prefix` ('' or 'es/')."""

    def __init__(self, builder: SiteBuilder, language: str, prefix: str) -> None:
        self.b = builder
        self.lang = language
        self.prefix = prefix
        self.t: Callable[[str], str] = lambda text: translate(text, language)

    def page(self, page_id: str, path: str, template: str, title: str, **context: object) -> None:
        depth = path.count("/")
        root = "../" * depth  # to this language's folder
        site_root = "../" * (depth + self.prefix.count("/"))
        others = [
            (LANGUAGE_NAMES[lang], f"{site_root}{self.b.prefix_of(lang)}{path}", lang)
            for lang in self.b.languages
            if lang != self.lang
        ]
        html = self.b.env.get_template(template).render(
            t=self.t,
            lang=self.lang,
            root=root,
            site_root=site_root,
            switch=others,
            nav=[(pid, f"{root}{href}", self.t(name)) for pid, href, name in PAGES],
            current=page_id,
            title=title,
            board=self.b.record.board,
            label=lambda value: label(value, self.t),
            offices=lambda values: ", ".join(label(o, self.t) for o in values),
            long_date=lambda day: long_date(day, self.t),
            short_date=lambda day: short_date(day, self.t),
            clock=lambda value: clock(value, self.t),
            version=__version__,
            **context,
        )
        self.b.add(self.prefix + path, html.encode("utf-8"))

    def build(self) -> None:
        record = self.b.record
        t = self.t
        meetings = list(record.meetings)
        upcoming = [
            m
            for m in meetings
            if m.starts_at.date() >= record.today and m.status is not MeetingStatus.CANCELLED
        ]
        officers = [
            line for line in record.roster if line.name and any(o in OFFICER_ORDER for o in line.offices)
        ]
        self.page(
            "home",
            "index.html",
            "home.html",
            record.board.name,
            roster=record.roster,
            officers=officers,
            upcoming=upcoming[:3],
            notices=self.b.notices(t),
            today=record.today,
        )
        for m in meetings:
            self.meeting(m)
        self.page(
            "meetings",
            "meetings/index.html",
            "meetings.html",
            t("Meetings"),
            upcoming=upcoming,
            past=[m for m in reversed(meetings) if m.id not in {u.id for u in upcoming}],
            files=self.b.meeting_files[self.lang],
        )
        self.b.add(self.prefix + "meetings.ics", self.b.calendar)
        self.issues()
        self.impact()
        self.annual()
        self.data()

    def meeting(self, m: PublicMeeting) -> None:
        files: dict[str, str] = {}
        record = self.b.record
        if m.agenda.agenda:
            name = f"meetings/{m.slug}-agenda.pdf"
            self.b.pdf(self.prefix + name, ("agenda", m.agenda, self.lang), lambda: _agenda_pdf(m, self.lang))
            files["agenda"] = f"{m.slug}-agenda.pdf"
        if m.minutes is not None:
            name = f"meetings/{m.slug}-minutes.pdf"
            minutes = m.minutes
            self.b.pdf(
                self.prefix + name, ("minutes", minutes, self.lang), lambda: _minutes_pdf(minutes, self.lang)
            )
            files["minutes"] = f"{m.slug}-minutes.pdf"
        self.b.meeting_files[self.lang][m.id] = files
        motions_by_item: dict[int | None, list[object]] = {}
        if m.minutes is not None:
            for motion in m.minutes.motions:
                motions_by_item.setdefault(motion.agenda_item_id, []).append(motion)
        known = {line.id for line in (m.minutes.agenda if m.minutes else ())}
        loose = [mo for key, mos in motions_by_item.items() if key not in known for mo in mos]
        self.page(
            "meetings",
            f"meetings/{m.slug}.html",
            "meeting.html",
            self.b.meeting_title(m, self.t),
            m=m,
            files=files,
            motions_by_item=motions_by_item,
            loose_motions=loose,
            notices=self.b.notices(self.t),
            past=m.starts_at.date() < record.today,
        )

    def issues(self) -> None:
        stats = self.b.record.issues
        t = self.t
        env = self.b.env
        charts_made = [
            charts.bar_chart(
                env,
                "issues-by-category.svg",
                t("Issues reported by category"),
                [(c.category, c.count) for c in stats.by_category],
                t("issues"),
            ),
            charts.bar_chart(
                env,
                "issues-by-district.svg",
                t("Issues reported by district"),
                [(d.district or t("No district"), d.count) for d in stats.by_district],
                t("issues"),
            ),
            charts.bar_chart(
                env,
                "issues-by-status.svg",
                t("Issues reported by status"),
                [(label(s.status, t), s.count) for s in stats.by_status],
                t("issues"),
            ),
            charts.bar_chart(
                env,
                "resolution-days.svg",
                t("Median days to resolution by category"),
                [(c.category, round(c.median_days, 1)) for c in stats.medians],
                t("days"),
            ),
        ]
        for chart in charts_made:
            self.b.add(self.prefix + "charts/" + chart.filename, chart.svg)
        self.page(
            "issues",
            "issues.html",
            "issues.html",
            t("Issues"),
            stats=stats,
            charts={c.filename: c for c in charts_made},
        )

    def impact(self) -> None:
        sections = self.b.impact[self.lang]
        for section in sections:
            for chart in section.charts:
                self.b.add(self.prefix + "impact/" + chart.filename, chart.content)
        self.page("impact", "impact.html", "impact.html", self.t("Impact"), sections=sections)

    def annual(self) -> None:
        year = self.b.annual_year
        pdf_name = f"annual-{year}.pdf"
        self.b.pdf(
            self.prefix + pdf_name,
            ("annual", year, self.b.annual_data, self.lang),
            lambda: self.b.annual_pdf(self.lang),
        )
        data = self.b.annual_data
        self.page(
            "annual",
            "annual.html",
            "annual.html",
            self.t("Annual summary {year}").format(year=year),
            year=year,
            data=data,
            pdf=pdf_name,
        )

    def data(self) -> None:
        tables = opendata.tables(self.b.record)
        for table in tables:
            self.b.add(self.prefix + "data/" + table.filename, table.csv())
        self.page("data", "data/index.html", "data.html", self.t("Open data"), tables=tables)


def _agenda_pdf(m: PublicMeeting, language: str) -> bytes:
    from advisoryboard.reports.agenda import build_agenda

    return build_agenda(_translated_record(m.agenda, language), language)  # type: ignore[arg-type]


def _minutes_pdf(record: object, language: str) -> bytes:
    from advisoryboard.reports.minutes import build_minutes

    return build_minutes(_translated_record(record, language), language)  # type: ignore[arg-type]


def _translated_record(record: object, language: str) -> object:
    """Our 'a confidential matter' placeholder prints in the document's language."""
    from dataclasses import replace

    from advisoryboard.publish.public import CONFIDENTIAL_MATTER

    said = translate(CONFIDENTIAL_MATTER, language)
    rec = record
    lines = tuple(
        replace(line, title=said) if line.title == CONFIDENTIAL_MATTER else line
        for line in rec.agenda  # type: ignore[attr-defined]
    )
    motions = tuple(
        replace(mo, text=said) if mo.text == CONFIDENTIAL_MATTER else mo
        for mo in rec.motions  # type: ignore[attr-defined]
    )
    actions = tuple(
        replace(a, description=said) if a.description == CONFIDENTIAL_MATTER else a
        for a in rec.actions  # type: ignore[attr-defined]
    )
    return replace(rec, agenda=lines, motions=motions, actions=actions)  # type: ignore[type-var]


class SiteBuilder:
    def __init__(
        self, session: Session, folder: Path, spec: str, today: dt.date, progress: Progress | None
    ) -> None:
        self.session = session
        self.folder = folder
        self.languages = languages_of(spec)
        self.today = today
        self.progress = progress
        self.env = environment()
        self.files: dict[str, bytes] = {}
        self.keys: dict[str, str] = {}
        self.previous_files = check_folder(folder)
        self.previous_keys = read_manifest(folder, "keys")
        self.meeting_files: dict[str, dict[int, dict[str, str]]] = {lang: {} for lang in self.languages}
        self.record: PublicRecord = load_public_record(session, today)
        self.impact: dict[str, list[ImpactSection]] = {
            lang: impact_sections(session, lang, today) for lang in self.languages
        }
        self.calendar = self._calendar()
        self.annual_year, self.annual_data = self._annual()

    def prefix_of(self, language: str) -> str:
        return f"{language}/" if len(self.languages) > 1 else ""

    def add(self, path: str, data: bytes) -> None:
        self.files[path] = data

    def pdf(self, path: str, source: tuple[object, ...], build: Callable[[], bytes]) -> None:
        """A PDF, rebuilt only when what it is made from changed since the last publication."""
        key = _key(__version__, *source)
        data = reusable(self.folder, path, key, self.previous_keys, self.previous_files)
        self.files[path] = data if data is not None else build()
        self.keys[path] = key

    @staticmethod
    def meeting_title(m: PublicMeeting, t: Callable[[str], str]) -> str:
        kind = label(m.kind, t)
        when = long_date(m.starts_at.date(), t)
        return f"{kind}: {m.title} — {when}" if m.title else f"{kind} — {when}"

    def notices(self, t: Callable[[str], str]) -> dict[str, str]:
        board = self.record.board
        return {
            "comment": shown(board.public_comment_instructions, t)
            or t(
                "Members of the public may speak during public comment. Please sign in and state your "
                "name; each speaker has up to three minutes."
            ),
            "accommodation": shown(board.accommodation_notice, t)
            or t(
                "Persons needing special accommodations or language interpretation should contact the "
                "board office at least 48 hours before the meeting."
            ),
        }

    def _calendar(self) -> bytes:
        from advisoryboard.exporting.calendar import meetings_calendar

        by_id = {m.id: m for m in self.record.meetings}

        def describe(_session: Session, meeting_id: int) -> str:
            m = by_id.get(meeting_id)
            if m is None:
                return ""
            return "\n".join(
                f"{'   ' if line.is_sub else ''}{line.number}. {line.title}" for line in m.agenda.agenda
            )

        stamp = max((m.starts_at for m in self.record.meetings), default=dt.datetime(2000, 1, 1))
        return meetings_calendar(self.session, describe=describe, stamp=stamp.replace(tzinfo=dt.UTC))

    def _annual(self) -> tuple[int, object]:
        from advisoryboard.publish.annual import public_annual

        return public_annual(self.session, self.record)

    def annual_pdf(self, language: str) -> bytes:
        from advisoryboard.reports.annual import build_annual

        return build_annual(self.annual_data, language)  # type: ignore[arg-type]

    def build(self) -> PublishResult:
        with invariant_pdfs():
            for index, lang in enumerate(self.languages):
                if self.progress:
                    self.progress(
                        10 + 80 * index // len(self.languages),
                        _("Pages in {lang}…").format(lang=LANGUAGE_NAMES[lang]),
                    )
                _Tree(self, lang, self.prefix_of(lang)).build()
        self.add("style.css", self.env.get_template("style.css").render().encode("utf-8"))
        if len(self.languages) > 1:
            html = self.env.get_template("choose.html").render(
                board=self.record.board,
                choices=[
                    (lang, LANGUAGE_NAMES[lang], f"{lang}/index.html", translate("Home", lang))
                    for lang in self.languages
                ],
                version=__version__,
            )
            self.add("index.html", html.encode("utf-8"))
        if self.progress:
            self.progress(92, _("Writing files…"))
        stats = write_site(self.folder, self.files, self.record.private_texts, self.keys)
        pages = sum(1 for name in self.files if name.endswith(".html"))
        return PublishResult(self.folder, self.languages, pages, stats)


def publish_site(
    session: Session,
    folder: Path,
    language: str = "en",
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> PublishResult:
    """Build (or update) the website in `folder`; see the module docstring."""
    if progress:
        progress(2, _("Reading the public record…"))
    builder = SiteBuilder(session, folder, language, today or dt.date.today(), progress)
    return builder.build()


__all__ = ["LANGUAGE_CHOICES", "MANIFEST", "PublishResult", "publish_site"]
