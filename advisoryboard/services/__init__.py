"""Services: the rules of the board, one module per area.

Each function takes a Session (one per user action, opened with `transaction`), checks
the actor's permission, validates input, raises `UserError` with a plain message, and
hands back plain data (dataclasses), never live ORM objects.
"""

from advisoryboard.services.base import read_only, transaction

__all__ = ["read_only", "transaction"]
