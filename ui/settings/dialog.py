"""Board settings (Tools ▸ Board settings…): the form, with messages next to fields and conflicts handled.

A failed save (bad value, disk full, read-only file, someone else saved first) never
clears the form: the text stays where it was typed.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.default_data import shown, stored
from advisoryboard.errors import ConflictError, UserError, ValidationError
from advisoryboard.labels import label as enum_label
from advisoryboard.permissions import Permission
from advisoryboard.services.settings import BoardSettingsData, get_settings, update_settings
from database.enums import QuorumRule, ThresholdBase
from ui.context import AppContext
from ui.operations import ChangeOp, QueryOp
from ui.safety.conflict import ConflictDialog
from ui.settings.areas import AreaListEditor

# Texts the app may have written itself: shown in the window's language, kept translatable.
DEFAULT_TEXT_FIELDS = ("accommodation_notice", "public_comment_instructions")


class BoardSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("boardSettingsDialog")
        self.setWindowTitle(self.tr("Board settings"))
        self.loaded: BoardSettingsData | None = None
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        self.banner = QLabel(self)
        self.banner.setObjectName("settingsErrorBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { color: #a00; font-weight: bold; }")
        self.banner.hide()
        form = QFormLayout()
        self._add(form, "board_name", self.tr("Board &name"), QLineEdit(self))
        seats = QSpinBox(self)
        seats.setRange(0, 999)
        self._add(form, "seat_count", self.tr("&Seats"), seats)
        quorum = QComboBox(self)
        for rule in QuorumRule:
            quorum.addItem(enum_label(rule), rule.value)
        self._add(form, "quorum_rule", self.tr("&Quorum"), quorum)
        fixed = QSpinBox(self)
        fixed.setRange(0, 999)
        fixed.setSpecialValueText(self.tr("(none)"))
        self._add(form, "quorum_fixed_number", self.tr("Fixed quorum &number"), fixed)
        base = QComboBox(self)
        for kind in ThresholdBase:
            base.addItem(enum_label(kind), kind.value)
        self._add(form, "threshold_base", self.tr("Majority of"), base)
        self._add(form, "timezone", self.tr("&Time zone"), QLineEdit(self))
        self._add(form, "default_location", self.tr("Usual meeting &place"), QLineEdit(self))
        notice = QPlainTextEdit(self)
        notice.setFixedHeight(80)
        self._add(form, "accommodation_notice", self.tr("&Accommodation notice"), notice)
        single = QCheckBox(self.tr("No sign-in: everyone using this PC acts as the office"), self)
        self._add(form, "single_user_mode", self.tr("Single-&user mode"), single)
        folder = QLineEdit(self)
        folder.setPlaceholderText(self.tr("Default: the Advisory Board data folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("browseBackupFolderButton")
        browse.clicked.connect(self.browse_folder)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(folder)
        row_layout.addWidget(browse)
        self.editors["backup_folder"] = folder
        folder.setObjectName("backup_folderEdit")
        folder.setAccessibleName(self.tr("Backup folder"))
        self._add_row(form, "backup_folder", self.tr("Backup &folder"), row)
        self.areas = AreaListEditor(self)
        self._add(form, "areas", self.tr("&Districts and beats"), self.areas)
        self.areas.table.setObjectName("areasTable")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettingsButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        can_edit = ctx.can(Permission.MANAGE_SETTINGS)
        for editor in self.editors.values():
            editor.setEnabled(can_edit)
        self.save_button.setEnabled(can_edit)
        self.reload()

    # ------------------------------------------------------------------ building
    def _add(self, form: QFormLayout, field: str, label: str, editor: QWidget) -> None:
        editor.setObjectName(f"{field}Edit")
        editor.setAccessibleName(label.replace("&", ""))
        self.editors[field] = editor
        self._add_row(form, field, label, editor)

    def _add_row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"{field}Error")
        error.setStyleSheet("QLabel { color: #a00; }")
        error.setWordWrap(True)
        error.hide()
        col.addWidget(error)
        self.errors[field] = error
        self.labels[field] = label.replace("&", "")
        caption = QLabel(label, self)
        caption.setBuddy(self.editors[field])
        form.addRow(caption, box)

    # ------------------------------------------------------------------ values
    def value(self, field: str) -> Any:
        editor = self.editors[field]
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            text = editor.toPlainText()
            if field in DEFAULT_TEXT_FIELDS and self.loaded is not None:
                return stored(text, getattr(self.loaded, field))
            return text
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return None if field == "quorum_fixed_number" and editor.value() == 0 else editor.value()
        if isinstance(editor, AreaListEditor):
            return editor.value()
        raise TypeError(field)

    def set_value(self, field: str, value: Any) -> None:
        editor = self.editors[field]
        if isinstance(editor, QLineEdit):
            editor.setText(value or "")
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(getattr(value, "value", value))))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, AreaListEditor):
            editor.set_value(value or ())

    def changes(self) -> dict[str, Any]:
        """The fields the user changed, compared with what was loaded."""
        assert self.loaded is not None
        out = {}
        for field in self.editors:
            old = getattr(self.loaded, field)
            old = getattr(old, "value", old)
            if field == "areas":
                old = [(a.kind.value, a.name) for a in old]
            new = self.value(field)
            if (old or None) != (new or None) or (isinstance(new, bool) and new != old):
                out[field] = new
        return out

    def fill(self, data: BoardSettingsData) -> None:
        self.loaded = data
        for field in self.editors:
            value = getattr(data, field)
            self.set_value(field, shown(value) if field in DEFAULT_TEXT_FIELDS else value)

    def reload(self) -> None:
        self.fill(QueryOp(self, self.ctx, get_settings).get())
        self.show_errors({}, None)

    def browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.value("backup_folder"))
        if folder:
            self.set_value("backup_folder", folder)

    # ------------------------------------------------------------------ saving
    def show_errors(self, errors: dict[str, str], banner: str | None) -> None:
        for field, label in self.errors.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
        self.banner.setText(banner or "")
        self.banner.setVisible(bool(banner))
        first = next((f for f in errors if f in self.editors), None)
        if first is not None:
            self.editors[first].setFocus()

    def save(self, expected_version: int | None = None) -> bool:
        assert self.loaded is not None
        changes = self.changes()
        if not changes:
            self.accept()
            return True
        version = expected_version if expected_version is not None else self.loaded.version
        op = ChangeOp(self, self.ctx, lambda s: update_settings(s, changes, version))
        if op.handle_errors(self._refused).run():
            self.loaded = op.result
            self.accept()
            return True
        return isinstance(op.error, ConflictError) and self._resolve_conflict(changes)

    def _refused(self, exc: UserError) -> None:
        if isinstance(exc, ConflictError):
            return  # save() asks which version to keep
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors, self.tr("Please correct the marked fields; nothing was saved yet."))
        else:  # disk full, read-only, server gone: keep everything typed
            self.show_errors({}, exc.message + " " + self.tr("Your changes are still in the form."))

    def _resolve_conflict(self, mine: dict[str, Any]) -> bool:
        theirs = QueryOp(self, self.ctx, get_settings).get()
        fields = [f.name for f in dataclasses.fields(theirs) if f.name in self.editors]
        their_text = "\n".join(f"{self.labels[f]}: {_plain(getattr(theirs, f))}" for f in fields)
        my_text = "\n".join(f"{self.labels[f]}: {_plain(self.value(f))}" for f in fields)
        choice = ConflictDialog.ask(self, self.tr("The board settings"), their_text, my_text)
        if choice == "overwrite":
            self.loaded = theirs  # my whole form, compared with theirs, is saved over it
            return self.save(theirs.version)
        self.fill(theirs)  # reload, or copy (my text is on the clipboard)
        self.show_errors({}, self.tr("Showing the settings as someone else saved them."))
        return False

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        return cls(ctx, parent).exec() == QDialog.DialogCode.Accepted


def _plain(value: Any) -> str:
    if isinstance(value, (list, tuple)):  # the districts and beats
        return ", ".join(str(getattr(v, "name", v[-1] if isinstance(v, tuple) else v)) for v in value)
    value = getattr(value, "value", value)
    return "" if value is None else str(value)
