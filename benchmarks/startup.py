"""Start-up: process start → the first tab's data painted (the Members table showing
members), the app vs. a bare PySide6 window with as many empty tabs (issue 23's figure).

Also, for information, process start → the main window painted: the window paints before
the database is opened, so that figure alone does not tell how long a user waits for the board.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, at_most, info, median, probe_env, ratio
from benchmarks.probe import BARE_TABS


def time_to_paint(*probe_args: str, config: Path | None = None) -> float:
    """Seconds from starting `python -m benchmarks.probe ...` to its main window's first paint."""
    env = probe_env()
    if config is not None:
        # A settings folder of its own: the app starts on its first tab (Members) with the
        # default window size, whatever the user's own settings say.
        env["XDG_CONFIG_HOME"] = str(config)
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe", *probe_args],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    line = [ln for ln in done.stdout.splitlines() if ln.startswith("{")][-1]
    return float(json.loads(line)["painted"]) - start


def startup(db: Path, issues: int, runs: int) -> list[Result]:
    """Alternate bare and app runs so both see the same machine load."""
    bare: list[float] = []
    app: list[float] = []
    data: list[float] = []
    url = f"sqlite:///{db}"
    with tempfile.TemporaryDirectory(prefix="bench-config-") as folder:
        config = Path(folder)
        time_to_paint("bare")  # warm the disk cache for both
        time_to_paint("app", url, config=config)
        for _ in range(runs):
            bare.append(time_to_paint("bare"))
            app.append(time_to_paint("app", url, config=config))
            data.append(time_to_paint("app-data", url, "membersTable", config=config))
    ratios = [ratio(a, b) for a, b in zip(app, bare, strict=True)]
    data_ratios = [ratio(d, b) for d, b in zip(data, bare, strict=True)]
    note = f"{runs} runs each"
    tabs = len(BARE_TABS)
    return [
        info(f"start-up, bare PySide6 window, {tabs} empty tabs", median(bare) * 1000, "ms"),
        info(
            f"start-up, first tab's data painted, {issues} issues",
            median(data) * 1000,
            "ms",
            "the Members table with members",
        ),
        at_most("start-up ratio first tab's data / bare window", median(data_ratios), "ratio", 2.0, note),
        info(f"start-up, app window painted, {issues} issues", median(app) * 1000, "ms", "before the data"),
        info("start-up ratio window painted / bare window", median(ratios), "ratio", note),
    ]
