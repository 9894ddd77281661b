"""Counts and trends for the Charts tab and the annual summary (SQL GROUP BY; no Qt)."""
