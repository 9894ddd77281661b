"""Rewrite UI translation calls Qt's extractor misreads into ones it reads correctly.

    python scripts/fix_tr_calls.py ui/            # rewrite in place, list what changed
    python scripts/fix_tr_calls.py --check ui/    # only list (exit 1 if anything would change)

- `parent.tr("Text")` → `QCoreApplication.translate("Context", "Text")`: lupdate files
  `parent.tr` under the context "parent", while at run time Qt looks under the class
  name of `parent`, so the translation is never found. The new context is the enclosing
  class, or the module's name outside a class.
- A bare alias `tr("Context", "Text")` (after `tr = QCoreApplication.translate`) →
  `QCoreApplication.translate("Context", "Text")`: lupdate reads a bare `tr(a, b)` as
  text `a` with disambiguation `b`.
- A call of a module's wrapper `def _tr(text): return QCoreApplication.translate("Ctx", text)`
  with a literal → `QCoreApplication.translate("Ctx", "Text")`: lupdate never sees text
  passed through a wrapper. (The wrapper itself stays for texts that are not literals.)

The import of QCoreApplication is added when missing; run `make format` afterwards.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass
from pathlib import Path

IMPORT = "from PySide6.QtCore import QCoreApplication\n"


@dataclass(frozen=True)
class Edit:
    start: int  # character offsets in the source
    end: int
    text: str
    line: int


def _offset(lines: list[str], line: int, col: int) -> int:
    """Character offset of (1-based line, UTF-8 byte column) in the source."""
    before = sum(len(text) for text in lines[: line - 1])
    return before + len(lines[line - 1].encode("utf-8")[:col].decode("utf-8"))


def wrapper_contexts(tree: ast.AST) -> dict[str, str]:
    """Module-level `def f(text): return QCoreApplication.translate("Ctx", text)` → {'f': 'Ctx'}."""
    found: dict[str, str] = {}
    for node in getattr(tree, "body", []):
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == param
            ):
                found[node.name] = call.args[0].value
    return found


class _Finder(ast.NodeVisitor):
    def __init__(self, module_context: str, wrappers: dict[str, str] | None = None) -> None:
        self.context = [module_context]
        self.wrappers = wrappers or {}
        self.calls: list[tuple[ast.Call, str | None]] = []  # (call, new context or None: keep args)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.context.append(node.name)
        self.generic_visit(node)
        self.context.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if node.args and isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = func.value
            if not (isinstance(receiver, ast.Name) and receiver.id in ("self", "cls")):
                self.calls.append((node, self.context[-1]))
        elif len(node.args) >= 2 and isinstance(func, ast.Name) and func.id == "tr":
            self.calls.append((node, None))
        elif isinstance(func, ast.Name) and func.id in self.wrappers and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                self.calls.append((node, self.wrappers[func.id]))
        self.generic_visit(node)


def rewrite(source: str, module_context: str) -> tuple[str, list[int]]:
    """The rewritten source and the lines of the calls changed."""
    tree = ast.parse(source)
    finder = _Finder(module_context, wrapper_contexts(tree))
    finder.visit(tree)
    lines = source.splitlines(keepends=True)
    edits = []
    for call, context in finder.calls:
        first = call.args[0]
        start = _offset(lines, call.func.lineno, call.func.col_offset)
        end = _offset(lines, first.lineno, first.col_offset)
        prefix = "QCoreApplication.translate(" + (f'"{context}", ' if context is not None else "")
        edits.append(Edit(start, end, prefix, call.lineno))
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        source = source[: edit.start] + edit.text + source[edit.end :]
    if edits and "import QCoreApplication" not in source and "QCoreApplication," not in source:
        source = _add_import(source)
    return source, sorted(e.line for e in edits)


def _add_import(source: str) -> str:
    lines = source.splitlines(keepends=True)
    index = next((i for i, line in enumerate(lines) if line.startswith("from PySide6")), None)
    if index is None:
        index = next((i + 1 for i, line in enumerate(lines) if line.startswith("from __future__")), 0)
    return "".join([*lines[:index], IMPORT, *lines[index:]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true", help="only list the calls to rewrite")
    args = parser.parse_args(argv)
    files = [p for root in args.paths for p in ([root] if root.is_file() else sorted(root.rglob("*.py")))]
    changed = 0
    for path in files:
        source = path.read_text("utf-8")
        new, lines = rewrite(source, path.stem)
        for line in lines:
            print(f"{path}:{line}")
        if lines and not args.check:
            path.write_text(new, "utf-8")
        changed += len(lines)
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
