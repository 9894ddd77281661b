"""The server goes away (a restart, a dropped network) while a form is open."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.postgres


def test_the_server_restarts_while_a_form_is_open(qtbot, pg_server, pg_url: str, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from advisoryboard.opening import open_database
    from advisoryboard.services.base import transaction
    from advisoryboard.services.issues import IssueInput, create_issue
    from ui.app import build_main_window
    from ui.issues.issue_dialog import IssueDialog

    earlier = open_database(pg_url)
    with transaction(earlier) as s:
        create_issue(s, IssueInput(title="Graffiti on the library wall"))
    earlier.dispose()
    window = build_main_window(pg_url)
    qtbot.addWidget(window)
    window.show()
    live = window.live  # type: ignore[attr-defined]
    qtbot.waitUntil(live.listener.connected.is_set, timeout=5000)
    window.navigate("issuesTab", None)
    tab = window.tab("issuesTab")
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=5000)  # type: ignore[attr-defined]
    assert tab.model.index(0, 1).data() == "Graffiti on the library wall"  # type: ignore[attr-defined]
    forms: list[IssueDialog] = []

    def keep_open(cls, parent, categories, save, detail=None, areas=(), **kw):
        forms.append(cls(parent, categories, save, detail, areas, **kw))
        forms[-1].show()
        return None

    monkeypatch.setattr(IssueDialog, "ask", classmethod(keep_open))
    tab.new_issue()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(forms))  # the form opens once its choices have been read
    (form,) = forms
    form.title.setText("Broken swing in Alder Park")
    form.description.setPlainText("Reported at the November meeting by two parents.")

    heard: list[frozenset[str]] = []
    window.ctx.hub.changed.connect(heard.append)
    pg_server.halt()
    try:
        qtbot.waitUntil(lambda: live.label.isVisible(), timeout=5000)
        assert live.label.text() == "Connection lost, reconnecting…"
        form._save()  # a save while the server is down
        assert form.isVisible(), "the form stays open"
        assert "connection to the database server was lost" in form.general_error.text()
        assert "nothing was saved" in form.general_error.text()
        tab.model.pages.clear()  # type: ignore[attr-defined]  # rows not read yet (scrolled to) while the server is away
        assert tab.model.index(0, 1).data() is None  # type: ignore[attr-defined]  # blank for now, no error dialog per paint
    finally:
        pg_server.resume()
    qtbot.waitUntil(lambda: not live.label.isVisible(), timeout=10_000)
    assert window.statusBar().currentMessage() == "Reconnected to the database server."
    assert live.lost_count == 1
    from advisoryboard.events import ALL_AREAS

    qtbot.waitUntil(lambda: ALL_AREAS in heard)  # every tab refreshes: notices sent meanwhile were missed
    assert form.title.text() == "Broken swing in Alder Park"
    assert form.description.toPlainText() == "Reported at the November meeting by two parents."
    form._save()  # the same form, saved once the server is back
    assert not form.isVisible() and isinstance(form.result_value, int)
    titles = lambda: [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]  # type: ignore[attr-defined]  # noqa: E731
    qtbot.waitUntil(lambda: "Broken swing in Alder Park" in titles(), timeout=5000)
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "bugDialog" and w.isVisible()]
    window.close()
    window.ctx.db.dispose()
