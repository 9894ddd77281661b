"""The Safety tab: crime trends, SARA problem-solving projects, and the police incident import.

Left: the projects with their actions. Right: the crime trends (incidents per month and the
mix by category, filtered by category and district) and the selected project (its stage,
analysis, responses and the before/after assessment with charts).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.analytics.crime import IncidentFilter, RateTest, TrendsView, trends_view
from advisoryboard.i18n import _ as core_text
from advisoryboard.importing.incidents import IncidentReport, import_file
from advisoryboard.permissions import Permission
from advisoryboard.reports.documents import meeting_choices
from advisoryboard.services import projects as svc
from advisoryboard.services.project_assessment import Assessment, assess
from database.enums import ProjectStage
from ui.context import AppContext
from ui.operations import ChangeOp, QueryOp
from ui.safety_projects.charts import BarsChart, TrendChart
from ui.safety_projects.editor import ProjectDialog, ResponseDialog
from ui.safety_projects.labels import stage_label
from ui.safety_projects.link import LinkDialog
from ui.safety_projects.models import ProjectsModel
from ui.tabbase import BoardTab


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button


class SafetyTab(BoardTab):
    watched_areas = frozenset({"crime", "issues", "meetings", "partners", "geo"})  # geo: the map

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("safetyTab")
        self.current: tuple[svc.ProjectRecord, Assessment] | None = None
        self._mapped: int | None = None  # the project the map shows
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("safetySplitter")

        left = QWidget(splitter)
        self.model = ProjectsModel(self)
        self.table = QTableView(left)
        self.table.setObjectName("projectsTable")
        self.table.setAccessibleName(self.tr("Problem-solving projects"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.load_project())
        self.table.doubleClicked.connect(lambda _i: self.edit_project())
        self.new_button = _button(self.tr("&New project…"), "newProjectButton", left)
        self.edit_button = _button(self.tr("&Edit…"), "editProjectButton", left)
        self.response_button = _button(self.tr("Add &response…"), "addResponseButton", left)
        self.incidents_button = _button(self.tr("Link &incidents…"), "linkIncidentsButton", left)
        self.issues_button = _button(self.tr("Link i&ssues…"), "linkIssuesButton", left)
        self.report_button = _button(self.tr("&Print report…"), "printProjectButton", left)
        self.stage = QComboBox(left)
        self.stage.setObjectName("stageCombo")
        self.stage.setAccessibleName(self.tr("Stage"))
        for stage in ProjectStage:
            self.stage.addItem(stage_label(stage), stage)
        self.stage_date = QDateEdit(QDate.currentDate(), left)
        self.stage_date.setObjectName("stageDate")
        self.stage_date.setAccessibleName(self.tr("Stage date"))
        self.stage_date.setCalendarPopup(True)
        self.stage_button = _button(self.tr("Set s&tage"), "setStageButton", left)
        self.new_button.clicked.connect(self.new_project)
        self.edit_button.clicked.connect(self.edit_project)
        self.response_button.clicked.connect(self.add_response)
        self.incidents_button.clicked.connect(lambda: self.link("incidents"))
        self.issues_button.clicked.connect(lambda: self.link("issues"))
        self.report_button.clicked.connect(self.print_project)
        self.stage_button.clicked.connect(self.set_stage)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        title = QLabel(self.tr("Problem-solving projects (SARA)"), left)
        title.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(title)
        left_layout.addWidget(self.table, 1)
        for row in (
            (self.new_button, self.edit_button),
            (self.response_button, self.report_button),
            (self.incidents_button, self.issues_button),
            (self.stage, self.stage_date, self.stage_button),
        ):
            line = QHBoxLayout()
            for w in row:
                line.addWidget(w)
            left_layout.addLayout(line)

        self.pages = QTabWidget(splitter)
        self.pages.setObjectName("safetyPages")
        self.pages.setAccessibleName(self.tr("Crime trends and project"))
        self.pages.addTab(self._trends_page(), self.tr("Crime trends"))
        self.pages.addTab(self._project_page(), self.tr("Project"))
        self.pages.addTab(self._map_page(), self.tr("Project map"))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()
        self.reload()

    def tab_title(self) -> str:
        return self.tr("Safety")

    # ------------------------------------------------------------------ building
    def _trends_page(self) -> QWidget:
        page = QWidget(self)
        self.category = QComboBox(page)
        self.category.setObjectName("trendCategory")
        self.category.setAccessibleName(self.tr("Offense category"))
        self.district = QComboBox(page)
        self.district.setObjectName("trendDistrict")
        self.district.setAccessibleName(self.tr("District"))
        self.category.addItem(self.tr("All categories"), None)
        self.district.addItem(self.tr("All districts"), None)
        self.category.currentIndexChanged.connect(lambda _i: self.load_trends())
        self.district.currentIndexChanged.connect(lambda _i: self.load_trends())
        self.import_button = _button(self.tr("I&mport incidents…"), "importIncidentsButton", page)
        self.import_button.clicked.connect(self.import_incidents)
        self.meeting = QComboBox(page)
        self.meeting.setObjectName("trendsMeeting")
        self.meeting.setAccessibleName(self.tr("Meeting for the handout"))
        self.handout_button = _button(self.tr("Print &handout"), "printTrendsButton", page)
        self.handout_button.clicked.connect(self.print_trends)
        self.trend_chart = TrendChart("trendChart", self.tr("Incidents per month"), page)
        self.mix_chart = BarsChart("mixChart", self.tr("Incident mix by category"), page)
        self.trend_total = QLabel(page)
        self.trend_total.setObjectName("trendTotal")
        filters = QHBoxLayout()
        for w in (self.category, self.district):
            filters.addWidget(w, 1)
        filters.addWidget(self.import_button)
        handout = QHBoxLayout()
        handout.addWidget(QLabel(self.tr("Handout for:"), page))
        handout.addWidget(self.meeting, 1)
        handout.addWidget(self.handout_button)
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.trend_total)
        layout.addWidget(self.trend_chart, 3)
        layout.addWidget(self.mix_chart, 2)
        layout.addLayout(handout)
        return page

    def _project_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setObjectName("projectSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(page)
        scroll.setObjectName("projectSummaryScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        self.project_chart = TrendChart("projectTrendChart", self.tr("Problem incidents per month"), page)
        self.before_after = BarsChart("beforeAfterChart", self.tr("Before and after the response"), page)
        charts = QHBoxLayout()
        charts.addWidget(self.project_chart, 3)
        charts.addWidget(self.before_after, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 3)
        layout.addLayout(charts, 2)
        self.summary.setText(self.tr("Choose a project on the left."))
        return page

    def _map_page(self) -> QWidget:
        """The selected project's area, its incidents and linked issues on the outlines (ui/maps)."""
        from ui.maps.panel import MapPanel

        self.map_panel = MapPanel(self.ctx, self, loader=lambda _s, _f: None)
        self.map_panel.setObjectName("projectMapPanel")
        self.map_panel.empty_text = self.tr("Choose a project on the left.")
        # A district chosen there (click or the district list) lists its issues, as on the Issues tab.
        self.map_panel.area_chosen.connect(
            lambda area, name: self.navigate.emit(
                "issuesTab", {"area_id": area, "area": name, "status": "all"}
            )
        )
        return self.map_panel

    def _show_project_on_map(self, project_id: int | None) -> None:
        from advisoryboard.geo.project_map import project_map

        panel = self.map_panel
        if project_id is None:
            panel.loader = lambda _s, _f: None
            panel.empty_text = self.tr("Choose a project on the left.")
        else:
            panel.loader = lambda s, flt: project_map(s, project_id, set_name=flt.set_name)
            panel.empty_text = self.tr(
                "Nothing to map: no district outlines are imported, or none of the project's "
                "incidents and issues has coordinates."
            )
        panel.mark_stale()  # read when the page is shown

    # ------------------------------------------------------------------ reading
    def on_changed(self, areas: frozenset[str]) -> None:
        self.reload()
        if areas & {"geo", "crime", "issues"}:
            self.map_panel.mark_stale()

    def reload(self) -> None:
        QueryOp(self, self.ctx, svc.list_projects).success(self._projects_loaded).run_in_background()
        QueryOp(self, self.ctx, meeting_choices).success(self._meetings_loaded).run_in_background()
        self.load_trends()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(self.model.data(rows[0], Qt.ItemDataRole.UserRole)) if rows else None

    def _projects_loaded(self, rows: list[svc.ProjectSummary]) -> None:
        keep = self.selected_id()
        self.model.set_rows(rows)
        for i, row in enumerate(rows):
            if row.id == keep:
                self.table.selectRow(i)
        self._update_buttons()
        if keep is not None:
            self.load_project()

    def _meetings_loaded(self, meetings: list[Any]) -> None:
        keep = self.meeting.currentData()
        self.meeting.clear()
        today = dt.date.today()
        upcoming = sorted((m for m in meetings if m.starts_at.date() >= today), key=lambda m: m.starts_at)
        past = [m for m in meetings if m.starts_at.date() < today]
        for m in [*upcoming[:3], *past[:12]]:
            self.meeting.addItem(
                m.starts_at.strftime("%Y-%m-%d") + (f" — {m.title}" if m.title else ""), m.id
            )
        if keep is not None and self.meeting.findData(keep) >= 0:
            self.meeting.setCurrentIndex(self.meeting.findData(keep))

    def current_filter(self) -> IncidentFilter:
        today = dt.date.today()
        start = dt.date(today.year - 2, today.month, 1)
        cat = self.category.currentData()
        dist = self.district.currentData()
        return IncidentFilter(start, today, (cat,) if cat else (), (dist,) if dist else ())

    def load_trends(self) -> None:
        f = self.current_filter()
        QueryOp(self, self.ctx, lambda s: trends_view(s, f)).success(self._trends_loaded).run_in_background()

    def _trends_loaded(self, view: TrendsView) -> None:
        for combo, items in (
            (
                self.category,
                [(core_text(name), cid) for cid, name in view.categories],
            ),  # default names translate
            (self.district, [(self.tr("District {name}").format(name=d), d) for d in view.districts]),
        ):
            if combo.count() - 1 != len(items):
                keep = combo.currentData()
                combo.blockSignals(True)
                while combo.count() > 1:
                    combo.removeItem(1)
                for text, data in items:
                    combo.addItem(text, data)
                combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
                combo.blockSignals(False)
        self.trend_total.setText(self.tr("{n} incidents in the last 24 months").format(n=view.total))
        self.trend_chart.show_series(view.series)
        self.mix_chart.show_mix([(core_text(name), n) for name, n in view.mix])

    def load_project(self) -> None:
        pid = self.selected_id()
        self._update_buttons()
        if pid != self._mapped:
            self._mapped = pid
            self._show_project_on_map(pid)
        if pid is None:
            self.current = None
            return
        QueryOp(self, self.ctx, lambda s: (svc.get_project(s, pid), assess(s, pid))).success(
            self._project_loaded
        ).run_in_background()

    def _project_loaded(self, result: tuple[svc.ProjectRecord, Assessment]) -> None:
        if result[0].id != self.selected_id():
            return
        self.current = result
        record, a = result
        self.stage.setCurrentIndex(self.stage.findData(record.stage))
        self.summary.setText(self.describe(record, a))
        self.project_chart.show_series(
            a.series, buffer=a.buffer_series, marker=a.start, names=(self.tr("Area"), self.tr("Buffer"))
        )
        groups, before, after = [], [], []
        for name, test in (
            (self.tr("Area"), a.area),
            (self.tr("Buffer"), a.buffer),
            (self.tr("Issues"), a.issues),
        ):
            if test is not None:
                groups.append(name)
                before.append(test.before)
                after.append(test.after)
        self.before_after.show_pairs(groups, before, after)

    def _test_text(self, test: RateTest | None) -> str:
        if test is None:
            return "–"
        change = "–" if test.pct_change is None else f"{test.pct_change:+.0f}%"
        text = self.tr("{before} before → {after} after ({change})").format(
            before=test.before, after=test.after, change=change
        )
        if test.tested and test.rate_ratio is not None:
            p = "p < 0.001" if (test.p_value or 0) < 0.001 else f"p = {test.p_value:.3f}"
            text += self.tr("; rate ratio {rr:.2f} (95% {lo:.2f}–{hi:.2f}), {p}").format(
                rr=test.rate_ratio, lo=test.ci_low, hi=test.ci_high, p=p
            )
        else:
            text += self.tr("; no test (too little data)")
        return text

    def describe(self, record: svc.ProjectRecord, a: Assessment) -> str:
        e = html.escape
        d = record.data
        t0 = self.tr("Categories:")
        t1 = self.tr("Area:")
        t2 = self.tr("Linked:")
        t3 = self.tr("Location:")
        t4 = self.tr("Offender:")
        t5 = self.tr("Victim or target:")
        t6 = self.tr("Contributing factors:")
        t7 = self.tr("Partners:")
        t8 = self.tr("Responses:")
        t9 = self.tr("Assessment")
        t10 = self.tr("Buffer:")
        t11 = self.tr("Issues:")
        t12 = self.tr("The after window is not over yet: no test is made.")
        t13 = self.tr("No response with a start date yet: nothing to assess.")
        stages = " → ".join(
            f"{'<b>' if s is record.stage else ''}{e(stage_label(s))} {e(str(record.stage_dates[s] or ''))}"
            f"{'</b>' if s is record.stage else ''}"
            for s in ProjectStage
        )
        parts = [
            f"<h3>{e(d.title)}</h3>",
            f"<p>{stages}</p>",
            f"<p>{e(d.problem or '')}</p>",
            f"<p><b>{e(t0)}</b> {e(', '.join(core_text(c) for c in record.categories))}<br/>"
            f"<b>{e(t1)}</b> {e(record.area)}<br/>"
            f"<b>{e(t2)}</b> "
            + e(
                self.tr("{i} incidents, {n} issues").format(
                    i=len(record.incident_ids), n=len(record.issue_ids)
                )
            )
            + "</p>",
            f"<p><b>{e(t3)}</b> {e(d.triangle_location or '–')}<br/>"
            f"<b>{e(t4)}</b> {e(d.triangle_offender or '–')}<br/>"
            f"<b>{e(t5)}</b> {e(d.triangle_victim or '–')}<br/>"
            f"<b>{e(t6)}</b> {e(d.contributing_factors or '–')}<br/>"
            f"<b>{e(t7)}</b> {e(', '.join(record.partners) or '–')}</p>",
        ]
        if record.responses:
            items = "".join(
                f"<li>{e(str(r.started_on))}: {e(r.what)}" + (f" — {e(r.who)}" if r.who else "") + "</li>"
                for r in record.responses
            )
            parts.append(f"<p><b>{e(t8)}</b></p><ul>{items}</ul>")
        if a.windows is not None:
            parts.append(
                f"<p><b>{e(t9)}</b> "
                + e(
                    self.tr("(equal windows of {days} days before and after {start})").format(
                        days=d.window_days, start=a.start
                    )
                )
                + "<br/>"
                f"{e(t1)} {e(self._test_text(a.area))}<br/>"
                f"{e(t10)} {e(self._test_text(a.buffer))}<br/>"
                f"{e(t11)} {e(self._test_text(a.issues))}</p>"
            )
            if a.note:
                parts.append(f"<p><i>{e(t12)}</i></p>")
        else:
            parts.append(f"<p><i>{e(t13)}</i></p>")
        return "".join(parts)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        can_edit = self.ctx.can(Permission.EDIT_PROJECTS)
        self.new_button.setEnabled(can_edit)
        for w in (
            self.edit_button,
            self.response_button,
            self.incidents_button,
            self.issues_button,
            self.stage_button,
        ):
            w.setEnabled(has and can_edit)
        self.report_button.setEnabled(has)
        self.import_button.setEnabled(self.ctx.can(Permission.IMPORT_DATA))

    # ------------------------------------------------------------------ actions
    def new_project(self) -> None:
        new_id = ProjectDialog.ask(self, self.ctx, None)
        if new_id is not None:
            self.status_message.emit(self.tr("Project saved."))

    def edit_project(self) -> None:
        pid = self.selected_id()
        if pid is not None and ProjectDialog.ask(self, self.ctx, pid) is not None:
            self.status_message.emit(self.tr("Project saved."))

    def add_response(self) -> None:
        pid = self.selected_id()
        if pid is not None and ResponseDialog.ask(self, self.ctx, pid):
            self.status_message.emit(self.tr("Response saved."))

    def link(self, kind: str) -> None:
        pid = self.selected_id()
        if pid is not None:
            LinkDialog.ask(self, self.ctx, pid, kind)

    def set_stage(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        stage = self.stage.currentData()
        q = self.stage_date.date()
        day = dt.date(q.year(), q.month(), q.day())
        ChangeOp(self, self.ctx, lambda s: svc.set_stage(s, pid, stage, day)).run()

    def print_project(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self.print_request.emit("project", {"project_id": pid})

    def print_trends(self) -> None:
        meeting = self.meeting.currentData()
        if meeting is not None:
            self.print_request.emit("crime-trends", {"meeting_id": meeting})

    def default_print_request(self) -> tuple[str, dict[str, object]] | None:
        pid = self.selected_id()
        return ("project", {"project_id": pid}) if pid is not None else None

    # ------------------------------------------------------------------ import
    @classmethod
    def ask_file(cls, parent: QWidget) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SafetyTab", "Import police incident data"),
            "",
            QCoreApplication.translate("SafetyTab", "Spreadsheets (*.csv *.xlsx)"),
        )
        return path or None

    @classmethod
    def ask_skip(cls, parent: QWidget, report: IncidentReport) -> bool:
        lines = "\n".join(report.lines(limit=12))
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("SafetyTab", "Rows with problems"),
            QCoreApplication.translate("SafetyTab", "Nothing was imported: {n} rows have problems.").format(
                n=len(report.problems)
            )
            + f"\n\n{lines}\n\n"
            + QCoreApplication.translate("SafetyTab", "Import the other rows and leave those out?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def show_report(cls, parent: QWidget, report: IncidentReport) -> None:
        lines = "\n".join(report.lines(limit=12))
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SafetyTab", "Incidents imported"),
            f"{report.summary()}\n\n{lines}".strip(),
        )

    def import_incidents(self, *, path: str | None = None, skip_problems: bool = False) -> None:
        path = path or self.ask_file(self)
        if not path:
            return
        label = self.tr("Importing incidents…")

        def op(session, progress):  # type: ignore[no-untyped-def]
            return import_file(
                session,
                Path(path),
                skip_problems=skip_problems,
                progress=lambda n: progress.report(n, label),
                cancelled=lambda: progress.cancelled,
            )

        self.last_import = (
            ChangeOp.reporting(self, self.ctx, op)
            .with_progress(label)
            .success(lambda report: self._imported(path, report, skip_problems))
        )
        self.last_import.run_in_background()

    def _imported(self, path: str, report: IncidentReport, skipped: bool) -> None:
        self.last_report = report
        if report.problems and not report.imported and not skipped:
            if self.ask_skip(self, report):
                self.import_incidents(path=path, skip_problems=True)
            return
        self.show_report(self, report)
        self.status_message.emit(report.summary())
