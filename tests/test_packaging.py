"""The desktop bundle's recipe, checked without building it (CI builds it: scripts/bundle_smoke.py).

build.spec is executed here with stand-ins for PyInstaller's build steps, as Linux,
Windows and macOS, and what it hands them is checked: the app's modules and resources,
the migrations Alembic reads as files, the left-out Qt modules, name, icon and version.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_config() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_config", ROOT / "scripts" / "bundle_config.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cfg = load_config()


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


# ---------------------------------------------------------------------------- build.spec, executed
class Step:
    """Stands in for Analysis / PYZ / EXE / COLLECT / BUNDLE and remembers its arguments."""

    calls: list[Step]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.kind = type(self).__name__
        self.args = args
        self.kwargs = kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        Step.calls.append(self)


class Analysis(Step):
    pass


class PYZ(Step):
    pass


class EXE(Step):
    pass


class BUNDLE(Step):
    pass


class COLLECT(Step):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        (Path(DIST[0]) / kwargs["name"]).mkdir(parents=True, exist_ok=True)


DIST: list[str] = []


def run_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, list[Step]]:
    monkeypatch.setattr(sys, "platform", platform)
    Step.calls = []
    DIST[:] = [str(tmp_path / "dist")]
    namespace = {
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path / "build"),
        "DISTPATH": str(tmp_path / "dist"),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
        "BUNDLE": BUNDLE,
        "__file__": str(ROOT / "build.spec"),
    }
    code = compile((ROOT / "build.spec").read_text("utf-8"), "build.spec", "exec")
    exec(code, namespace)
    steps: dict[str, list[Step]] = {}
    for step in Step.calls:
        steps.setdefault(step.kind, []).append(step)
    return steps


@pytest.fixture(scope="module")
def linux_spec(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, list[Step]], Path]:
    tmp = tmp_path_factory.mktemp("spec")
    with pytest.MonkeyPatch.context() as mp:
        return run_spec(tmp, mp, "linux"), tmp


def test_the_spec_makes_one_folder_named_advisoryboard_with_the_whole_app(
    linux_spec: tuple[dict[str, list[Step]], Path],
) -> None:
    steps, _tmp = linux_spec
    (analysis,) = steps["Analysis"]
    (collect,) = steps["COLLECT"]
    (exe,) = steps["EXE"]
    assert collect.kwargs["name"] == "AdvisoryBoard"
    assert exe.kwargs["name"] == "AdvisoryBoard"
    assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
    assert exe in collect.args
    assert "BUNDLE" not in steps
    hidden = set(analysis.kwargs["hiddenimports"])
    # The CLI imports its area modules by name: each must be in the bundle.
    from advisoryboard.cli import AREA_MODULES

    assert {f"advisoryboard.cli.{name}" for name in AREA_MODULES} <= hidden
    assert {"ui.main_window", "ui.app", "database.schema", "advisoryboard.launcher"} <= hidden
    assert {"PySide6.QtPrintSupport", "PySide6.QtSvg", "alembic.op", "alembic.context"} <= hidden
    assert not any(name.startswith("database.migrations") for name in hidden)


def test_the_spec_bundles_resources_migrations_and_metadata(
    linux_spec: tuple[dict[str, list[Step]], Path],
) -> None:
    steps, _tmp = linux_spec
    datas = steps["Analysis"][0].kwargs["datas"]
    assert (str(ROOT / "resources"), "resources") in datas  # the folder, whatever is added to it
    migration_files = {
        Path(src).relative_to(ROOT).as_posix(): dest for src, dest in datas if "migrations" in src
    }
    expected = {
        p.relative_to(ROOT).as_posix()
        for p in [
            *(ROOT / "database" / "migrations").rglob("*.py"),
            ROOT / "database/migrations/script.py.mako",
        ]
        if "__pycache__" not in p.parts
    }
    assert set(migration_files) == expected
    assert (
        migration_files["database/migrations/versions/0001_initial_schema.py"]
        == "database/migrations/versions"
    )
    assert migration_files["database/migrations/env.py"] == "database/migrations"
    # importlib.metadata finds the version in the bundle here; it must be pyproject's.
    pattern = r"advisoryboard.*\.(dist|egg)-info"
    (metadata,) = [Path(src) for src, dest in datas if re.fullmatch(pattern, dest)]
    fields = next(metadata / name for name in ("METADATA", "PKG-INFO") if (metadata / name).exists())
    assert f"\nVersion: {pyproject_version()}\n" in fields.read_text("utf-8")


def test_the_spec_leaves_out_qt_modules_the_app_does_not_use(
    linux_spec: tuple[dict[str, list[Step]], Path],
) -> None:
    steps, _tmp = linux_spec
    excludes = set(steps["Analysis"][0].kwargs["excludes"])
    for module in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick", "QtQml", "QtCharts"):
        assert f"PySide6.{module}" in excludes
    for module in ("QtDataVisualization", "QtBluetooth", "QtPositioning", "QtSerialPort", "QtSensors"):
        assert f"PySide6.{module}" in excludes
    assert {"tkinter", "pytest", "PySide2", "PyQt5"} <= excludes


def test_no_module_of_the_app_imports_a_left_out_qt_module() -> None:
    """A tab that starts using, say, QtCharts must take it out of the exclusion list."""
    used: dict[str, str] = {}
    pattern = re.compile(r"PySide6\.(Qt\w+)|from PySide6 import ([\w, ]+)")
    for folder in ("ui", "advisoryboard", "database"):
        for path in (ROOT / folder).rglob("*.py"):
            for match in pattern.finditer(path.read_text("utf-8")):
                names = [match.group(1)] if match.group(1) else match.group(2).replace(" ", "").split(",")
                for name in names:
                    used[f"PySide6.{name}"] = str(path.relative_to(ROOT))
    assert "PySide6.QtWidgets" in used  # the scan sees the app's imports
    clashes = {module: where for module, where in used.items() if module in cfg.QT_MODULES_EXCLUDED}
    assert clashes == {}


def test_on_linux_the_spec_writes_a_desktop_entry(linux_spec: tuple[dict[str, list[Step]], Path]) -> None:
    _steps, tmp = linux_spec
    entry = (tmp / "dist" / "AdvisoryBoard" / "advisoryboard.desktop").read_text("utf-8")
    assert "Name=Advisory Board\n" in entry
    assert f"X-AdvisoryBoard-Version={pyproject_version()}\n" in entry
    assert "Exec=/opt/AdvisoryBoard/AdvisoryBoard\n" in entry
    icon = re.search(r"^Icon=/opt/AdvisoryBoard/_internal/(.+)$", entry, re.MULTILINE)
    assert icon is not None and (ROOT / icon.group(1)).is_file()


def test_on_windows_the_spec_adds_a_version_resource_icon_and_a_console_twin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = run_spec(tmp_path, monkeypatch, "win32")
    gui, cli = steps["EXE"]
    assert (gui.kwargs["name"], gui.kwargs["console"]) == ("AdvisoryBoard", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("AdvisoryBoard-cli", True)
    for exe in (gui, cli):
        assert exe.kwargs["icon"].endswith("advisoryboard.ico")
        assert exe in steps["COLLECT"][0].args
    version_info = parse_version_file(Path(gui.kwargs["version"]))
    major, minor, patch = (int(n) for n in pyproject_version().split(".")[:3])
    assert version_info["filevers"] == (major, minor, patch, 0)
    assert version_info["prodvers"] == (major, minor, patch, 0)
    assert version_info["strings"]["ProductVersion"] == pyproject_version()
    assert version_info["strings"]["ProductName"] == "Advisory Board"
    assert version_info["strings"]["OriginalFilename"] == "AdvisoryBoard.exe"


def parse_version_file(path: Path) -> dict[str, Any]:
    """Evaluate PyInstaller's version-file text with recorders for its structure names."""
    found: dict[str, Any] = {"strings": {}}

    def fixed_file_info(**kwargs: Any) -> None:
        found.update(filevers=kwargs["filevers"], prodvers=kwargs["prodvers"])

    def string_struct(key: str, value: str) -> None:
        found["strings"][key] = value

    def ignore(*args: Any, **kwargs: Any) -> None:
        return None

    names = {
        "VSVersionInfo": ignore,
        "FixedFileInfo": fixed_file_info,
        "StringFileInfo": ignore,
        "StringTable": ignore,
        "StringStruct": string_struct,
        "VarFileInfo": ignore,
        "VarStruct": ignore,
    }
    text = path.read_text("utf-8")
    tree = ast.parse(text, mode="eval")  # PyInstaller eval()s exactly this: one expression
    eval(compile(tree, str(path), "eval"), {"__builtins__": {}}, names)
    return found


