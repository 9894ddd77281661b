"""Import survey responses exported by online form tools (CSV or XLSX).

Column → question and answer label → choice mappings are remembered per header layout
(the same export next year maps itself). One transaction: every row is checked first and
a cell that matches no choice stops the import with its row and column named, nothing
saved. Each imported row keeps a fingerprint of the file's content and its row number,
so importing the same file again adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.importing.tabular import (
    FIRST_DATA_ROW,
    ImportReport,
    RowProblem,
    header_signature,
    norm_header,
    read_table,
)
from advisoryboard.permissions import Permission
from advisoryboard.services.base import require_permission
from advisoryboard.services.surveys import (
    CHOICE_KINDS,
    Parsed,
    QuestionRecord,
    SurveyDetail,
    add_wave,
    answers_for,
    check_value,
    survey_detail,
)
from database.base import utcnow
from database.models import ImportMapping
from database.models.surveys import QuestionKind, ResponseSource, SurveyResponse

KIND = "survey_responses"


@dataclass
class ResponseMapping:
    """{column: question key} and {column: {answer label: choice code}}."""

    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {"columns": self.columns, "values": self.values}, ensure_ascii=False, sort_keys=True
        )


@dataclass(frozen=True)
class ImportOptions:
    wave: str  # the wave rows go into (made if missing), unless the wave column says otherwise
    wave_column: str | None = None
    dry_run: bool = False


def file_digest(path: Path | str) -> str:
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


def _kind(survey_id: int) -> str:
    return f"{KIND}:{survey_id}"


def recall(session: Session, survey_id: int, columns: Sequence[str]) -> ResponseMapping | None:
    row = session.scalar(
        select(ImportMapping).where(
            ImportMapping.kind == _kind(survey_id),
            ImportMapping.header_signature == header_signature(columns),
        )
    )
    if row is None:
        return None
    data = json.loads(row.mapping)
    return ResponseMapping(
        {c: k for c, k in data.get("columns", {}).items() if c in columns},
        {c: {str(a): int(b) for a, b in v.items()} for c, v in data.get("values", {}).items()},
    )


def remember(session: Session, survey_id: int, columns: Sequence[str], mapping: ResponseMapping) -> None:
    signature = header_signature(columns)
    row = session.scalar(
        select(ImportMapping).where(
            ImportMapping.kind == _kind(survey_id), ImportMapping.header_signature == signature
        )
    )
    if row is None:
        session.add(
            ImportMapping(kind=_kind(survey_id), header_signature=signature, mapping=mapping.to_json())
        )
    else:
        row.mapping = mapping.to_json()
        row.updated_at = utcnow()


def guess_columns(detail: SurveyDetail, columns: Sequence[str]) -> dict[str, str]:
    """Columns whose header is a question's key or its English or Spanish text."""
    by_norm: dict[str, str] = {}
    for q in detail.questions:
        for name in (q.key, q.text_en, q.text_es):
            by_norm.setdefault(norm_header(name), q.key)
    return {c: by_norm[norm_header(c)] for c in columns if norm_header(c) in by_norm}


def initial_mapping(session: Session, survey_id: int, columns: Sequence[str]) -> ResponseMapping:
    """The remembered mapping for this header layout, else a guess from the question texts."""
    remembered = recall(session, survey_id, columns)
    if remembered is not None:
        return remembered
    return ResponseMapping(guess_columns(survey_detail(session, survey_id), columns))


def parse_map_options(options: Sequence[str], detail: SurveyDetail) -> dict[str, str]:
    """`--map COLUMN=question` as {column: question key}."""
    out: dict[str, str] = {}
    for option in options:
        column, sep, key = option.rpartition("=")
        if not sep or not column or not key:
            raise UserError(_("--map takes COLUMN=question, not {option!r}.").format(option=option), "map")
        if detail.question(key.strip()) is None:
            raise UserError(
                _("Unknown question {key!r} in --map; questions are: {keys}.").format(
                    key=key, keys=", ".join(q.key for q in detail.questions)
                ),
                "map",
            )
        out[column] = key.strip()
    return out


def parse_value_options(options: Sequence[str]) -> dict[str, dict[str, int]]:
    """`--value COLUMN:LABEL=DIGIT` as {column: {label: choice code}}."""
    out: dict[str, dict[str, int]] = {}
    for option in options:
        left, sep, code = option.rpartition("=")
        column, sep2, label = left.rpartition(":")
        if not sep or not sep2 or not column or not code.strip().isdigit():
            raise UserError(
                _("--value takes COLUMN:ANSWER=DIGIT (the choice's number), not {option!r}.").format(
                    option=option
                ),
                "value",
            )
        out.setdefault(column, {})[label.strip().lower()] = int(code)
    return out


