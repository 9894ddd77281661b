"""File ▸ Publish website…: the dialog fits a small office screen in both languages, and the
action builds the site in a worker while the window stays responsive."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.publish.dialog import PublishDialog

SMALL_SCREEN = (1366, 728)


@pytest.mark.parametrize("language", ["en", "es"])
def test_dialog_fits_a_small_screen_in_both_languages(qtbot, language: str) -> None:
    from ui.language import apply_language

    apply_language(language)
    try:
        dialog = PublishDialog(None, "/tmp/site", "en+es")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        hint = dialog.sizeHint()
        assert hint.width() <= SMALL_SCREEN[0] and hint.height() <= SMALL_SCREEN[1]
        assert dialog.language_box.currentData() == "en+es"
        title = "Publicar sitio web" if language == "es" else "Publish website"
        assert dialog.windowTitle() == title
        for widget in (dialog.folder_edit, dialog.language_box):
            assert widget.accessibleName()
    finally:
        apply_language("en")


def test_an_empty_folder_is_refused_with_a_message(qtbot) -> None:
    dialog = PublishDialog(None, "", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(type(dialog.folder_edit), "publishFolder").clear()
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton, "publishOk").click()
    assert dialog.isVisible()
    assert "folder" in dialog.error_label.text()


def test_publish_action_builds_the_site_in_the_background(
    qtbot, main_window, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QAction

    target = tmp_path / "site"
    monkeypatch.setattr(PublishDialog, "ask", classmethod(lambda cls, parent: (target, "en")))
    action = main_window.findChild(QAction, "publishWebsiteAction")
    assert action is not None and action.isEnabled()
    assert action in main_window.file_menu.actions()
    action.trigger()
    qtbot.waitUntil(lambda: "Website published" in main_window.statusBar().currentMessage(), timeout=120000)
    assert (target / "index.html").is_file()
    assert (target / "meetings" / "index.html").is_file()
