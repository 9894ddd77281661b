"""Writing the board's data out: CSV/XLSX tables with safe cells, Open311 JSON, and the
exports of issues, members and community events (each checks the export permission).

Imports live in advisoryboard/importing/; nothing here reads a file.
"""
