"""Screenshots for docs/ of the main dialogs on a 1366×768 laptop (728 px under the taskbar),
in English and Spanish: each dialog drawn where it opens, over the main window.

    advisoryboard demo --db sqlite:///demo.db      # or any board's database
    QT_QPA_PLATFORM=offscreen python scripts/laptop_screenshots.py demo.db

Writes docs/laptop-<dialog>-<en|es>.png and docs/laptop-<tab>-<en|es>.png; the database is
copied first and the copy changed (a dialog never saves here).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_SCREEN = Path(tempfile.mkdtemp(prefix="laptop-shots-")) / "screen.json"
_SCREEN.write_text(
    json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "dpr": 1}]})
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from PySide6.QtCore import QPoint, QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from ui import language  # noqa: E402
from ui.app import build_main_window, ensure_app  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

WINDOW = (1366, 728)
TITLE = 26  # the title bar a window manager draws above a dialog


def _framed(window: MainWindow, dialog: QWidget) -> QPixmap:
    """The main window with `dialog` drawn over its centre, with a title bar, as on the screen."""
    shot = window.grab()
    body = dialog.grab()
    x = max(0, (shot.width() - body.width()) // 2)
    y = max(TITLE, (shot.height() - body.height() - TITLE) // 2 + TITLE)
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))  # the window behind a modal dialog
    painter.fillRect(QRect(x, y - TITLE, body.width(), TITLE), QColor("#3c4a5c"))
    painter.setPen(QColor("white"))
    painter.drawText(
        QRect(x + 10, y - TITLE, body.width() - 20, TITLE),
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
        dialog.windowTitle(),
    )
    painter.drawPixmap(QPoint(x, y), body)
    painter.setPen(QColor("#3c4a5c"))
    painter.drawRect(QRect(x, y - TITLE, body.width() - 1, body.height() + TITLE - 1))
    painter.end()
    return shot


#: A new motion as a secretary types it (typed text: in the board's own words, not translated).
_MOTION_TEXT = {
    "en": "To ask the city to repair the street lights on Chestnut Avenue",
    "es": "Pedir a la ciudad que repare el alumbrado de la avenida Chestnut",
}


def _voice_vote(dialog: QDialog) -> QDialog:
    """A new motion taken by voice vote: the dialog without its vote grid."""
    from database.enums import VotingMethod

    method = dialog.method  # type: ignore[attr-defined]
    method.setCurrentIndex(method.findData(VotingMethod.VOICE))
    return dialog


def _dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    from advisoryboard.services import motions
    from advisoryboard.services.districts import board_areas
    from advisoryboard.services.issue_detail import categories, get_issue
    from database.enums import MeetingStatus, VotingMethod
    from database.models import CommunityEvent, Issue, Meeting, Member, Motion
    from ui.community.dialogs import EventDialog
    from ui.issues.issue_dialog import IssueDialog
    from ui.meetings.meeting_dialogs import MeetingDialog
    from ui.meetings.motion_dialog import MotionDialog
    from ui.members.member_dialog import MemberDialog
    from ui.operations import QueryOp
    from ui.settings.dialog import BoardSettingsDialog

    ctx = window.ctx

    def ids(s):  # type: ignore[no-untyped-def]
        # the latest roll-call vote: the motion dialog with its vote grid and tally
        meeting, motion = s.execute(
            select(Meeting.id, Motion.id)
            .join(Motion, Motion.meeting_id == Meeting.id)
            .where(Meeting.status == MeetingStatus.HELD, Motion.method == VotingMethod.ROLL_CALL)
            .order_by(Meeting.starts_at.desc(), Motion.id)
            .limit(1)
        ).one()
        issue = s.scalar(select(Issue.id).where(Issue.district.is_not(None)).order_by(Issue.id.desc()))
        event = s.scalar(select(CommunityEvent.id).order_by(CommunityEvent.starts_at.desc()))
        member = s.scalar(select(Member.id).where(Member.district.is_not(None)).order_by(Member.id))
        row = next(m for m in motions.list_motions(s, meeting) if m.id == motion)
        return meeting, row, get_issue(s, issue), event, member, categories(s), board_areas(s)

    meeting, motion, issue, event, member, cats, areas = QueryOp(window, ctx, ids).get()
    lang = language.current_language()
    return {
        "issue-form": lambda: IssueDialog(window, cats, lambda data: None, issue, areas),
        "member-form": lambda: MemberDialog(window, ctx, member),
        "new-meeting": lambda: MeetingDialog(ctx, window),
        "motion": lambda: _voice_vote(MotionDialog(ctx, meeting, window, text=_MOTION_TEXT[lang])),
        "motion-roll-call": lambda: MotionDialog(ctx, meeting, window, existing=motion),
        "board-settings": lambda: BoardSettingsDialog(ctx, window),
        "event-form": lambda: EventDialog(ctx, window, event),
    }


def main(database: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="laptop-shots-")) / "board.db"
    shutil.copy(database, work)
    ensure_app()
    for lang in ("en", "es"):
        language.apply_language(lang)
        window = build_main_window(f"sqlite:///{work}")
        window.resize(*WINDOW)
        window.show()
        QApplication.processEvents()
        surveys = window.tab("surveysTab")
        window.tabs.setCurrentWidget(surveys)
        QApplication.processEvents()
        surveys.pages.setCurrentIndex(0)  # type: ignore[attr-defined]  # Data entry
        model = surveys.model  # type: ignore[attr-defined]
        for row, digits in enumerate(("2142", "1231", "3353")):  # three paper forms being typed in
            for column, digit in enumerate(digits):
                model.setData(model.index(row, column), digit)
        QApplication.processEvents()
        target = ROOT / "docs" / f"laptop-survey-entry-{lang}.png"
        window.grab().save(str(target))
        print(target)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            name = window.tabs.widget(index).objectName().removesuffix("Tab")  # membersTab → members
            target = ROOT / "docs" / f"laptop-{name}-{lang}.png"
            window.grab().save(str(target))
            print(target)
        window.tabs.setCurrentIndex(1)
        QApplication.processEvents()
        for name, make in _dialogs(window).items():
            dialog = make()
            dialog.show()
            QApplication.processEvents()
            target = ROOT / "docs" / f"laptop-{name}-{lang}.png"
            _framed(window, dialog).save(str(target))
            print(target, dialog.width(), dialog.height())
            dialog.reject()
            dialog.deleteLater()
            QApplication.processEvents()
        window.close()
        window.ctx.db.dispose()
    language.apply_language("en")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
