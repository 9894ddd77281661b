"""Importing issues from the tab: mapping, value mapping and row filter, then a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from advisoryboard.services.base import read_only
from database.enums import IssueStatus
from database.models import Issue
from ui.common.import_dialog import ImportDialog
from ui.issues.import_ui import ImportExtras, IssueImporter
from ui.issues.partner_dialog import PartnerDirectoryDialog
from ui.issues.tab import IssuesTab
from ui.main_window import MainWindow

CSV = (
    "Case,Opened,Kind,State,Hood\n"
    "X-1,01/05/2015 10:31:14 AM,Graffiti Removal,Closed,Jamaica Plain\n"
    "X-2,01/06/2015 09:00:00 AM,Street Light Outages,Referred Out,Jamaica Plain\n"
    "X-3,01/07/2015 08:00:00 PM,Noise,Open,Roxbury\n"
    "X-4,NA,Noise,Open,Jamaica Plain\n"
)


def test_import_from_the_tab_with_value_mapping_and_row_filter(
    main_window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:
    tab = main_window.tab("issuesTab")  # built when first asked for
    assert isinstance(tab, IssuesTab)
    path = tmp_path / "boston.csv"
    path.write_text(CSV, encoding="utf-8")
    seen: dict[str, object] = {}

    def fake_ask(cls, parent, *, title, fields, frame, initial_mapping=None, dry_run=None, extra=None):
        assert isinstance(extra, ImportExtras)
        mapping = dict(initial_mapping or {})
        mapping.update(
            {"external_id": "Case", "reported_on": "Opened", "category": "Kind", "status": "State"}
        )
        extra.values.setPlainText("State:Referred Out=in progress")
        extra.where.setText("Hood=Jamaica Plain")
        assert dry_run is not None
        seen["check"] = dry_run(mapping)
        return mapping

    monkeypatch.setattr(ImportDialog, "ask", classmethod(fake_ask))
    monkeypatch.setattr(IssueImporter, "ask_file", classmethod(lambda cls, parent: str(path)))
    with read_only(tab.ctx.db) as s:
        before = s.scalar(select(func.count()).select_from(Issue))
    tab.import_issues()
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "importResult") is not None, timeout=30000)
    box = tab.findChild(QMessageBox, "importResult")
    assert "3 rows: 2 imported, 1 skipped" in box.text()
    assert "Row 5" in box.detailedText()
    check = seen["check"]
    assert check.imported == 2 and check.dry_run  # type: ignore[attr-defined]
    box.close()
    with read_only(tab.ctx.db) as s:
        assert s.scalar(select(func.count()).select_from(Issue)) == before + 2
        statuses = dict(
            s.execute(
                select(Issue.external_id, Issue.status).where(Issue.external_id.in_(["X-1", "X-2"]))
            ).all()
        )
    assert statuses == {"X-1": IssueStatus.RESOLVED, "X-2": IssueStatus.IN_PROGRESS}


def test_partner_directory_adds_a_partner_and_shows_errors_by_the_field(
    main_window: MainWindow, qtbot
) -> None:
    dialog = PartnerDirectoryDialog(main_window, main_window.ctx)
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    dialog.name.setText("Friends of <b>Elm</b> Park")
    dialog.email.setText("not an email")
    assert dialog.save() is False
    assert dialog.errors["email"].isVisibleTo(dialog) and "email" in dialog.errors["email"].text()
    dialog.email.setText("hello@elmpark.example")
    assert dialog.save() is True
    assert dialog.table.rowCount() == rows + 1
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Friends of <b>Elm</b> Park" in names


def test_categories_dialog_adds_and_retires(main_window: MainWindow, qtbot) -> None:
    from ui.issues.categories_dialog import CategoriesDialog

    dialog = CategoriesDialog(main_window, main_window.ctx)
    qtbot.addWidget(dialog)
    count = dialog.list.count()
    dialog.name.setText("Graffiti")
    assert dialog.add() is False and "already" in dialog.error.text()
    dialog.name.setText("Panhandling")
    assert dialog.add() is True and dialog.list.count() == count + 1
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    assert dialog.toggle() is True
    assert dialog.list.item(dialog.list.count() - 1).text() == "Panhandling (retired)"


def test_export_from_the_tab_writes_the_shown_status_without_confidential(
    main_window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:
    import pandas as pd

    from database.enums import OPEN_STATUSES

    tab = main_window.tab("issuesTab")  # built when first asked for
    assert isinstance(tab, IssuesTab)
    target = tmp_path / "open.csv"
    monkeypatch.setattr(IssuesTab, "ask_export_path", classmethod(lambda cls, parent: str(target)))
    with qtbot.waitSignal(tab.status_message, timeout=30000) as blocker:
        tab.export_issues()
    assert "exported" in blocker.args[0]
    with read_only(tab.ctx.db) as s:
        expected = s.scalar(
            select(func.count())
            .select_from(Issue)
            .where(Issue.status.in_(sorted(OPEN_STATUSES)), Issue.confidential.is_(False))
        )
    assert len(pd.read_csv(target, dtype=str)) == expected
