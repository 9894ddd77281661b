"""The Issues tab."""
