"""The issues table model: a count and pages of rows fetched as the view shows them.

Filtering and sorting change the query the core runs (advisoryboard.services.issue_listing);
a reload counts the matches and reads the first page in the background, and further pages
are read by row index when the view first shows them. The model holds a bounded window of
pages, so 100 000 issues open as fast as 100.

A page next to one read (keyset) or near the start or end of a segment is read at once; a
page after a jump (an OFFSET deep into the rows) is read in the background: its rows say
"Loading…" until it comes (dataChanged). One such read runs at a time; the next reads only
the pages still in view then, so a drag of the scrollbar reads where it stops, not every
place it passed. A reload (filter, sort, a change notice) drops what a read started before
it brings back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from advisoryboard.default_data import shown
from advisoryboard.errors import UserError
from advisoryboard.labels import priority_label, status_label
from advisoryboard.services.issue_filter import IssueFilter
from advisoryboard.services.issue_listing import (
    IssueListing,
    detached,
    learn,
    listing_page,
    listing_position,
    open_listing,
    page_is_cheap,
)
from advisoryboard.services.issue_rows import IssueRow
from ui.common.formatting import format_date
from ui.context import AppContext
from ui.operations import DbSession, QueryOp

PAGE = 100
MAX_PAGES = 40
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("IssuesTableModel", text)


#: (sort key in the core, header text)
COLUMNS: list[tuple[str, str]] = [
    ("reference", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Reference"))),
    ("title", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Title"))),
    ("category", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Category"))),
    ("status", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Status"))),
    ("priority", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Priority"))),
    ("district", str(QT_TRANSLATE_NOOP("IssuesTableModel", "District"))),
    ("reported_on", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Reported"))),
    ("due_on", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Due"))),
    ("assignee", str(QT_TRANSLATE_NOOP("IssuesTableModel", "Assigned to"))),
]
OVERDUE_BRUSH = QBrush(QColor("#ffe3b3"))
CONFIDENTIAL_MARK = "🔒 "
OVERDUE_MARK = "⚠ "


# The roles `data` answers (the view asks for many more on every paint).
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        ID_ROLE,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


class IssuesTableModel(QAbstractTableModel):
    """The matching issues as a count (found in the background) and a window of pages.

    Pages are read when the view first shows their rows; at most MAX_PAGES are held.
    """

    # Emitted with the number of matching issues after every reload.
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = IssueFilter()
        self.sort_key = "reported_on"
        self.descending = True
        self.listing: IssueListing | None = None
        self.pages: dict[int, list[IssueRow]] = {}
        self.today = dt.date.today()
        self.loading = False
        # The issue whose row a reload also finds (the tab's selected issue).
        self.keep_id: int | None = None
        self._known: dict[int, int | None] = {}
        self._generation = 0
        # The rows the view shows now (first, last), when a view has said how to find them
        # (`IssuesTab`): a background read skips pages scrolled past meanwhile.
        self.rows_in_view: Callable[[], tuple[int, int]] | None = None
        self._wanted: set[int] = set()  # pages asked for in this turn of the event loop
        self._next: set[int] = set()  # pages to read when the running read is done
        self._reading: frozenset[int] = frozenset()  # the pages of the running read
        self._read_token: object | None = None
        self._failed: set[int] = set()  # the server was away: blank rows until a reload
        self._dispatch = QTimer(self)
        self._dispatch.setSingleShot(True)
        self._dispatch.setInterval(0)  # after the paint that asked, with what it asked
        self._dispatch.timeout.connect(self._read_wanted)

    @property
    def total(self) -> int:
        return self.listing.total if self.listing is not None else 0

    @property
    def cache(self) -> dict[int, IssueRow]:
        """The rows held now, by issue id."""
        return {r.id: r for page in self.pages.values() for r in page}

    # ------------------------------------------------------------------ loading
    def set_filter(self, flt: IssueFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Count the matches and read the first page off the GUI thread; the newest request wins."""
        self._generation += 1
        generation = self._generation
        flt, sort, descending, today = self.filter, self.sort_key, self.descending, dt.date.today()
        keep = self.keep_id
        self.loading = True

        def work(session: DbSession) -> tuple[IssueListing, list[IssueRow], dict[int, int | None]]:
            listing = open_listing(session, flt, sort=sort, descending=descending, today=today)
            first = listing_page(session, listing, 0, PAGE)
            known = {keep: listing_position(session, listing, keep)} if keep is not None else {}
            return listing, first, known

        def done(result: tuple[IssueListing, list[IssueRow], dict[int, int | None]]) -> None:
            if generation != self._generation:
                return
            listing, first, known = result
            self.beginResetModel()
            self.listing = listing
            self._known = known
            self.pages = {0: first} if first else {}
            self.today = listing.today
            self.loading = False
            self._forget_reads()
            self.endResetModel()
            self.count_changed.emit(listing.total)

        # owned by the model: when the window closes first, the result is dropped quietly
        QueryOp(self, self.ctx, work).success(done).run_in_background()

    def row(self, row: int) -> IssueRow | None:
        """The issue shown in `row`, reading its page when it is first needed: at once when
        that is cheap, else in the background (None until it comes; see `is_loading`)."""
        if self.listing is None or not 0 <= row < self.listing.total:
            return None
        number, at = divmod(row, PAGE)
        page = self.pages.get(number)
        if page is None:
            if number in self._failed:
                return None
            listing = self.listing
            if number in self._reading or not page_is_cheap(listing, number * PAGE, PAGE):
                self._want(number)
                return None
            try:
                page = QueryOp(self, self.ctx, lambda s: listing_page(s, listing, number * PAGE, PAGE)).get()
            except (
                UserError
            ):  # the server is away: blank rows now, no dialog per paint; reconnecting refreshes
                self._failed.add(number)
                return None
            self._keep(number, page)
        return page[at] if at < len(page) else None

    def is_loading(self, row: int) -> bool:
        """True while the row's page is being read in the background (it shows "Loading…")."""
        number = row // PAGE
        return (
            self.listing is not None
            and 0 <= row < self.listing.total
            and number not in self.pages
            and number not in self._failed
        )

    def _keep(self, number: int, page: list[IssueRow]) -> None:
        if len(self.pages) >= MAX_PAGES:  # forget the pages farthest from this one
            for far in sorted(self.pages, key=lambda p: abs(p - number))[MAX_PAGES // 2 :]:
                del self.pages[far]
        self.pages[number] = page

    def _repaint(self, first: int, last: int) -> None:
        """The rows of pages `first`…`last` changed (they said "Loading…")."""
        bottom = min(last * PAGE + PAGE, self.total) - 1
        self.dataChanged.emit(self.index(first * PAGE, 0), self.index(bottom, len(COLUMNS) - 1))

    def _want(self, number: int) -> None:
        self._wanted.add(number)
        if not self._dispatch.isActive():
            self._dispatch.start()

    def _forget_reads(self) -> None:
        """A new listing: what reads of the old one would bring is dropped when it comes."""
        self._wanted.clear()
        self._next.clear()
        self._reading = frozenset()
        self._read_token = None
        self._failed.clear()
        self._dispatch.stop()

    def _in_view(self, pages: set[int]) -> set[int]:
        """The pages the view shows now (asked for or not: a drag asks for pages it has passed);
        `pages` when the view cannot say."""
        if self.rows_in_view is None:
            return pages
        first, last = self.rows_in_view()
        if first < 0 or last < first:  # not laid out yet
            return pages
        last = min(last, first + 2 * PAGE)
        shown = set(range(first // PAGE, last // PAGE + 1))
        return shown

    def _read_wanted(self) -> None:
        """Read the pages the view asked for (its last paint), one background read at a time."""
        wanted, self._wanted = self._wanted, set()
        if self.listing is None or self.loading:  # a reload is on its way; its rows repaint all
            return
        pages = {
            p
            for p in self._in_view(wanted | self._next)
            if p not in self.pages and p not in self._failed and p not in self._reading
        }
        if self._read_token is not None:
            self._next = pages  # the pages in view now; those scrolled past are not read
            return
        self._next = set()
        if not pages:
            return
        generation, listing = self._generation, self.listing
        copy = detached(listing)  # its cache is the worker's alone
        numbers = sorted(pages)
        token = object()
        self._read_token, self._reading = token, frozenset(numbers)

        def work(session: DbSession) -> dict[int, list[IssueRow]]:
            return {n: listing_page(session, copy, n * PAGE, PAGE) for n in numbers}

        def done(read: dict[int, list[IssueRow]]) -> None:
            if token is not self._read_token:
                return  # a reload came meanwhile: these rows belong to the old listing
            self._read_token, self._reading = None, frozenset()
            if generation != self._generation or listing is not self.listing:
                return
            learn(listing, copy)
            for number, page in read.items():
                self._keep(number, page)
                self._repaint(number, number)
            self._read_wanted()  # what came into view meanwhile

        def failed() -> None:
            if token is self._read_token:
                self._read_token, self._reading = None, frozenset()
                if generation == self._generation:
                    self._failed.update(numbers)
                    self._repaint(numbers[0], numbers[-1])
                    self._read_wanted()

        # a refusal (the server away) shows as blank rows, not a message per page
        QueryOp(self, self.ctx, work).success(done).handle_errors(lambda _e: None).after_failure(
            failed
        ).run_in_background()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        if self._generation:  # not before the first load (the view sorts while it is set up)
            self.reload()

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def issue_id(self, row: int) -> int | None:
        r = self.row(row)
        return r.id if r is not None else None

    def row_of(self, issue_id: int) -> int | None:
        """The row showing `issue_id` (None when it does not match the filter, or while a
        reload is under way and the rows held are all that is known)."""
        for number, page in self.pages.items():
            for at, r in enumerate(page):
                if r.id == issue_id:
                    return number * PAGE + at
        if self.listing is None or self.loading:
            return None
        if issue_id not in self._known:
            listing = self.listing
            self._known[issue_id] = QueryOp(
                self, self.ctx, lambda s: listing_position(s, listing, issue_id)
            ).get()
        return self._known[issue_id]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        r = self.row(index.row())
        key = COLUMNS[index.column()][0]
        if r is None:
            shows_text = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            if key == "title" and shows_text and self.is_loading(index.row()):
                return QCoreApplication.translate("IssuesTableModel", "Loading…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.FontRole and r.priority.value == "urgent" and key == "priority":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = []
            if r.overdue:
                notes.append(
                    QCoreApplication.translate("IssuesTableModel", "Overdue: was due {date}").format(
                        date=r.due_on
                    )
                )
            if r.confidential:
                notes.append(QCoreApplication.translate("IssuesTableModel", "Confidential issue"))
            return "\n".join(notes) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(r, key)
            return text
        return None

    def _text(self, r: IssueRow, key: str) -> str:
        if key == "reference":
            marks = (OVERDUE_MARK if r.overdue else "") + (CONFIDENTIAL_MARK if r.confidential else "")
            return marks + r.reference
        if key == "title":
            if r.withheld:
                return QCoreApplication.translate("IssuesTableModel", "Confidential issue")
            return (
                QCoreApplication.translate("IssuesTableModel", "[Confidential] ") if r.confidential else ""
            ) + r.title
        if key == "category":
            return shown(r.category)
        if key == "status":
            return status_label(r.status)
        if key == "priority":
            return priority_label(r.priority)
        if key == "district":
            return shown(r.district)  # "Beat 12" reads "Sector 12" in Spanish
        if key == "reported_on":
            return format_date(r.reported_on)
        if key == "due_on":
            if r.due_on is None:
                return ""
            return (
                OVERDUE_MARK + QCoreApplication.translate("IssuesTableModel", "Overdue") + " "
                if r.overdue
                else ""
            ) + format_date(r.due_on)
        if key == "assignee":
            return r.assignee or ""
        return ""
