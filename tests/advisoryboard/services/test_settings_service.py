"""Board settings: validated, versioned, and single-user mode only off when someone can sign in."""

from __future__ import annotations

import pytest

from advisoryboard.errors import ConflictError, PermissionDenied, ValidationError
from advisoryboard.permissions import Actor
from advisoryboard.services import auth
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.settings import get_settings, update_settings
from database.enums import QuorumRule, Role
from database.models import BoardSettings
from tests.support.versions import current


def test_settings_are_validated_field_by_field(db) -> None:
    with read_only(db) as s:
        before = get_settings(s)
    with pytest.raises(ValidationError) as caught, transaction(db) as s:
        update_settings(
            s,
            {
                "board_name": "  ",
                "seat_count": 0,
                "timezone": "Mars/Olympus",
                "quorum_rule": QuorumRule.FIXED_NUMBER,
            },
            before.version,
        )
    assert set(caught.value.errors) == {"board_name", "seat_count", "timezone", "quorum_fixed_number"}
    with transaction(db) as s:
        after = update_settings(s, {"board_name": "<b>Eastside</b> & Co", "seat_count": 11}, before.version)
    assert (after.board_name, after.seat_count, after.version) == (
        "<b>Eastside</b> & Co",
        11,
        before.version + 1,
    )


def test_a_save_over_newer_settings_is_a_conflict(db) -> None:
    with read_only(db) as s:
        loaded = get_settings(s)
    with transaction(db) as s:
        update_settings(s, {"board_name": "Theirs"}, loaded.version)
    with pytest.raises(ConflictError), transaction(db) as s:
        update_settings(s, {"board_name": "Mine"}, loaded.version)
    with read_only(db) as s:
        assert get_settings(s).board_name == "Theirs"


def test_single_user_mode_goes_off_only_with_an_admin_account(db) -> None:
    with pytest.raises(ValidationError, match="administrator account first"), transaction(db) as s:
        update_settings(s, {"single_user_mode": False}, current(s, BoardSettings, 1))
    with transaction(db) as s:
        auth.create_user(s, "mei", "Mei", Role.ADMIN, "mei-password-1")
        update_settings(s, {"single_user_mode": False}, current(s, BoardSettings, 1))
    with read_only(db) as s:
        assert get_settings(s).single_user_mode is False


def test_only_an_admin_changes_settings(db) -> None:
    with pytest.raises(PermissionDenied), transaction(db, Actor("mei", Role.SECRETARY)) as s:
        update_settings(s, {"board_name": "X"}, current(s, BoardSettings, 1))
