"""The choice after an edit conflict: reload theirs, overwrite with mine, or copy my text."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

Choice = Literal["reload", "overwrite", "copy"]


class ConflictDialog(QDialog):
    """Shows their saved version beside mine; never decides silently."""

    def __init__(self, parent: QWidget | None, what: str, their_text: str, my_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else saved this first"))
        self.choice: Choice = "reload"
        self.my_text = my_text
        intro = QLabel(
            self.tr(
                "{what} was changed and saved by someone else while you were editing it. "
                "Choose what to keep. Nothing is lost: “Copy my text” puts your version on the "
                "clipboard and shows theirs, so you can paste what you need."
            ).format(what=what),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        grid = QGridLayout()
        for col, (label, text, name) in enumerate(
            (
                (self.tr("Their saved version"), their_text, "theirText"),
                (self.tr("Your version"), my_text, "myText"),
            )
        ):
            grid.addWidget(QLabel(label, self), 0, col)
            view = QPlainTextEdit(self)
            view.setObjectName(name)
            view.setAccessibleName(label)
            view.setReadOnly(True)
            view.setPlainText(text)
            grid.addWidget(view, 1, col)
        buttons = QDialogButtonBox(self)
        for choice, text, name, tip in (
            (
                "reload",
                self.tr("&Reload theirs"),
                "reloadButton",
                self.tr("Discard your changes and show theirs"),
            ),
            (
                "overwrite",
                self.tr("&Overwrite with mine"),
                "overwriteButton",
                self.tr("Save your version over theirs"),
            ),
            ("copy", self.tr("&Copy my text"), "copyButton", self.tr("Copy your version, then show theirs")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, ch=choice: self._choose(ch))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice == "copy":
            QApplication.clipboard().setText(self.my_text)
        self.accept()

    def reject(self) -> None:  # Escape: the safe choice, and my text is still copied
        self._choose("copy")

    @classmethod
    def ask(cls, parent: QWidget | None, what: str, their_text: str, my_text: str) -> Choice:
        dialog = cls(parent, what, their_text, my_text)
        dialog.exec()
        return dialog.choice
