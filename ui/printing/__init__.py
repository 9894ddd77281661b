"""Printing from the GUI: choose a document, build it off the GUI thread, preview it.

The PDF is made by advisoryboard.reports (the same bytes the CLI writes); the preview
offers Print… and Save as PDF….
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from advisoryboard.errors import PermissionDenied
from advisoryboard.i18n import current_language
from advisoryboard.permissions import Permission
from advisoryboard.reports.documents import (
    DOCUMENT_KINDS,
    MEETING_KINDS,
    meeting_choices,
    render,
    suggested_filename,
)
from ui.context import AppContext
from ui.errors import show_user_error
from ui.operations import DbSession, QueryOp
from ui.printing.chooser import PrintChooser, kind_titles
from ui.printing.preview import PrintPreview
from ui.workers import Progress, Task

__all__ = ["DOCUMENT_KINDS", "PrintPreview", "open_print"]

#: Previews stay open (non-modal) until closed; keep Python references to them.
_open: list[PrintPreview] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def _complete(kind: str, params: dict[str, object]) -> bool:
    if kind not in DOCUMENT_KINDS:
        return False
    if kind in MEETING_KINDS or kind == "crime-trends":
        return params.get("meeting_id") is not None
    if kind == "annual":
        return params.get("year") is not None
    return True


def _other_titles() -> dict[str, str]:
    """Documents printed from their own tab (not offered in the chooser)."""
    return {
        "crime-trends": QCoreApplication.translate("Printing", "Crime trends"),
        "project": QCoreApplication.translate("Printing", "Problem-solving project"),
    }


def open_print(parent: QWidget, ctx: AppContext, kind: str, params: dict[str, object]) -> Task | None:
    """Open the print preview of document `kind` ('' or missing details: ask the user first)."""
    if not ctx.can(Permission.PRINT):
        show_user_error(
            parent,
            PermissionDenied(QCoreApplication.translate("Printing", "Your account may not print documents.")),
        )
        return None
    if not _complete(kind, params):
        read = QueryOp(parent, ctx, meeting_choices)
        if not read.run() or read.result is None:
            return None
        meetings = read.result
        answer = PrintChooser.ask(parent, ctx, meetings, kind if kind in DOCUMENT_KINDS else "")
        if answer is None:
            return None
        kind, params = answer
    language = str(params.get("language") or current_language())
    title = kind_titles().get(kind) or _other_titles().get(kind, kind)

    def build(session: DbSession, progress: Progress) -> bytes:
        progress.report(2, QCoreApplication.translate("Printing", "Reading the data…"))
        return render(session, kind, params, language, progress=progress.report)

    def show(pdf: Any) -> None:
        preview = PrintPreview(parent, bytes(pdf), title, suggested_filename(kind, params))
        _open.append(preview)
        preview.destroyed.connect(lambda *_args: _open.remove(preview) if preview in _open else None)
        preview.show()

    return (
        QueryOp.reporting(parent, ctx, build)
        .success(show)
        .with_progress(
            QCoreApplication.translate("Printing", "Preparing {document}…").format(document=title),
            cancellable=True,
        )
        .run_in_background()
    )


def open_previews() -> list[PrintPreview]:
    """Previews currently open (for tests and for closing the window)."""
    return list(_open)
