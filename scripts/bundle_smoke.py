"""Smoke test of the built desktop bundle, as an office PC would run it (no Python needed).

    .venv/bin/python scripts/bundle_smoke.py [dist/AdvisoryBoard]     (or: make bundle-smoke)

Runs the bundled executable in a throw-away home folder, offscreen:
  1. --version prints pyproject.toml's version; every CLI subcommand's --help works;
  2. a user mistake is one line on stderr and exit 1 (no traceback);
  3. init, demo --issues 200, info on a new SQLite file (runs the bundled Alembic migrations);
  4. print agenda (and every other document `print` offers) to PDFs that pypdf reads back,
     when the bundle has the `print` command (it is being built; skipped with a note if not);
  5. export members (.csv, .xlsx) and meetings (.ics), import the roster into a new database;
  6. the GUI starts offscreen on the demo database and with no arguments at all (the
     default database in the user data folder), shows its title, tabs and icon, and exits 0;
  7. on Linux, every shared library in the bundle finds the libraries it links against.
Prints the bundle's size and each step's time; exits 1 on the first failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg

TIMEOUT = 300
EXPECTED_TABS = 7


class SmokeFailure(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


@contextmanager
def step(name: str) -> Iterator[None]:
    started = time.perf_counter()
    print(f"-- {name} …", flush=True)
    yield
    print(f"   ok ({time.perf_counter() - started:.1f} s)", flush=True)


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        self.folder = folder
        name = cfg.WINDOWS_CLI_NAME if sys.platform.startswith("win") else cfg.APP_NAME
        suffix = ".exe" if sys.platform.startswith("win") else ""
        self.exe = folder / f"{name}{suffix}"
        self.home = home
        self.env = isolated_environment(home)

    def run(self, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        env = dict(self.env, **(extra_env or {}))
        return subprocess.run(
            [str(self.exe), *args],
            cwd=self.home,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
        )

    def ok(self, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        result = self.run(*args, extra_env=extra_env)
        logs = list(self.home.rglob("advisoryboard.log")) if result.returncode != 0 else []
        log = "".join(f"\n{p}:\n{p.read_text('utf-8')[-4000:]}" for p in logs)
        check(
            result.returncode == 0,
            f"`{' '.join(args)}` exited {result.returncode}\n"
            f"stdout: {result.stdout}\nstderr: {result.stderr}{log}",
        )
        return result


def isolated_environment(home: Path) -> dict[str, str]:
    """The bundle sees a fresh user: its own home, data, config and log folders, no Python."""
    private = ("ADVISORYBOARD_", "PYTHON", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if not k.startswith(private)}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        LOCALAPPDATA=str(home / "data"),
        APPDATA=str(home / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def subcommands() -> list[list[str]]:
    """Every command line the source tree's parser accepts, e.g. ['print', 'agenda']."""
    import argparse

    from advisoryboard.cli import build_parser

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> Iterator[list[str]]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield [*prefix, name]
                    yield from walk(sub, [*prefix, name])

    return list(walk(build_parser(), []))


def check_version_and_help(bundle: Bundle) -> None:
    version = cfg.pyproject_version()
    with step(f"--version prints {version}"):
        out = bundle.ok("--version").stdout.strip()
        check(out == f"advisoryboard {version}", f"--version printed {out!r}, pyproject.toml says {version}")
    commands = subcommands()
    with step(f"--help of all {len(commands)} subcommands"):
        for command in commands:
            bundle.ok(*command, "--help")


def check_user_error(bundle: Bundle) -> None:
    with step("a file that is not a database: one line on stderr, exit 1"):
        notes = bundle.home / "notes.txt"
        notes.write_text("not a database", encoding="utf-8")
        result = bundle.run("--db", f"sqlite:///{notes}", "init")
        check(result.returncode == 1, f"exit {result.returncode}: {result.stderr}")
        check(len(result.stderr.strip().splitlines()) == 1, f"stderr was not one line: {result.stderr}")
        check("Traceback" not in result.stderr, result.stderr)


