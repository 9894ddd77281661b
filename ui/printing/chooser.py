"""'Print…' without a document in mind: choose the document and what it covers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.i18n import current_language, document_language_choices
from advisoryboard.permissions import Permission
from advisoryboard.reports.documents import MeetingChoice
from ui.common.formatting import format_datetime
from ui.context import AppContext

Request = tuple[str, dict[str, object]]
#: Documents printed for one meeting (the police report's handout is one of them).
MEETING_DOCUMENTS = ("agenda", "minutes", "sign-in", "crime-trends")


def kind_titles() -> dict[str, str]:
    return {
        "agenda": QCoreApplication.translate("PrintChooser", "Agenda"),
        "minutes": QCoreApplication.translate("PrintChooser", "Minutes"),
        "sign-in": QCoreApplication.translate("PrintChooser", "Sign-in sheet"),
        "crime-trends": QCoreApplication.translate("PrintChooser", "Crime trends handout"),
        "annual": QCoreApplication.translate("PrintChooser", "Annual summary"),
        "roster": QCoreApplication.translate("PrintChooser", "Roster"),
        "issues": QCoreApplication.translate("PrintChooser", "Issues follow-up list"),
    }


class PrintChooser(QDialog):
    """Document type, then the meeting / year / public-or-internal / status it needs."""

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, meetings: list[MeetingChoice], kind: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printChooser")
        self.setWindowTitle(self.tr("Print"))
        self.ctx = ctx
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("documentCombo")
        self.kind.setAccessibleName(self.tr("Document"))
        for key, title in kind_titles().items():
            self.kind.addItem(title, key)
        form.addRow(self.tr("&Document:"), self.kind)

        self.meeting = QComboBox()
        self.meeting.setObjectName("meetingCombo")
        self.meeting.setAccessibleName(self.tr("Meeting"))
        today = dt.date.today()
        upcoming = 0
        meeting_kinds = {
            "regular": self.tr("Regular meeting"),
            "special": self.tr("Special meeting"),
            "committee": self.tr("Committee meeting"),
            "forum": self.tr("Community forum"),
            "annual": self.tr("Annual meeting"),
            "closed": self.tr("Closed session"),
        }
        for index, m in enumerate(meetings):
            kind_name = meeting_kinds.get(m.kind, m.kind)
            text = f"{format_datetime(m.starts_at)} — {kind_name}" + (f": {m.title}" if m.title else "")
            if m.status.value == "cancelled":
                text += " " + self.tr("(cancelled)")
            self.meeting.addItem(text, m.id)
            if m.starts_at.date() >= today:
                upcoming = index  # meetings are newest first: ends on the next one coming up
        self.meeting.setCurrentIndex(upcoming)
        self.meeting_label = QLabel(self.tr("&Meeting:"))
        self.meeting_label.setBuddy(self.meeting)
        form.addRow(self.meeting_label, self.meeting)

        self.year = QSpinBox()
        self.year.setObjectName("yearSpin")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(1990, 2100)
        self.year.setValue(today.year - 1 if today.month < 3 else today.year)
        self.fiscal = QCheckBox(self.tr("&Fiscal year (starts in the month set in the settings)"))
        self.fiscal.setObjectName("fiscalCheck")
        self.year_label = QLabel(self.tr("&Year:"))
        self.year_label.setBuddy(self.year)
        form.addRow(self.year_label, self.year)
        form.addRow("", self.fiscal)

        self.internal = QCheckBox(self.tr("&Internal: include private contact details / confidential issues"))
        self.internal.setObjectName("internalCheck")
        self.internal.setEnabled(ctx.can(Permission.VIEW_CONFIDENTIAL))
        form.addRow("", self.internal)

        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        self.status.setAccessibleName(self.tr("Issue status"))
        self.status.addItem(self.tr("Open issues"), "open")
        self.status.addItem(self.tr("All issues"), "all")
        self.status.addItem(self.tr("Referred"), "referred")
        self.status.addItem(self.tr("In progress"), "in_progress")
        self.status_label = QLabel(self.tr("&Status:"))
        self.status_label.setBuddy(self.status)
        form.addRow(self.status_label, self.status)
        self.group = QComboBox()
        self.group.setObjectName("groupCombo")
        self.group.setAccessibleName(self.tr("Group by"))
        self.group.addItem(self.tr("Assignee"), "assignee")
        self.group.addItem(self.tr("Partner"), "partner")
        self.group_label = QLabel(self.tr("&Group by:"))
        self.group_label.setBuddy(self.group)
        form.addRow(self.group_label, self.group)

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in document_language_choices():  # English, Español, English + Español
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        form.addRow(self.tr("&Language:"), self.language)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Preview"))
        self.ok.setObjectName("previewButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        if kind:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._update()

    def _update(self) -> None:
        kind = self.kind.currentData()
        meeting = kind in MEETING_DOCUMENTS
        shown: list[tuple[QWidget, bool]] = [
            (self.meeting, meeting),
            (self.meeting_label, meeting),
            (self.year, kind == "annual"),
            (self.year_label, kind == "annual"),
            (self.fiscal, kind == "annual"),
            (self.internal, kind in ("roster", "issues")),
            (self.status, kind == "issues"),
            (self.status_label, kind == "issues"),
            (self.group, kind == "issues"),
            (self.group_label, kind == "issues"),
        ]
        for widget, visible in shown:
            widget.setVisible(visible)
        self.ok.setEnabled(not meeting or self.meeting.count() > 0)

    def request(self) -> Request:
        kind = str(self.kind.currentData())
        params: dict[str, object] = {"language": self.language.currentData()}
        if kind in MEETING_DOCUMENTS:
            params["meeting_id"] = self.meeting.currentData()
        elif kind == "annual":
            params.update(year=self.year.value(), fiscal=self.fiscal.isChecked())
        elif kind == "roster":
            params["public"] = not self.internal.isChecked()
        else:
            params.update(
                status=self.status.currentData(),
                group_by=self.group.currentData(),
                confidential=self.internal.isChecked(),
            )
        return kind, params

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: AppContext, meetings: list[MeetingChoice], kind: str = ""
    ) -> Request | None:
        dialog = cls(parent, ctx, meetings, kind)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
