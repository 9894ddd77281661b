"""Advisory Board: the Qt-free core (services, analytics, reports, import/export, CLI)."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("advisoryboard")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_DISPLAY_NAME = "Advisory Board"
