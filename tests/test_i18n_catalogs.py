"""The translation catalogs cover every string of the source, correctly and compiled.

The strings are extracted the way `make translations` does (Qt's lupdate for ui/, Babel
for the core) into a temporary place, and compared with the committed catalogs. When a
change adds strings, these tests list them: run `make translations`, translate, commit.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from scripts import update_translations as tool

LANGUAGES = [p.stem for p in tool.PO_DIR.glob("*.po")]
FIELD = re.compile(r"\{([^{}:!]*)[^{}]*\}")


def _extracted_ui(tmp_path: Path, lang: str) -> dict[tuple[str, str], str | None]:
    target = tmp_path / f"extract_{lang}.ts"
    tool.run_lupdate(target, lang)
    return tool.ts_messages(target)


def _listing(items: list[str]) -> str:
    return "\n  " + "\n  ".join(items) + "\nRun `make translations`, translate (see README), commit."


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def test_spanish_is_one_of_the_languages() -> None:
    assert "es" in LANGUAGES
    assert tool.ts_path("es").exists() and tool.ts_path("es").with_suffix(".qm").exists()


def _missing_ui(source: set[tuple[str, str]], lang: str) -> list[str]:
    committed = tool.ts_messages(tool.ts_path(lang))
    return sorted(f"[{ctx}] {text!r}" for ctx, text in source if not committed.get((ctx, text)))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ui_string_has_a_finished_translation(tmp_path: Path, lang: str) -> None:
    missing = _missing_ui(set(_extracted_ui(tmp_path, lang)), lang)
    assert not missing, f"{len(missing)} UI strings lack a {lang} translation:" + _listing(missing)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_core_string_has_a_translation(lang: str) -> None:
    catalog = tool.read_catalog(tool.PO_DIR / f"{lang}.po", lang)
    translated = {m.id for m in catalog if m.id and m.string and not m.fuzzy}
    missing = sorted(repr(m.id) for m in tool.core_template() if m.id and m.id not in translated)
    assert not missing, f"{len(missing)} core strings lack a {lang} translation:" + _listing(missing)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(lang: str) -> None:
    """A lost {name} would crash .format(); a lost & would take away a keyboard shortcut."""
    problems: list[str] = []
    pairs = [(text, tr) for (_c, text), tr in tool.ts_messages(tool.ts_path(lang)).items() if tr]
    catalog = tool.read_catalog(tool.PO_DIR / f"{lang}.po", lang)
    pairs += [(str(m.id), str(m.string)) for m in catalog if m.id and m.string]
    for text, translated in pairs:
        if sorted(FIELD.findall(text)) != sorted(FIELD.findall(translated)):
            problems.append(f"placeholders differ: {text!r} -> {translated!r}")
        if _accelerators(text) != _accelerators(translated):
            problems.append(f"accelerator (&) differs: {text!r} -> {translated!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_qm_matches_its_ts(tmp_path: Path, lang: str) -> None:
    compiled = tmp_path / f"{lang}.qm"
    tool.run_lrelease(tool.ts_path(lang), compiled)
    assert compiled.read_bytes() == tool.ts_path(lang).with_suffix(".qm").read_bytes(), (
        "the .qm is stale: run `make translations` and commit the .qm"
    )


def test_coverage_check_lists_a_new_untranslated_string(tmp_path: Path) -> None:
    """The check above really notices a string the catalog lacks, and names it.

    Compared with what the check lists without the probe, so this test checks the check
    itself and does not also fail (listing them all) while the catalog lacks other strings.
    """
    probe = tmp_path / "probe.py"
    probe.write_text("class Probe(QWidget):\n    def m(self):\n        return self.tr('Brand-new string')\n")
    ts = tmp_path / "probe_es.ts"
    subprocess.run(
        [tool.qt_tool("pyside6-lupdate"), str(probe), "-ts", str(ts)], check=True, capture_output=True
    )
    extracted = set(_extracted_ui(tmp_path, "es"))
    assert extracted, "nothing was extracted from ui/"
    before = set(_missing_ui(extracted, "es"))
    after = _missing_ui(extracted | set(tool.ts_messages(ts)), "es")
    assert [entry for entry in after if entry not in before] == ["[Probe] 'Brand-new string'"]
    assert before <= set(after)
