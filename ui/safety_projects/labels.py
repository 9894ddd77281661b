"""Shown names of the SARA stages: the one vocabulary of advisoryboard/labels.py."""

from __future__ import annotations

from advisoryboard.labels import label
from database.enums import ProjectStage


def stage_label(stage: ProjectStage) -> str:
    return label(stage)
