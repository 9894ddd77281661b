"""The Meetings & Minutes tab."""
