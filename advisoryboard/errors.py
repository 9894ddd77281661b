"""The two kinds of error (after qutebrowser's misc/sql.py).

`UserError` is something a secretary can act on: bad input, a file that is not a
database, a server that cannot be reached, a record someone else changed. It carries the
field it is about (for the message next to that field) and a message in plain words.
Anything else is a bug: logged with its traceback, shown as "something went wrong".
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a situation the user can fix; `field` names the form field, if any."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """One or more fields are invalid; `errors` maps each field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        first_field, first_message = next(iter(errors.items()))
        super().__init__(first_message, first_field)
        self.errors = dict(errors)

    def __str__(self) -> str:
        return "; ".join(self.errors.values())


class PermissionDenied(UserError):
    """The signed-in account's role does not allow this action."""


class ConflictError(UserError):
    """Someone else saved the same record since it was loaded (optimistic locking)."""

    def __init__(self, message: str, entity: str, entity_id: int | None) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id


class NotFound(UserError):
    """The record asked for does not exist (any more)."""


class DatabaseReplaced(UserError):
    """The SQLite file was replaced by a restore (or is being restored) after this window
    opened it: nothing was saved, and the window must reopen the database."""
