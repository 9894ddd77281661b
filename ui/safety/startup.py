"""At start: open the database (or offer the newest backup of a damaged file), then who is using it.

The app shows its main window first and then calls `open_for_window` and `actor_for` with the
window as the dialogs' parent; `who_is_using` does both for a URL (scripts and tests).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advisoryboard.errors import UserError
from advisoryboard.opening import open_database
from advisoryboard.permissions import OFFICE, Actor
from advisoryboard.services.settings import sign_in_needed
from database.engine import Database, resolve_url
from ui.operations import Acting, QueryOp
from ui.safety.login import FirstStartDialog, LoginDialog
from ui.safety.restore import offer_newest_backup


def open_for_window(url: str | None, parent: QWidget | None = None) -> Database:
    """Open the database at `url`. Raises UserError when it cannot be opened, after offering
    the newest backup of a damaged file (if one was restored, the database is opened again)."""
    url = resolve_url(url)
    try:
        return open_database(url)
    except UserError as exc:
        if not offer_newest_backup(parent, url, exc):
            raise
        return open_database(url)


def actor_for(db: Database, parent: QWidget | None = None, *, ask_first_start: bool = True) -> Actor | None:
    """Who uses `db`: signed in, the first start answered, or the office. None: cancelled.

    Without `ask_first_start` (the bundle's smoke run, which shows the window and closes it at
    once), a first start is left unanswered and the window opens as the office; sign-in is
    still required wherever accounts exist.
    """
    needed = QueryOp(parent, Acting(db, OFFICE), sign_in_needed).get()
    if needed == "first-start":
        return FirstStartDialog.ask(db, parent) if ask_first_start else OFFICE
    if needed == "sign-in":
        return LoginDialog.ask(db, parent)
    return OFFICE


def who_is_using(url: str | None, *, ask_first_start: bool = True) -> Actor | None:
    """The actor for the database at `url` (opened for the question, then closed). None: cancelled.

    Raises UserError when the database cannot be opened (see `open_for_window`).
    """
    db = open_for_window(url)
    try:
        return actor_for(db, ask_first_start=ask_first_start)
    finally:
        db.dispose()