def test_on_macos_the_spec_makes_an_app_with_icon_and_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = run_spec(tmp_path, monkeypatch, "darwin")
    (exe,) = steps["EXE"]
    (app,) = steps["BUNDLE"]
    assert exe.kwargs["console"] is False
    assert app.kwargs["name"] == "AdvisoryBoard.app"
    assert app.kwargs["icon"].endswith("advisoryboard.icns")
    assert app.kwargs["info_plist"]["CFBundleShortVersionString"] == pyproject_version()
    assert app.kwargs["info_plist"]["CFBundleDisplayName"] == "Advisory Board"


# ---------------------------------------------------------------------------- bundle_config pieces
def test_every_runtime_dependency_goes_into_the_bundle() -> None:
    modules = cfg.dependency_imports()
    assert {"pandas", "openpyxl", "reportlab", "psycopg", "alembic", "sqlalchemy", "argon2"} <= set(modules)
    assert "_rl_accel" in modules  # reportlab's C speed-ups, whose module name starts with "_"
    assert not any(module.startswith(("PySide6", "shiboken")) for module in modules)
    for module in modules:
        assert importlib.util.find_spec(module) is not None, module


def test_reportlab_prints_with_its_c_speed_ups() -> None:
    """rl_accel is installed and reportlab uses it (reportlab falls back to Python silently)."""
    from reportlab.lib import rl_accel

    assert rl_accel.__file__
    assert "_rl_accel" in sys.modules or importlib.util.find_spec("_rl_accel") is not None
    # reportlab's own switch: each of these names is the C function when _rl_accel loaded.
    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    assert type(rl_accel.unicode2T1).__name__ == "builtin_function_or_method"


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 1)),
        ("2.0", (2, 0, 0, 0)),
        ("1.4.2+local.7", (1, 4, 2, 0)),
    ],
)
def test_windows_version_numbers(version: str, expected: tuple[int, int, int, int]) -> None:
    assert cfg.version_tuple(version) == expected


