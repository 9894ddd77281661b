"""Switching the app to Spanish: the main window's tabs, menus and Qt's own texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMenu

from advisoryboard import i18n
from ui import language
from ui.app import build_main_window, install_translations
from ui.main_window import MainWindow

SPANISH_TABS = [
    "Miembros",
    "Problemas",
    "Reuniones y actas",
    "Gráficos",
    "Seguridad",
    "Comunidad",
    "Encuestas",
]
ENGLISH_TABS = ["Members", "Issues", "Meetings & Minutes", "Charts", "Safety", "Community", "Surveys"]


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    QSettings().remove(language.SETTING)
    language.apply_language("en")


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i).replace("&&", "&") for i in range(window.tabs.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def switch(qtbot, window: MainWindow, code: str) -> MainWindow:
    new = language.switch_language(window, code)
    assert isinstance(new, MainWindow)
    qtbot.addWidget(new)
    qtbot.waitExposed(new)
    return new


def test_switching_to_spanish_rebuilds_the_window_in_spanish(qtbot, main_window: MainWindow) -> None:
    main_window.tabs.setCurrentIndex(2)
    spanish = switch(qtbot, main_window, "es")
    assert tab_titles(spanish) == SPANISH_TABS
    assert menu_titles(spanish) == ["&Archivo", "&Ver", "&Herramientas", "A&yuda"]
    file_actions = [a.text() for a in spanish.file_menu.actions() if not a.isSeparator()]
    assert file_actions == ["&Nueva base de datos…", "A&brir base de datos…",
                            "Conectar a un servidor com&partido…", "&Copia de seguridad…",
                            "&Restaurar…", "Publicar sitio &web…", "&Imprimir…", "&Salir"]  # fmt: skip
    assert spanish.tabs.accessibleName() == "Secciones principales"
    assert spanish.tabs.currentIndex() == 2  # the user stays where they were
    assert not main_window.isVisible()
    assert QSettings().value(language.SETTING) == "es"
    assert i18n.current_language() == "es"  # core messages (errors) follow
    assert i18n._("Call to order") == "Llamado al orden"


def test_qt_standard_texts_and_dates_follow_the_language(qtbot, main_window: MainWindow) -> None:
    switch(qtbot, main_window, "es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert "noviembre" in QLocale().toString(QDate(2026, 11, 21), QLocale.FormatType.LongFormat)
    assert QLocale().name() == "es_US"


def test_switching_back_to_english(qtbot, main_window: MainWindow) -> None:
    english = switch(qtbot, switch(qtbot, main_window, "es"), "en")
    assert tab_titles(english) == ENGLISH_TABS
    assert menu_titles(english) == ["&File", "&View", "&Tools", "&Help"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n._("Call to order") == "Call to order"
    assert QLocale().name() == QLocale.system().name()  # the system's regional settings again


def test_the_language_menu_names_each_language_in_itself(qtbot, main_window: MainWindow) -> None:
    menu = main_window.findChild(QMenu, "languageMenu")
    assert menu is not None
    labels = [a.text() for a in menu.actions()]
    assert labels == ["System default", "English", "Español"]
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["System default"]
    spanish_action = next(a for a in menu.actions() if a.data() == "es")
    spanish_action.trigger()
    new = language.main_windows()[-1]
    qtbot.addWidget(new)
    new_menu = new.findChild(QMenu, "languageMenu")
    assert new_menu is not None and new_menu.title() == "&Idioma"
    assert [a.text() for a in new_menu.actions() if a.isChecked()] == ["Español"]
    assert new_menu.actions()[0].text() == "Idioma del sistema"


def test_the_saved_choice_applies_at_start(qtbot, demo_url: str) -> None:
    QSettings().setValue(language.SETTING, "es")
    assert install_translations(QApplication.instance()) is not None  # type: ignore[arg-type]
    window = build_main_window(demo_url)
    qtbot.addWidget(window)
    assert tab_titles(window) == SPANISH_TABS


def test_without_a_choice_the_system_language_is_used() -> None:
    QSettings().remove(language.SETTING)
    assert language.saved_choice() == language.SYSTEM
    assert language.chosen_language() == language.system_language()
    QSettings().setValue(language.SETTING, "xx")  # a language whose catalog was removed
    assert language.chosen_language() == language.system_language()


@pytest.mark.parametrize("code", ["en", "es"])
def test_menu_mnemonics_are_unique_in_each_language(qtbot, main_window: MainWindow, code: str) -> None:
    """Alt+letter must reach one menu entry: no two entries of a menu share their & letter."""
    window = switch(qtbot, main_window, code)
    menus = [window.menuBar(), *window.findChildren(QMenu)]
    for menu in menus:
        letters = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [x for x in letters if x]
        assert len(letters) == len(set(letters)), f"{menu.objectName()}: {letters}"


def _mnemonic(text: str) -> str:
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else ""


def test_switching_language_keeps_the_selected_meeting_and_member(qtbot, main_window: MainWindow) -> None:
    from ui.meetings.tab import MeetingsTab
    from ui.members.tab import MembersTab

    members = main_window.tab("membersTab")
    assert isinstance(members, MembersTab)
    qtbot.waitUntil(lambda: members.model.rowCount() > 3)
    members.table.selectRow(3)
    member_id = members.selected_id()
    meetings_tab = main_window.tab("meetingsTab")
    assert isinstance(meetings_tab, MeetingsTab)
    main_window.tabs.setCurrentWidget(meetings_tab)
    chosen = meetings_tab.model.row_at(5)
    assert chosen is not None and member_id is not None
    meetings_tab.select_meeting(chosen.id)
    meetings_tab.details.setCurrentIndex(2)
    spanish = switch(qtbot, main_window, "es")
    again = spanish.tab("meetingsTab")
    assert isinstance(again, MeetingsTab)
    assert again.selected_meeting_id() == chosen.id
    assert again.details.currentIndex() == 2
    members_again = spanish.tab("membersTab")
    assert isinstance(members_again, MembersTab)
    assert members_again.selected_id() == member_id
