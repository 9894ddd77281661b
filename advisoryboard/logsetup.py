"""A rotating log file in the user log folder; bugs go there with their traceback."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from database.engine import APP_NAME


def log_dir() -> Path:
    from platformdirs import user_log_path

    path = user_log_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return log_dir() / "advisoryboard.log"


def configure(level: int = logging.INFO) -> Path:
    """Send log records to the rotating file (once per process); returns its path."""
    path = log_file()
    root = logging.getLogger()
    if not any(getattr(h, "_advisoryboard", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._advisoryboard = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(level)
    return path