@pytest.mark.parametrize(
    ("name", "excluded"),
    [
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6\\Qt6Qml.dll", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", True),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so", True),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqico.so", False),
    ],
)
def test_left_out_qt_files(name: str, excluded: bool) -> None:
    assert cfg.is_excluded_binary(name) is excluded


def test_pruning_keeps_what_roots_need_and_drops_the_rest() -> None:
    binaries = [
        ("numpy/_core/_multiarray.so", "/src/multiarray.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libopenblas.so", "/src/libopenblas.so", "BINARY"),
        ("libgfortran.so.5", "/src/libgfortran.so.5", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),  # only the dropped gtk3 theme needed it
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
    ]
    needs = {
        "/src/multiarray.so": ["libopenblas.so", "libc.so.6"],
        "/src/libopenblas.so": ["libgfortran.so.5"],
        "/src/libqxcb.so": ["libxcb-cursor.so.0"],
        "/src/libcairo.so.2": ["libpixman-1.so.0"],
    }
    kept = cfg.prune_unreachable(binaries, lambda src: needs.get(src, []))
    assert [Path(dest).name for dest, _src, _t in kept] == [
        "_multiarray.so",
        "libqxcb.so",
        "libopenblas.so",
        "libgfortran.so.5",
        "libxcb-cursor.so.0",
    ]
    datas = [
        ("libcairo.so.2", "PySide6/Qt/lib/libcairo.so.2", "SYMLINK"),
        ("libopenblas.so", "numpy.libs/libopenblas.so", "SYMLINK"),
        ("resources", "/src/resources", "DATA"),
    ]
    kept_names = {"numpy.libs/libopenblas.so"}
    assert cfg.prune_symlinks(datas, kept_names) == datas[1:]


