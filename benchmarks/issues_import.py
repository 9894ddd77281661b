"""Import speed: a 100 000-row 311 CSV against pandas.read_csv plus a bare bulk insert.

Run: `.venv/bin/python -m benchmarks.issues_import` (needs ../shared/data beside the clone,
or pass the path of any 311 CSV as the first argument).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "311" / "la_311_2017_subset.csv"


def make_big_csv(source: Path, rows: int, target: Path) -> None:
    import pandas as pd

    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    copies = []
    for i in range(rows // len(frame) + 1):
        part = frame.copy()
        part["SRNumber"] = part["SRNumber"] + f"-{i}"
        copies.append(part)
    pd.concat(copies).head(rows).to_csv(target, index=False)


def main(argv: list[str]) -> int:
    import pandas as pd
    from sqlalchemy import insert

    from advisoryboard.importing.issues import import_file
    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction
    from database.models import Issue

    source = Path(argv[0]) if argv else SAMPLE
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.csv"
        make_big_csv(source, 100_000, big)
        base_db = open_database(f"sqlite:///{tmp}/base.db")
        start = time.perf_counter()
        frame = pd.read_csv(big, dtype=str, keep_default_na=False)
        dates = pd.to_datetime(frame["CreatedDate"], format="%m/%d/%Y %I:%M:%S %p").dt.to_pydatetime()
        rows = [
            {
                "reference": f"2017-{i:06d}",
                "ref_year": 2017,
                "ref_seq": i,
                "title": t,
                "status": "new",
                "priority": "normal",
                "reported_on": d,
                "confidential": False,
            }
            for i, (t, d) in enumerate(zip(frame["RequestType"], dates, strict=True), 1)
        ]
        with transaction(base_db) as s:
            for i in range(0, len(rows), 5000):
                s.execute(insert(Issue), rows[i : i + 5000])
        baseline = time.perf_counter() - start
        base_db.dispose()

        db = open_database(f"sqlite:///{tmp}/board.db")
        start = time.perf_counter()
        with transaction(db) as s:
            report = import_file(s, big)
        ours = time.perf_counter() - start
        db.dispose()
    print(f"pandas.read_csv + bulk insert: {baseline:.1f} s")
    print(
        f"advisoryboard import issues:    {ours:.1f} s ({report.imported} imported; {ours / baseline:.1f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
