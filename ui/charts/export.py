"""Saving a chart as PNG and its numbers as CSV (spreadsheet-safe)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from advisoryboard.exporting.tables import safe_cell


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel reads UTF-8 names
        writer = csv.writer(fh)
        writer.writerow([safe_cell(h) for h in headers])
        writer.writerows([safe_cell(v) for v in row] for row in rows)


class ExportPathDialog:
    """Asks where to save an export (monkeypatch `ask` in tests)."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
        path, _selected = QFileDialog.getSaveFileName(
            parent, title, str(Path.home() / suggested), file_filter
        )
        return Path(path) if path else None
