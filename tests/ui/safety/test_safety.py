"""Safety in the GUI: crash dialog, sign-in, first start, settings form, conflicts, audit log, restore."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from advisoryboard.opening import open_database
from advisoryboard.permissions import OFFICE, Actor
from advisoryboard.services import auth
from advisoryboard.services.base import read_only, transaction
from advisoryboard.services.settings import get_settings, mark_initialized, update_settings
from database.enums import Role
from database.models import Member
from ui.app import build_main_window
from ui.context import AppContext, ChangeHub
from ui.main_window import MainWindow


def _ctx(url: str, actor: Actor = OFFICE) -> AppContext:
    return AppContext(db=open_database(url), hub=ChangeHub(), actor=actor)


# ---------------------------------------------------------------------- crash reporting
@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_shown_and_the_app_keeps_running(
    main_window: MainWindow, qtbot
) -> None:
    from advisoryboard.logsetup import configure
    from ui.errors import install_excepthook

    log_path = configure()
    old_hook = sys.excepthook
    install_excepthook()
    try:
        button = QPushButton("Break", main_window)

        def broken_slot() -> None:
            raise ZeroDivisionError("a bug in a slot: 42 / 0")

        button.clicked.connect(broken_slot)
        QTimer.singleShot(0, button.click)

        def dialog_shown() -> None:
            assert any(
                w.objectName() == "bugDialog" and w.isVisible() for w in QApplication.topLevelWidgets()
            )

        qtbot.waitUntil(dialog_shown)
        dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "bugDialog")
        assert "Something went wrong" in dialog.text()  # type: ignore[attr-defined]
        dialog.findChild(QPushButton, "copyDetailsButton").click()
        assert "ZeroDivisionError: a bug in a slot: 42 / 0" in QApplication.clipboard().text()
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "ZeroDivisionError: a bug in a slot" in log_path.read_text(encoding="utf-8")
        dialog.close()
        # Still running: the window answers and switches tabs.
        main_window.tabs.setCurrentIndex(1)
        assert main_window.isVisible() and main_window.tabs.currentIndex() == 1
    finally:
        sys.excepthook = old_hook
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_advisoryboard", False)]:
            root.removeHandler(handler)
            handler.close()


# ---------------------------------------------------------------------- sign-in and first start
def test_login_dialog_says_wrong_password_and_accepts_the_right_one(qtbot, sqlite_url: str) -> None:
    from ui.safety.login import LoginDialog

    db = open_database(sqlite_url)
    auth.create_first_admin(db, "mei", "Mei Chen", "mei-password-1")
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.username.setText("mei")
    dialog.password.setText("nope")
    dialog.sign_in()
    error = dialog.findChild(QLabel, "loginError")
    assert error is not None and error.isVisibleTo(dialog) and "Wrong username or password" in error.text()
    assert dialog.username.text() == "mei", "the username stays typed"
    dialog.password.setText("mei-password-1")
    dialog.sign_in()
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    db.dispose()


def test_first_start_creates_the_admin_or_chooses_single_user_mode(qtbot, tmp_path: Path) -> None:
    from ui.safety.login import FirstStartDialog
    from ui.safety.startup import who_is_using

    accounts_url = f"sqlite:///{tmp_path / 'accounts.db'}"
    db = open_database(accounts_url)
    dialog = FirstStartDialog(db)
    qtbot.addWidget(dialog)
    dialog.username.setText("mei")
    dialog.display_name.setText("Mei Chen")
    dialog.password.setText("mei-password-1")
    dialog.repeat.setText("mei-password-2")
    dialog.start()
    assert "differ" in dialog.error.text() and dialog.actor is None
    dialog.repeat.setText("mei-password-1")
    dialog.start()
    assert dialog.actor is not None and dialog.actor.username == "mei"
    db.dispose()

    single_url = f"sqlite:///{tmp_path / 'single.db'}"
    db = open_database(single_url)
    dialog = FirstStartDialog(db)
    qtbot.addWidget(dialog)
    dialog.single.setChecked(True)
    dialog.start()
    assert dialog.actor == OFFICE
    db.dispose()
    # Next start: single-user mode asks nothing; the accounts database asks to sign in.
    assert who_is_using(single_url) == OFFICE
    from ui.safety import startup

    asked: list[str] = []
    original = startup.LoginDialog.ask
    startup.LoginDialog.ask = classmethod(lambda cls, db, parent=None: asked.append(db.url) or None)
    try:
        assert who_is_using(accounts_url) is None
    finally:
        startup.LoginDialog.ask = original
    assert asked == [accounts_url]


def test_a_damaged_database_file_offers_the_newest_backup(qtbot, tmp_path: Path, monkeypatch) -> None:
    from advisoryboard.services.backup import automatic_backup
    from ui.safety import startup
    from ui.safety.restore import NewestBackupOffer

    path = tmp_path / "board.db"
    url = f"sqlite:///{path}"
    db = open_database(url)
    with transaction(db) as s:
        s.add(Member(name="Ana García"))
        mark_initialized(s)  # single-user mode was chosen at the first start
    automatic_backup(db)
    db.dispose()
    path.write_bytes(b"this is not a database" * 100)
    offered: list[str] = []
    monkeypatch.setattr(
        NewestBackupOffer,
        "ask",
        classmethod(lambda cls, parent, message, newest: offered.append(message) or True),
    )
    assert startup.who_is_using(url) == OFFICE
    assert offered and "not an Advisory Board database" in offered[0]
    db = open_database(url)
    with db.session() as s:
        assert s.get(Member, 1) is not None
    db.dispose()


# ---------------------------------------------------------------------- board settings form
def test_settings_form_saves_and_shows_bad_values_next_to_the_field(qtbot, sqlite_url: str) -> None:
    from ui.settings.dialog import BoardSettingsDialog

    ctx = _ctx(sqlite_url)
    dialog = BoardSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_value("board_name", "")
    dialog.set_value("timezone", "Mars/Olympus")
    dialog.set_value("default_location", "<b>Library</b> & Hall")
    assert dialog.save() is False
    assert dialog.errors["timezone"].isVisibleTo(dialog) and "time zone" in dialog.errors["timezone"].text()
    assert dialog.errors["board_name"].isVisibleTo(dialog)
    assert dialog.value("default_location") == "<b>Library</b> & Hall", "nothing typed is lost"
    dialog.set_value("board_name", "Eastside Advisory Board")
    dialog.set_value("timezone", "America/Chicago")
    assert dialog.save() is True
    with read_only(ctx.db) as s:
        saved = get_settings(s)
    assert (saved.board_name, saved.timezone, saved.default_location) == (
        "Eastside Advisory Board",
        "America/Chicago",
        "<b>Library</b> & Hall",
    )
    dialog.grab().save(str(Path(sqlite_url.removeprefix("sqlite:///")).with_name("settings.png")))
    ctx.db.dispose()


@pytest.mark.parametrize("choice", ["reload", "overwrite", "copy"])
def test_settings_saved_meanwhile_by_someone_else_offer_a_choice(
    qtbot, sqlite_url: str, monkeypatch, choice: str
) -> None:
    from ui.safety.conflict import ConflictDialog
    from ui.settings.dialog import BoardSettingsDialog

    ctx = _ctx(sqlite_url)
    dialog = BoardSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    with transaction(ctx.db) as s:  # another PC saves first
        update_settings(s, {"board_name": "Theirs"}, get_settings(s).version)
    dialog.set_value("board_name", "Mine")
    seen: list[tuple[str, str]] = []

    def fake_ask(cls, parent, what, their_text, my_text):
        seen.append((their_text, my_text))
        if choice == "copy":
            QApplication.clipboard().setText(my_text)
        return choice

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(fake_ask))
    dialog.save()
    assert seen and "Theirs" in seen[0][0] and "Mine" in seen[0][1]
    with read_only(ctx.db) as s:
        stored = get_settings(s).board_name
    if choice == "overwrite":
        assert stored == "Mine"
    else:
        assert stored == "Theirs" and dialog.value("board_name") == "Theirs"
    if choice == "copy":
        assert "Mine" in QApplication.clipboard().text()
    ctx.db.dispose()


def test_conflict_dialog_copy_puts_my_text_on_the_clipboard(qtbot) -> None:
    from ui.safety.conflict import ConflictDialog

    dialog = ConflictDialog(None, "Issue 2026-0001", "their words", "<b>my</b> words")
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "copyButton").click()
    assert dialog.choice == "copy" and QApplication.clipboard().text() == "<b>my</b> words"


def test_disk_full_keeps_the_text_in_the_form(qtbot, sqlite_url: str) -> None:
    from sqlalchemy import event

    from ui.settings.dialog import BoardSettingsDialog

    ctx = _ctx(sqlite_url)
    dialog = BoardSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    ctx.db.engine.dispose()

    def full_disk(dbapi_conn, _record) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page

    event.listen(ctx.db.engine, "connect", full_disk)
    long_notice = "Interpretation in Spanish and Vietnamese is available. " * 300
    dialog.set_value("accommodation_notice", long_notice)
    assert dialog.save() is False
    assert "disk is full" in dialog.banner.text() and dialog.banner.isVisibleTo(dialog)
    assert dialog.value("accommodation_notice") == long_notice
    event.remove(ctx.db.engine, "connect", full_disk)
    ctx.db.engine.dispose()
    assert dialog.save() is True, "after space is freed, the same form saves"
    ctx.db.dispose()


# ---------------------------------------------------------------------- audit log and history
def test_audit_log_filters_and_history(qtbot, sqlite_url: str) -> None:
    from ui.safety.audit_view import AuditLogDialog, HistoryDialog

    ctx = _ctx(sqlite_url)
    mei = Actor("mei", Role.SECRETARY)
    with transaction(ctx.db, mei) as s:
        ana = Member(name="<b>Ana</b>", phone="555-0101")
        s.add(ana)
    with transaction(ctx.db, Actor("luis", Role.MEMBER)) as s:
        row = s.get(Member, ana.id)
        assert row is not None
        row.phone = "555-0199"
    dialog = AuditLogDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.user.setCurrentIndex(dialog.user.findData("luis"))
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 4).data() == "phone: 555-0101 → 555-0199"
    dialog.user.setCurrentIndex(0)
    dialog.kind.setCurrentIndex(dialog.kind.findData("members"))
    assert [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())] == ["luis", "mei"]
    dialog.use_dates.setChecked(True)
    dialog.date_from.setDate(dialog.date_from.date().addYears(-5))
    dialog.date_to.setDate(dialog.date_from.date())
    assert dialog.model.rowCount() == 0 and dialog.count.text() == "0 entries"
    history = HistoryDialog(ctx, "members", ana.id, "Ana")
    qtbot.addWidget(history)
    assert [history.model.index(r, 2).data() for r in range(history.model.rowCount())] == [
        "Created",
        "Changed",
    ]  # the words of advisoryboard/labels.py
    assert "<b>Ana</b>" in history.model.index(0, 4).data()
    ctx.db.dispose()


def test_audit_model_passes_the_model_tester(qtmodeltester, demo_url: str) -> None:
    from ui.safety.audit_view import AuditLogModel

    ctx = _ctx(demo_url)
    model = AuditLogModel(ctx)
    qtmodeltester.check(model)
    ctx.db.dispose()


# ---------------------------------------------------------------------- menus, accounts, restore
def test_tools_menu_follows_the_role(qtbot, demo_url: str) -> None:
    staff = build_main_window(demo_url, actor=Actor("sam", Role.STAFF))
    qtbot.addWidget(staff)
    enabled = {a.objectName(): a.isEnabled() for a in staff.findChildren(QAction) if a.objectName()}
    assert enabled["boardSettingsAction"] and not enabled["accountsAction"] and not enabled["auditLogAction"]
    assert not enabled["restoreAction"]
    staff.close()


def test_accounts_dialog_adds_an_account_and_changes_its_role(qtbot, sqlite_url: str) -> None:
    from ui.safety.accounts import AccountsDialog, NewAccountDialog

    ctx = _ctx(sqlite_url)
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    new = NewAccountDialog(ctx, dialog)
    qtbot.addWidget(new)
    new.username.setText("ana")
    new.display_name.setText("Ana García")
    new.password.setText("short")
    new.create_account()
    assert "at least 8" in new.error.text() and new.username.text() == "ana"
    new.password.setText("ana-password-1")
    new.create_account()
    assert new.created is not None
    dialog.refresh()
    dialog.select_username("ana")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SECRETARY.value))
    dialog.set_role()
    assert dialog.table.item(0, 2).text() == "Secretary"
    assert auth.authenticate(ctx.db, "ana", "ana-password-1").role is Role.SECRETARY
    ctx.db.dispose()


def test_restore_from_the_file_menu_reopens_the_restored_database(
    main_window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    from advisoryboard.services.backup import backup_to
    from ui.safety.restore import RestoreQuestions

    db = main_window.ctx.db
    copy = backup_to(db, tmp_path / "before.db")
    with db.session() as s:
        members_before = s.query(Member).count()
    with transaction(db) as s:
        s.add(Member(name="Added after the backup"))
    monkeypatch.setattr(RestoreQuestions, "choose_file", classmethod(lambda cls, parent, start: copy))
    monkeypatch.setattr(
        RestoreQuestions, "confirm", classmethod(lambda cls, parent, info: info.members == members_before)
    )
    main_window.findChild(QAction, "restoreAction").trigger()
    assert main_window.ctx.db is not db, "the window reopened the database"
    with main_window.ctx.db.session() as s:
        assert s.query(Member).count() == members_before
    with sqlite3.connect(db.url.removeprefix("sqlite:///")) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_restore_in_one_window_reopens_the_database_in_the_other(
    main_window: MainWindow, qtbot, monkeypatch, tmp_path: Path, demo_url: str
) -> None:
    """Two windows on one file: the other lets go for the restore, then shows the restored data."""
    from advisoryboard.services.backup import backup_to
    from ui.safety.restore import RestoreQuestions

    other = build_main_window(demo_url)
    qtbot.addWidget(other)
    other.show()
    db, other_db = main_window.ctx.db, other.ctx.db
    copy = backup_to(db, tmp_path / "before.db")
    with transaction(other_db) as s:
        s.add(Member(name="Added in the other window"))
    monkeypatch.setattr(RestoreQuestions, "choose_file", classmethod(lambda cls, parent, start: copy))
    monkeypatch.setattr(RestoreQuestions, "confirm", classmethod(lambda cls, parent, info: True))
    main_window.findChild(QAction, "restoreAction").trigger()
    assert main_window.ctx.db is not db, "the restore went ahead: the other window let go of the file"
    qtbot.waitUntil(lambda: other.ctx.db is not other_db)  # its next tick reopens the database
    assert "restored from a backup" in other.statusBar().currentMessage()
    with read_only(other.ctx.db) as s:
        assert s.query(Member).filter_by(name="Added in the other window").count() == 0
    with transaction(other.ctx.db) as s:  # and it saves into the restored file
        s.add(Member(name="Saved after the restore"))
    with read_only(main_window.ctx.db) as s:
        assert s.query(Member).filter_by(name="Saved after the restore").count() == 1
    other.close()


def test_closing_the_window_makes_the_automatic_backup(qtbot, demo_url: str) -> None:
    from advisoryboard.services.backup import default_backup_folder

    window = build_main_window(demo_url)
    qtbot.addWidget(window)
    window.show()
    stem = Path(demo_url.removeprefix("sqlite:///")).stem
    before = (
        set(default_backup_folder().glob(f"{stem}-daily-*.db")) if default_backup_folder().exists() else set()
    )
    for path in before:
        path.unlink()
    window.close()
    made = list(default_backup_folder().glob(f"{stem}-daily-*.db"))
    assert len(made) == 1
    with sqlite3.connect(made[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_smoke_run_skips_only_the_first_start_question_never_the_sign_in(
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    from advisoryboard.opening import open_database
    from advisoryboard.permissions import OFFICE
    from advisoryboard.services.auth import create_first_admin
    from ui.safety import login, startup

    asked: list[str] = []
    monkeypatch.setattr(
        login.FirstStartDialog, "ask", classmethod(lambda cls, db, parent=None: asked.append("first") or None)
    )
    monkeypatch.setattr(
        login.LoginDialog, "ask", classmethod(lambda cls, db, parent=None: asked.append("login") or None)
    )
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert startup.who_is_using(fresh, ask_first_start=False) == OFFICE
    assert asked == []
    assert startup.who_is_using(fresh) is None
    assert asked == ["first"]

    guarded = f"sqlite:///{tmp_path / 'guarded.db'}"
    db = open_database(guarded)
    create_first_admin(db, "chair", "Board Chair", "correct horse battery staple")
    db.dispose()
    assert startup.who_is_using(guarded, ask_first_start=False) is None
    assert asked == ["first", "login"]


def test_the_history_of_a_record_opens_from_the_audit_log_and_the_issue_pane(
    main_window,
    qtbot,
    monkeypatch,
) -> None:
    from PySide6.QtCore import Qt

    from ui.safety import audit_view
    from ui.safety.audit_view import AuditLogDialog

    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(
        audit_view.HistoryDialog,
        "ask",
        classmethod(
            lambda cls, ctx, entity, entity_id, title, parent=None: opened.append((entity, entity_id))
        ),
    )
    dialog = AuditLogDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    rows = dialog.model.rows
    first = next(i for i, r in enumerate(rows) if r.entity_id is not None)
    dialog.view.setCurrentIndex(dialog.model.index(first, 0))
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    assert opened == [(rows[first].entity, rows[first].entity_id)]

    issues_tab = main_window.tab("issuesTab")
    button = issues_tab.findChild(type(dialog.history_button), "issueHistoryButton")
    assert button is not None and not button.isHidden(), "the office (admin) may read the history"
    detail = button.parent()
    while detail is not None and not hasattr(detail, "show_issue"):
        detail = detail.parent()
    assert detail is not None
    detail.show_issue(1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened[-1] == ("issues", 1)


def test_member_and_meeting_forms_open_the_history_of_their_record(
    qtbot,
    sqlite_url: str,
    monkeypatch,
) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from advisoryboard.services import meetings
    from advisoryboard.services.base import read_only
    from ui.meetings.meeting_dialogs import MeetingDialog
    from ui.members.member_dialog import MemberDialog
    from ui.safety import audit_view

    shown: list[tuple[str, int, int]] = []

    def record(cls, ctx, entity, entity_id, title, parent=None) -> None:
        history = audit_view.HistoryDialog(ctx, entity, entity_id, title, parent)  # the real view
        shown.append((entity, entity_id, history.model.rowCount()))
        history.deleteLater()

    monkeypatch.setattr(audit_view.HistoryDialog, "ask", classmethod(record))
    ctx = _ctx(sqlite_url)
    with transaction(ctx.db, Actor("mei", Role.SECRETARY)) as s:
        ana = Member(name="Ana", phone="555-0101")
        s.add(ana)
    with transaction(ctx.db, Actor("mei", Role.SECRETARY)) as s:
        meeting_id = meetings.create_meeting(s, starts_at=dt.datetime(2026, 12, 3, 18, 30))
    form = MemberDialog(None, ctx, ana.id)
    qtbot.addWidget(form)
    button = form.findChild(QPushButton, "historyButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [("members", ana.id, 1)]  # its one change: created by mei

    with read_only(ctx.db) as s:
        (row,) = [r for r in meetings.list_meetings(s) if r.id == meeting_id]
    edit = MeetingDialog(ctx, None, row)
    qtbot.addWidget(edit)
    button = edit.findChild(QPushButton, "historyButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown[-1][:2] == ("meetings", meeting_id) and shown[-1][2] >= 1
    new = MeetingDialog(ctx, None)  # a meeting not saved yet has no history
    qtbot.addWidget(new)
    assert new.findChild(QPushButton, "historyButton") is None
    # A member account may not read the audit log: no button.
    plain = AppContext(db=ctx.db, hub=ctx.hub, actor=Actor("luis", Role.MEMBER))
    member_form = MemberDialog(None, plain, ana.id)
    qtbot.addWidget(member_form)
    assert member_form.findChild(QPushButton, "historyButton") is None
    ctx.db.dispose()


def test_opening_another_board_asks_its_own_sign_in_and_cancel_stays_put(
    main_window,
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    """A sign-in (or the office's single-user mode) on one database is no pass into another."""
    from advisoryboard.opening import open_database
    from advisoryboard.permissions import OFFICE
    from advisoryboard.services.auth import create_first_admin
    from ui.main_window import FirstRunQuestion
    from ui.safety import login

    guarded = tmp_path / "other-board.db"
    other = open_database(f"sqlite:///{guarded}")
    create_first_admin(other, "chair", "Board Chair", "correct horse battery staple")
    other.dispose()
    before = main_window.ctx.db.display_name
    assert main_window.ctx.actor == OFFICE
    answers: list[Actor | None] = [None, Actor("mei", Role.STAFF)]
    asked: list[str] = []

    def login_ask(cls, db, parent=None):
        asked.append(db.display_name)
        return answers.pop(0)

    monkeypatch.setattr(login.LoginDialog, "ask", classmethod(login_ask))
    monkeypatch.setattr(FirstRunQuestion, "ask", classmethod(lambda cls, parent: False))  # no demo offer
    assert main_window.switch_database(f"sqlite:///{guarded}") is False  # sign-in cancelled
    assert asked == [str(guarded)]
    assert main_window.ctx.db.display_name == before and main_window.ctx.actor == OFFICE
    assert main_window.switch_database(f"sqlite:///{guarded}") is True
    assert main_window.ctx.db.display_name == str(guarded)
    assert main_window.ctx.actor == Actor("mei", Role.STAFF)
    members = main_window.tab("membersTab")
    assert members.ctx.actor.role is Role.STAFF, "the tabs work as the new user"
    audit = main_window.findChild(QAction, "auditLogAction")
    assert audit is not None and not audit.isEnabled(), "staff may not read the audit log"


def test_the_password_rule_is_shown_before_the_first_try(qtbot, sqlite_url: str) -> None:
    from PySide6.QtWidgets import QLabel as _Label

    from advisoryboard.opening import open_database as _open
    from advisoryboard.services.auth import MIN_PASSWORD_LENGTH
    from ui.context import AppContext, ChangeHub
    from ui.safety.accounts import NewAccountDialog
    from ui.safety.login import FirstStartDialog

    db = _open(sqlite_url)
    rule = f"At least {MIN_PASSWORD_LENGTH} characters."
    first = FirstStartDialog(db)
    hub = ChangeHub()
    new = NewAccountDialog(AppContext(db, hub))
    for dialog in (first, new):
        qtbot.addWidget(dialog)
        dialog.show()
        label = dialog.findChild(_Label, "passwordRuleLabel")
        assert label is not None and label.isVisible() and label.text() == rule
        assert dialog.password.placeholderText() == rule
    hub.close()
    db.dispose()
