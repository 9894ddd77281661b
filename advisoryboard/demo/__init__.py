"""Realistic, deterministic demo data: a ~15-seat board over several years (`advisoryboard demo`).

`generate` (board.py) fills an empty database; the parts it calls each make one area of
the board's life, with the services' own rules (quorum and vote counts: services/votes.py).
"""

from advisoryboard.demo.board import DemoSummary, generate, has_data

__all__ = ["DemoSummary", "generate", "has_data"]
