"""Okabe–Ito colours: told apart by readers with the common colour-vision deficiencies."""

from __future__ import annotations

BLUE = "#0072B2"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
VERMILION = "#D55E00"
PURPLE = "#CC79A7"
BLACK = "#000000"

SERIES = [BLUE, ORANGE, GREEN, VERMILION, SKY, PURPLE, YELLOW]
