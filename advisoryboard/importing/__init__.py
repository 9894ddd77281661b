"""Reading and writing CSV, XLSX and Open311 JSON; column mapping; safe spreadsheet cells."""