@pytest.mark.parametrize(
    ("path", "rpath", "strip"),
    [
        ("libpython3.11.so.1.0", "", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "RUNPATH $ORIGIN", True),
        ("sqlalchemy/engine/_row_cy.cpython-311-x86_64-linux-gnu.so", "", True),
        # auditwheel's patchelf'd files: strip corrupts them (numpy then fails to import)
        ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", "", False),
        ("numpy/_core/_multiarray_umath.so", "RPATH $ORIGIN/../../numpy.libs", False),
        ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", "RPATH $ORIGIN/../pillow.libs", False),
    ],
)
def test_which_linux_libraries_are_stripped(path: str, rpath: str, strip: bool) -> None:
    assert cfg.may_strip(path, rpath) is strip


def test_qt_translations_are_kept_for_the_apps_languages_only() -> None:
    languages = {"es", "pt_BR"}
    keep = "PySide6/Qt/translations/qtbase_{}.qm"
    assert not cfg.is_unused_qt_translation(keep.format("es"), languages)
    assert not cfg.is_unused_qt_translation(keep.format("pt_BR"), languages)
    assert cfg.is_unused_qt_translation(keep.format("de"), languages)
    assert cfg.is_unused_qt_translation("PySide6/Qt/translations/qt_ja.qm", languages)
    assert not cfg.is_unused_qt_translation("resources/translations/advisoryboard_de.qm", languages)


