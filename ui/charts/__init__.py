"""The Charts tab."""
