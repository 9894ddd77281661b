"""One side of the import figure, as a whole process (interpreter start to exit).

`python -m benchmarks.import_probe ours CSV DB`: the app's import (`import_file` in one
transaction, with its checks, reference numbers, timeline entries and report).
`python -m benchmarks.import_probe raw CSV DB`: the floor: the csv module and one
`sqlite3.executemany` of the same rows into `issues` of the same schema (its indexes and
full-text triggers included), one transaction, no checks.

Both print one JSON line: the rows written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def ours(csv_path: Path, db_path: Path) -> int:
    from advisoryboard.importing.issues import import_file
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction

    db = open_database(f"sqlite:///{db_path}")
    with transaction(db) as session:
        report = import_file(session, csv_path)
    db.dispose()
    return report.imported


#: What the raw script writes for each status word of the file.
RAW_STATUS = {"Closed": "resolved", "Open": "new"}
RAW_COLUMNS = (
    "reference",
    "ref_year",
    "ref_seq",
    "title",
    "status",
    "priority",
    "source",
    "location",
    "district",
    "reported_on",
    "resolved_on",
    "confidential",
    "external_source",
    "external_id",
    "source_category",
    "version",
    "created_at",
    "updated_at",
)


def raw(csv_path: Path, db_path: Path) -> int:
    import csv
    import datetime as dt
    import sqlite3

    def when(text: str) -> str | None:
        return str(dt.datetime.strptime(text, "%m/%d/%Y %I:%M:%S %p")) if text else None

    now = str(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    rows = []
    with csv_path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        at = {name: i for i, name in enumerate(header)}
        for seq, r in enumerate(reader, 1):
            kind = r[at["RequestType"]]
            rows.append(
                (
                    f"2017-{seq:06d}",
                    2017,
                    seq,
                    kind,
                    RAW_STATUS.get(r[at["Status"]], "new"),
                    "normal",
                    "311",
                    r[at["Address"]],
                    r[at["NCName"]],
                    when(r[at["CreatedDate"]]),
                    when(r[at["ClosedDate"]]),
                    0,
                    "raw",
                    r[at["SRNumber"]],
                    kind,
                    1,
                    now,
                    now,
                )
            )
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    marks = ", ".join("?" * len(RAW_COLUMNS))
    con.executemany(f"INSERT INTO issues ({', '.join(RAW_COLUMNS)}) VALUES ({marks})", rows)
    con.execute("COMMIT")
    con.close()
    return len(rows)


def main() -> None:
    side, csv_path, db_path = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    rows = ours(csv_path, db_path) if side == "ours" else raw(csv_path, db_path)
    print(json.dumps({"rows": rows}))


if __name__ == "__main__":
    main()