def make_demo(bundle: Bundle, path: Path) -> str:
    url = f"sqlite:///{path}"
    with step("init, demo --issues 200, info"):
        bundle.ok("--db", url, "init")
        check(path.exists(), "init made no database file")
        bundle.ok("--db", url, "demo", "--issues", "200", "--years", "2", "--seed", "5")
        conn = sqlite3.connect(path)
        try:
            issues = conn.execute("SELECT count(*) FROM issues").fetchone()[0]
            check(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity check failed")
        finally:
            conn.close()
        check(issues == 200, f"demo made {issues} issues, not 200")
        info = bundle.ok("info", "--db", url).stdout
        check(re.search(r"issues: 200\b", info) is not None, f"info says: {info}")
    return url


def first_agenda(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT meeting_id, title FROM agenda_items WHERE parent_id IS NULL "
            "ORDER BY meeting_id, position LIMIT 1"
        ).fetchone()
        year = conn.execute("SELECT min(strftime('%Y', starts_at)) FROM meetings").fetchone()[0]
    finally:
        conn.close()
    check(row is not None, "the demo database has no agenda")
    return int(row[0]), str(year)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    check(len(reader.pages) >= 1, f"{path.name} has no pages")
    return "".join("".join(page.extract_text() or "" for page in reader.pages).split())


def check_printing(bundle: Bundle, url: str, db_path: Path) -> bool:
    with step("print and print agenda are in the bundle"):
        for command in (["print"], ["print", "agenda"]):
            check(bundle.run(*command, "--help").returncode == 0, f"`{' '.join(command)} --help` fails")
    meeting, year = first_agenda(db_path)
    _, first_title = first_agenda_title(db_path, meeting)
    with step(f"print agenda --meeting {meeting} (headless), read back with pypdf"):
        out = bundle.home / "agenda.pdf"
        bundle.ok("--db", url, "print", "agenda", "--meeting", str(meeting), "-o", str(out))
        text = pdf_text(out)
        check("".join(first_title.split()) in text, f"the agenda PDF lacks its first item {first_title!r}")
    kinds = [c[1] for c in subcommands() if c[0] == "print" and len(c) == 2 and c[1] != "agenda"]
    if not kinds:
        return True

    def first(table: str) -> str:
        conn = sqlite3.connect(db_path)
        try:
            row = conn.execute(f"SELECT min(id) FROM {table}").fetchone()  # our own table names
        finally:
            conn.close()
        check(row is not None and row[0] is not None, f"the demo database has no {table}")
        return str(row[0])

    arguments = {
        "agenda": ["--meeting", str(meeting)],
        "minutes": ["--meeting", str(meeting)],
        "sign-in": ["--meeting", str(meeting)],
        "annual": ["--year", year],
        "crime-trends": ["--meeting", str(meeting)],
        "flyer": ["--event", first("community_events")],
        "program": ["--program", first("community_programs")],
        "project": ["--project", first("projects")],
        "survey-form": ["--survey", first("surveys")],
        "survey-results": ["--survey", first("surveys")],
    }
    with step(f"print {', '.join(kinds)}"):
        for kind in kinds:
            out = bundle.home / f"{kind}.pdf"
            bundle.ok("--db", url, "print", kind, *arguments.get(kind, []), "-o", str(out))
            pdf_text(out)
    return True


def check_exchange(bundle: Bundle, url: str, db_path: Path) -> None:
    """Export (csv, xlsx, ics) and import run in the bundle: pandas, openpyxl, icalendar."""
    with step("export members (.csv, .xlsx), export meetings (.ics), import the roster into a new database"):
        conn = sqlite3.connect(db_path)
        try:
            meetings = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
            # the calendar also holds the community events (workshops, fairs …)
            meetings += conn.execute("SELECT count(*) FROM community_events").fetchone()[0]
        finally:
            conn.close()
        csv_file, xlsx_file, ics_file = (bundle.home / f"exchange.{ext}" for ext in ("csv", "xlsx", "ics"))
        for out in (csv_file, xlsx_file):
            bundle.ok("--db", url, "export", "members", "--status", "all", "-o", str(out))
        import csv

        import openpyxl

        with csv_file.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        sheet = openpyxl.load_workbook(xlsx_file, read_only=True).worksheets[0]
        check(len(rows) > 1, f"the members export has no rows: {rows}")
        check(sum(1 for _ in sheet.iter_rows()) == len(rows), "the .xlsx and .csv exports differ in rows")
        bundle.ok("--db", url, "export", "meetings", "-o", str(ics_file))
        events = ics_file.read_text(encoding="utf-8").count("BEGIN:VEVENT")
        check(
            events == meetings,
            f"{events} events in the calendar, {meetings} meetings and events in the database",
        )
        fresh = f"sqlite:///{bundle.home / 'imported.db'}"
        bundle.ok("--db", fresh, "init")
        expected = f"{len(rows) - 1} imported"
        dry = bundle.ok("--db", fresh, "import", "members", str(xlsx_file), "--dry-run").stdout
        check(expected in dry, f"import --dry-run of the .xlsx: {dry}")
        done = bundle.ok("--db", fresh, "import", "members", str(csv_file)).stdout
        check(expected in done, f"import of the .csv: {done}")
        print(f"   {len(rows) - 1} members exported and imported, {events} meetings in the calendar")


def first_agenda_title(path: Path, meeting: int) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT position, title FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL "
            "ORDER BY position LIMIT 1",
            (meeting,),
        ).fetchone()
    finally:
        conn.close()
    return int(row[0]), str(row[1])


