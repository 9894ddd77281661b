"""What goes into the desktop bundle: the decisions build.spec makes, as plain data and functions.

build.spec imports this module (PyInstaller runs the spec with scripts/ on sys.path), and
tests/test_packaging.py checks it without building anything. No PyInstaller imports here.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "AdvisoryBoard"
DISPLAY_NAME = "Advisory Board"
COMPANY = "Advisory Board"
DESCRIPTION = "Advisory Board: members, community issues, meetings and minutes"
BUNDLE_IDENTIFIER = "org.advisoryboard.AdvisoryBoard"
#: On Windows the GUI executable has no console; this second one (same folder, same
#: libraries) is for the command line, where output and exit codes matter.
WINDOWS_CLI_NAME = "AdvisoryBoard-cli"

#: Our own packages. Area CLI modules are imported by name at run time
#: (advisoryboard.cli.AREA_MODULES), so the analysis cannot see them: collect them all.
OWN_PACKAGES = ("advisoryboard", "ui", "database")

#: Runtime dependencies whose modules are not simply "everything the distribution installs".
#: Every other dependency in pyproject.toml goes into the bundle whole (its top-level
#: modules, found in its installed metadata), even where only an optional code path
#: imports it by name (pandas loads openpyxl that way) or a branch not merged yet uses it.
DEPENDENCY_IMPORT_OVERRIDES: dict[str, tuple[str, ...]] = {
    "pyside6-essentials": (),  # the Qt modules are chosen below
    "pyside6-addons": (),
    "rl-accel": ("_rl_accel",),  # one extension module, whose name starts with "_"
}


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def dependency_names(root: Path = ROOT) -> list[str]:
    """pyproject.toml's runtime dependencies, as normalized distribution names."""
    with (root / "pyproject.toml").open("rb") as fh:
        specs = tomllib.load(fh)["project"]["dependencies"]
    return [normalize(re.split(r"[\[<>=!~; ]", spec, maxsplit=1)[0].strip()) for spec in specs]


def dependency_imports(root: Path = ROOT) -> list[str]:
    """The top-level modules of pyproject's runtime dependencies, to force into the bundle."""
    from importlib.metadata import packages_distributions

    provided: dict[str, set[str]] = {}
    for module, distributions in packages_distributions().items():
        if module.isidentifier() and not module.startswith("_"):
            for distribution in distributions:
                provided.setdefault(normalize(distribution), set()).add(module)
    modules: list[str] = []
    for name in dependency_names(root):
        if name in DEPENDENCY_IMPORT_OVERRIDES:
            modules += DEPENDENCY_IMPORT_OVERRIDES[name]
        elif name in provided:
            modules += sorted(provided[name])
        else:
            raise SystemExit(f"bundle: dependency {name} is not installed; run `make setup` first")
    return modules


#: Qt modules the app uses (the hooks of these bring their plugins: platforms incl. xcb,
#: wayland and offscreen, platform themes, image formats incl. svg/ico, the svg icon
#: engine, print support). QtPdf/QtPdfWidgets are the print preview; they are added
#: only where the installed PySide6 has them.
QT_MODULES_USED = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
)
QT_MODULES_OPTIONAL = ("PySide6.QtPdf", "PySide6.QtPdfWidgets")

#: Qt modules the app does not use. PySide6-Addons installs them all; pyqtgraph imports
#: some (QtOpenGLWidgets, QtTest) inside try/except, so leaving them out is safe.
QT_MODULES_EXCLUDED = (
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtAxContainer",
    "PySide6.QtBluetooth",
    "PySide6.QtCanvasPainter",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
)

