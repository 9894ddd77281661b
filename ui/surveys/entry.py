"""The data-entry grid for typing returned paper forms, fast by keyboard.

One row per respondent, one column per question. In a choice column a digit is the
answer and the cursor moves on at once; in other columns type the value and press Tab or
Enter. Each value is checked as it is typed (`advisoryboard.services.surveys.check_value`,
the same rule the save and the importer use); a bad value is refused with the row and the
question named, and the cursor stays in the cell. A new empty row appears at the end.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from advisoryboard.errors import UserError
from advisoryboard.services.surveys import QuestionRecord, check_value
from database.models.surveys import QuestionKind

Index = QModelIndex | QPersistentModelIndex
SINGLE_DIGIT = (QuestionKind.LIKERT, QuestionKind.SINGLE)
# Column widths of the grid: a heading wider than ONE_LINE_WIDTH goes on two lines.
MIN_COLUMN_WIDTH = 64
ONE_LINE_WIDTH = 110


class EntryModel(QAbstractTableModel):
    """Typed cells (text) of the forms not yet saved; always one empty row at the end."""

    rejected = Signal(str)  # the message of a refused value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questions: list[QuestionRecord] = []
        self.rows: list[dict[str, str]] = [{}]
        self.language = "en"
        #: The last value typed was refused (the grid keeps the cursor in its cell).
        self.refused = False

    def set_questions(self, questions: list[QuestionRecord], language: str = "en") -> None:
        self.beginResetModel()
        self.questions = list(questions)
        self.rows = [{}]
        self.language = language
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = [{}]
        self.endResetModel()

    def filled_rows(self) -> list[dict[str, str]]:
        return [row for row in self.rows if any(v.strip() for v in row.values())]

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.questions)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self.rows) else None
        if not 0 <= section < len(self.questions):
            return None
        q = self.questions[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = q.text(self.language)
            choices = "\n".join(
                f"{c.code} = {c.label_es if self.language == 'es' else c.label_en}" for c in q.choices
            )
            return f"{text}\n{choices}" if choices else text
        return q.short_text(self.language)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        q = self.questions[index.column()]
        value = self.rows[index.row()].get(q.key, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole and value and q.kind in SINGLE_DIGIT and value.isdigit():
            choice = q.choice(int(value))
            if choice is not None:
                return choice.label_es if self.language == "es" else choice.label_en
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        q = self.questions[index.column()]
        text = str(value or "").strip()
        try:
            check_value(q, text)
        except UserError as exc:
            self.refused = True
            self.rejected.emit(
                self.tr("Row {row}, {question}: {reason}").format(
                    row=index.row() + 1, question=q.short_text(self.language), reason=exc.message
                )
            )
            return False
        self.refused = False
        self.rows[index.row()][q.key] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        if index.row() == len(self.rows) - 1 and text:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append({})
            self.endInsertRows()
        return True


class EntryGrid(QTableView):
    """The grid: digits answer choice columns at once; Tab/Enter move to the next cell."""

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyEntryGrid")
        self.setAccessibleName(self.tr("Paper forms to type in: one row per respondent"))
        self.setModel(model)
        self.entry = model
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        header = self.horizontalHeader()
        header.setDefaultSectionSize(92)
        # a heading of two or three words wraps onto a second line instead of being cut
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        model.modelReset.connect(self.fit_headings)

    def fit_headings(self) -> None:
        """Each column wide enough for its heading on one line, or on two lines split where the
        longer line is shortest, so "Meetings attended" / "Reuniones asistidas" read whole."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        pad = 14
        lines = 1
        for column in range(self.entry.columnCount()):
            words = str(self.entry.headerData(column, Qt.Orientation.Horizontal) or "").split()
            whole = metrics.horizontalAdvance(" ".join(words))
            width = whole
            if whole + pad > ONE_LINE_WIDTH and len(words) > 1:
                width = min(
                    max(
                        metrics.horizontalAdvance(" ".join(words[:cut])),
                        metrics.horizontalAdvance(" ".join(words[cut:])),
                    )
                    for cut in range(1, len(words))
                )
                lines = 2
            header.resizeSection(column, max(MIN_COLUMN_WIDTH, width + pad))
        header.setMinimumHeight(metrics.lineSpacing() * lines + 8)

    def advance(self) -> None:
        """Move to the next cell, then to the first cell of the next row."""
        current = self.currentIndex()
        if not current.isValid():
            self.setCurrentIndex(self.entry.index(0, 0))
            return
        row, column = current.row(), current.column() + 1
        if column >= self.entry.columnCount():
            row, column = row + 1, 0
        row = min(row, self.entry.rowCount() - 1)
        self.setCurrentIndex(self.entry.index(row, column))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab moves between the cells of a form being typed; on an empty row it leaves the
        grid, so the keyboard is never trapped (Tab from a new row reaches Save)."""
        current = self.currentIndex()
        typing = current.isValid() and any(v.strip() for v in self.entry.rows[current.row()].values())
        if not typing:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        text = event.text()
        if current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            q = self.entry.questions[current.column()]
            if text.isdigit() and len(text) == 1 and q.kind in SINGLE_DIGIT and len(q.choices) <= 9:
                if self.entry.setData(current, text):
                    self.advance()
                else:
                    self.entry.refused = False  # no editor was open: nothing to keep open
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.advance()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.entry.setData(current, "")
                event.accept()
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: Any) -> None:
        """Enter in an editor commits and moves on like Tab (the value was checked on commit)."""
        from PySide6.QtWidgets import QAbstractItemDelegate

        before = self.currentIndex()
        if self.entry.refused:  # the value was refused: stay in the cell to type it again
            self.entry.refused = False
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.setCurrentIndex(before)
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            if self.currentIndex() == before:
                self.advance()
            return
        super().closeEditor(editor, hint)
