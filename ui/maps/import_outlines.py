"""Importing a city's outline file from the map: choose the file, then the field that names them.

The import itself is the core's (advisoryboard.geo.boundaries): all-or-nothing, a clear
message for a bad file. Runs in the background; the "geo" change notice redraws the maps.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QWidget

from advisoryboard.errors import UserError
from advisoryboard.geo.boundaries import BoundaryImport, import_boundaries
from advisoryboard.geo.geojson import outline_fields
from ui.context import AppContext
from ui.operations import ChangeOp, error_text

#: Property names that usually name a district, beat or precinct (offered first).
LIKELY_NAMES = ("dist_num", "district", "beat_num", "beat", "precinct", "name", "label", "id")


def _rank(name: str) -> int:
    return LIKELY_NAMES.index(name.lower()) if name.lower() in LIKELY_NAMES else len(LIKELY_NAMES)


class OutlineImport:
    """The two questions and the background import, for a map panel."""

    @classmethod
    def ask_file(cls, parent: QWidget) -> str | None:
        path, _f = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("OutlineImport", "Import district outlines"),
            "",
            QCoreApplication.translate("OutlineImport", "GeoJSON (*.geojson *.json)"),
        )
        return path or None

    @classmethod
    def ask_field(cls, parent: QWidget, fields: list[tuple[str, str]]) -> str | None:
        """The property that names the outlines, chosen from (name, example value) pairs."""
        shown = {
            QCoreApplication.translate("OutlineImport", "{name} (e.g. {example})").format(
                name=n, example=e
            ): n
            for n, e in fields
        }
        choice, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("OutlineImport", "Import district outlines"),
            QCoreApplication.translate("OutlineImport", "Which field names each outline?"),
            list(shown),
            0,
            False,
        )
        return shown.get(choice) if ok else None

    @classmethod
    def start(
        cls,
        parent: QWidget,
        ctx: AppContext,
        message: QLabel,
        done: Callable[[BoundaryImport], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Ask, then import in the background. `failed` gets the error text (it is also shown
        in `message`), so the panel can keep it on screen while the map reloads."""
        path = cls.ask_file(parent)
        if not path:
            return
        try:
            fields = outline_fields(Path(path))
        except UserError as exc:
            message.setText(error_text(exc))
            if failed is not None:
                failed(error_text(exc))
            return
        field = cls.ask_field(parent, sorted(fields, key=lambda f: _rank(f[0])))
        if not field:
            return
        message.setText(QCoreApplication.translate("OutlineImport", "Importing the outlines…"))
        op = ChangeOp(parent, ctx, lambda s: import_boundaries(s, Path(path), field))
        op.show_errors_in(message).success(done)
        if failed is not None:
            op.failure(lambda exc: failed(error_text(exc)))
        op.run_in_background()
