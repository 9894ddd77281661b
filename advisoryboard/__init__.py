"""Advisory Board: the Qt-free core (services, analytics, reports, import/export, CLI)."""

from __future__ import annotations

APP_DISPLAY_NAME = "Advisory Board"


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("advisoryboard")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    """`__version__`, read from the installed package's metadata when first asked for:
    importlib.metadata costs ≈ 25 ms, which the desktop app's start paints before."""
    if name == "__version__":
        version = _version()
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
