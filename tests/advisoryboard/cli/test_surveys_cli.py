"""The survey commands end to end: create from the bank, import the real export, print."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from advisoryboard.cli import main
from tests.support.shared_data import shared_data

pytestmark = pytest.mark.shared_data

TRUST = "7d. How would you rate your trust in the local police?"
LANG = "Language submitted in:"


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_create_import_and_print_from_the_command_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = shared_data("survey", "somerville_happiness_2017.csv")
    cli = ["--db", sqlite_url]
    assert main([*cli, "init"]) == 0
    assert main([*cli, "surveys", "create", "--title", "Somerville", "--preset", "somerville-2017"]) == 0
    assert main([*cli, "surveys", "add-wave", "--survey", "1", "2017"]) == 0
    args = [*cli, "import", "responses", "--survey", "1", str(file), "--map", f"{TRUST}=trust_police"]
    assert main([*args, "--map", f"{LANG}=language"]) == 1  # "Portugese" is no choice: nothing saved
    assert "Row 172" in capsys.readouterr().err
    values = ["--value", f"{LANG}:Portugese=3", "--value", f"{LANG}:Haitian Creole=3"]
    assert main([*args, "--map", f"{LANG}=language", *values]) == 0
    frame = pd.read_csv(file, dtype=str, keep_default_na=False)
    answered = int(((frame[TRUST] != "") | (frame[LANG] != "")).sum())
    assert f"835 rows: {answered} imported, {835 - answered} skipped" in capsys.readouterr().out
    assert main([*cli, "import", "responses", "--survey", "1", str(file)]) == 0
    assert "0 imported, 835 skipped" in capsys.readouterr().out

    form, results = tmp_path / "form.pdf", tmp_path / "results.pdf"
    assert main([*cli, "print", "survey-form", "--survey", "1", "--lang", "en+es", "-o", str(form)]) == 0
    text = _text(form)
    assert "How would you rate your trust in the local police?" in text
    assert "¿Cómo calificaría su confianza en la policía local?" in text
    assert "name" in text.lower() and "anonymous" in text.lower()
    assert main([*cli, "print", "survey-results", "--survey", "1", "-o", str(results)]) == 0
    text = _text(results)
    counts = frame[TRUST].replace("", None).dropna().value_counts()
    assert f"{counts['4'] / counts.sum() * 100:.1f}%" in text  # the share of "4 High"
    assert f"Respondents: {counts.sum()}" in text


def test_results_compare_two_waves_and_the_annual_summary_lists_them(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from statsmodels.stats.proportion import proportions_ztest

    from advisoryboard.opening import open_database
    from advisoryboard.services import surveys as svc
    from advisoryboard.services.base import transaction

    cli = ["--db", sqlite_url]
    assert main([*cli, "surveys", "create", "--title", "<b>Ana & José</b>", "--questions", "safe_night"]) == 0
    assert main([*cli, "surveys", "add-wave", "--survey", "1", "Spring 2025", "--starts", "2025-04-01"]) == 0
    assert main([*cli, "surveys", "add-wave", "--survey", "1", "Spring 2026", "--starts", "2026-04-01"]) == 0
    db = open_database(sqlite_url)
    with transaction(db) as s:  # code 1 = very safe … 5 = very unsafe
        svc.save_typed_responses(s, 1, [{"safe_night": "1"}] * 10 + [{"safe_night": "5"}] * 30)
        svc.save_typed_responses(s, 2, [{"safe_night": "2"}] * 28 + [{"safe_night": "4"}] * 12)
    db.dispose()
    out = tmp_path / "results.pdf"
    args = [*cli, "print", "survey-results", "--survey", "1", "--compare", "Spring 2025", "-o", str(out)]
    assert main(args) == 0
    text = _text(out)
    _z, p = proportions_ztest([28, 10], [40, 40])
    assert "<b>Ana & José</b>" in text  # printed literally
    assert "Survey results: Spring 2026" in text
    assert f"Change from Spring 2025: +45.0 points (p = {p:.3f}, statistically significant)" in text
    annual = tmp_path / "annual.pdf"
    assert main([*cli, "print", "annual", "--year", "2026", "-o", str(annual)]) == 0
    text = _text(annual)
    assert "Community surveys" in text and "Spring 2026" in text and "70%" in text  # 28 of 40 positive
    assert "Spring 2025" not in text.split("Community surveys")[-1]