#: Python packages that are installed for development or pulled in optionally, but that
#: the app never needs at run time.
PYTHON_MODULES_EXCLUDED = (
    "tkinter",
    "_tkinter",
    "pydoc_data",
    "IPython",
    "jupyter_client",
    "matplotlib",
    # scipy is needed at run time: the crime projects' assessment (scipy.stats.binomtest)
    "PyQt5",
    "PyQt6",
    "PySide2",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "pygments",
    "psutil",
    "pypdf",
    "PIL._avif",  # AVIF and WebP images: reportlab draws PNG/JPEG; their codecs are 6 MB
    "PIL._webp",
    "PIL.ImageQt",
    "sqlalchemy.testing",
    "alembic.testing",
    "pandas.tests",
    "numpy.tests",
    # numpy.f2py stays: scipy (crime assessment, survey statistics) imports it at run time
    "pyqtgraph.examples",
    "pyqtgraph.opengl",
    "pyqtgraph.jupyter",
    "setuptools",
    "pkg_resources",
)

#: Shared libraries of the excluded Qt modules and of Qt parts nothing here loads. The
#: hooks of QtGui & co. pull some in as plugin dependencies (e.g. the QML tooling, the
#: multimedia FFmpeg backend); a file whose name contains one of these is dropped.
QT_LIBRARY_MARKERS_EXCLUDED = (
    "Qt63D",
    "Qt6Bluetooth",
    "Qt6CanvasPainter",
    "Qt6Charts",
    "Qt6DataVisualization",
    "Qt6Designer",
    "Qt6EglFS",
    "Qt6Graphs",
    "Qt6Help",
    "Qt6HttpServer",
    "Qt6Labs",
    "Qt6Location",
    "Qt6Lottie",
    "Qt6Multimedia",
    "Qt6FFmpeg",
    "Qt6Nfc",
    "Qt6Positioning",
    "Qt6Qml",
    "Qt6Quick",
    "Qt6RemoteObjects",
    "Qt6Scxml",
    "Qt6Sensors",
    "Qt6SerialBus",
    "Qt6SerialPort",
    "Qt6ShaderTools",
    "Qt6SpatialAudio",
    "Qt6Sql",
    "Qt6StateMachine",
    "Qt6Test",
    "Qt6TextToSpeech",
    "Qt6UiTools",
    "Qt6VirtualKeyboard",
    "Qt6WebChannel",
    "Qt6WebEngine",
    "Qt6WebSockets",
    "Qt6WebView",
    "avcodec",
    "avformat",
    "avutil",
    "swresample",
    "swscale",
)

#: Qt plugin folders the app never loads (under PySide6/Qt/plugins/).
QT_PLUGIN_DIRS_EXCLUDED = (
    "assetimporters",
    "canbus",
    "designer",
    "egldeviceintegrations",
    "generic",  # evdev input, only for the embedded platforms (eglfs, linuxfb) left out below
    "geometryloaders",
    "geoservices",
    "multimedia",
    "networkinformation",
    "position",
    "qmltooling",
    "renderers",
    "renderplugins",
    "sceneparsers",
    "scxmldatamodel",
    "sensors",
    "sqldrivers",
    "texttospeech",
    "tls",
    "webview",
)
#: Single plugins that only pull in unused parts: the GTK3 theme (drags in GTK's cairo and
#: pango; the Fusion look is used without it), VNC and touch input (QtNetwork), and the
#: virtual keyboard (QML).
QT_PLUGIN_FILES_EXCLUDED = (
    "qgtk3",
    "qvnc",
    "qtuiotouchplugin",
    "qtvirtualkeyboardplugin",
    # Embedded-device platforms (no window system); desktops use xcb or wayland.
    "qeglfs",
    "qlinuxfb",
    "qminimalegl",
    "qvkkhrdisplay",
    # Wayland server-buffer integrations: only for clients of a Qt-made compositor.
    "dmabuf-server",
    "drm-egl-server",
    "shm-emulation-server",
    "vulkan-server",
    # Image formats nothing here reads (icons are SVG/PNG/ICO; a board logo is printed
    # through Pillow, which reads JPEG/PNG/GIF/TIFF but not WebP in the bundle).
    "qwebp",
    "qtga",
    "qwbmp",
    "qicns",
)
#: Qt plugin folders the bundle must have for the app to start, draw its icon and print.
QT_PLUGIN_DIRS_REQUIRED = ("platforms", "imageformats", "iconengines", "printsupport")


