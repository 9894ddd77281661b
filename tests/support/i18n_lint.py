"""Find user-visible strings that cannot be translated (an AST scan; no Qt imported).

UI rules (ui/): a string literal with words passed to a user-visible Qt setter or
constructor must be wrapped in `self.tr(...)` or `QCoreApplication.translate(ctx, ...)`;
`other.tr(...)` and a bare `tr(...)` alias are flagged too, because lupdate files them
under the wrong context (the runtime never finds their translation); text built with an
f-string, `.format()`, `%` or `+` inside tr/translate/_ cannot be extracted at all.
Core rules (advisoryboard/): literal messages of UserError & co. and argparse help texts
go through `_()`; `_`, `N_`, `tr` (a document's translator) and `translate(text, lang)`
are the calls whose literal first argument is extracted into the .po catalogs.

Only non-text literals are allowed bare: no letters once `{placeholders}`, `%s` and
HTML tags are removed (e.g. "", "…", " — ", "{n} / {total}", "<br>").
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

#: Methods whose string arguments are shown to the user.
UI_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "setHtml", "setPlainText", "setSuffix", "setPrefix", "setSpecialValueText",
    "setTabText", "setTabToolTip", "setTabWhatsThis", "setItemText", "setItemToolTip", "setIconText",
    "setCancelButtonText", "setOkButtonText", "setHeaderData", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel", "setButtonText", "setSubTitle",
    "addAction", "addMenu", "addTab", "insertTab", "addItems", "insertItems", "addRow", "insertRow",
    "setDefaultSuffix", "setNameFilter", "setNameFilters", "setTextValue", "setWindowIconText",
}  # fmt: skip
#: Classes whose constructors take user-visible text.
UI_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMenu", "QCommandLinkButton", "QProgressDialog", "QMessageBox", "QDockWidget", "QTableWidgetItem",
    "QTreeWidgetItem", "QListWidgetItem", "QStandardItem", "QWizardPage", "QToolBar", "QLineEdit",
    "QTextEdit", "QPlainTextEdit", "QErrorMessage",
}  # fmt: skip
#: Static helpers: QMessageBox.information(parent, title, text), QInputDialog.getText(parent, title, label).
UI_STATIC = {"information", "warning", "critical", "question", "about", "getText", "getInt", "getDouble",
             "getItem", "getMultiLineText"}  # fmt: skip
#: Receivers whose warning()/critical()/info() write the log file for the office, not the screen.
LOGGERS = {"log", "logger", "_log", "_logger", "logging"}
#: QFileDialog.getOpenFileName(parent, caption, dir, filter): caption and filter are shown, dir is a path.
FILE_DIALOGS = {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"}
TEXT_KEYWORDS = {
    "text", "title", "toolTip", "statusTip", "whatsThis", "placeholderText", "windowTitle",
    "accessibleName", "accessibleDescription", "caption", "filter", "labelText", "message",
}  # fmt: skip
#: Only the first argument is text (the rest: a field name, a role, data).
FIRST_ARG_ONLY = {"UserError", "ValidationError", "showMessage", "addButton"}
#: Item views and combo boxes: one argument is the text, another may be a data code.
ITEM_ADDERS = {"addItem", "insertItem"}
#: Core: exceptions whose message is shown to the user; argparse help texts.
CORE_CONSTRUCTORS = {"UserError", "ValidationError", "NotFound", "ConflictError", "PermissionDenied"}
CORE_KEYWORDS = {"help", "description", "epilog"}

_PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%[-#0 +]*\d*(?:\.\d+)?[sdifr%]|<[^<>]*>|&[a-z]+;")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def has_words(text: str) -> bool:
    """Does the literal carry text a reader would need translated?"""
    return any(ch.isalpha() for ch in _PLACEHOLDERS.sub("", text))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_translation(call: ast.Call) -> bool:
    name = _name(call.func)
    if name in ("_", "N_", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
        return True
    return name == "tr" and isinstance(call.func, ast.Attribute)


def untranslated(node: ast.AST | None) -> list[ast.Constant | ast.JoinedStr]:
    """Literal text inside an expression that does not pass through a translation call."""
    if node is None:
        return []
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return [node] if has_words(parts) else []
    if isinstance(node, ast.Call):
        if _is_translation(node):
            return []
        if _name(node.func) in ("format", "join", "replace", "strip") and isinstance(
            node.func, ast.Attribute
        ):
            return untranslated(node.func.value) + [n for a in node.args for n in untranslated(a)]
        return []
    if isinstance(node, ast.BinOp):
        return untranslated(node.left) + untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) + untranslated(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [n for v in node.values for n in untranslated(v)]
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [n for e in node.elts for n in untranslated(e)]
    if isinstance(node, ast.Dict):
        return [n for v in node.values for n in untranslated(v)]
    return []


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _looks_like_text(node: ast.AST) -> bool:
    return (
        _is_str(node)
        or isinstance(node, (ast.JoinedStr, ast.BinOp))
        or (isinstance(node, ast.Call) and (_is_translation(node) or _name(node.func) == "format"))
    )


def _text_of(node: ast.AST) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    return ast.unparse(node)


def _dynamic_source(node: ast.AST) -> bool:
    """Text that lupdate/Babel cannot read: f-strings, '...'.format(), '%' and '+' on literals."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return any(_is_str(part) or isinstance(part, ast.JoinedStr) for part in ast.walk(node))
    return isinstance(node, ast.Call) and _name(node.func) == "format"


