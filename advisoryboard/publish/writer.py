"""Writes the site incrementally: a file is rewritten only when its content changed, and the
files of an earlier publication that are no longer part of the site are removed.

The folder keeps a manifest (`.advisoryboard-site.json`: every file the last publication
wrote, with its SHA-256) so that only files this program made are ever removed. Before
anything is written, every text file is checked against the board's private values: one
hit stops the publication with nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from advisoryboard.errors import UserError
from advisoryboard.i18n import _

MANIFEST = ".advisoryboard-site.json"
#: Private values are at least this long (public.py); their first PREFIX characters index them.
PREFIX = 6
TEXT_SUFFIXES = {".html", ".css", ".csv", ".ics", ".svg", ".txt", ".json"}


@dataclass(frozen=True)
class WriteStats:
    written: int
    unchanged: int
    removed: int

    @property
    def total(self) -> int:
        return self.written + self.unchanged


class PrivacyError(Exception):
    """A private value reached a page: a bug in a provider or in the public path, never published."""


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_path(relative: str) -> PurePosixPath:
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"not a relative site path: {relative!r}")
    return path


def check_private(files: dict[str, bytes], private_texts: frozenset[str]) -> None:
    """Raise PrivacyError when any text file contains one of `private_texts` (lowercased).

    Thousands of values against megabytes of pages: each value is looked for only in the
    files that hold its first few characters (a set of the text's n-grams), which keeps the
    check linear in the size of the site."""
    if not private_texts:
        return
    by_prefix: dict[str, list[str]] = {}
    for value in private_texts:
        by_prefix.setdefault(value[:PREFIX], []).append(value)
    prefixes = set(by_prefix)
    for name, data in files.items():
        if PurePosixPath(name).suffix not in TEXT_SUFFIXES:
            continue
        text = data.decode("utf-8", "replace").lower()
        # Pages carry escaped text (&amp;, &#39;): look at them unescaped as well.
        unescaped = text.replace("&amp;", "&").replace("&#39;", "'").replace("&#34;", '"')
        unescaped = unescaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        for variant in {text, unescaped}:
            grams = {variant[i : i + PREFIX] for i in range(len(variant) - PREFIX + 1)}
            for prefix in grams & prefixes:
                if any(value in variant for value in by_prefix[prefix]):
                    raise PrivacyError(f"{name} would publish a private value")


def read_manifest(root: Path, part: str = "files") -> dict[str, str]:
    """The manifest's `files` (site path -> SHA-256) or `keys` (site path -> what it was made from)."""
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except (OSError, ValueError) as exc:
        raise UserError(
            _("The folder's list of published files is damaged: {reason}").format(reason=exc)
        ) from exc
    entries = data.get(part, {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in entries.items()} if isinstance(entries, dict) else {}


def reusable(root: Path, name: str, key: str, keys: dict[str, str], files: dict[str, str]) -> bytes | None:
    """The bytes a previous publication made of the same input (`key`), if still intact."""
    if keys.get(name) != key:
        return None
    try:
        data = (root / name).read_bytes()
    except OSError:
        return None
    return data if files.get(name) == _digest(data) else None


def check_folder(root: Path) -> dict[str, str]:
    """The folder's manifest; refuses a file, or a folder holding files that are not ours."""
    if root.exists() and not root.is_dir():
        raise UserError(_("{path} is a file, not a folder.").format(path=root), field="folder")
    previous = read_manifest(root) if root.exists() else {}
    if root.exists() and not previous and any(root.iterdir()):
        raise UserError(
            _(
                "The folder {path} is not empty and holds no website published by this program; "
                "choose an empty folder or one published before."
            ).format(path=root),
            field="folder",
        )
    return previous


def write_site(
    root: Path,
    files: dict[str, bytes],
    private_texts: frozenset[str] = frozenset(),
    keys: dict[str, str] | None = None,
) -> WriteStats:
    """Make `root` hold exactly `files` (site path -> bytes) plus anything not ours."""
    for name in files:
        _check_path(name)
    check_private(files, private_texts)
    previous = check_folder(root)
    written = unchanged = removed = 0
    try:
        root.mkdir(parents=True, exist_ok=True)
        for name, data in sorted(files.items()):
            target = root / name
            digest = _digest(data)
            if previous.get(name) == digest and target.is_file() and _digest(target.read_bytes()) == digest:
                unchanged += 1
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(data)
            os.replace(partial, target)
            written += 1
        for name in sorted(set(previous) - set(files)):
            gone = root / _check_path(name)
            if gone.is_file():
                gone.unlink()
                removed += 1
            parent = gone.parent
            while parent != root and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
        manifest = {
            "files": {name: _digest(data) for name, data in sorted(files.items())},
            "keys": dict(sorted((keys or {}).items())),
        }
        text = json.dumps(manifest, indent=1)
        target = root / MANIFEST
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError(
            _("Cannot write the website to {path}: {reason}").format(path=root, reason=exc.strerror),
            field="folder",
        ) from exc
    return WriteStats(written, unchanged, removed)
