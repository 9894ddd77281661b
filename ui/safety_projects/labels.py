"""Shown names of the SARA stages (translated by Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from database.enums import ProjectStage


def stage_label(stage: ProjectStage) -> str:
    names = {
        ProjectStage.SCANNING: QCoreApplication.translate("SafetyLabels", "Scanning"),
        ProjectStage.ANALYSIS: QCoreApplication.translate("SafetyLabels", "Analysis"),
        ProjectStage.RESPONSE: QCoreApplication.translate("SafetyLabels", "Response"),
        ProjectStage.ASSESSMENT: QCoreApplication.translate("SafetyLabels", "Assessment"),
    }
    return names[stage]
