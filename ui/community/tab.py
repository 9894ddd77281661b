"""The Community tab: programs and events with search and filters, an event's or program's
details (who took part, as the reader may see it), and its flyer and sign-in sheet."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.i18n import current_language
from advisoryboard.labels import label
from advisoryboard.permissions import Permission
from advisoryboard.services import community as svc
from advisoryboard.services import community_people as people
from database.models.community import EventKind, EventStatus
from ui.common.button_bar import ButtonBar
from ui.common.formatting import format_date, format_datetime, format_number
from ui.common.search_bar import SearchFilterBar
from ui.community.dialogs import EventDialog, ProgramDialog
from ui.community.models import EventsModel, ProgramsModel
from ui.context import AppContext
from ui.operations import ChangeOp, QueryOp
from ui.tabbase import BoardTab


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CommunityTab(BoardTab):
    watched_areas = frozenset({"community", "issues"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("communityTab")
        layout = QVBoxLayout(self)
        layout.addWidget(self._filters())
        layout.addLayout(self._buttons())
        self.programs_model = ProgramsModel(self)
        self.events_model = EventsModel(self)
        self.programs_table = _table(self, "programsTable", self.tr("Programs"))
        self.programs_table.setModel(self.programs_model)
        self.events_table = _table(self, "eventsTable", self.tr("Events"))
        self.events_table.setModel(self.events_model)
        self.events_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.events_model.sort(0, Qt.SortOrder.DescendingOrder)
        self.details = QTextBrowser(self)
        self.details.setObjectName("communityDetails")
        self.details.setAccessibleName(self.tr("Details of the selected event or program"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._open_link)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("communityListsSplitter")
        left.addWidget(self.programs_table)
        left.addWidget(self.events_table)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 3)
        splitter = QSplitter(self)
        splitter.setObjectName("communitySplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("communityCount")
        layout.addWidget(self.count_label)
        self.events_table.selectionModel().selectionChanged.connect(self._event_selected)
        self.programs_table.selectionModel().selectionChanged.connect(self._program_selected)
        self.events_table.activated.connect(lambda _i: self.edit_event())
        self.programs_table.activated.connect(lambda _i: self.edit_program())
        self.loads = 0  # finished list loads (tests wait on it)
        for column, width in enumerate((130, 220, 120, 170, 80, 70, 60)):
            self.events_table.setColumnWidth(column, width)
        for column, width in enumerate((230, 130, 80, 90, 60)):
            self.programs_table.setColumnWidth(column, width)
        self._apply_permissions()
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Community")

    # ------------------------------------------------------------------ building
    def _filters(self) -> SearchFilterBar:
        bar = SearchFilterBar(
            self,
            name="communitySearch",
            placeholder=self.tr("Search title, place, co-host or program…"),
            accessible=self.tr("Search events"),
            combo_stretch=1,
        )
        self.filter_bar = bar
        self.search = bar.search
        self.search_timer = bar.timer
        self.kind_filter = bar.add_combo(
            "communityKindFilter",
            self.tr("Kind of event"),
            [(self.tr("Any kind"), None), *((label(k), k) for k in EventKind)],
        )
        self.status_filter = bar.add_combo(
            "communityStatusFilter",
            self.tr("Event status"),
            [(self.tr("Any status"), None), *((label(k), k) for k in EventStatus)],
        )
        year = dt.date.today().year
        self.year_filter = bar.add_combo(
            "communityYearFilter",
            self.tr("Year"),
            [(self.tr("Any year"), None), *((str(y), y) for y in range(year + 1, year - 10, -1))],
        )
        self.program_filter = bar.add_combo(
            "communityProgramFilter", self.tr("Program"), [(self.tr("Any program"), None)]
        )
        bar.changed.connect(self.reload_events)
        return bar

    def _button(self, name: str, text: str, accessible: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        bar = ButtonBar(self, "communityButtons")  # what does not fit goes into "More ▾"
        row.addWidget(bar)
        self.new_event_button = self._button(
            "newEventButton", self.tr("&New event…"), self.tr("New event"), self.new_event
        )
        self.edit_event_button = self._button(
            "editEventButton", self.tr("&Edit event…"), self.tr("Edit the selected event"), self.edit_event
        )
        self.new_program_button = self._button(
            "newProgramButton", self.tr("New &program…"), self.tr("New program"), self.new_program
        )
        self.edit_program_button = self._button(
            "editProgramButton",
            self.tr("Edit pro&gram…"),
            self.tr("Edit the selected program"),
            self.edit_program,
        )
        self.flyer_button = self._button(
            "flyerButton",
            self.tr("&Flyer…"),
            self.tr("Save the selected event's flyer as PDF"),
            self.save_flyer,
        )
        self.sign_in_button = self._button(
            "eventSignInButton",
            self.tr("S&ign-in sheet…"),
            self.tr("Save the selected event's sign-in sheet as PDF"),
            self.save_sign_in,
        )
        self.import_button = self._button(
            "importAttendanceButton",
            self.tr("Import sign-&ins…"),
            self.tr("Import the selected event's sign-in spreadsheet"),
            self.import_sign_ins,
        )
        self.export_button = self._button(
            "exportEventsButton", self.tr("E&xport…"), self.tr("Export the listed events"), self.export_events
        )
        for b in (
            self.new_event_button,
            self.edit_event_button,
            self.new_program_button,
            self.edit_program_button,
            self.flyer_button,
            self.sign_in_button,
            self.import_button,
            self.export_button,
        ):
            bar.add(b)
        bar.add_stretch()
        return row

    def _apply_permissions(self) -> None:
        can_edit = self.ctx.can(Permission.EDIT_COMMUNITY)
        for b in (
            self.new_event_button,
            self.edit_event_button,
            self.new_program_button,
            self.edit_program_button,
        ):
            b.setEnabled(can_edit)
        self.import_button.setEnabled(can_edit and self.ctx.can(Permission.IMPORT_DATA))
        self.export_button.setEnabled(self.ctx.can(Permission.EXPORT_DATA))

    # ------------------------------------------------------------------ data
    def current_filter(self) -> svc.EventFilter:
        return svc.EventFilter(
            text=self.search.text(),
            kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
            year=self.year_filter.currentData(),
            program_id=self.program_filter.currentData(),
        )

    def refresh(self) -> None:
        QueryOp(self, self.ctx, lambda s: svc.list_programs(s)).success(
            self._programs_loaded
        ).run_in_background()
        self.reload_events()

    def on_changed(self, areas: frozenset[str]) -> None:
        self.refresh()

    def _programs_loaded(self, rows: list[svc.ProgramRecord]) -> None:
        selected = self.selected_program()
        self.programs_model.set_rows(rows)
        programs = sorted(rows, key=lambda p: p.name.casefold())
        SearchFilterBar.refill(self.program_filter, ((p.name, p.id) for p in programs))
        if selected is not None and (row := self.programs_model.row_of(selected)) >= 0:
            self.programs_table.selectRow(row)

    def reload_events(self) -> None:
        flt = self.current_filter()
        QueryOp(self, self.ctx, lambda s: svc.list_events(s, flt)).success(
            self._events_loaded
        ).run_in_background()

    def _events_loaded(self, rows: list[svc.EventRow]) -> None:
        selected = self.selected_event()
        self.events_model.set_rows(rows)
        held = sum(1 for r in rows if r.status is EventStatus.HELD)
        people_ = sum(r.head_count or 0 for r in rows if r.status is EventStatus.HELD)
        self.count_label.setText(
            self.tr("{n} events listed; {held} held, {people} participants").format(
                n=format_number(len(rows)), held=format_number(held), people=format_number(people_)
            )
        )
        if selected is not None and (row := self.events_model.row_of(selected)) >= 0:
            self.events_table.selectRow(row)
        self.loads += 1

    def selected_event(self) -> int | None:
        rows = self.events_table.selectionModel().selectedRows()
        item = self.events_model.row_at(rows[0].row()) if rows else None
        return item.id if item else None

    def selected_program(self) -> int | None:
        rows = self.programs_table.selectionModel().selectedRows()
        item = self.programs_model.row_at(rows[0].row()) if rows else None
        return item.id if item else None

    # ------------------------------------------------------------------ details
    def _event_selected(self, _sel: QItemSelection, _old: QItemSelection) -> None:
        event_id = self.selected_event()
        if event_id is None:
            return
        public = not self.ctx.can(Permission.VIEW_CONFIDENTIAL)

        def load(s: Any) -> tuple[svc.EventRecord, list[people.SignInLine]]:
            return svc.get_event(s, event_id), people.list_sign_ins(s, event_id, public=public)

        QueryOp(self, self.ctx, load).success(self._show_event).run_in_background()

    def _program_selected(self, _sel: QItemSelection, _old: QItemSelection) -> None:
        program_id = self.selected_program()
        if program_id is None:
            return
        public = not self.ctx.can(Permission.VIEW_CONFIDENTIAL)

        def load(s: Any) -> tuple[svc.ProgramRecord, list[people.BlockLine]]:
            return svc.get_program(s, program_id), people.list_blocks(s, program_id, public=public)

        QueryOp(self, self.ctx, load).success(self._show_program).run_in_background()

    def _show_event(self, loaded: tuple[svc.EventRecord, list[people.SignInLine]]) -> None:
        e, signed = loaded
        esc = html.escape
        when = format_datetime(e.starts_at) + (f" – {format_datetime(e.ends_at)}" if e.ends_at else "")
        facts = [
            (self.tr("Kind"), label(e.kind)),
            (self.tr("Status"), label(e.status)),
            (self.tr("When"), when),
            (self.tr("Place"), e.place),
            (self.tr("Program"), e.program),
            (self.tr("Co-hosts"), e.cohosts),
            (self.tr("Languages"), ", ".join(e.languages)),
            (self.tr("Accessibility"), e.accessibility),
            (self.tr("What to bring"), e.what_to_bring),
            (
                self.tr("Expected"),
                format_number(e.expected_attendance) if e.expected_attendance is not None else "",
            ),
            (self.tr("Head count"), format_number(e.head_count) if e.head_count is not None else ""),
            (self.tr("Volunteers"), format_number(e.volunteers)),
            (self.tr("Volunteer hours"), format_number(e.volunteer_hours, 1)),
            (self.tr("Outcome"), e.outcome_notes),
        ]
        parts = [f"<h3>{esc(e.title)}</h3><table>"]
        parts += [f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in facts if v]
        parts.append("</table>")
        raised = self.tr("Issues raised here")
        parts.append(f"<h4>{esc(raised)}</h4>")
        if e.issues:
            parts.append(
                "<ul>"
                + "".join(
                    f'<li><a href="issue:{i.id}">{esc(i.reference)}</a> {esc(i.title)}</li>' for i in e.issues
                )
                + "</ul>"
            )
        else:
            none = self.tr("None recorded.")
            parts.append(f"<p>{esc(none)}</p>")
        named = self.tr("Named sign-ins ({n})").format(n=len(signed))
        parts.append(f"<h4>{esc(named)}</h4><ul>")
        withheld = self.tr("(name withheld: no consent)")
        for p in signed:
            extra = ", ".join(x for x in (p.street, p.contact, p.language) if x)
            parts.append(f"<li>{esc(p.name or withheld)}{' — ' + esc(extra) if extra else ''}</li>")
        parts.append("</ul>")
        self.details.setHtml("".join(parts))

    def _open_link(self, url: QUrl) -> None:
        """An issue raised at the event opens in the Issues tab (the link's other side)."""
        if url.scheme() == "issue" and url.path().isdigit():
            self.navigate.emit("issuesTab", {"issue_id": int(url.path())})

    def _show_program(self, loaded: tuple[svc.ProgramRecord, list[people.BlockLine]]) -> None:
        p, blocks = loaded
        esc = html.escape
        dates = format_date(p.start_date) + (f" – {format_date(p.end_date)}" if p.end_date else "")
        facts = [
            (self.tr("Kind"), label(p.kind)),
            (self.tr("Status"), label(p.status)),
            (self.tr("District or beat"), p.district),
            (self.tr("Area covered"), p.area),
            (self.tr("Coordinator"), p.coordinator),
            (self.tr("Partners"), p.partners),
            (self.tr("Households"), format_number(p.households) if p.households is not None else ""),
            (self.tr("Dates"), dates),
            (self.tr("Events"), format_number(p.events)),
        ]
        parts = [f"<h3>{esc(p.name)}</h3><table>"]
        parts += [f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in facts if v]
        parts.append("</table>")
        if blocks:
            covered = sum(1 for b in blocks if b.captain_name and b.captain_active)
            heading = self.tr("Blocks: {covered} of {n} with an active captain").format(
                covered=covered, n=len(blocks)
            )
            parts.append(f"<h4>{esc(heading)}</h4><ul>")
            for b in blocks:
                who = b.captain_name or self.tr("(no captain)")
                contact = f" — {b.captain_contact}" if b.captain_contact else ""
                parts.append(f"<li>{esc(b.block)}: {esc(who)}{esc(contact)}</li>")
            parts.append("</ul>")
        self.details.setHtml("".join(parts))

    # ------------------------------------------------------------------ actions
    def new_event(self) -> None:
        EventDialog.ask(self, self.ctx)

    def edit_event(self) -> None:
        event_id = self.selected_event()
        if event_id is None:
            self.status_message.emit(self.tr("Choose an event first."))
            return
        EventDialog.ask(self, self.ctx, event_id)

    def new_program(self) -> None:
        ProgramDialog.ask(self, self.ctx)

    def edit_program(self) -> None:
        program_id = self.selected_program()
        if program_id is None:
            self.status_message.emit(self.tr("Choose a program first."))
            return
        ProgramDialog.ask(self, self.ctx, program_id)

    @classmethod
    def ask_save_path(cls, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        path, _f = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path

    @classmethod
    def ask_open_path(cls, parent: QWidget, title: str, filters: str) -> str:
        path, _f = QFileDialog.getOpenFileName(parent, title, "", filters)
        return path

    def _save_pdf(self, kind: str, suggested: str) -> None:
        event_id = self.selected_event()
        if event_id is None:
            self.status_message.emit(self.tr("Choose an event first."))
            return
        path = self.ask_save_path(
            self, self.tr("Save as PDF"), suggested.format(id=event_id), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        language = current_language()  # the window's language (View ▸ Language)

        def op(s: Any) -> str:
            from advisoryboard.reports.community_documents import render_community

            Path(path).write_bytes(render_community(s, kind, event_id, language))
            return path

        QueryOp(self, self.ctx, op).success(
            lambda p: self.status_message.emit(self.tr("Saved {file}").format(file=p))
        ).run_in_background()

    def save_flyer(self) -> None:
        self._save_pdf("flyer", "flyer-event-{id}.pdf")

    def save_sign_in(self) -> None:
        self._save_pdf("event-sign-in", "sign-in-event-{id}.pdf")

    def export_events(self) -> None:
        path = self.ask_save_path(
            self,
            self.tr("Export events"),
            "events.xlsx",
            self.tr("Spreadsheet (*.xlsx);;CSV (*.csv);;Calendar (*.ics)"),
        )
        if not path:
            return
        flt = self.current_filter()

        def op(s: Any) -> int:
            if path.lower().endswith(".ics"):
                from advisoryboard.exporting.calendar import meetings_calendar

                data = meetings_calendar(s)
                Path(path).write_bytes(data)
                return data.count(b"UID:community-event-")
            from advisoryboard.exporting.events import export_events

            return export_events(s, path, flt)

        QueryOp(self, self.ctx, op).success(
            lambda n: self.status_message.emit(self.tr("{n} events exported.").format(n=format_number(n)))
        ).run_in_background()

    def import_sign_ins(self) -> None:
        event_id = self.selected_event()
        if event_id is None:
            self.status_message.emit(self.tr("Choose an event first."))
            return
        path = self.ask_open_path(self, self.tr("Import sign-ins"), self.tr("Spreadsheets (*.xlsx *.csv)"))
        if not path:
            return

        def op(s: Any) -> int:
            from advisoryboard.importing.event_attendance import import_attendance
            from advisoryboard.importing.tabular import read_table

            return import_attendance(s, event_id, read_table(path)).imported

        ChangeOp(self, self.ctx, op).success(
            lambda n: self.status_message.emit(self.tr("{n} sign-ins imported.").format(n=format_number(n)))
        ).with_progress(self.tr("Importing sign-ins…"), cancellable=False).run_in_background()
