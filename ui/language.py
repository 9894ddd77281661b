"""The app's language: chosen in View ▸ Language, remembered, and switched at run time.

The language follows the system locale until the user picks one (QSettings
"ui/language"; empty means "system"). Applying a language installs the app's compiled
catalog (resources/translations/advisoryboard_<lang>.qm) and Qt's own (standard buttons,
file dialogs), sets the default QLocale (dates and numbers in widgets) and the core's
language (`advisoryboard.i18n`, for error messages). Printed documents have their own
language (the board's setting, or the one chosen when printing).

Switching at run time rebuilds the main window on the same database, keeping its size,
position and tab: robust for every tab, without each widget having to retranslate itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from advisoryboard import i18n
from ui.resources import translations_dir

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SETTING = "ui/language"
SYSTEM = ""  # the setting's value meaning "follow the system locale"

_installed: list[QTranslator] = []
_windows: list[MainWindow] = []  # the rebuilt window must outlive the menu action that made it


def system_language() -> str:
    """The first of the system's UI languages the app has a catalog for (English otherwise)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in i18n.available_languages():
            return code
    return i18n.DEFAULT_LANGUAGE


def saved_choice() -> str:
    """The language the user chose, or SYSTEM."""
    value = QSettings().value(SETTING, SYSTEM)
    return value if isinstance(value, str) and value in i18n.available_languages() else SYSTEM


def chosen_language() -> str:
    return saved_choice() or system_language()


def current_language() -> str:
    return i18n.current_language()


def apply_language(language: str | None = None) -> str:
    """Install the translations of `language` (default: the chosen one); returns the code applied."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first (ui.app.ensure_app)"
    lang = i18n.normalize_language(language or chosen_language())
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    # English needs its catalog too: only the plural forms ("1 matching issue" / "2 … issues").
    sources = [(f"advisoryboard_{lang}", str(translations_dir()))]
    if lang != i18n.DEFAULT_LANGUAGE:
        sources.insert(0, (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    # Widgets format dates and numbers like the language: the system's regional settings when
    # it is the system's language, else the language's US variant (es → es_US), as the core does.
    QLocale.setDefault(QLocale.system() if lang == system_language() else QLocale(str(i18n.locale_for(lang))))
    i18n.set_language(lang)
    return lang


def app_translator() -> QTranslator | None:
    """The installed translator of the app's own catalog (for English: its plural forms)."""
    return next((t for t in _installed if "advisoryboard_" in t.filePath()), None)


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Remember `language` (SYSTEM: follow the system), apply it and rebuild `window` in it."""
    QSettings().setValue(SETTING, language)
    apply_language(language or system_language())
    from ui.context import AppContext, ChangeHub

    # what each built tab shows (the selected meeting, member …) comes back in the new window
    states = {tab.objectName(): tab.view_state() for tab in window.pages.built_tabs()}
    ctx = AppContext(db=window.ctx.db, hub=ChangeHub(), actor=window.ctx.actor)
    new = type(window)(ctx)
    new.restoreGeometry(window.saveGeometry())
    new.tabs.setCurrentIndex(window.tabs.currentIndex())
    for name, state in states.items():
        if state is not None:
            new.tab(name).apply_navigation(state)
    new.show()
    window.close()
    _windows[:] = [new]
    return new


def add_language_menu(window: MainWindow, parent_menu: QMenu) -> QMenu:
    """View ▸ Language: System default, then each language by its own name (English, Español)."""
    menu = parent_menu.addMenu(QCoreApplication.translate("language", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    choice = saved_choice()
    entries = [(SYSTEM, QCoreApplication.translate("language", "System default"))]
    entries += [(code, i18n.language_name(code)) for code in i18n.available_languages()]
    for code, label in entries:
        action = QAction(label, menu)
        action.setObjectName(f"language_{code or 'system'}Action")
        action.setCheckable(True)
        action.setChecked(code == choice)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: switch_language(window, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def main_windows() -> list[MainWindow]:
    """The window made by the last language switch (for run() and tests)."""
    return list(_windows)
