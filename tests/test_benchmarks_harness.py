"""The benchmark harness's pure parts, and that start-up imports stay light (no timings here)."""

from __future__ import annotations

import json
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
