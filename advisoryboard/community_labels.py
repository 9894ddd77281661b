"""Human names of the community vocabularies (registered in advisoryboard/labels.py)."""

from __future__ import annotations

import enum

from advisoryboard.i18n import N_
from database.models.community import EventKind, EventStatus, ProgramKind, ProgramStatus

PROGRAM_KIND_LABELS: dict[ProgramKind, str] = {
    ProgramKind.NEIGHBORHOOD_WATCH: N_("Neighborhood watch"),
    ProgramKind.YOUTH_PROGRAM: N_("Youth program"),
    ProgramKind.OUTREACH: N_("Outreach"),
    ProgramKind.SAFETY_EDUCATION: N_("Safety education"),
    ProgramKind.BEAUTIFICATION: N_("Beautification"),
    ProgramKind.OTHER: N_("Other program"),
}
PROGRAM_STATUS_LABELS: dict[ProgramStatus, str] = {
    ProgramStatus.PLANNED: N_("Planned"),
    ProgramStatus.ACTIVE: N_("Active"),
    ProgramStatus.PAUSED: N_("Paused"),
    ProgramStatus.ENDED: N_("Ended"),
}
EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.WORKSHOP: N_("Workshop"),
    EventKind.TRAINING: N_("Training"),
    EventKind.SAFETY_FAIR: N_("Safety fair"),
    EventKind.CLEAN_UP: N_("Clean-up"),
    EventKind.BLOCK_PARTY: N_("Block party"),
    EventKind.NATIONAL_NIGHT_OUT: N_("National Night Out"),
    EventKind.COMMUNITY_FORUM: N_("Community forum"),
    EventKind.WALK: N_("Community walk"),
    EventKind.OTHER: N_("Other event"),
}
EVENT_STATUS_LABELS: dict[EventStatus, str] = {
    EventStatus.PLANNED: N_("Planned"),
    EventStatus.HELD: N_("Took place"),
    EventStatus.CANCELLED: N_("Cancelled"),
}

COMMUNITY_LABELS: dict[enum.Enum, str] = {}
for _table in (PROGRAM_KIND_LABELS, PROGRAM_STATUS_LABELS, EVENT_KIND_LABELS, EVENT_STATUS_LABELS):
    COMMUNITY_LABELS.update(_table.items())