def pyproject_version(root: Path = ROOT) -> str:
    """The one place the version is written: pyproject.toml's [project] version."""
    with (root / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """`1.2.3`, `1.2.3rc1` or `1.2` as the four numbers a Windows version resource holds."""
    numbers = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def windows_version_file_text(version: str) -> str:
    """The Windows version resource in PyInstaller's text form (the `version=` file of EXE)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": DISPLAY_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated by build.spec from pyproject.toml; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
          {string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def icon_file(platform: str | None = None) -> Path:
    """The executable's icon in the format the OS wants (default: this OS)."""
    platform = platform or sys.platform
    icons = ROOT / "resources" / "icons"
    if platform.startswith("win"):
        return icons / "advisoryboard.ico"
    if platform == "darwin":
        return icons / "advisoryboard.icns"
    return icons / "advisoryboard-256.png"


def migration_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Alembic reads env.py, the template and the revisions as files at run time.

    They go to database/migrations/ in the bundle, where `database.schema.MIGRATIONS_DIR`
    (a path beside the frozen database/schema.pyc) points.
    """
    base = root / "database" / "migrations"
    files = [*base.rglob("*.py"), *base.glob("*.mako")]
    return sorted(
        (str(path), str(path.parent.relative_to(root))) for path in files if "__pycache__" not in path.parts
    )


def is_excluded_binary(dest_name: str) -> bool:
    """True for a collected file (its path inside the bundle) that the app never loads."""
    normalized = dest_name.replace("\\", "/")
    name = normalized.rsplit("/", 1)[-1]
    if any(marker in name for marker in QT_LIBRARY_MARKERS_EXCLUDED):
        return True
    parts = normalized.split("/")
    if "plugins" in parts:
        index = parts.index("plugins")
        if index + 1 < len(parts) and parts[index + 1] in QT_PLUGIN_DIRS_EXCLUDED:
            return True
        if any(marker in name for marker in QT_PLUGIN_FILES_EXCLUDED):
            return True
    return "/qml/" in f"/{normalized}"


#: Where README tells a Linux office to copy the bundle folder.
LINUX_INSTALL_DIR = "/opt/AdvisoryBoard"


def linux_desktop_entry(version: str, install_dir: str = LINUX_INSTALL_DIR) -> str:
    """The .desktop file that puts the program in a Linux start menu (installed as in README)."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={DISPLAY_NAME}\n"
        f"Comment={DESCRIPTION}\n"
        "Version=1.5\n"
        f"X-AdvisoryBoard-Version={version}\n"
        f"Exec={install_dir}/{APP_NAME}\n"
        f"Icon={install_dir}/_internal/resources/icons/advisoryboard-256.png\n"
        "Terminal=false\n"
        "Categories=Office;\n"
        "StartupWMClass=AdvisoryBoard\n"
    )


#: Libraries the OS provides wherever the app can run, and that must match the system:
#: the CUPS client (printing goes through the system's CUPS and its configuration; its TLS
#: and Kerberos stack comes with it). Linux only; dropped with whatever only they need.
#: Also the D-Bus client's systemd and libgcrypt and the X11 client library: every Linux
#: desktop the app runs on has them (2.6 MB the bundle need not carry).
LINUX_SYSTEM_LIBRARIES = ("libcups.so", "libsystemd.so", "libgcrypt.so", "libX11.so")


#: What a Linux bundle may link against without carrying it: the C library family and
#: the graphics stack PyInstaller deliberately leaves to the system (it must match the
#: drivers), and LINUX_SYSTEM_LIBRARIES above.
LINUX_FROM_THE_SYSTEM = re.compile(
    r"(ld-linux.*|lib(c|m|dl|pthread|rt|util|resolv|crypt|nsl|anl|thread_db)\.so.*"
    r"|libE?(Open)?GLX?(ESv1_CM|ESv2)?(dispatch)?\.so.*|libdrm\.so.*|libxcb(-dri.*)?\.so.*"
    r"|libwayland-(client|cursor|egl|server)\.so.*|libcups\.so.*|libsystemd\.so.*|libgcrypt\.so.*"
    r"|libX11\.so.*)"
)


