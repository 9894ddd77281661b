"""Print preview from the GUI: the same PDF as the core, Save as PDF…, Print…, chooser, cancel."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from advisoryboard.permissions import Actor
from advisoryboard.reports.documents import render
from advisoryboard.services.base import read_only
from database.enums import MeetingStatus, MinutesStatus, Role
from database.models import Meeting
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.printing import open_previews, open_print
from ui.printing.chooser import PrintChooser
from ui.printing.preview import PrintPreview, PrintQuestion, SavePdfQuestion


def _draft_meeting(window: MainWindow) -> int:
    with window.ctx.db.session() as s:
        meeting_id = s.scalar(
            select(Meeting.id)
            .where(Meeting.status == MeetingStatus.HELD, Meeting.minutes_status == MinutesStatus.DRAFT)
            .order_by(Meeting.starts_at.desc())
        )
    assert meeting_id is not None
    return meeting_id


def _wait_preview(qtbot, before: int = 0) -> PrintPreview:
    qtbot.waitUntil(lambda: len(open_previews()) > before, timeout=30000)
    preview = open_previews()[-1]
    qtbot.waitExposed(preview)
    return preview


@pytest.fixture(autouse=True)
def _close_previews():
    yield
    for preview in open_previews():
        preview.close()


def test_minutes_preview_shows_every_page_and_saves_the_same_pdf(
    main_window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = _draft_meeting(main_window)
    with read_only(main_window.ctx.db) as session:
        expected = len(PdfReader(io.BytesIO(render(session, "minutes", {"meeting_id": meeting_id}))).pages)
    open_print(main_window, main_window.ctx, "minutes", {"meeting_id": meeting_id})
    preview = _wait_preview(qtbot)
    assert preview.page_count == expected >= 1
    assert preview.view.document() is preview.document
    assert str(expected) in preview.pages_label.text()
    assert "Minutes" in preview.windowTitle()

    target = tmp_path / "out" / "minutes"
    target.parent.mkdir()
    monkeypatch.setattr(SavePdfQuestion, "ask", classmethod(lambda cls, parent, suggested: str(target)))
    preview.save_action.trigger()
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == preview.pdf
    assert len(PdfReader(saved).pages) == expected
    assert preview.filename == f"minutes-meeting-{meeting_id}.pdf"


def test_print_renders_every_page_onto_the_printer(
    main_window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_print(main_window, main_window.ctx, "issues", {"status": "open"})
    preview = _wait_preview(qtbot)
    assert preview.page_count > 1
    out = tmp_path / "printed.pdf"

    def choose_pdf_printer(cls, parent, printer: QPrinter, pages: int) -> bool:
        assert pages == preview.page_count
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(PrintQuestion, "ask", classmethod(choose_pdf_printer))
    preview.print_action.trigger()
    assert len(PdfReader(out).pages) == preview.page_count


def test_print_menu_without_a_document_asks_which_one(
    main_window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(cls, parent, ctx, meetings, kind=""):
        asked.append(kind)
        assert meetings and meetings[0].starts_at >= meetings[-1].starts_at
        return "roster", {"public": True, "language": "en"}

    monkeypatch.setattr(PrintChooser, "ask", classmethod(choose))
    open_print(main_window, main_window.ctx, "", {})
    preview = _wait_preview(qtbot)
    assert asked == [""]
    assert preview.filename == "roster-public.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Board roster (public)" in text


def test_chooser_shows_the_fields_each_document_needs(main_window: MainWindow, qtbot) -> None:
    from advisoryboard.reports.documents import meeting_choices

    with read_only(main_window.ctx.db) as session:
        meetings = meeting_choices(session)
    dialog = PrintChooser(main_window, main_window.ctx, meetings, "agenda")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.meeting.isVisible() and not dialog.year.isVisible()
    kind, params = dialog.request()
    assert kind == "agenda" and params["meeting_id"] == dialog.meeting.currentData()
    dialog.kind.setCurrentIndex(dialog.kind.findData("annual"))
    assert dialog.year.isVisible() and not dialog.meeting.isVisible()
    dialog.year.setValue(2025)
    dialog.fiscal.setChecked(True)
    assert dialog.request() == ("annual", {"language": "en", "year": 2025, "fiscal": True})
    dialog.kind.setCurrentIndex(dialog.kind.findData("issues"))
    assert dialog.status.isVisible() and dialog.internal.isVisible() and dialog.internal.isEnabled()
    dialog.group.setCurrentIndex(dialog.group.findData("partner"))
    assert dialog.request()[1]["group_by"] == "partner"


def test_staff_cannot_choose_internal_documents(main_window: MainWindow, qtbot) -> None:
    staff = AppContext(main_window.ctx.db, main_window.ctx.hub, Actor(username="desk", role=Role.STAFF))
    dialog = PrintChooser(main_window, staff, [], "roster")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.internal.isEnabled()
    assert dialog.request() == ("roster", {"language": "en", "public": True})
    dialog.kind.setCurrentIndex(dialog.kind.findData("minutes"))
    assert not dialog.ok.isEnabled()  # no meeting to choose


def test_annual_summary_builds_in_the_background_and_can_be_cancelled(main_window: MainWindow, qtbot) -> None:
    task = open_print(main_window, main_window.ctx, "annual", {"year": 2025})
    assert task is not None
    with qtbot.waitSignal(task.signals.cancelled, timeout=30000):
        task.progress.cancel()
    assert open_previews() == []
    task = open_print(main_window, main_window.ctx, "annual", {"year": 2025})
    assert task is not None
    progress: list[int] = []
    task.signals.progress.connect(lambda percent, _label: progress.append(percent))
    preview = _wait_preview(qtbot)
    assert preview.page_count >= 4
    assert progress and progress == sorted(progress)


def test_chooser_offers_english_spanish_and_bilingual(main_window: MainWindow, qtbot) -> None:
    from advisoryboard.i18n import document_language_choices, translate
    from advisoryboard.reports.documents import meeting_choices

    with read_only(main_window.ctx.db) as session:
        meetings = meeting_choices(session)
    dialog = PrintChooser(main_window, main_window.ctx, meetings, "agenda")
    qtbot.addWidget(dialog)
    offered = [
        (dialog.language.itemData(i), dialog.language.itemText(i)) for i in range(dialog.language.count())
    ]
    assert offered == document_language_choices()
    assert [code for code, _name in offered] == ["en", "es", "en+es"]
    dialog.language.setCurrentIndex(dialog.language.findData("en+es"))
    kind, params = dialog.request()
    assert params["language"] == "en+es"
    open_print(main_window, main_window.ctx, kind, params)
    preview = _wait_preview(qtbot)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Call to order" in text and translate("Call to order", "es") in text


def test_a_meetings_agenda_names_the_crime_trends_handout_its_print_buttons_offer(
    main_window: MainWindow, qtbot
) -> None:
    from PySide6.QtCore import Qt

    from advisoryboard.reports.documents import meeting_choices
    from database.models import AgendaItem

    with read_only(main_window.ctx.db) as session:
        meeting_id = session.scalar(
            select(AgendaItem.meeting_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(
                AgendaItem.title == "Police liaison report: crime trends",
                Meeting.status == MeetingStatus.HELD,
            )
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        )
        meetings = meeting_choices(session)
    assert meeting_id is not None
    tab = main_window.tab("meetingsTab")
    main_window.tabs.setCurrentWidget(tab)
    tab.select_meeting(meeting_id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tab.selected_meeting_id() == meeting_id)  # type: ignore[attr-defined]
    assert (
        tab.print_handout.isEnabled()  # type: ignore[attr-defined]
        and tab.print_handout.accessibleName() == "Print the crime trends handout"  # type: ignore[attr-defined]
    )
    qtbot.mouseClick(tab.print_agenda, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    agenda = _wait_preview(qtbot)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(agenda.pdf)).pages)
    assert "Police liaison report: crime trends" in text and "Handout: Crime trends, " in text
    qtbot.mouseClick(tab.print_handout, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    handout = _wait_preview(qtbot, before=1)
    assert handout.filename == f"crime-trends-meeting-{meeting_id}.pdf"
    assert "Crime trends" in PdfReader(io.BytesIO(handout.pdf)).pages[0].extract_text()

    chooser = PrintChooser(main_window, main_window.ctx, meetings, "crime-trends")  # File ▸ Print… too
    qtbot.addWidget(chooser)
    chooser.show()
    assert chooser.kind.currentText() == "Crime trends handout" and chooser.meeting.isVisible()
    assert chooser.request()[1]["meeting_id"] == chooser.meeting.currentData()
