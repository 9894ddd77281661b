"""Start-up probes, run as `python -m benchmarks.probe bare|app|app-data [URL [VIEW]]` in a fresh process.

Each prints one JSON line: {"painted": <time.time() when the main window had painted>}.
The parent records time.time() just before starting the process, so the difference is
process start → main window painted. `app-data` waits instead until the item view named
VIEW (default the Members tab's table) has painted with rows in it: the first tab's data
on screen, not just the window. This module imports nothing heavy at the top: what the app
imports is what is being measured.
"""

from __future__ import annotations

import json
import sys
import time


def _watch_first_paint(app: object, is_main: object) -> None:
    """Quit the event loop once a widget accepted by `is_main` has painted for the first time."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and is_main(obj):  # type: ignore[operator]
                self.done = True
                # Runs after the whole window (all its children) has painted.
                QTimer.singleShot(0, self.finish)
            return False

        def finish(self) -> None:
            print(json.dumps({"painted": time.time()}), flush=True)
            app.quit()

    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    app._benchmark_watcher = watcher  # type: ignore[attr-defined]  # keep it alive


#: The bare window's tabs: as many as the app's main window has (ui/tabpages.py TAB_SPECS).
BARE_TABS = ("Members", "Issues", "Meetings & Minutes", "Charts", "Safety", "Community", "Surveys")


def bare() -> int:
    """A bare PySide6 main window with seven empty tabs: the baseline of the start-up ratios."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for title in BARE_TABS:
        tabs.addTab(QWidget(tabs), title)
    window.setCentralWidget(tabs)
    _watch_first_paint(app, lambda obj: obj is window)
    window.resize(1280, 800)
    window.show()
    return app.exec()


def app(url: str) -> int:
    """The real app through its GUI entry point `ui.app.run`, on the database at `url`."""
    from ui.app import ensure_app, run

    qapp = ensure_app()
    _watch_first_paint(qapp, lambda obj: obj.objectName() == "mainWindow")  # type: ignore[attr-defined]
    return run(url)


def _view_with_rows(view_name: str) -> object:
    """A test for `_watch_first_paint`: the viewport of the item view `view_name`, holding rows."""
    from PySide6.QtWidgets import QAbstractItemView

    def painted(obj: object) -> bool:
        view = obj.parent() if hasattr(obj, "parent") else None  # type: ignore[union-attr]
        if not isinstance(view, QAbstractItemView) or view.objectName() != view_name:
            return False
        model = view.model()
        return view.viewport() is obj and model is not None and model.rowCount() > 0

    return painted


def app_data(url: str, view_name: str = "membersTable") -> int:
    """The real app as the user starts it (the `advisoryboard --db URL` command, i.e.
    `advisoryboard.cli.main`), until the current tab's table has painted its rows."""
    from advisoryboard.cli import main
    from ui.app import ensure_app

    qapp = ensure_app()
    _watch_first_paint(qapp, _view_with_rows(view_name))
    return main(["--db", url])


def main(argv: list[str]) -> int:
    if argv[0] == "bare":
        return bare()
    if argv[0] == "app":
        return app(argv[1])
    if argv[0] == "app-data":
        return app_data(*argv[1:3])
    raise SystemExit(f"unknown probe {argv[0]}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
