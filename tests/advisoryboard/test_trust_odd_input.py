"""Finding 7 of issue 16: odd input gets a clear message, not "something went wrong (a bug)"."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from advisoryboard.cli import main
from advisoryboard.errors import UserError, ValidationError
from advisoryboard.importing.open311 import read_open311
from advisoryboard.odd_input import MAX_NESTING, MAX_YEAR, MIN_YEAR, nesting_depth
from advisoryboard.reports.documents import render
from advisoryboard.services import issues, meetings, members
from advisoryboard.services.base import read_only, transaction
from database.engine import Database
from database.models import Issue, Member

#: Text with at least one lone surrogate somewhere in it.
with_surrogate = st.builds(
    lambda a, s, b: a + s + b,
    st.text(max_size=20),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.text(max_size=20),
)
SAVES = {
    "issue title": lambda s, t: issues.create_issue(s, issues.IssueInput(t or "x")),
    "issue description": lambda s, t: issues.create_issue(s, issues.IssueInput("Lights", description=t)),
    "member name": lambda s, t: members.create_member(s, members.MemberInput(t)),
    "meeting place": lambda s, t: meetings.create_meeting(
        s, starts_at=dt.datetime(2026, 5, 12, 18, 30), location=t
    ),
}


@pytest.mark.parametrize("where", list(SAVES))
def test_a_lone_surrogate_in_any_text_is_refused_by_name(db: Database, where: str) -> None:
    @settings(
        max_examples=8,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(text=with_surrogate)
    def check(text: str) -> None:
        with pytest.raises(ValidationError) as caught, transaction(db) as s:
            SAVES[where](s, text)
        assert "cannot be saved" in " ".join(caught.value.errors.values())

    check()
    with read_only(db) as s:  # nothing was saved
        assert s.scalar(select(func.count()).select_from(Issue)) == 0
        assert s.scalar(select(func.count()).select_from(Member)) == 0


def test_deeply_nested_open311_json_is_refused_clearly(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(UserError, match="nested more than"):
        read_open311(deep)
    moderately = tmp_path / "moderate.json"
    value: object = {"service_request_id": "1"}
    for _level in range(MAX_NESTING + 1):
        value = {"x": value}
    moderately.write_text(json.dumps([value]), encoding="utf-8")
    with pytest.raises(UserError, match="nested more than"):
        read_open311(moderately)


@given(depth=st.integers(min_value=1, max_value=200))
def test_nesting_depth_is_counted_without_recursion(depth: int) -> None:
    value: object = []
    for _level in range(depth - 1):
        value = [value]
    measured = nesting_depth(value)
    assert measured == depth if depth <= MAX_NESTING else measured > MAX_NESTING


@pytest.mark.parametrize("year", [0, MIN_YEAR - 1, MAX_YEAR + 1, 9999, 10000])
def test_annual_summary_years_out_of_range_get_a_clear_message(
    db: Database, year: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(UserError, match="Choose a year between"), read_only(db) as s:
        render(s, "annual", {"year": year})
    code = main(["print", "annual", "--db", db.url, "--year", str(year), "-o", str(tmp_path / "a.pdf")])
    assert code == 1
    assert "Choose a year between" in capsys.readouterr().err
