"""Before the main window: open the database, sign in (or the first start), or offer a backup."""

from __future__ import annotations

from advisoryboard.errors import UserError
from advisoryboard.opening import open_database
from advisoryboard.permissions import OFFICE, Actor
from advisoryboard.services.base import read_only
from advisoryboard.services.settings import sign_in_needed
from database.engine import resolve_url
from ui.safety.login import FirstStartDialog, LoginDialog
from ui.safety.restore import offer_newest_backup


def who_is_using(url: str | None, *, ask_first_start: bool = True) -> Actor | None:
    """The actor for this database: signed in, the first start answered, or the office. None: cancelled.

    Raises UserError when the database cannot be opened, after offering the newest backup
    of a damaged file (if one was restored, the database is opened again). Without
    `ask_first_start` (the bundle's smoke run, which shows the window and closes it at
    once), a first start is left unanswered and the window opens as the office; sign-in
    is still required wherever accounts exist.
    """
    url = resolve_url(url)
    try:
        db = open_database(url)
    except UserError as exc:
        if not offer_newest_backup(None, url, exc):
            raise
        db = open_database(url)
    try:
        with read_only(db) as s:
            needed = sign_in_needed(s)
        if needed == "first-start":
            return FirstStartDialog.ask(db) if ask_first_start else OFFICE
        if needed == "sign-in":
            return LoginDialog.ask(db)
        return OFFICE
    finally:
        db.dispose()