def _cell_value(question: QuestionRecord, cell: str, labels: Mapping[str, int]) -> Parsed | None:
    """A file's cell for `question`: a mapped label, a choice's label in either language, or
    what check_value accepts (a digit, a number, text)."""
    if question.kind not in CHOICE_KINDS:
        return check_value(question, cell)
    by_label = {c.label_en.lower(): c.code for c in question.choices}
    by_label.update({c.label_es.lower(): c.code for c in question.choices})
    by_label.update({k.lower(): v for k, v in labels.items()})
    whole = by_label.get(cell.strip().lower())
    if whole is not None:
        return check_value(question, str(whole))
    if question.kind is QuestionKind.MULTIPLE and re.search(r"[;,]", cell):
        codes = []
        for part in (p.strip() for p in re.split(r"[;,]", cell) if p.strip()):
            code = by_label.get(part.lower())
            codes.append(str(code) if code is not None else part)
        return check_value(question, " ".join(codes))
    return check_value(question, cell)


def import_responses(
    session: Session,
    survey_id: int,
    frame: Any,
    digest: str,
    mapping: ResponseMapping,
    options: ImportOptions,
) -> ImportReport:
    """Check every row, then add the new ones to the survey in this transaction."""
    require_permission(session, Permission.IMPORT_DATA)
    detail = survey_detail(session, survey_id)
    columns = [str(c) for c in frame.columns]
    missing = [
        c
        for c in [*mapping.columns, *([options.wave_column] if options.wave_column else [])]
        if c not in columns
    ]
    if missing:
        raise UserError(_("The file has no column {column!r}.").format(column=missing[0]), "mapping")
    if not mapping.columns:
        raise UserError(_("No column is mapped to a question; use --map COLUMN=question."), "mapping")
    questions = {c: detail.question(k) for c, k in mapping.columns.items()}
    for column, question in questions.items():
        if question is None:
            raise UserError(_("Unknown question {key!r}.").format(key=mapping.columns[column]), "mapping")
    report = ImportReport(total=len(frame), dry_run=options.dry_run)
    fingerprints = [hashlib.sha1(f"{digest}:{i}".encode()).hexdigest() for i in range(len(frame))]
    known = _existing(session, fingerprints)
    records = frame.to_dict("records")
    prepared: list[tuple[str, str, list[tuple[QuestionRecord, Parsed]]]] = []
    for index, record in enumerate(records):
        row = index + FIRST_DATA_ROW
        if fingerprints[index] in known:
            report.skipped.append(RowProblem(row, _("already imported")))
            continue
        wave = options.wave
        if options.wave_column:
            wave = record.get(options.wave_column) or ""
            if not wave:
                wave = options.wave
                report.defaulted.append(
                    RowProblem(
                        row, _("no wave given: put in “{wave}”").format(wave=wave), options.wave_column
                    )
                )
        answers: list[tuple[QuestionRecord, Parsed]] = []
        for column, question in questions.items():
            assert question is not None
            cell = record.get(column)
            if cell is None:
                continue
            try:
                parsed = _cell_value(question, str(cell), mapping.values.get(column, {}))
            except UserError as exc:
                raise UserError(
                    _("Row {row}, column “{column}”: {reason} Nothing was imported.").format(
                        row=row, column=column, reason=exc.message
                    ),
                    "mapping",
                ) from None
            if parsed is not None:
                answers.append((question, parsed))
        if not answers:
            report.skipped.append(RowProblem(row, _("no answers to the mapped questions")))
            continue
        prepared.append((fingerprints[index], wave, answers))
    report.imported = len(prepared)
    if options.dry_run:
        return report
    wave_ids = {w.name.lower(): w.id for w in detail.waves}
    for _fp, wave, _a in prepared:
        if wave.lower() not in wave_ids:
            wave_ids[wave.lower()] = add_wave(session, survey_id, wave)
    responses = [
        SurveyResponse(wave_id=wave_ids[w.lower()], source=ResponseSource.IMPORT, fingerprint=fp)
        for fp, w, _a in prepared
    ]
    session.add_all(responses)
    session.flush()
    for response, (_fp, _w, answers) in zip(responses, prepared, strict=True):
        for question, parsed in answers:
            session.add_all(answers_for(question, parsed, response.id))
    remember(session, survey_id, columns, mapping)
    session.flush()
    return report


def _existing(session: Session, fingerprints: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(fingerprints), 500):
        chunk = fingerprints[start : start + 500]
        found.update(
            session.scalars(select(SurveyResponse.fingerprint).where(SurveyResponse.fingerprint.in_(chunk)))
        )
    return found


def import_file(
    session: Session,
    survey_id: int,
    path: Path | str,
    options: ImportOptions,
    map_options: Sequence[str] = (),
    value_options: Sequence[str] = (),
) -> tuple[ImportReport, ResponseMapping]:
    """The CLI's import: read the file, remembered mapping + --map/--value, import."""
    frame = read_table(path)
    columns = [str(c) for c in frame.columns]
    mapping = initial_mapping(session, survey_id, columns)
    detail = survey_detail(session, survey_id)
    mapping.columns.update(parse_map_options(map_options, detail))
    for column, labels in parse_value_options(value_options).items():
        mapping.values.setdefault(column, {}).update(labels)
    report = import_responses(session, survey_id, frame, file_digest(path), mapping, options)
    return report, mapping
