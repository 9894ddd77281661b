"""The benchmark harness's pure parts, and that start-up imports stay light (no timings here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.harness import Result, at_most, format_table, info, median, not_measured, ratio, write_results


def test_median_and_ratio() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 2.0, 3.0]) == 2.5
    with pytest.raises(ValueError, match="no values"):
        median([])
    assert ratio(3.0, 1.5) == 2.0
    assert ratio(1.0, 0.0) == float("inf")


def test_table_and_results_json(tmp_path: Path) -> None:
    results = [at_most("fast thing", 40.0, "ms", 50.0), at_most("slow ratio", 2.5, "ratio", 2.0, "5 runs")]
    assert [r.passed for r in results] == [True, False]
    table = format_table(results)
    lines = table.splitlines()
    assert "fast thing" in lines[2] and "pass" in lines[2]
    assert "slow ratio" in lines[3] and "FAIL" in lines[3] and "2.50×" in lines[3]
    out = tmp_path / "results.json"
    write_results(out, results, {"cpus": 2})
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["machine"] == {"cpus": 2}
    assert data["results"][1] == {
        "name": "slow ratio",
        "value": 2.5,
        "unit": "ratio",
        "target": 2.0,
        "pass": False,
        "note": "5 runs",
    }
    assert isinstance(Result("x", 1, "s", 2, True), Result)


def test_main_window_does_not_import_heavy_libraries_at_start() -> None:
    """pandas, reportlab, pyqtgraph, Alembic and icalendar load only when first needed."""
    code = (
        "import sys, ui.app, ui.main_window\n"
        "heavy = ('pandas', 'reportlab', 'pyqtgraph', 'alembic', 'icalendar', 'openpyxl', 'numpy')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_information_and_unmeasured_rows_are_valid_json(tmp_path: Path) -> None:
    results = [info("bare window", 500.0, "ms"), not_measured("charts", "no Charts tab")]
    table = format_table(results).splitlines()
    assert "info" in table[2] and "FAIL" in table[3] and "not measured: no Charts tab" in table[3]
    out = tmp_path / "results.json"
    write_results(out, results)
    data = json.loads(out.read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(c))
    assert [(r["target"], r["pass"]) for r in data["results"]] == [(None, True), (None, False)]


def test_the_main_window_paints_before_the_data_layer_is_imported(tmp_path: Path) -> None:
    """The real start (ui.app.run): at the window's first paint no SQLAlchemy, models, services or
    tab modules are loaded yet; then the database opens and the window names it."""
    code = (
        "import json, sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from ui.app import ensure_app, run\n"
        "app = ensure_app()\n"
        "data = ('sqlalchemy', 'database.models', 'database.engine', 'advisoryboard.services',\n"
        "        'ui.members.tab')\n"
        "seen = {}\n"
        "class Watch(QObject):\n"
        "    def eventFilter(self, obj, event):\n"
        "        if event.type() == QEvent.Type.Paint and obj.objectName() == 'mainWindow' and not seen:\n"
        "            seen['loaded'] = sorted(m for m in data if m in sys.modules)\n"
        "            seen['status'] = obj.statusBar().currentMessage()\n"
        "        return False\n"
        "watch = Watch()\n"
        "app.installEventFilter(watch)\n"
        f"code = run({str(tmp_path / 'board.db')!r})\n"
        "print(json.dumps({**seen, 'code': code, 'now': sorted(m for m in data if m in sys.modules)}))\n"
    )
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": "offscreen",
        "ADVISORYBOARD_SMOKE_EXIT": "1",  # fill in, report, close and quit
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    smoke, seen = lines[0], lines[-1]
    assert seen["loaded"] == [], "imported before the window painted"
    assert seen["status"] == f"Opening {tmp_path / 'board.db'}…"
    assert smoke["database"] == str(tmp_path / "board.db") and seen["code"] == 0
    assert {"sqlalchemy", "database.models", "ui.members.tab"} <= set(seen["now"]), (
        "then the board was opened"
    )


@pytest.mark.parametrize("kind", ["saves", "meetings"])
def test_the_action_probes_still_drive_the_window(tmp_path: Path, kind: str) -> None:
    """`make bench`'s after-an-action probes drive the real window as a user would (forms
    answered, rows clicked); a change to the forms or tabs that they no longer drive fails
    here, not only in a benchmark run. On a small demo board, one run each."""
    from benchmarks.databases import answer_first_start, cli

    board = tmp_path / "board.db"
    cli("demo", "--issues", "300", "--years", "2", "--seed", "9", db=board)
    answer_first_start(board)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.actions_probe", kind, f"sqlite:///{board}", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures and all(len(times) >= 1 and all(t > 0 for t in times) for times in figures.values())
