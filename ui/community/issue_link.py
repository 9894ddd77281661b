"""The issue side of "an issue's source can be an event": a row on the issue's detail pane
naming the community event where it was raised (called with one line from that pane)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from advisoryboard.services.community import EventRow, source_event_of_issue
from ui.common.formatting import format_date
from ui.operations import QueryOp


def add_source_event_row(pane: Any, issue_id: int) -> None:
    """Append 'Raised at: <event>, <date>' to `pane.form` once it is known (if there is one)."""
    form: QFormLayout = pane.form

    def shown(event: EventRow | None) -> None:
        if event is None or getattr(pane, "detail", None) is None or pane.detail.id != issue_id:
            return
        value = QLabel(f"{event.title}, {format_date(event.starts_at)}", form.parentWidget())
        value.setObjectName("issueSourceEvent")
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setWordWrap(True)
        form.addRow(QCoreApplication.translate("IssueSourceEvent", "Raised at event"), value)

    parent = pane if isinstance(pane, QWidget) else None
    QueryOp(parent, pane.ctx, lambda s: source_event_of_issue(s, issue_id)).success(shown).run()
