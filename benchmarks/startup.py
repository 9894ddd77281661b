"""Start-up: process start → main window painted, the app vs. a bare PySide6 window."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.harness import Result, at_most, info, median, probe_env, ratio


def time_to_paint(*probe_args: str) -> float:
    """Seconds from starting `python -m benchmarks.probe ...` to its main window's first paint."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe", *probe_args],
        check=True,
        capture_output=True,
        text=True,
        env=probe_env(),
    )
    line = [ln for ln in done.stdout.splitlines() if ln.startswith("{")][-1]
    return float(json.loads(line)["painted"]) - start


def startup(db: Path, issues: int, runs: int) -> list[Result]:
    """Alternate bare and app runs so both see the same machine load."""
    bare: list[float] = []
    app: list[float] = []
    time_to_paint("bare")  # warm the disk cache for both
    time_to_paint("app", f"sqlite:///{db}")
    for _ in range(runs):
        bare.append(time_to_paint("bare"))
        app.append(time_to_paint("app", f"sqlite:///{db}"))
    ratios = [ratio(a, b) for a, b in zip(app, bare, strict=True)]
    return [
        info("start-up, bare PySide6 window, 4 empty tabs", median(bare) * 1000, "ms"),
        info(f"start-up, app on {issues} issues", median(app) * 1000, "ms"),
        at_most("start-up ratio app / bare window", median(ratios), "ratio", 2.0, f"{runs} runs each"),
    ]
