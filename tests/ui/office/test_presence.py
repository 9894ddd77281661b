"""The issue editor says who else is editing the same issue, on which computer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from advisoryboard.permissions import OFFICE, Actor
from database.enums import Role


def _host(ctx) -> QWidget:
    host = QWidget()
    host.ctx = ctx  # type: ignore[attr-defined]  # as a tab carries its context
    return host


def _editor(qtbot, ctx, issue_id: int):
    from advisoryboard.services.base import read_only
    from advisoryboard.services.issue_detail import categories, get_issue
    from ui.issues.issue_dialog import IssueDialog

    with read_only(ctx.db) as s:
        cats, detail = categories(s, include_inactive=True), get_issue(s, issue_id)
    host = _host(ctx)
    qtbot.addWidget(host)
    dialog = IssueDialog(host, cats, lambda data: issue_id, detail)  # type: ignore[arg-type, return-value]
    dialog.host_widget = host  # type: ignore[attr-defined]  # keeps the host (as a tab would be) alive as long as its form
    dialog.show()
    return dialog


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_editor_says_who_else_is_editing_this_issue(qtbot, monkeypatch, request, backend: str) -> None:
    from advisoryboard.opening import open_database
    from advisoryboard.services import presence
    from advisoryboard.services.base import transaction
    from advisoryboard.services.issues import IssueInput, create_issue
    from ui.context import AppContext, ChangeHub
    from ui.office import presence as banner

    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    monkeypatch.setattr(banner, "PRESENCE_POLL_MS", 100)
    monkeypatch.setattr(presence, "this_computer", lambda: "FRONT-DESK")
    db_a, db_b = open_database(url), open_database(url)  # two PCs
    with transaction(db_a) as s:
        issue_id = create_issue(s, IssueInput(title="Dumped mattress on Cedar Ave"))
    ana = Actor("ana", Role.SECRETARY, display_name="Ana Pérez")
    ctx_a = AppContext(db=db_a, hub=ChangeHub(), actor=ana)
    ctx_b = AppContext(db=db_b, hub=ChangeHub(), actor=OFFICE)
    first = _editor(qtbot, ctx_a, issue_id)
    qtbot.waitUntil(lambda: first.presence.checks >= 1, timeout=5000)
    assert not first.presence.banner.isVisible()  # nobody else yet

    second = _editor(qtbot, ctx_b, issue_id)
    banner_b = second.presence.banner
    qtbot.waitUntil(banner_b.isVisible, timeout=5000)
    assert banner_b.text() == "Ana Pérez is editing this issue on FRONT-DESK"
    assert second.title.text() == "Dumped mattress on Cedar Ave"  # the form itself is as usual

    first.reject()  # Ana closes her form: her lease goes
    qtbot.waitUntil(lambda: not banner_b.isVisible(), timeout=5000)
    second.reject()
    qtbot.waitUntil(lambda: second.presence.token is None, timeout=5000)
    from ui.workers import wait_for_all

    wait_for_all(5000)
    for db in (db_a, db_b):
        ctx_a.hub.close()
        ctx_b.hub.close()
        db.dispose()
