"""`backup`, `restore` and `users`: the safety area's commands.

They run as the signed-in account (advisoryboard/cli/signin.py), except `users
recover-admin`, the documented way back in when the administrator password is forgotten.
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from advisoryboard.cli import Verbs
from advisoryboard.cli.signin import no_sign_in
from advisoryboard.errors import UserError
from advisoryboard.i18n import _
from advisoryboard.opening import open_database
from database.engine import resolve_url, sqlite_path
from database.enums import Role

#: A new password for `users add` / `reset-password` / `recover-admin` in scripts (the
#: signing-in password is ADVISORYBOARD_PASSWORD, see cli/signin.py).
NEW_PASSWORD_ENV = "ADVISORYBOARD_NEW_PASSWORD"


def register(verbs: Verbs) -> None:
    p = verbs.add(verbs.top, "backup", _("copy the database to a file (safe while the app runs)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the backup file to write"))
    p.set_defaults(handler=cmd_backup)

    p = verbs.add(verbs.top, "restore", _("replace the database with a backup (the current one is kept)"))
    p.add_argument("file", metavar="FILE", help=_("the backup file to restore"))
    p.set_defaults(handler=cmd_restore)

    p = verbs.add(verbs.top, "users", _("list and manage the accounts"))
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = verbs.add(sub, "list", _("list the accounts"))
    q.set_defaults(handler=cmd_users_list)
    q = verbs.add(sub, "add", _("add an account (the first one becomes the administrator)"))
    q.add_argument("username")
    q.add_argument("--name", default="", help=_("the person's name as shown in the app"))
    q.add_argument("--role", default=None, choices=[r.value for r in Role], help=_("default: member"))
    q.set_defaults(handler=cmd_users_add)
    q = verbs.add(sub, "set-role", _("change an account's role"))
    q.add_argument("username")
    q.add_argument("role", choices=[r.value for r in Role])
    q.set_defaults(handler=cmd_users_set_role)
    q = verbs.add(sub, "reset-password", _("set a new password (and unlock the account)"))
    q.add_argument("username")
    q.set_defaults(handler=cmd_users_reset_password)
    q = verbs.add(
        sub,
        "recover-admin",
        _(
            "forgotten administrator password: set a new one; needs write access to the database "
            "file (SQLite) or the server's owner role (PostgreSQL); recorded in the audit log"
        ),
    )
    q.add_argument("username", help=_("the administrator account"))
    q.set_defaults(handler=cmd_users_recover_admin)
    no_sign_in(q)  # its own check: who can write the database itself can already change anything


def cmd_backup(args: argparse.Namespace) -> int:
    from advisoryboard.services.backup import backup_to

    db = open_database(args.db, must_exist=True)
    try:
        target = backup_to(db, Path(args.output).expanduser())
    finally:
        db.dispose()
    print(_("Backup saved to {path}").format(path=target))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from advisoryboard.services.backup import check_backup_file, restore_database

    url = resolve_url(args.db)
    if sqlite_path(url) is None:
        raise UserError(
            _("A PostgreSQL database is restored on the server with pg_restore (see the README).")
        )
    info = check_backup_file(Path(args.file).expanduser())
    db = open_database(url)
    try:
        result = restore_database(db, info.path)
    finally:
        db.dispose()
    open_database(url).dispose()  # reopen: checks (and migrates, if the backup is older)
    print(
        _("Restored {path} ({members} members, {issues} issues, {meetings} meetings).").format(
            path=info.path, members=info.members, issues=info.issues, meetings=info.meetings
        )
    )
    if result.safety_copy is not None:
        print(_("The database as it was before is kept in {path}").format(path=result.safety_copy))
    return 0


def _ask_password() -> str:
    env = os.environ.get(NEW_PASSWORD_ENV)
    if env:
        return env
    first = getpass.getpass(_("New password: "))
    if getpass.getpass(_("Repeat the password: ")) != first:
        raise UserError(_("The two passwords differ; nothing was changed."))
    return first


def _user_id(session: object, username: str) -> int:
    from sqlalchemy import func, select

    from database.models import User

    uid = session.scalar(select(User.id).where(func.lower(User.username) == username.lower()))  # type: ignore[attr-defined]
    if uid is None:
        raise UserError(_("There is no account named {name}.").format(name=username))
    return int(uid)


def cmd_users_list(args: argparse.Namespace) -> int:
    from advisoryboard.services.auth import list_users
    from advisoryboard.services.base import read_only

    db = open_database(args.db, must_exist=True)
    with read_only(db) as s:
        users = list_users(s)
    db.dispose()
    if not users:
        print(_("No accounts: the app runs in single-user mode."))
    for u in users:
        state = "" if u.active else _(" (switched off)")
        print(f"{u.username:<20} {u.role.value:<10} {u.display_name}{state}")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from advisoryboard.services import auth
    from advisoryboard.services.base import read_only, transaction

    db = open_database(args.db)
    try:
        with read_only(db) as s:
            first = auth.user_count(s) == 0
        password = _ask_password()
        if first:
            if args.role not in (None, Role.ADMIN.value):
                raise UserError(_("The first account must be the administrator (--role admin)."))
            info = auth.create_first_admin(db, args.username, args.name, password)
            print(
                _("Administrator {name} created; the app now asks everyone to sign in.").format(
                    name=info.username
                )
            )
        else:
            with transaction(db) as s:
                info = auth.create_user(s, args.username, args.name, args.role or Role.MEMBER, password)
            print(_("Account {name} ({role}) created.").format(name=info.username, role=info.role.value))
    finally:
        db.dispose()
    return 0


def cmd_users_set_role(args: argparse.Namespace) -> int:
    from advisoryboard.services import auth
    from advisoryboard.services.base import transaction

    db = open_database(args.db, must_exist=True)
    try:
        with transaction(db) as s:
            from database.models import User

            user_id = _user_id(s, args.username)
            user = s.get(User, user_id)  # read and changed in this one transaction: nothing to lose
            info = auth.set_role(s, user_id, args.role, user.version if user else None)
    finally:
        db.dispose()
    print(_("{name} is now {role}.").format(name=info.username, role=info.role.value))
    return 0


def cmd_users_reset_password(args: argparse.Namespace) -> int:
    from advisoryboard.services import auth
    from advisoryboard.services.base import transaction

    db = open_database(args.db, must_exist=True)
    try:
        password = _ask_password()
        with transaction(db) as s:
            info = auth.reset_password(s, _user_id(s, args.username), password)
    finally:
        db.dispose()
    print(_("The password of {name} was changed.").format(name=info.username))
    return 0


def _may_recover(db: object) -> None:
    """Refuse unless this process could change the database behind the app's back anyway."""
    from sqlalchemy import text

    from database.engine import Database

    assert isinstance(db, Database)
    path = sqlite_path(db.url)
    if path is not None:
        if not os.access(path, os.W_OK):
            raise UserError(_("Recovery needs write access to the database file {path}.").format(path=path))
        return
    with db.engine.connect() as conn:
        owner = conn.execute(
            text(
                "SELECT r.rolsuper OR pg_get_userbyid(d.datdba) = current_user "
                "FROM pg_database d, pg_roles r "
                "WHERE d.datname = current_database() AND r.rolname = current_user"
            )
        ).scalar()
    if not owner:
        raise UserError(
            _(
                "Recovery must connect as the database's owner role (or a superuser) on the server; "
                "put that role in --db."
            )
        )


def cmd_users_recover_admin(args: argparse.Namespace) -> int:
    from advisoryboard.permissions import Actor
    from advisoryboard.services import auth
    from advisoryboard.services.base import transaction

    db = open_database(args.db, must_exist=True)
    try:
        _may_recover(db)
        password = _ask_password()
        who = getpass.getuser()
        actor = Actor(
            f"recovery:{who}", Role.ADMIN, display_name=_("Password recovery by {who}").format(who=who)
        )
        with transaction(db, actor) as s:  # the audit log records the change as made by "recovery:<who>"
            user_id = _user_id(s, args.username)
            info = auth.reset_password(s, user_id, password)
            if info.role is not Role.ADMIN or not info.active:
                raise UserError(
                    _("{name} is not an active administrator; recovery only unlocks administrators.").format(
                        name=info.username
                    )
                )
    finally:
        db.dispose()
    print(
        _("The password of {name} was changed; this is recorded in the audit log.").format(name=info.username)
    )
    return 0
