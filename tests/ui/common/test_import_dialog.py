"""The shared import dialog: mapping, preview with spreadsheet row numbers, dry-run check."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from advisoryboard.importing.tabular import Field, ImportReport, RowProblem
from ui.common.import_dialog import ImportDialog

FIELDS = [Field("name", "Name", required=True), Field("email", "Email")]


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {"Full name": ["Ana García", "<b>Ana & José</b>", None], "Mail": ["a@x.org", None, "c@x.org"]}
    )


def test_required_fields_must_be_mapped_before_import(qtbot) -> None:
    dialog = ImportDialog(None, title="Import members", fields=FIELDS, frame=_frame(), initial_mapping={})
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "Name" in dialog.error_label.text()
    combo = dialog.combos["name"]
    combo.setCurrentIndex(combo.findData("Full name"))
    assert dialog.import_button.isEnabled()
    assert dialog.error_label.text() == ""
    assert dialog.mapping() == {"name": "Full name"}


def test_preview_shows_mapped_values_literally_with_row_numbers(qtbot) -> None:
    dialog = ImportDialog(
        None,
        title="Import",
        fields=FIELDS,
        frame=_frame(),
        initial_mapping={"name": "Full name", "email": "Mail"},
    )
    qtbot.addWidget(dialog)
    model = dialog.preview_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Name", "Email"]
    assert model.index(1, 0).data() == "<b>Ana & José</b>"
    assert model.index(2, 0).data() == ""
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["2", "3", "4"]


def test_check_runs_the_dry_run_and_shows_the_report(qtbot) -> None:
    seen: list[dict[str, str]] = []

    def dry_run(mapping: dict[str, str]) -> ImportReport:
        seen.append(mapping)
        return ImportReport(total=3, imported=2, skipped=[RowProblem(4, "Name is required", "name")])

    dialog = ImportDialog(
        None,
        title="Import",
        fields=FIELDS,
        frame=_frame(),
        initial_mapping={"name": "Full name"},
        dry_run=dry_run,
    )
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_report is not None)
    assert seen == [{"name": "Full name"}]
    text = dialog.report_view.toPlainText()
    assert "3 rows: 2 imported, 1 skipped" in text
    assert "Row 4 (skipped): Name is required" in text


def test_member_preview_shows_names_and_offices_as_the_import_saves_them(qtbot, sqlite_url: str) -> None:
    """The DC roster glues officer titles to names; the preview shows them apart, exactly as
    the import then saves them (compared with what the import really wrote)."""
    import datetime as dt

    from sqlalchemy import select

    from advisoryboard.importing.members import ImportOptions, member_fields, preview_row, run_import
    from advisoryboard.importing.tabular import read_table
    from advisoryboard.opening import open_database
    from advisoryboard.permissions import OFFICE
    from database.models import Member
    from tests.support.shared_data import shared_data

    frame = read_table(shared_data("roster", "dc_anc_roster_2026-03-02.csv")).head(30)
    mapping = {"name": "Name", "seat": "smd_id", "vacant": "is_vacant"}
    dialog = ImportDialog(
        None,
        title="Import",
        fields=member_fields(),
        frame=frame,
        initial_mapping=mapping,
        preview=preview_row,
    )
    qtbot.addWidget(dialog)
    model = dialog.preview_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Office / title" in headers, "titles found in names get their own column"
    name_col, office_col = headers.index("Name"), headers.index("Office / title")
    shown = [model.index(r, name_col).data() for r in range(model.rowCount())]
    raw = [str(v) for v in frame["Name"]]
    glued = [i for i, text in enumerate(raw) if shown[i] != text and "vacant" not in shown[i]]
    assert glued, "the first rows of the real roster include names with titles glued on"
    for i in glued:
        assert raw[i].startswith(shown[i]) and model.index(i, office_col).data()

    db = open_database(sqlite_url)
    report = run_import(db, OFFICE, frame, mapping, ImportOptions(as_of=dt.date(2026, 3, 2)))
    with db.session() as s:
        saved = set(s.scalars(select(Member.name)))
    db.dispose()
    people = {n for n in shown if "vacant" not in n}
    assert report.imported >= len(people) and people == saved