def is_root_binary(dest_name: str, typecode: str) -> bool:
    """Binaries loaded by name at run time (extensions, Qt plugins, libpython): never pruned."""
    normalized = dest_name.replace("\\", "/")
    return typecode == "EXTENSION" or "/plugins/" in f"/{normalized}" or "libpython" in normalized


def prune_unreachable(
    binaries: list[tuple[str, str, str]], needed: Callable[[str], list[str]]
) -> list[tuple[str, str, str]]:
    """Keep root binaries and the libraries they need, transitively; drop the rest.

    `binaries` are PyInstaller TOC entries (dest_name, src_path, typecode); `needed(src)`
    lists the sonames a file links against (DT_NEEDED). After plugins are left out,
    the libraries only they needed (GTK's cairo and pango for the gtk3 theme…) go too.
    """
    by_soname: dict[str, list[tuple[str, str, str]]] = {}
    for entry in binaries:
        by_soname.setdefault(Path(entry[0]).name, []).append(entry)
    keep = [entry for entry in binaries if is_root_binary(entry[0], entry[2])]
    seen = {entry[0] for entry in keep}
    queue = list(keep)
    while queue:
        entry = queue.pop()
        for soname in needed(entry[1]):
            for dep in by_soname.get(soname, []):
                if dep[0] not in seen:
                    seen.add(dep[0])
                    keep.append(dep)
                    queue.append(dep)
    return [entry for entry in binaries if entry[0] in seen]


def prune_symlinks(datas: list[tuple[str, str, str]], kept: set[str]) -> list[tuple[str, str, str]]:
    """Drop SYMLINK entries (dest_name, relative target, 'SYMLINK') whose target was pruned."""
    result = []
    for dest, src, typecode in datas:
        if typecode == "SYMLINK":
            target = os.path.normpath(os.path.join(os.path.dirname(dest), src)).replace("\\", "/")
            if target not in kept:
                continue
        result.append((dest, src, typecode))
    return result


def app_languages(root: Path = ROOT) -> set[str]:
    """Languages the app is translated to: Qt catalogs and core .po catalogs in resources/."""
    resources = root / "resources"
    qt_files = (resources / "translations").glob("advisoryboard_*.qm")
    qt = {p.stem.removeprefix("advisoryboard_") for p in qt_files}
    core = {p.stem for p in (resources / "i18n").glob("*.po")}
    return qt | core


def is_unused_qt_translation(dest_name: str, languages: set[str]) -> bool:
    """Qt's own catalogs (standard dialogs) for languages the app is not translated to."""
    normalized = dest_name.replace("\\", "/")
    if "/Qt/translations/" not in normalized or not normalized.endswith(".qm"):
        return False
    stem = normalized.rsplit("/", 1)[-1][: -len(".qm")]
    lang = stem.split("_", 1)[1] if "_" in stem else ""
    return lang not in languages and lang.split("_")[0] not in languages


def is_unused_babel_locale(dest_name: str, languages: set[str]) -> bool:
    """Babel's CLDR data for languages the app does not speak (32 MB for 1 000 locales).

    root and English always stay (every locale falls back to them); a language gains its
    data as soon as it has a catalog in resources/, so adding one needs no change here.
    """
    normalized = dest_name.replace("\\", "/")
    if "babel/locale-data/" not in normalized or not normalized.endswith(".dat"):
        return False
    stem = normalized.rsplit("/", 1)[-1][: -len(".dat")]
    return stem != "root" and stem.split("_")[0] not in languages | {"en"}


def may_strip(relative_path: str, rpath: str) -> bool:
    """Whether stripping debug symbols from a bundled Linux library is safe.

    Not for libraries that auditwheel rewrote with patchelf (those vendored in a
    `<name>.libs/` folder, and the modules pointing at one with their RPATH): `strip`
    corrupts them (numpy's OpenBLAS: "ELF load command address/offset not page-aligned").
    """
    normalized = relative_path.replace("\\", "/")
    return not any(part.endswith(".libs") for part in normalized.split("/")[:-1]) and ".libs" not in rpath


