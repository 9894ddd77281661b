"""Run in a subprocess by test_fits_fhd_scaled.py: opens every tab and dialog on the screen Qt was
started with (e.g. 1920×1080 at 125 %) in English and Spanish, and prints their sizes as JSON.

    QT_SCALE_FACTOR=1.25 QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.fits_probe URL
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ui import language
from ui.app import build_main_window, ensure_app

#: What a Windows taskbar takes at the bottom of the screen, in logical pixels at 125 %.
TASKBAR = 40


def _size(widget: QWidget) -> dict[str, int]:
    need, has = widget.minimumSizeHint(), widget.size()
    return {"need_w": need.width(), "need_h": need.height(), "w": has.width(), "h": has.height()}


def probe(url: str) -> dict[str, object]:
    from tests.ui.test_fits_laptop import _dialogs

    app = ensure_app()
    screen = app.primaryScreen()
    room = screen.availableGeometry().size()
    out: dict[str, object] = {
        "screen": [room.width(), room.height()],
        "dpr": screen.devicePixelRatio(),
        "room": [room.width(), room.height() - TASKBAR],
        "items": [],
    }
    items: list[dict[str, object]] = out["items"]  # type: ignore[assignment]
    for lang in ("en", "es"):
        language.apply_language(lang)
        window = build_main_window(url)
        window.resize(room.width(), room.height() - TASKBAR)
        window.show()
        QApplication.processEvents()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            items.append({"lang": lang, "what": f"tab {window.tabs.tabText(index)}", **_size(window)})
        for name, make in _dialogs(window).items():
            dialog = make()
            dialog.show()
            QApplication.processEvents()
            items.append({"lang": lang, "what": f"dialog {name}", **_size(dialog)})
            dialog.reject()
            dialog.deleteLater()
        window.close()
        window.ctx.db.dispose()
        QApplication.processEvents()
    QSettings().remove(language.SETTING)
    return out


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1])))