def test_the_icon_files_are_generated_for_every_os() -> None:
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    for size in (16, 32, 48, 256, 512):
        with Image.open(icons / f"advisoryboard-{size}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            corner, centre = png.getpixel((0, 0)), png.getpixel((size // 2, size // 4))
            assert corner[3] == 0 and centre[3] == 255  # rounded, transparent corners; drawn middle
    with Image.open(icons / "advisoryboard.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons / "advisoryboard.icns") as icns:
        assert icns.size[0] >= 512
    for platform, suffix in (("win32", ".ico"), ("darwin", ".icns"), ("linux", ".png")):
        assert cfg.icon_file(platform).suffix == suffix
        assert cfg.icon_file(platform).is_file()


# ---------------------------------------------------------------------------- the version a user sees
def test_the_package_version_is_pyprojects() -> None:
    from advisoryboard import __version__

    assert __version__ == pyproject_version() == cfg.pyproject_version()


def test_version_on_the_command_line_is_pyprojects() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "advisoryboard", "--version"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"advisoryboard {pyproject_version()}"


def test_window_title_about_box_and_icon_show_name_and_version(
    qtbot: Any, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.app import build_main_window

    window = build_main_window(sqlite_url)
    qtbot.addWidget(window)
    # the title names the board (Qt adds "— Advisory Board"); the version is in Help ▸ About
    assert window.windowTitle() == "Neighborhood Advisory Board"
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window.about_action.trigger()
    assert len(shown) == 1
    assert shown[0][0] == "About Advisory Board"
    assert f"Advisory Board {pyproject_version()}" in shown[0][1]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    window.close()


def test_the_title_follows_the_board_name(qtbot: Any, sqlite_url: str) -> None:
    from advisoryboard.services import settings
    from advisoryboard.services.base import transaction
    from ui.app import build_main_window

    window = build_main_window(sqlite_url)
    qtbot.addWidget(window)
    with transaction(window.ctx.db) as s:
        current = settings.get_settings(s)
        settings.update_settings(s, {"board_name": "<b>Jamaica Plain</b> & Friends"}, current.version)
    qtbot.waitUntil(lambda: window.windowTitle() == "<b>Jamaica Plain</b> & Friends")
    window.close()


def test_the_smoke_exit_switch_starts_the_window_offscreen_and_exits_cleanly(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        ADVISORYBOARD_SMOKE_EXIT="1",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        HOME=str(tmp_path),
    )
    db = tmp_path / "board.db"
    result = subprocess.run(
        [sys.executable, "-m", "advisoryboard", "--db", f"sqlite:///{db}"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["title"] == "Neighborhood Advisory Board"  # the board's name: a new board has the default
    assert report["version"] == pyproject_version()
    assert len(report["tabs"]) == 7 and all(report["tabs"])
    assert report["platform"] == "offscreen"
    assert db.exists()  # the database was really opened (created and migrated)


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("icudt73l/coll/de.res", True),  # QCollator
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/root.res", True),
        ("icudt73l/res_index.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/uprops.icu", True),
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/de.res", False),  # ICU's own date/number formatting: Qt uses CLDR data of its own
        ("icudt73l/zh_Hant_TW.res", False),
        ("icudt73l/lang/de.res", False),
        ("icudt73l/zone/fr.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/ibm-943_P15A-2003.cnv", False),
        ("icudt73l/unames.icu", False),
    ],
)
def test_which_icu_data_stays(item: str, kept: bool) -> None:
    assert cfg.keep_icu_item(item) is kept


def icu_header() -> bytes:
    """A little-endian ICU data header for a common data package, as ICU's tools write it."""
    info = (20).to_bytes(2, "little") + bytes([0, 0, 0, 0, 2, 0]) + b"CmnD" + bytes([1, 0, 0, 0, 3, 0, 0, 0])
    header = (32).to_bytes(2, "little") + b"\xda\x27" + info
    return header + b"\0" * (32 - len(header))


def test_an_icu_package_is_rebuilt_with_the_kept_items_aligned() -> None:
    items = [
        ("icudt73l/root.res", b"R" * 37),
        ("icudt73l/de.res", b"D" * 5),
        ("icudt73l/coll/de.res", b"C" * 16),
        ("icudt73l/lang/de.res", b"L" * 3),
    ]
    package = cfg.icu_package(icu_header(), items)
    parsed = dict(cfg.icu_package_items(package))
    assert set(parsed) == {name for name, _ in items}
    for name, data in items:  # each item reads back, followed by at most 15 bytes of alignment
        assert parsed[name].startswith(data) and len(parsed[name]) - len(data) < 16
    trimmed = cfg.trim_icu_package(package)
    names = [name for name, _ in cfg.icu_package_items(trimmed)]
    assert names == ["icudt73l/coll/de.res", "icudt73l/root.res"]  # sorted, as ICU searches them
    header_size = 32
    toc = trimmed[header_size:]
    for i in range(len(names)):
        offset = int.from_bytes(toc[8 + 8 * i : 12 + 8 * i], "little")
        assert (header_size + offset) % 16 == 0
    root = dict(cfg.icu_package_items(trimmed))["icudt73l/root.res"]
    assert root == b"R" * 37  # the last item runs to the end
    with pytest.raises(ValueError, match="ICU common data"):
        cfg.icu_package_items(b"\x20\x00\x00\x00" + bytes(28))


def test_the_installed_qt_icu_trims_and_still_collates(tmp_path: Path) -> None:
    """The real ICU of the installed PySide6: rebuilt byte for byte, then trimmed, it starts."""
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    for library in qt_lib.glob("libicu*.so.*"):
        (tmp_path / library.name).write_bytes(library.read_bytes())
    data = next(tmp_path.glob("libicudata.so.*"))
    before = data.stat().st_size
    saved = cfg.trim_linux_icu_data(data)
    assert saved == before - data.stat().st_size
    assert data.stat().st_size < before / 2
    cfg.check_linux_icu(tmp_path)  # raises if ICU cannot start, collate German or upper-case Turkish


def test_babel_keeps_root_english_and_the_app_languages_only() -> None:
    languages = cfg.app_languages()
    assert "es" in languages
    kept = [
        "babel/locale-data/root.dat",
        "babel/locale-data/en.dat",
        "babel/locale-data/en_US.dat",
        "babel/locale-data/es.dat",
        "babel/locale-data/es_US.dat",
        "babel/locale-data/es_419.dat",
        "babel/global.dat",
        "babel\\locale-data\\es_MX.dat",
    ]
    dropped = ["babel/locale-data/de.dat", "babel/locale-data/zh_Hant_HK.dat", "babel/locale-data/ar_EG.dat"]
    assert [n for n in kept if cfg.is_unused_babel_locale(n, languages)] == []
    assert [n for n in dropped if not cfg.is_unused_babel_locale(n, languages)] == []
    assert not cfg.is_unused_babel_locale("babel/locale-data/vi.dat", languages | {"vi"}), (
        "a new language keeps its data"
    )
