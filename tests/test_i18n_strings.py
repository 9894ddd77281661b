"""Every user-visible string can be translated: an AST scan of ui/ and advisoryboard/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.i18n_lint import has_words, scan_source, scan_tree

ROOT = Path(__file__).resolve().parent.parent


def test_every_user_visible_string_in_ui_is_translatable() -> None:
    findings = scan_tree(ROOT / "ui", ROOT, ui=True)
    assert not findings, "Wrap these in self.tr(...) or QCoreApplication.translate(...):\n" + "\n".join(
        map(str, findings)
    )


def test_every_user_visible_string_in_the_core_is_translatable() -> None:
    findings = scan_tree(ROOT / "advisoryboard", ROOT, ui=False)
    assert not findings, "Wrap these in _(...):\n" + "\n".join(map(str, findings))


BAD_UI = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

class Pane(BoardTab):
    def build(self, parent, name, count):
        QLabel("Open issues", self)                                  # 1 constructor
        self.save = QPushButton(text="Save")                         # 2 keyword
        self.save.setToolTip(f"Save {name} now")                     # 3 f-string with words
        self.title.setText("Meeting of " + name)                     # 4 concatenation
        QMessageBox.warning(self, "Oops", self.tr("Fine"))           # 5 static box title
        self.table.setHorizontalHeaderLabels([self.tr("Date"), "Status"])  # 6 list item
        self.combo.addItem("Graffiti", "graffiti")                   # 7 item text (data is fine)
        self.status_message.emit("Saved.")                           # 8 status message
        self.hint.setText(parent.tr("Wrong context"))                # 9 other.tr
        self.hint.setText(self.tr(f"{count} items"))                 # 10 built text inside tr
        QFileDialog.getSaveFileName(self, self.tr("Export"), "x.csv", "CSV (*.csv)")  # 11 filter
        self.note.setPlaceholderText("Type here" if count else self.tr("None"))  # 12 branch

    def tab_title(self):
        return "Issues"                                              # 13 tab title
"""

GOOD_UI = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

class Pane(BoardTab):
    def build(self, name, count):
        self.setObjectName("issuesTab")
        self.setStyleSheet("QLabel { font-weight: bold; }")
        QLabel(self.tr("Open issues"), self)
        self.title.setText(self.tr("Meeting of {name}").format(name=name))
        self.count.setText(f"{count} / {count}")
        self.sep.setText(" — ")
        self.empty.setText("")
        self.more.setText("…")
        self.html.setText("<br>")
        self.combo.addItem(self.tr("Graffiti"), "graffiti")
        self.status_message.emit(QCoreApplication.translate("Pane", "Saved."))
        self.title.setText(name)

    def tab_title(self):
        return self.tr("Issues")
"""


def test_the_scan_catches_each_kind_of_untranslatable_string() -> None:
    findings = scan_source(BAD_UI, "bad.py")
    lines = BAD_UI.splitlines()
    flagged = sorted({int(lines[f.line - 1].rsplit("# ", 1)[1].split()[0]) for f in findings})
    assert flagged == list(range(1, 14)), "\n".join(map(str, findings))
    assert not any(f.text == "graffiti" for f in findings)  # the item's data code is not text


def test_the_scan_accepts_translated_and_non_text_literals() -> None:
    assert scan_source(GOOD_UI, "good.py") == []


def test_core_scan_catches_untranslated_errors_and_cli_help() -> None:
    bad = """
def register(verbs):
    p = verbs.add(verbs.top, "init", "create the database")
    p.add_argument("--seed", help="random seed")
    raise UserError("There is no file.", "file")
    raise UserError(_(f"Cannot open {path}"))
"""
    texts = [f.text for f in scan_source(bad, "core.py", ui=False)]
    assert texts == ["create the database", "random seed", "There is no file.", "f'Cannot open {path}'"]
    good = (
        'raise UserError(_("There is no file at {path}.").format(path=p), "file")\ncanvas.translate(w / 2, 0)'
    )
    assert scan_source(good, "core.py", ui=False) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [("Save", True), ("", False), ("…", False), ("{n} / {total}", False), ("<b>{name}</b>", False),
     ("%s: %d", False), ("Motion {n}", True), ("Año", True)],
)  # fmt: skip
def test_what_counts_as_text(text: str, words: bool) -> None:
    assert has_words(text) is words


def test_the_fixer_rewrites_misread_tr_calls_so_the_scan_passes() -> None:
    from scripts.fix_tr_calls import rewrite

    source = """from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


class ConfirmDelete:
    @classmethod
    def ask(cls, parent, name):
        return QMessageBox.question(parent, parent.tr("Delete member"), parent.tr(
            "Delete {name}?").format(name=name))


def kinds():
    tr = QCoreApplication.translate
    return [tr("PrintChooser", "Agenda"), self.tr("Kept")]


def _tr(text):
    return QCoreApplication.translate("Printing", text)


def busy(name):
    return _tr("Preparing {document}…").format(document=name), _tr(name)
"""
    assert scan_source(source, "before.py")  # misread calls: flagged
    fixed, lines = rewrite(source, "chooser")
    assert lines == [9, 9, 15, 23]
    assert 'QCoreApplication.translate("ConfirmDelete", "Delete member")' in fixed
    assert 'QCoreApplication.translate("ConfirmDelete", "Delete {name}?").format(name=name)' in fixed
    assert 'QCoreApplication.translate("PrintChooser", "Agenda")' in fixed
    assert 'self.tr("Kept")' in fixed
    assert 'QCoreApplication.translate("Printing", "Preparing {document}…").format(document=name)' in fixed
    assert "_tr(name)" in fixed  # a variable stays with the wrapper
    assert "from PySide6.QtCore import QCoreApplication\n" in fixed
    assert scan_source(fixed, "after.py") == []


def test_the_scan_catches_text_passed_through_a_translating_wrapper() -> None:
    source = """
def _tr(text):
    return QCoreApplication.translate("Printing", text)


def title(name):
    return _tr("Save as PDF"), _tr(name)
"""
    assert [f.text for f in scan_source(source, "wrapped.py")] == ["Save as PDF"]
