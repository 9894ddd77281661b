"""The schema revisions this app knows, without SQLAlchemy or Alembic (read at start-up).

The early roster page (advisoryboard/early_roster.py) compares a file's `alembic_version`
with `SCHEMA_HEAD` using the standard `sqlite3` module, before the data layer loads.
"""

from __future__ import annotations

#: The newest migration this version of the app knows. A test checks that it equals
#: Alembic's head, so adding a migration without updating it fails the build.
SCHEMA_HEAD = "0013_speed"
#: Every revision this app knows, oldest first.
KNOWN_REVISIONS = (
    "0001",
    "0002_charts",
    "0002_issues",
    "0003_issue_sort",
    "0004_trust",
    "0007_crime",
    "0008_geo",
    "0009_office",
    "0005_community",
    "0006_surveys",
    "0010_trust",
    "0011_laptop",
    "0012_maps",
    "0013_speed",
)
