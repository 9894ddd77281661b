"""The layers point down (ui -> advisoryboard -> database) and the core never imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")
#: The launcher starts the GUI and may import `ui`, lazily (inside a function).
ALLOWED_UPWARD = {"advisoryboard/launcher.py"}


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(module, at_top_level) for every import in a file."""
    tree = ast.parse(path.read_text("utf-8"))
    top_level = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, id(node) in top_level))
    return found


def _violations(package: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for module, top in _imports(path):
            if module.split(".")[0] in forbidden:
                if rel in ALLOWED_UPWARD and module.startswith("ui") and not top:
                    continue
                bad.append(f"{rel} imports {module}")
    return bad


def test_database_imports_neither_the_core_nor_the_ui_nor_qt() -> None:
    assert _violations("database", ("advisoryboard", "ui", *QT_MODULES)) == []


def test_core_imports_neither_the_ui_nor_qt() -> None:
    assert _violations("advisoryboard", ("ui", *QT_MODULES)) == []


def test_the_checker_catches_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from ui.app import run\nimport PySide6.QtCore\n")
    assert [m for m, _top in _imports(bad)] == ["ui.app", "PySide6.QtCore"]


def test_import_linter_contracts_hold() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_core_imports_without_pyside6_installed() -> None:
    """Importing the whole core with PySide6 and pyqtgraph blocked must succeed."""
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import pkgutil, importlib, advisoryboard, database\n"
        "for pkg in (advisoryboard, database):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' in m.name or m.name.endswith('__main__'):\n"
        "            continue\n"
        "        importlib.import_module(m.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "ok", result.stderr


IMPORT_EACH_ALONE = """
import importlib, pkgutil, sys
import advisoryboard
names = sorted(
    m.name for m in pkgutil.walk_packages(advisoryboard.__path__, "advisoryboard.")
    if not m.name.endswith("__main__")  # runs the program
)
failed = []
for name in names:
    for loaded in [k for k in sys.modules if k.startswith("advisoryboard")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{name}: {exc}")
print(len(names))
print("\\n".join(failed))
"""


def test_every_core_module_imports_on_its_own() -> None:
    """A circular import only shows when a module is the first one imported (a CLI command, a
    worker, a test): import each one first, in turn."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH_ALONE], capture_output=True, text=True, check=True
    )
    count, *failed = done.stdout.strip().splitlines()
    assert int(count) > 50
    assert [line for line in failed if line] == []
