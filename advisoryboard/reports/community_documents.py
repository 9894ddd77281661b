"""Printing community documents (flyer, event sign-in sheet, program summary) for the CLI and GUI.

Public documents: contacts and names pass through community_people's consent rule.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.permissions import Permission
from advisoryboard.reports.data import load_board
from advisoryboard.services import community as svc
from advisoryboard.services import community_people as people
from advisoryboard.services.base import require_permission
from database.models import CommunityEvent

COMMUNITY_KINDS = ("flyer", "event-sign-in", "program")


def render_community(session: Session, kind: str, ident: int, language: str = "en") -> bytes:
    require_permission(session, Permission.PRINT)
    board = load_board(session)
    if kind == "flyer":
        from advisoryboard.reports.event_flyer import build_flyer

        return build_flyer(board, svc.get_event(session, ident), language)
    if kind == "event-sign-in":
        from advisoryboard.reports.event_signin import build_event_sign_in

        return build_event_sign_in(board, svc.get_event(session, ident), language=language)
    if kind == "program":
        from advisoryboard.reports.program_summary import build_program_summary

        program = svc.get_program(session, ident)
        events = svc.list_events(session, svc.EventFilter(program_id=ident))
        volunteers = dict(
            session.execute(
                select(CommunityEvent.id, CommunityEvent.volunteers).where(CommunityEvent.program_id == ident)
            ).all()
        )
        blocks = people.list_blocks(session, ident, public=True)
        return build_program_summary(board, program, events, blocks, volunteers, language)
    raise UserError(_("Unknown document: {kind}").format(kind=kind))
