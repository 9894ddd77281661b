"""The Community tab on the demo database: lists, filters, details, dialogs, keyboard, fit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from advisoryboard.permissions import Actor
from advisoryboard.services import community as svc
from advisoryboard.services.base import read_only
from database.enums import Role
from database.models import EventSignIn
from database.models.community import EventKind
from ui import language
from ui.community.dialogs import EventDialog, ProgramDialog
from ui.community.tab import CommunityTab
from ui.main_window import MainWindow

SMALL_SCREEN = QSize(1366, 728)  # 1366×768 less a taskbar


@pytest.fixture
def tab(main_window: MainWindow, qtbot) -> CommunityTab:
    tab = main_window.tab("communityTab")
    assert isinstance(tab, CommunityTab)
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loads >= 1 and tab.programs_model.rowCount() > 0)
    return tab


@pytest.fixture
def spanish() -> Iterator[None]:
    language.apply_language("es")
    yield
    language.apply_language("en")


def _titles(tab: CommunityTab) -> list[str]:
    m = tab.events_model
    return [m.index(r, 1).data() for r in range(m.rowCount())]


def test_models_pass_the_model_tester(tab: CommunityTab, qtmodeltester) -> None:
    qtmodeltester.check(tab.events_model)
    qtmodeltester.check(tab.programs_model)


def test_lists_filters_and_search_show_what_the_service_finds(tab: CommunityTab, qtbot) -> None:
    with read_only(tab.ctx.db) as s:
        expected_all = len(svc.list_events(s))
        nno = svc.list_events(s, svc.EventFilter(kind=EventKind.NATIONAL_NIGHT_OUT))
    assert tab.events_model.rowCount() == expected_all
    assert f"{expected_all:,} events listed" in tab.count_label.text()
    before = tab.loads
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(EventKind.NATIONAL_NIGHT_OUT))
    qtbot.waitUntil(lambda: tab.loads > before)
    assert tab.events_model.rowCount() == len(nno) > 0
    before = tab.loads
    tab.kind_filter.setCurrentIndex(0)
    qtbot.keyClicks(tab.search, "clean-up")
    qtbot.waitUntil(lambda: tab.loads > before and all("clean-up" in t.lower() for t in _titles(tab)))
    assert tab.events_model.rowCount() > 0


def test_selecting_an_event_shows_details_without_private_contacts(tab: CommunityTab, qtbot) -> None:
    tab.ctx.actor = Actor("mo", Role.MEMBER)  # members may not see private contacts
    row = next(
        r for r in range(tab.events_model.rowCount()) if (tab.events_model.row_at(r).sign_ins or 0) > 3
    )
    event = tab.events_model.row_at(row)
    assert event is not None
    tab.events_table.setFocus()
    tab.events_table.selectRow(row)
    qtbot.waitUntil(lambda: event.title in tab.details.toPlainText())
    text = tab.details.toPlainText()
    assert f"Named sign-ins ({event.sign_ins})" in text
    with read_only(tab.ctx.db) as s:
        hidden = s.execute(
            select(EventSignIn.name, EventSignIn.contact).where(
                EventSignIn.event_id == event.id, EventSignIn.consent.is_(False)
            )
        ).all()
    for _name, contact in hidden:
        if contact:
            assert contact not in text
    if hidden:
        assert "(name withheld: no consent)" in text


def test_event_dialog_refuses_an_end_before_the_start_next_to_the_field(tab: CommunityTab, qtbot) -> None:
    with read_only(tab.ctx.db) as s:
        before = len(svc.list_events(s))
    dialog = EventDialog(tab.ctx, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Bike rodeo")
    start = dialog.starts.dateTime()
    dialog.ends.setDateTime(start.addSecs(-3600))
    dialog.save()
    assert dialog.errors["ends_at"].isVisible()
    assert "cannot end before it starts" in dialog.errors["ends_at"].text()
    assert dialog.result() == 0
    with read_only(tab.ctx.db) as s:
        assert len(svc.list_events(s)) == before
    dialog.ends.setDateTime(start.addSecs(7200))
    dialog.save()
    assert dialog.saved_id is not None
    qtbot.waitUntil(lambda: "Bike rodeo" in _titles(tab))


def test_keyboard_only_new_program_with_bad_dates(tab: CommunityTab, qtbot) -> None:
    dialog = ProgramDialog(tab.ctx, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Maple Court Watch")
    dialog.has_end.setChecked(True)
    dialog.end.setDate(dialog.start.date().addDays(-5))
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # no effect in notes; Enter elsewhere saves
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "cannot end before it starts" in dialog.errors["end_date"].text()
    # Tab walks the form in order: name → kind → status
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.kind


@pytest.mark.parametrize("lang", ["en", "es"])
def test_tab_and_dialogs_fit_a_small_office_screen(main_window: MainWindow, qtbot, lang: str) -> None:
    language.apply_language(lang)
    try:
        tab = CommunityTab(main_window.ctx)
        qtbot.addWidget(tab)
        assert tab.minimumSizeHint().width() <= SMALL_SCREEN.width()
        assert tab.minimumSizeHint().height() <= SMALL_SCREEN.height() - 120  # tab bar, menus, status
        for dialog in (EventDialog(main_window.ctx, tab), ProgramDialog(main_window.ctx, tab)):
            qtbot.addWidget(dialog)
            assert dialog.sizeHint().height() <= SMALL_SCREEN.height()
            assert dialog.minimumSizeHint().width() <= SMALL_SCREEN.width()
        if lang == "es":
            assert tab.new_event_button.text() != "&New event…"  # translated
    finally:
        language.apply_language("en")


def test_accessible_names_on_every_control(tab: CommunityTab) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableView, QTextBrowser

    kinds = (QPushButton, QComboBox, QLineEdit, QTableView, QTextBrowser)
    controls = [w for w in tab.findChildren(QWidget) if isinstance(w, kinds) and w.objectName()]
    assert len(controls) >= 15
    for widget in controls:
        assert widget.accessibleName(), widget.objectName()


def test_an_issue_raised_at_an_event_names_it_on_the_issue_pane(main_window: MainWindow, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from database.models import CommunityEvent, Issue

    with read_only(main_window.ctx.db) as s:
        issue_id, title = s.execute(
            select(Issue.id, CommunityEvent.title)
            .join(CommunityEvent, CommunityEvent.id == Issue.source_event_id)
            .where(Issue.confidential.is_(False))
            .limit(1)
        ).one()
    issues = main_window.tab("issuesTab")
    main_window.tabs.setCurrentWidget(issues)
    issues.detail.show_issue(issue_id)  # type: ignore[attr-defined]
    label = issues.detail.findChild(QLabel, "issueSourceEvent")  # type: ignore[attr-defined]
    assert label is not None and label.text().startswith(title)


def test_raised_at_event_chosen_in_the_issue_form_shows_on_both_sides(
    tab: CommunityTab, qtbot, monkeypatch
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QLabel

    from ui.issues.issue_dialog import IssueDialog

    main_window = tab.window()
    issues = main_window.tab("issuesTab")  # type: ignore[attr-defined]
    row = next(r for r in range(tab.events_model.rowCount()) if "clean-up" in _titles(tab)[r].lower())
    event = tab.events_model.row_at(row)
    assert event is not None
    forms: list[IssueDialog] = []

    def fill_in(cls, parent, cats, save, detail=None, **kw):
        form = cls(parent, cats, save, detail, **kw)
        forms.append(form)
        form.title.setText("Dumped tyres behind the lot")
        combo = form.source_event
        assert combo.accessibleName() == "Raised at event" and combo.itemText(0) == "(not raised at an event)"
        combo.setCurrentIndex(combo.findData(event.id))
        assert combo.currentText().startswith(event.title + ", ")
        form._save()
        return form.result_value

    monkeypatch.setattr(IssueDialog, "ask", classmethod(fill_in))
    main_window.tabs.setCurrentWidget(issues)  # type: ignore[attr-defined]
    issues.new_issue()  # the form opens once its choices have been read
    qtbot.waitUntil(lambda: len(forms) == 1)
    issue_id = forms[0].result_value
    assert isinstance(issue_id, int)
    qtbot.waitUntil(lambda: issues.detail.findChild(QLabel, "issueSourceEvent") is not None)  # issue's side
    label = issues.detail.findChild(QLabel, "issueSourceEvent")
    assert label is not None and label.text().startswith(event.title)

    main_window.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]  # the event's side lists it, as a link back
    tab.events_table.selectRow(row)
    qtbot.waitUntil(lambda: "Dumped tyres behind the lot" in tab.details.toPlainText())
    assert f'href="issue:{issue_id}"' in tab.details.toHtml()
    tab.details.anchorClicked.emit(QUrl(f"issue:{issue_id}"))
    assert main_window.tabs.currentWidget() is issues  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: issues.detail.detail is not None and issues.detail.detail.id == issue_id)

    issues.edit_issue(issue_id)  # editing the issue starts from the event chosen
    qtbot.waitUntil(lambda: len(forms) == 2)
    assert forms[1].source_event.currentData() == event.id


def test_community_and_members_share_one_filter_bar_and_ctrl_f_finds_each_search(
    main_window: MainWindow, tab: CommunityTab, qtbot
) -> None:
    from ui.common.search_bar import SearchFilterBar

    members = main_window.tab("membersTab")
    for page, search in ((members, "membersSearch"), (tab, "communitySearch")):
        bar = page.findChild(SearchFilterBar)
        assert bar is not None and bar.search.objectName() == search
        main_window.tabs.setCurrentWidget(page)
        page.setFocus()
        qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is bar.search, search


def test_an_events_place_is_given_coordinates_in_its_form(tab: CommunityTab, qtbot) -> None:
    dialog = EventDialog(tab.ctx, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.latitude.accessibleName() == "Latitude of the place"
    assert dialog.latitude.text() == "not given" and dialog.longitude.text() == "not given"
    qtbot.keyClicks(dialog.title_edit, "Block party on Elm")
    dialog.latitude.setFocus()
    dialog.latitude.selectAll()
    qtbot.keyClicks(dialog.latitude, "42.31")
    dialog.save()  # a latitude without a longitude cannot be placed
    assert dialog.errors["longitude"].isVisible()
    assert "both latitude and longitude" in dialog.errors["longitude"].text()
    assert dialog.saved_id is None
    dialog.longitude.setFocus()
    dialog.longitude.selectAll()
    qtbot.keyClicks(dialog.longitude, "-71.1")
    dialog.save()
    assert dialog.saved_id is not None
    with read_only(tab.ctx.db) as s:
        record = svc.get_event(s, dialog.saved_id)
    assert (record.latitude, record.longitude) == (42.31, -71.1)
    edit = EventDialog(tab.ctx, tab, dialog.saved_id)  # shown again when the event is edited
    qtbot.addWidget(edit)
    assert (edit.latitude.coordinate(), edit.longitude.coordinate()) == (42.31, -71.1)
