"""The import ahead after start (ui/tabpages.py `TabPages.prefetch`) in short idle turns.

What the user notices: in the seconds after start, while the other tabs' modules are imported
on the GUI thread, a click or a key waits for one short turn at most; no turn imports a heavy
library (numpy, pyqtgraph, shapely) together with another one or with a tab's module. Then
every tab's module is imported, so a tab's first show does not import it. No timings here
(`python -m benchmarks.actions_probe prefetch URL` measures the turns).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ui.tabpages import BUILD_IMPORTS, LIBRARY_STEPS, TAB_SPECS, prefetch_plan

LIBRARIES = ("numpy", "pyqtgraph", "shapely")
TAB_MODULES = tuple(spec.module for spec in TAB_SPECS)


def test_the_plan_imports_each_heavy_library_alone_before_the_tab_modules() -> None:
    plan = prefetch_plan()
    alone = {step.modules: i for i, step in enumerate(plan) if len(step.modules) == 1}
    first_tab = min(i for i, step in enumerate(plan) if set(step.modules) & set(TAB_MODULES))
    for library in LIBRARIES:
        assert (library,) in alone, f"{library} is not a step of its own"
        assert alone[(library,)] < first_tab, f"{library} is imported after a tab's module"
    assert alone[("numpy",)] < alone[("pyqtgraph",)]
    # The Qt types pyqtgraph makes at its import are made in turns of their own before it.
    qt_steps = [i for i, step in enumerate(plan) if step.qt_types]
    assert qt_steps and max(qt_steps) < alone[("pyqtgraph",)]
    assert all(step in plan for step in LIBRARY_STEPS)
    planned = {name for step in plan for name in step.modules}
    every = {*TAB_MODULES, *(name for names in BUILD_IMPORTS.values() for name in names)}
    assert every <= planned


#: In a fresh process (nothing imported yet but what the start imports): the window on a new
#: board, the import ahead run as ui.app.run starts it, and for every turn which of the heavy
#: libraries and tab modules it imported.
PROBE = """
import json, sys
from PySide6.QtCore import QEventLoop, QTimer
from ui.app import build_main_window
watched = {watched!r}
window = build_main_window({url!r})
window.show()
pages = window.pages
turns = []
step = pages._import_next
def timed_step():
    before = {{name for name in watched if name in sys.modules}}
    step()
    turns.append(sorted(name for name in watched if name in sys.modules and name not in before))
pages._import_next = timed_step
before = sorted(name for name in watched if name in sys.modules)
loop = QEventLoop()
pages.prefetched.connect(loop.quit)
QTimer.singleShot(60000, loop.quit)
pages.prefetch()
loop.exec()
print(json.dumps({{"before": before, "turns": turns,
                  "after": sorted(name for name in watched if name in sys.modules)}}))
"""


def test_after_start_each_turn_imports_one_heavy_piece_and_then_every_tab_is_imported(
    tmp_path: Path,
) -> None:
    watched = (*LIBRARIES, *TAB_MODULES)
    code = PROBE.format(watched=watched, url=f"sqlite:///{tmp_path / 'board.db'}")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # starts on Members, as at a first start
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads([line for line in done.stdout.splitlines() if line.startswith("{")][-1])
    assert seen["before"] == ["ui.members.tab"], "only the current tab was built at start"
    busy = [turn for turn in seen["turns"] if len(turn) > 1]
    assert busy == [], "a turn imported more than one heavy library or tab module"
    assert sorted(seen["after"]) == sorted(watched), "every tab's module is imported ahead"
    imported = [name for turn in seen["turns"] for name in turn]
    assert imported.index("numpy") < imported.index("pyqtgraph") < imported.index("ui.charts.tab")


def test_a_step_that_cannot_import_does_not_stop_the_import_ahead(qtbot, main_window, monkeypatch) -> None:
    """A module missing (a trimmed bundle, say) is skipped with a log line: the steps after it
    still run and the window still hears that the work ahead has ended."""
    from ui import tabpages

    missing = tabpages.PrefetchStep("missing", ("advisoryboard_no_such_module",))
    monkeypatch.setattr(tabpages, "prefetch_plan", lambda plan=prefetch_plan: [missing, *plan()])
    if main_window.tabs.currentIndex() != 0:
        main_window.tabs.setCurrentIndex(0)
        main_window.pages.reset()
    with qtbot.waitSignal(main_window.pages.prefetched, timeout=30000):
        main_window.pages.prefetch()
    assert all(name in sys.modules for name in TAB_MODULES)