def strip_linux_binaries(internal: Path) -> int:
    """Strip the symbols of every safe ELF file under the bundle's _internal; returns bytes saved."""
    import subprocess

    saved = 0
    for path in sorted(internal.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        headers = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
        rpath = " ".join(line for line in headers.splitlines() if "RPATH" in line or "RUNPATH" in line)
        if not may_strip(str(path.relative_to(internal)), rpath):
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


#: ICU's data library (31 MB, the largest file in the bundle) holds data for every ICU
#: service in every locale. Qt uses ICU for collation (QCollator), case mapping and
#: nothing else here: it has its own locale names (CLDR), time zones (tzdata), text
#: boundaries and UTF codecs, and the app never asks for a legacy codec by name. These
#: trees are display names, units, transliteration, break dictionaries, number
#: spell-out and legacy converters (.cnv), character names and spoof checks: dropped;
#: so is each locale's formatting data in the main tree (dates, numbers: ICU's
#: formatters, which Qt does not call). Collation (all locales), the root locale, the
#: supplemental data (likely subtags, parent locales…), normalization and properties stay.
ICU_TREES_DROPPED = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit", "zone")
ICU_SUFFIXES_DROPPED = (".cnv",)
ICU_ITEMS_DROPPED = ("unames.icu", "confusables.cfu", "confusablesWholeScript.cfu")
#: A locale's own file in the main tree (`de.res`, `zh_Hant_TW.res`), not `root.res`,
#: `res_index.res` or the camel-case supplemental files.
ICU_LOCALE_FILE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")


def keep_icu_item(name: str) -> bool:
    """Whether an item of ICU's common data package (e.g. `icudt73l/lang/de.res`) stays."""
    parts = name.split("/")
    if len(parts) > 2:
        return parts[1] not in ICU_TREES_DROPPED and not name.endswith(ICU_SUFFIXES_DROPPED)
    item = parts[-1]
    if item in ICU_ITEMS_DROPPED or item.endswith(ICU_SUFFIXES_DROPPED):
        return False
    return item == "res_index.res" or not ICU_LOCALE_FILE.fullmatch(item)


def icu_package_items(package: bytes) -> list[tuple[str, bytes]]:
    """The (name, data) items of an ICU common data package (little-endian `CmnD` format).

    Layout: a data header (its size is the first uint16), then the table of contents:
    uint32 count, count × (uint32 name offset, uint32 data offset) relative to the table,
    the NUL-terminated names, and the items (each 16-byte aligned).
    """
    header_size = int.from_bytes(package[0:2], "little")
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD" or package[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = package[header_size:]
    count = int.from_bytes(toc[0:4], "little")
    entries = [
        (
            int.from_bytes(toc[4 + 8 * i : 8 + 8 * i], "little"),
            int.from_bytes(toc[8 + 8 * i : 12 + 8 * i], "little"),
        )
        for i in range(count)
    ]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return items


def icu_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package with this data header and these items (sorted by name)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)

    def align(offset: int) -> int:  # items are 16-byte aligned within the package
        return offset + (-(len(header) + offset) % 16)

    data_start = align(table_size + len(names))
    table = bytearray(len(items).to_bytes(4, "little"))
    body = bytearray()
    name_offset = table_size
    for name, data in items:
        offset = align(data_start + len(body))
        body += b"\0" * (offset - data_start - len(body))
        table += name_offset.to_bytes(4, "little") + offset.to_bytes(4, "little")
        name_offset += len(name) + 1
        body += data
    padding = b"\xaa" * (data_start - table_size - len(names))  # what ICU's own tools write
    return header + bytes(table) + names + padding + bytes(body)


def trim_icu_package(package: bytes, keep: Callable[[str], bool] = keep_icu_item) -> bytes:
    header = package[: int.from_bytes(package[0:2], "little")]
    return icu_package(header, [item for item in icu_package_items(package) if keep(item[0])])