def gui_report(bundle: Bundle, *args: str) -> dict[str, object]:
    result = bundle.ok(*args, extra_env={"ADVISORYBOARD_SMOKE_EXIT": "1"})
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    check(len(lines) == 1, f"no report from the window: {result.stdout}\n{result.stderr}")
    report: dict[str, object] = json.loads(lines[0])
    version = cfg.pyproject_version()
    # the title names the board (Qt adds the app's name); the version is reported on its own
    check(bool(report["title"]) and report["title"] != cfg.DISPLAY_NAME, f"window title {report['title']!r}")
    check(report["version"] == version, f"application version {report['version']!r}")
    check(isinstance(report["tabs"], list) and len(report["tabs"]) == EXPECTED_TABS, f"tabs {report['tabs']}")
    sizes = report["icon_sizes"]
    check(isinstance(sizes, list) and {16, 32, 256} <= set(sizes), f"window icon sizes {sizes}")
    check(report["platform"] == "offscreen", f"platform {report['platform']}")
    complaints = ("QFont", "Could not", "Cannot load", "Traceback")
    check(not any(c in result.stderr for c in complaints), f"Qt complained: {result.stderr}")
    return report


def check_gui(bundle: Bundle, url: str) -> None:
    with step("GUI offscreen on the demo database: window, tabs, icon, clean exit"):
        report = gui_report(bundle, "--db", url)
        print(f"   window: {report['title']!r}, tabs {report['tabs']}, icon sizes {report['icon_sizes']}")
    with step("GUI offscreen with no arguments: the default database in the user data folder"):
        report = gui_report(bundle)
        default = next((bundle.home / "data").rglob("advisoryboard.db"), None)
        check(default is not None, f"no default database under {bundle.home / 'data'}")
        print(f"   database: {report['database']}")


def needed_libraries(path: Path) -> list[str] | None:
    """The sonames an ELF file links against (DT_NEEDED), or None if it is not ELF."""
    with path.open("rb") as fh:
        if fh.read(4) != b"\x7fELF":
            return None
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def check_libraries(folder: Path) -> None:
    """Each library a bundled file links against is in the bundle or one the system provides.

    (Run on the build machine, the loader would find a wrongly left-out library in the
    system folders; comparing names against the bundle catches it.)
    """
    if not sys.platform.startswith("linux"):
        return
    with step("every library the bundle links against is inside it or the system's (DT_NEEDED)"):
        files = [p for p in folder.rglob("*") if p.is_file()]
        inside = {p.name for p in files} | {p.name for p in folder.rglob("*") if p.is_symlink()}
        missing = set()
        checked = 0
        for path in files:
            if not (".so" in path.name or path.parent == folder):
                continue
            needed = needed_libraries(path)
            if needed is None:
                continue
            checked += 1
            for name in needed:
                if name not in inside and not cfg.LINUX_FROM_THE_SYSTEM.fullmatch(name):
                    missing.add(f"{path.relative_to(folder)} needs {name}")
        check(checked > 100, f"only {checked} ELF files found")
        check(not missing, "libraries missing from the bundle:\n" + "\n".join(sorted(missing)))
        print(f"   {checked} binaries checked")


def check_contents(folder: Path) -> None:
    with step("bundle contents: resources, migrations, Qt plugins"):
        internal = folder / "_internal"
        for relative in ("resources/icons/advisoryboard.svg", "database/migrations/env.py"):
            check((internal / relative).exists(), f"missing {relative}")
        plugins = next(internal.rglob("plugins/platforms")).parent
        for name in cfg.QT_PLUGIN_DIRS_REQUIRED:
            check((plugins / name).is_dir(), f"missing Qt plugins/{name}")
        platforms = " ".join(p.name for p in (plugins / "platforms").iterdir())
        for platform in ("offscreen", *(("xcb", "wayland") if sys.platform.startswith("linux") else ())):
            check(platform in platforms, f"no {platform} platform plugin in {platforms}")
        check(any("svg" in p.name for p in (plugins / "iconengines").iterdir()), "no svg icon engine")
        for module in cfg.QT_MODULES_OPTIONAL:  # the print preview, where this PySide6 has it
            if importlib.util.find_spec(module) is not None:
                found = any(internal.glob(f"PySide6/{module.split('.')[1]}.*"))
                check(found, f"{module} is not in the bundle")
        inside = (str(p.relative_to(internal)) for p in internal.rglob("*"))
        excluded = [name for name in inside if cfg.is_excluded_binary(name)]
        check(not excluded, f"left-out Qt parts are in the bundle: {excluded[:10]}")
        # reportlab's C speed-ups: without them every print still works, only slower.
        check(any(internal.rglob("_rl_accel*")), "reportlab's C speed-ups (_rl_accel) are not in the bundle")


def size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else cfg.ROOT / "dist" / cfg.APP_NAME).resolve()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="advisoryboard-smoke-") as tmp:
        bundle = Bundle(folder, Path(tmp))
        try:
            check(bundle.exe.exists(), f"no executable {bundle.exe}; run `make bundle` first")
            check_contents(folder)
            check_version_and_help(bundle)
            check_user_error(bundle)
            db_path = bundle.home / "demo.db"
            url = make_demo(bundle, db_path)
            printed = check_printing(bundle, url, db_path)
            check_exchange(bundle, url, db_path)
            check_gui(bundle, url)
            check_libraries(folder)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"bundle smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    print(
        f"bundle smoke test passed in {time.perf_counter() - started:.0f} s; "
        f"{folder} is {size_mb(folder):.0f} MB; printing {'checked' if printed else 'not in this bundle yet'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
