"""Reading CSV, XLSX and Open311 JSON in: column mapping and cleaning (writing them: exporting/)."""
