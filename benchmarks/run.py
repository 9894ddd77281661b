"""`python -m benchmarks [--quick] [--fresh] [--only NAME ...]`: measure, print, write results.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.databases import demo_db, empty_db
from benchmarks.harness import (
    Result,
    at_most,
    format_table,
    median,
    not_measured,
    probe_env,
    ratio,
    write_results,
)

RESULTS = Path(__file__).resolve().parent / "results.json"


@dataclass(frozen=True)
class Plan:
    small: int  # issues in the smaller database (growth baseline)
    large: int  # issues in the ten-year database
    runs: int
    import_rows: int
    fresh: bool


def probe(module: str, *args: str) -> dict[str, list[float]]:
    # A settings folder of its own: every window starts as at a first start (on Members), not
    # on the tab that the user's own settings, or the previous probe's window, left current
    # (a tab current at start is built then, and its "first show" would measure nothing).
    with tempfile.TemporaryDirectory(prefix="advisoryboard-probe-") as config:
        env = dict(probe_env(), XDG_CONFIG_HOME=config)
        done = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{module} {args[0]} failed: {last}")
    return json.loads([ln for ln in done.stdout.splitlines() if ln.startswith("{")][-1])  # type: ignore[no-any-return]


def fig_demo(plan: Plan) -> list[Result]:
    _db, seconds = demo_db(plan.large, fresh=plan.fresh)
    return [at_most(f"advisoryboard demo --issues {plan.large}", seconds, "s", 60.0, "one run (10 years)")]


def fig_startup(plan: Plan) -> list[Result]:
    from benchmarks.startup import startup

    return startup(demo_db(plan.large)[0], plan.large, plan.runs)


def fig_issues_tab(plan: Plan) -> list[Result]:
    small = probe("benchmarks.gui_probe", "issues", f"sqlite:///{demo_db(plan.small)[0]}", str(plan.runs))
    large = probe("benchmarks.gui_probe", "issues", f"sqlite:///{demo_db(plan.large)[0]}", str(plan.runs))
    out = []
    for key, label in (
        ("first_rows", "first rows painted"),
        ("filter", "filter change"),
        ("sort", "sort change"),
    ):
        value = median(large[key]) * 1000
        out.append(at_most(f"Issues tab {label}, {plan.large} issues", value, "ms", 100.0))
        growth = ratio(median(large[key]), median(small[key]))
        out.append(at_most(f"  growth {plan.small} → {plan.large}", growth, "ratio", 2.0))
    return out


def fig_jump(plan: Plan) -> list[Result]:
    data = probe("benchmarks.gui_probe", "jump", f"sqlite:///{demo_db(plan.large)[0]}", str(plan.runs))
    closed = int(data["rows"][0])
    painted, blocks = data["painted"], data["longest_block"]
    dragged, drag_blocks = data["drag_painted"], data["drag_longest_block"]
    return [
        at_most(
            f"Issues tab scrollbar jump → rows painted, {closed} closed of {plan.large} issues",
            median(painted) * 1000,
            "ms",
            100.0,
            f"{len(painted)} jumps; slowest {max(painted) * 1000:.0f} ms",
        ),
        at_most(
            "  longest GUI-thread block during the jump",
            max(blocks) * 1000,
            "ms",
            100.0,
            f"the most of {len(blocks)} jumps (1 ms heartbeat); median {median(blocks) * 1000:.0f} ms",
        ),
        at_most(
            "  scrollbar drag (10 moves, 16 ms apart) → rows painted where it stops",
            median(dragged) * 1000,
            "ms",
            100.0,
            f"{len(dragged)} drags, from the last move; slowest {max(dragged) * 1000:.0f} ms",
        ),
        at_most(
            "  longest GUI-thread block during the drag",
            max(drag_blocks) * 1000,
            "ms",
            100.0,
            f"the most of {len(drag_blocks)} drags; median {median(drag_blocks) * 1000:.0f} ms",
        ),
    ]


def fig_saves(plan: Plan) -> list[Result]:
    data = probe("benchmarks.actions_probe", "saves", f"sqlite:///{demo_db(plan.large)[0]}", str(plan.runs))
    return [
        at_most(
            f"after a save: {label} → Issues table and detail painted, {plan.large} issues",
            median(data[key]) * 1000,
            "ms",
            100.0,
            f"{len(data[key])} saves",
        )
        for key, label in (("new_issue", "new issue"), ("status", "status change"), ("note", "note"))
    ]


def fig_meetings(plan: Plan) -> list[Result]:
    data = probe(
        "benchmarks.actions_probe", "meetings", f"sqlite:///{demo_db(plan.large)[0]}", str(plan.runs)
    )
    return [
        at_most(
            "roll-call motion recorded → Motions page painted",
            median(data["motion"]) * 1000,
            "ms",
            150.0,
            f"{len(data['motion'])} motions",
        ),
        at_most(
            "roll-call motion recorded → Minutes page painted",
            median(data["motion_minutes"]) * 1000,
            "ms",
            150.0,
            f"{len(data['motion_minutes'])} motions, Minutes page in view",
        ),
        at_most(
            "open another meeting in the Meetings tab",
            median(data["open_meeting"]) * 1000,
            "ms",
            100.0,
            f"{len(data['open_meeting'])} clicks, each page in view; "
            f"slowest {max(data['open_meeting']) * 1000:.0f} ms",
        ),
    ]


def fig_tabs(plan: Plan) -> list[Result]:
    """First show of each tab: one fresh window per run, the tabs chosen in turn."""
    from ui.tabpages import TAB_SPECS

    url = f"sqlite:///{demo_db(plan.large)[0]}"
    runs = [probe("benchmarks.actions_probe", "tabs", url) for _ in range(max(1, plan.runs // 2))]
    cold = probe("benchmarks.actions_probe", "tabs-cold", url)
    out = []
    for spec in TAB_SPECS:
        name = spec.object_name
        value = median([run[name][0] for run in runs]) * 1000
        note = f"{len(runs)} windows; not imported ahead: {cold[name][0] * 1000:.0f} ms"
        out.append(at_most(f"first show of {name}, {plan.large} issues", value, "ms", 300.0, note))
    return out


def fig_prefetch(plan: Plan) -> list[Result]:
    """The import ahead after start: its longest idle turn on the GUI thread, per fresh window."""
    url = f"sqlite:///{demo_db(plan.small)[0]}"
    runs = [probe("benchmarks.actions_probe", "prefetch", url) for _ in range(plan.runs)]
    longest = [run["longest"][0] for run in runs]
    worst = max(runs, key=lambda run: run["longest"][0])
    note = (
        f"{len(runs)} windows; GUI thread CPU {median([r['longest_cpu'][0] for r in runs]) * 1000:.0f} ms; "
        f"slowest {max(longest) * 1000:.0f} ms ({worst['longest_name']}); "
        f"heartbeat gap {median([r['heartbeat_gap'][0] for r in runs]) * 1000:.0f} ms"
    )
    return [at_most("longest GUI-thread turn of the import ahead", median(longest) * 1000, "ms", 100.0, note)]


def fig_search(plan: Plan) -> list[Result]:
    from benchmarks.search import search

    return search(demo_db(plan.large)[0], plan.runs)


def fig_charts(plan: Plan) -> list[Result]:
    data = probe("benchmarks.gui_probe", "charts", f"sqlite:///{demo_db(plan.large)[0]}", str(plan.runs))
    refresh, raw = median(data["refresh"]), median(data["raw_sql"])
    return [
        at_most(f"Charts tab refresh, {plan.large} issues", refresh * 1000, "ms", 300.0),
        at_most(
            "Charts refresh / its raw SQL", ratio(refresh, raw), "ratio", 2.0, f"raw SQL {raw * 1000:.0f} ms"
        ),
    ]


def fig_documents(plan: Plan) -> list[Result]:
    from benchmarks.documents import documents

    return documents(demo_db(plan.large)[0], plan.runs)


def fig_import(plan: Plan) -> list[Result]:
    from benchmarks.importing import importing

    return importing(plan.import_rows, max(1, plan.runs // 2))


def fig_crime(plan: Plan) -> list[Result]:
    from benchmarks.crime import crime

    return crime(plan.import_rows, plan.import_rows * 5, max(1, plan.runs))


def fig_memory(plan: Plan) -> list[Result]:
    empty, full = [], []
    for _ in range(max(1, plan.runs // 2)):
        empty.append(probe("benchmarks.gui_probe", "memory", f"sqlite:///{empty_db()}")["rss_mb"])
        full.append(probe("benchmarks.gui_probe", "memory", f"sqlite:///{demo_db(plan.large)[0]}")["rss_mb"])
    e, f = median(empty), median(full)  # type: ignore[arg-type]
    return [
        at_most(
            f"memory, Issues tab on {plan.large} issues / empty",
            ratio(f, e),
            "ratio",
            1.5,
            f"{f:.0f} MB vs {e:.0f} MB",
        )
    ]


def fig_maps(plan: Plan) -> list[Result]:
    data = probe("benchmarks.map_probe", str(plan.large), str(plan.runs))
    n = int(data["points"][0])
    return [
        at_most(f"Map view paints {n} points", median(data["paint"]) * 1000, "ms", 300.0),
        at_most(
            f"District filter from the map, {plan.large} issues",
            median(data["district_filter"]) * 1000,
            "ms",
            100.0,
        ),
    ]


def fig_live(plan: Plan) -> list[Result]:
    from benchmarks.live import live

    return live(demo_db(plan.small)[0], plan.small, max(3, plan.runs))


def fig_publish(plan: Plan) -> list[Result]:
    from benchmarks.publishing import publishing

    return publishing(demo_db(plan.small)[0], max(1, plan.runs // 2), plan.small)


def fig_community(plan: Plan) -> list[Result]:
    from benchmarks.community import community

    return community(plan.runs)


def fig_surveys(plan: Plan) -> list[Result]:
    from benchmarks.surveys import surveys

    return surveys(2000 if plan.small < 1000 else 20_000, plan.runs)


FIGURES: dict[str, Callable[[Plan], list[Result]]] = {
    "demo": fig_demo,
    "startup": fig_startup,
    "issues": fig_issues_tab,
    "jump": fig_jump,
    "saves": fig_saves,
    "meetings": fig_meetings,
    "tabs": fig_tabs,
    "prefetch": fig_prefetch,
    "search": fig_search,
    "charts": fig_charts,
    "documents": fig_documents,
    "import": fig_import,
    "crime": fig_crime,
    "memory": fig_memory,
    "maps": fig_maps,
    "live": fig_live,
    "publish": fig_publish,
    "community": fig_community,
    "surveys": fig_surveys,
}


def machine() -> dict[str, object]:
    cpu = ""
    try:
        cpu = next(
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in ln
        )
    except (OSError, StopIteration):
        cpu = platform.processor()
    from PySide6 import __version__ as pyside

    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "pyside6": pyside}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small databases and few runs (a smoke run)")
    parser.add_argument(
        "--fresh", action="store_true", help="rebuild the demo databases (times the generation)"
    )
    parser.add_argument("--only", nargs="*", choices=sorted(FIGURES), help="measure only these figures")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write results.json")
    args = parser.parse_args(argv)
    if args.quick:
        plan = Plan(small=300, large=3000, runs=2, import_rows=3000, fresh=args.fresh)
    else:
        plan = Plan(small=10_000, large=100_000, runs=5, import_rows=100_000, fresh=args.fresh)
    results: list[Result] = []
    for name in args.only or FIGURES:
        print(f"measuring {name}…", file=sys.stderr, flush=True)
        try:
            results.extend(FIGURES[name](plan))
        except Exception as exc:  # a figure that cannot be measured yet is reported, not hidden
            traceback.print_exc()
            results.append(not_measured(name, str(exc) or repr(exc)))
    print(format_table(results))
    write_results(args.output, results, machine())
    return 0 if all(r.passed for r in results) else 1
