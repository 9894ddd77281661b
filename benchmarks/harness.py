"""The pure parts of the benchmark harness: medians, ratios, the table and results.json."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    """One figure: its median value, the unit, the target and whether it is met."""

    name: str
    value: float | None  # None: could not be measured in this run
    unit: str
    target: float | None  # None: shown for information (e.g. one side of a ratio)
    passed: bool
    note: str = ""

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["pass"] = data.pop("passed")
        return data


def probe_env() -> dict[str, str]:
    """The environment of a probe process: offscreen Qt, and bytecode written and reused
    (an installed app has its modules compiled; we measure that, not compiling them)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def median(values: Sequence[float]) -> float:
    """The median of `values` (at least one)."""
    if not values:
        raise ValueError("median of no values")
    return float(statistics.median(values))


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, infinite when the denominator is not positive."""
    if denominator <= 0:
        return float("inf")
    return numerator / denominator


def at_most(name: str, value: float, unit: str, target: float, note: str = "") -> Result:
    """A figure that passes when it is no larger than its target."""
    return Result(name, value, unit, target, value <= target, note)


def info(name: str, value: float, unit: str, note: str = "") -> Result:
    """A figure shown for information only (no target of its own)."""
    return Result(name, value, unit, None, True, note)


def not_measured(name: str, reason: str) -> Result:
    """A figure this run could not measure (reported as a failure, never hidden)."""
    return Result(name, None, "", None, False, f"not measured: {reason}"[:140])


def timed_runs(fn: Callable[[], object], runs: int) -> list[float]:
    """Seconds taken by each of `runs` calls of `fn`."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if value == float("inf"):
        return "inf"
    if unit == "ratio":
        return f"{value:.2f}×"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:g} {unit}"


def format_table(results: Sequence[Result]) -> str:
    """A plain-text table: figure, median, target, pass/FAIL, note."""
    header = ("figure", "median", "target", "result", "note")
    rows = [
        (
            r.name,
            _fmt(r.value, r.unit),
            "—" if r.target is None else "≤ " + _fmt(r.target, r.unit),
            ("pass" if r.target is not None else "info") if r.passed else "FAIL",
            r.note,
        )
        for r in results
    ]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def write_results(path: Path, results: Sequence[Result], machine: dict[str, object] | None = None) -> None:
    """Write results.json: a list of {name, value, unit, target, pass, note} plus the machine."""
    payload = {"machine": machine or {}, "results": [r.as_json() for r in results]}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
