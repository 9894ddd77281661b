"""The Meetings & Minutes tab: the meetings list and, for the selected meeting, its agenda,
roll call, minutes, motions and action items."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.permissions import Permission
from ui.common.button_bar import ButtonBar
from ui.common.fit import fit_columns_once, remember_columns
from ui.context import AppContext
from ui.meetings.agenda_panel import AgendaPanel
from ui.meetings.forms import add_button
from ui.meetings.meeting_dialogs import MeetingDialog, ScheduleDialog
from ui.meetings.meetings_model import MeetingsModel
from ui.meetings.minutes_panel import MinutesPanel
from ui.meetings.motions_panel import MotionsPanel
from ui.meetings.roll_call_panel import RollCallPanel
from ui.meetings.template_dialog import TemplateDialog
from ui.operations import DbSession, QueryOp
from ui.tabbase import BoardTab


class ExportPath:
    """Asks where to save the calendar (monkeypatch `ask` in tests)."""

    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportPath", "Export meetings calendar"),
            "meetings.ics",
            QCoreApplication.translate("ExportPath", "iCalendar files (*.ics)"),
        )
        return Path(name) if name else None


class MeetingsTab(BoardTab):
    watched_areas = frozenset({"meetings", "members", "settings", "issues"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("meetingsTab")
        layout = QVBoxLayout(self)
        bar = ButtonBar(self, "meetingsButtons")
        self.new_button = add_button(
            self, bar, "newMeetingButton", self.tr("&New meeting (Ctrl+Shift+N)"), self.new_meeting
        )
        self.edit_button = add_button(
            self, bar, "editMeetingButton", self.tr("Edi&t meeting…"), self.edit_meeting
        )
        self.schedule_button = add_button(
            self, bar, "scheduleButton", self.tr("&Schedule a year…"), self.schedule
        )
        self.template_button = add_button(
            self, bar, "agendaTemplateButton", self.tr("Agenda &template…"), self.edit_template
        )
        self.export_button = add_button(
            self, bar, "exportCalendarButton", self.tr("&Export calendar (.ics)…"), self.export_calendar
        )
        bar.add_stretch()
        self.print_agenda = add_button(
            self, bar, "printAgendaButton", self.tr("Print &agenda"), lambda: self._print("agenda")
        )
        self.print_minutes = add_button(
            self, bar, "printMinutesButton", self.tr("Print &minutes"), lambda: self._print("minutes")
        )
        self.print_sign_in = add_button(
            self, bar, "printSignInButton", self.tr("Print s&ign-in sheet"), lambda: self._print("sign-in")
        )
        self.print_handout = add_button(  # the police report's handout, named on the agenda
            self, bar, "printCrimeTrendsButton", self.tr("Han&dout"), lambda: self._print("crime-trends")
        )
        self.print_handout.setToolTip(self.tr("Print the crime trends handout for the police report"))
        self.print_handout.setAccessibleName(self.tr("Print the crime trends handout"))
        layout.addWidget(bar)
        for widget in (self.new_button, self.edit_button, self.schedule_button, self.template_button):
            widget.setEnabled(ctx.can(Permission.EDIT_MEETINGS))
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_meeting)
        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.when = QComboBox(left)
        self.when.setObjectName("meetingsWhenCombo")
        self.when.setAccessibleName(self.tr("Which meetings to list"))
        for value, text in (
            ("all", self.tr("All meetings")),
            ("upcoming", self.tr("Upcoming")),
            ("past", self.tr("Past")),
        ):
            self.when.addItem(text, value)
        self.when.currentIndexChanged.connect(self._when_changed)
        left_layout.addWidget(self.when)
        self.model = MeetingsModel(ctx, self)
        self.table = QTableView(left)
        self.table.setObjectName("meetingsTable")
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self._reselecting = False
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_a: None if self._reselecting else self._show_selected()
        )
        left_layout.addWidget(self.table)
        self.details = QTabWidget(splitter)
        self.details.setObjectName("meetingDetails")
        self.details.setAccessibleName(self.tr("Selected meeting"))
        self.agenda = AgendaPanel(ctx, self.details)
        self.roll_call = RollCallPanel(ctx, self.details)
        self.minutes = MinutesPanel(ctx, self.details)
        self.motions = MotionsPanel(ctx, self.details)
        self.details.addTab(self.agenda, self.tr("A&genda"))
        self.details.addTab(self.roll_call, self.tr("&Roll call"))
        self.details.addTab(self.minutes, self.tr("Min&utes"))
        self.details.addTab(self.motions, self.tr("Motions && acti&on items"))
        self._stale: set[QWidget] = set()
        self.details.currentChanged.connect(lambda _i: self._load_current_page())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([600, 760])
        self.table.setWordWrap(False)
        layout.addWidget(splitter)
        self.model.reload()
        # Minutes before Place, whose long addresses take the rest of the width: all in view.
        self.table.horizontalHeader().moveSection(4, 3)
        fit_columns_once(self.table, cap=200)
        remember_columns(self.table, "meetings")
        upcoming = self.model.next_meeting_id()  # open on the next meeting: what the secretary works on
        if upcoming is not None:
            self.select_meeting(upcoming)
        self._show_selected()

    def tab_title(self) -> str:
        return self.tr("Meetings & Minutes")

    def view_state(self) -> object:
        meeting_id = self.selected_meeting_id()
        return {"meeting_id": meeting_id, "page": self.details.currentIndex()} if meeting_id else None

    def apply_navigation(self, request: object) -> None:
        """Show a meeting another part of the window asks for: {'meeting_id': N, 'page': i}."""
        if isinstance(request, dict) and isinstance(request.get("meeting_id"), int):
            self.select_meeting(request["meeting_id"])
            if isinstance(request.get("page"), int):
                self.details.setCurrentIndex(request["page"])

    # ------------------------------------------------------------------ selection
    def selected_meeting_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def select_meeting(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row < 0 and self.when.currentData() != "all":
            self.when.setCurrentIndex(0)
            row = self.model.row_of(meeting_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _show_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        # only the page in view loads now; the others when they are shown (keeps selection quick)
        self._stale = {self.agenda, self.roll_call, self.minutes, self.motions}
        self._load_current_page()
        for button in (self.print_agenda, self.print_minutes, self.print_sign_in, self.print_handout):
            button.setEnabled(meeting_id is not None)
        # With no meeting chosen the pages have nothing to edit: greyed out, not an empty form.
        self.details.setEnabled(meeting_id is not None)
        self.details.setToolTip(
            "" if meeting_id is not None else self.tr("Choose a meeting in the list first.")
        )
        self.edit_button.setEnabled(meeting_id is not None and self.ctx.can(Permission.EDIT_MEETINGS))

    def _load_current_page(self) -> None:
        page = self.details.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            page.load(self.selected_meeting_id())  # type: ignore[attr-defined]

    def _when_changed(self) -> None:
        self.model.when = self.when.currentData()
        self._reload_keeping_selection()

    def _reload_keeping_selection(self) -> None:
        """Read the list again, select the same meeting, and show its page once."""
        selected = self.selected_meeting_id()
        self._reselecting = True  # re-selecting after the reset is not a new choice of meeting
        try:
            self.model.reload()
            if selected is not None:
                self.select_meeting(selected)
        finally:
            self._reselecting = False
        self._show_selected()

    def on_changed(self, areas: frozenset[str]) -> None:
        self._refresh()

    def _refresh(self) -> None:
        """Reload after commits (BoardTab defers this to the end of the event-loop turn, so
        widgets are never rebuilt inside their own signal)."""
        self._reload_keeping_selection()

    # ------------------------------------------------------------------ actions
    def new_meeting(self) -> None:
        if not self.ctx.can(Permission.EDIT_MEETINGS):
            return
        meeting_id = MeetingDialog.ask(self, self.ctx)
        if meeting_id is not None:
            self.flush_changes()  # the change notice shows the new meeting; then select it
            self.select_meeting(meeting_id)
            self.details.setCurrentWidget(self.agenda)
            self.status_message.emit(self.tr("Meeting created."))

    def edit_meeting(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is None or not self.ctx.can(Permission.EDIT_MEETINGS):
            return
        row = self.model.row_at(self.model.row_of(meeting_id))
        if row is not None:
            MeetingDialog.ask(self, self.ctx, row)  # the change notice reloads, keeping the selection

    def schedule(self) -> None:
        created = ScheduleDialog.ask(self, self.ctx)
        if created:
            self.status_message.emit(self.tr("%Ln meeting(s) scheduled.", "", len(created)))

    def edit_template(self) -> None:
        if TemplateDialog.ask(self, self.ctx):
            self.status_message.emit(self.tr("Agenda template saved."))

    def export_calendar(self) -> None:
        path = ExportPath.ask(self)
        if path is None:
            return

        def work(session: DbSession) -> int:
            # icalendar (with asyncio, email, dateutil) is imported only when exporting: start-up.
            from advisoryboard.exporting.calendar import write_meetings_calendar

            return write_meetings_calendar(session, path)

        def done(count: int) -> None:
            self.status_message.emit(
                self.tr("%Ln meeting(s) written to {path}", "", count).format(path=str(path))
            )

        QueryOp(self, self.ctx, work).success(done).with_progress(
            self.tr("Exporting meetings…"), cancellable=False
        ).run_in_background()

    def _print(self, kind: str) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            self.print_request.emit(kind, {"meeting_id": meeting_id})

    def default_print_request(self) -> tuple[str, dict[str, object]] | None:
        meeting_id = self.selected_meeting_id()
        return ("agenda", {"meeting_id": meeting_id}) if meeting_id is not None else None