def trim_linux_icu_data(library: Path) -> int:
    """Rebuild Qt's libicudata.so.NN with only the items keep_icu_item keeps; returns bytes saved.

    The library is nothing but the package under the symbol `icudtNN_dat`; the new one is
    assembled and linked with binutils (as, ld), like the original, with the same soname.
    """
    import subprocess
    import tempfile

    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols, re.MULTILINE)
    if match is None:
        raise SystemExit(f"bundle: no ICU data symbol in {library}")
    address, size, symbol = int(match[1], 16), int(match[2], 16), match[3]
    sections = subprocess.run(
        ["objdump", "-h", str(library)], capture_output=True, text=True, check=True
    ).stdout
    # .rodata: name size vma lma file_offset
    fields = next(line.split() for line in sections.splitlines() if line.split()[1:2] == [".rodata"])
    file_offset = address - int(fields[3], 16) + int(fields[5], 16)
    package = library.read_bytes()[file_offset : file_offset + size]
    trimmed = trim_icu_package(package)
    soname = library.name
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "data.dat").write_bytes(trimmed)
        (Path(tmp) / "data.s").write_text(
            f".section .rodata\n.balign 16\n.globl {symbol}\n.type {symbol}, @object\n"
            f'.size {symbol}, {len(trimmed)}\n{symbol}:\n.incbin "{tmp}/data.dat"\n'
            '.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", f"{tmp}/data.o", f"{tmp}/data.s"], check=True)
        subprocess.run(
            [
                "ld",
                "-shared",
                "-soname",
                soname,
                "-z",
                "noexecstack",
                "-o",
                f"{tmp}/{soname}",
                f"{tmp}/data.o",
            ],
            check=True,
        )
        subprocess.run(["strip", "--strip-unneeded", f"{tmp}/{soname}"], check=True)
        library.write_bytes((Path(tmp) / soname).read_bytes())
    return before - library.stat().st_size


#: Run by check_linux_icu in a fresh Python: the bundle's ICU must start on the trimmed
#: data and collate and case-map (what Qt asks of it). argv: the Qt lib folder, the version.
ICU_CHECK = r"""
import ctypes, sys
lib, v = sys.argv[1], sys.argv[2]
uc = ctypes.CDLL(f"{lib}/libicuuc.so.{v}")
i18n = ctypes.CDLL(f"{lib}/libicui18n.so.{v}")
status = ctypes.c_int(0)
getattr(uc, f"u_init_{v}")(ctypes.byref(status))
assert status.value <= 0, f"u_init: {status.value}"
open_collator = getattr(i18n, f"ucol_open_{v}")
open_collator.restype = ctypes.c_void_p
collator = open_collator(b"de_AT", ctypes.byref(status))
assert status.value <= 0 and collator, f"ucol_open: {status.value}"
strcoll = getattr(i18n, f"ucol_strcoll_{v}")
a, b = "\u00e4".encode("utf-16-le"), "b".encode("utf-16-le")
strcoll.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
assert strcoll(collator, a, 1, b, 1) == -1, "German collation puts a-umlaut after b"
upper = getattr(uc, f"u_strToUpper_{v}")
text, length = ctypes.c_char_p, ctypes.c_int
upper.argtypes = [text, length, text, length, ctypes.c_char_p, ctypes.c_void_p]
out = ctypes.create_string_buffer(16)
n = upper(out, 8, "i".encode("utf-16-le"), 1, b"tr", ctypes.byref(status))
assert status.value <= 0 and out.raw[: 2 * n].decode("utf-16-le") == "\u0130", "Turkish upper-case i"
print("ICU ok")
"""


def check_linux_icu(qt_lib: Path) -> None:
    """Fail the build if the bundle's ICU cannot start, collate or case-map (see ICU_CHECK)."""
    import subprocess

    data = next(qt_lib.glob("libicudata.so.*"))
    version = data.name.rsplit(".", 1)[-1]
    subprocess.run([sys.executable, "-c", ICU_CHECK, str(qt_lib), version], check=True)
