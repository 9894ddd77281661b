"""The Publish website dialog: a folder and a language; the work runs in a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SETTINGS_KEY = "publish/folder"


class PublishDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: str = "", language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Publish website"))
        intro = QLabel(
            self.tr(
                "Builds the board's public website in a folder: meetings with their agendas and "
                "approved minutes, issue statistics, open data and the annual summary. Only public "
                "information is published. Copy the folder to any web host or a USB stick; "
                "publishing again updates only what changed."
            )
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setObjectName("publishFolder")
        self.folder_edit.setAccessibleName(self.tr("Folder of the website"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("publishBrowse")
        browse.setAccessibleName(self.tr("Choose the folder of the website"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.language_box = QComboBox()
        self.language_box.setObjectName("publishLanguage")
        self.language_box.setAccessibleName(self.tr("Language of the website"))
        for code, text in (
            ("en", self.tr("English")),
            ("es", self.tr("Spanish")),
            ("en+es", self.tr("English and Spanish, with a language switch")),
        ):
            self.language_box.addItem(text, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_box)
        form.addRow(folder_label, row)
        form.addRow(language_label, self.language_box)
        self.error_label = QLabel()
        self.error_label.setObjectName("publishError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Publish"))
        ok.setObjectName("publishOk")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setTabOrder(self.folder_edit, browse)
        self.setTabOrder(browse, self.language_box)
        self.setMinimumWidth(480)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the website"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _accept(self) -> None:
        if not self.folder_edit.text().strip():
            self.error_label.setText(self.tr("Choose the folder to publish the website in."))
            self.error_label.show()
            self.folder_edit.setFocus()
            return
        self.accept()

    def choice(self) -> tuple[Path, str]:
        return Path(self.folder_edit.text().strip()), str(self.language_box.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[Path, str] | None:
        """The folder and language chosen, or None when cancelled (tests monkeypatch this)."""
        settings = QSettings()
        folder = str(settings.value(SETTINGS_KEY, str(Path.home() / "board-website")))
        language = str(settings.value("publish/language", "en"))
        dialog = cls(parent, folder, language)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        path, lang = dialog.choice()
        settings.setValue(SETTINGS_KEY, str(path))
        settings.setValue("publish/language", lang)
        return path, lang