def wrappers(tree: ast.AST) -> set[str]:
    """Functions that translate one of their parameters: `def _tr(text): return translate("C", text)`.

    The extractors never see the literals passed to them, so those are never translated.
    """
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        params = {a.arg for a in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]}
        for call in ast.walk(node):
            if not isinstance(call, ast.Call):
                continue
            name = _name(call.func)
            index = {"tr": 0, "_": 0, "translate": 1}.get(name)
            if name == "translate" and not (call.args and _is_str(call.args[0])):
                index = 0 if name == "translate" and not isinstance(call.func, ast.Attribute) else None
            if index is not None and len(call.args) > index:
                source = call.args[index]
                if isinstance(source, ast.Name) and source.id in params:
                    found.add(node.name)
    return found - {"tr", "translate", "_", "N_"}  # those names are the extracted calls themselves


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str, ui: bool, wrapped: set[str] | None = None) -> None:
        self.path = path
        self.ui = ui
        self.wrapped = wrapped or set()
        self.findings: list[Finding] = []

    def flag(self, node: ast.AST, why: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), _text_of(node), why))

    def check(self, nodes: list[ast.expr], why: str) -> None:
        for arg in nodes:
            for literal in untranslated(arg):
                self.flag(literal, why)

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if self.ui and name in self.wrapped and node.args and untranslated(node.args[0]):
            self.flag(
                node.args[0], f"text passed through {name}() is never extracted: call self.tr/translate"
            )
        self._check_translation_call(node, name)
        if self.ui:
            self._check_ui_call(node, name)
        else:
            self._check_core_call(node, name)
        self.generic_visit(node)

    def _check_translation_call(self, node: ast.Call, name: str) -> None:
        if self.ui and name == "tr" and isinstance(node.func, ast.Name):
            self.flag(node, "bare tr(...): lupdate misreads it; use self.tr or QCoreApplication.translate")
        if self.ui and name == "tr" and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            if not (isinstance(receiver, ast.Name) and receiver.id in ("self", "cls")):
                self.flag(
                    node, "x.tr(...) is filed under context 'x': use QCoreApplication.translate(ctx, ...)"
                )
        source_index = {"tr": 0, "_": 0, "N_": 0, "translate": 1 if self.ui else 0}.get(name)
        if self.ui and name == "translate" and not (node.args and _is_str(node.args[0])):
            source_index = None  # not Qt's translate(context, text), e.g. canvas.translate(x, y)
        if (
            source_index is not None
            and len(node.args) > source_index
            and _dynamic_source(node.args[source_index])
        ):
            self.flag(node.args[source_index], f"{name}() of built text: translate the template, then format")

    def _check_ui_call(self, node: ast.Call, name: str) -> None:
        if isinstance(node.func, ast.Attribute) and _name(node.func.value) in LOGGERS:
            return  # log.warning("…"): the log file, not shown to the user
        why = f"untranslated text passed to {name}()"
        keywords = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        if name in FILE_DIALOGS:
            self.check([a for i, a in enumerate(node.args) if i in (1, 3)] + keywords, why)
        elif name in FIRST_ARG_ONLY:
            self.check(list(node.args[:1]), why)
        elif name in ITEM_ADDERS:  # addItem(text, data), addItem(icon, text, data), insertItem(i, …)
            args = node.args[1:] if name.startswith("insert") else node.args
            text = args[:1] if args and _looks_like_text(args[0]) else args[1:2]
            self.check(list(text) + keywords, why)
        elif name in UI_SETTERS or name in UI_CONSTRUCTORS or name in UI_STATIC:
            self.check(list(node.args) + keywords, why)
        elif (
            name == "emit"
            and isinstance(node.func, ast.Attribute)
            and _name(node.func.value) == "status_message"
        ):
            self.check(list(node.args), "untranslated status message")

    def _check_core_call(self, node: ast.Call, name: str) -> None:
        if name in CORE_CONSTRUCTORS:
            self.check(list(node.args[:1]), f"untranslated {name} message")
        self.check([k.value for k in node.keywords if k.arg in CORE_KEYWORDS], "untranslated CLI help")
        if name == "add" and len(node.args) >= 3 and _name(node.func) == "add":
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and receiver.id == "verbs":
                self.check([node.args[2]], "untranslated CLI help")

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if self.ui and node.name == "tab_title":
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return):
                    self.check([ret.value] if ret.value else [], "untranslated tab title")
        self.generic_visit(node)


def scan_source(
    source: str, path: str = "<sample>", *, ui: bool = True, wrapped: set[str] | None = None
) -> list[Finding]:
    tree = ast.parse(source, filename=path)
    scanner = _Scanner(path, ui, (wrapped or set()) | wrappers(tree))
    scanner.visit(tree)
    return scanner.findings


def scan_tree(root: Path, base: Path, *, ui: bool) -> list[Finding]:
    paths = [p for p in sorted(root.rglob("*.py")) if "__pycache__" not in p.parts]
    wrapped = set().union(*(wrappers(ast.parse(p.read_text("utf-8"))) for p in paths)) if ui else set()
    findings: list[Finding] = []
    for path in paths:
        findings += scan_source(
            path.read_text("utf-8"), path.relative_to(base).as_posix(), ui=ui, wrapped=wrapped
        )
    return findings
