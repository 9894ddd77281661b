"""Tests that edit a record in the same transaction they read it pass its current version."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def current(session: Session, model: Any, ident: int) -> int:
    """The version of `model` #ident as stored now (what a freshly opened form would hold)."""
    obj = session.get(model, ident)
    assert obj is not None, f"{model.__name__} #{ident} does not exist"
    return int(obj.version)
