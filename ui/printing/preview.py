"""The print preview: the PDF itself (QPdfView), with Print… and Save as PDF…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QToolBar, QVBoxLayout, QWidget

from advisoryboard.errors import UserError
from ui.errors import show_user_error

#: Pages are rasterized for the printer at no more than this many dots per inch.
MAX_PRINT_DPI = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPreview", text)


class SavePdfQuestion:
    """Where to save the PDF (a class so tests can monkeypatch `ask`)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PrintPreview", "Save as PDF"),
            str(Path(folder) / suggested),
            QCoreApplication.translate("PrintPreview", "PDF documents (*.pdf)"),
        )
        return path or None


class PrintQuestion:
    """The system print dialog (a class so tests can monkeypatch `ask`)."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "Print"))
        dialog.setMinMax(1, max(pages, 1))
        return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render the chosen pages onto the printer, one image per page; returns pages printed."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:
        first, last = 1, count
    first, last = max(first, 1), min(last, count)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QCoreApplication.translate(
                "PrintPreview", "The printer could not be started. Check that it is on and connected."
            )
        )
    printed = 0
    try:
        for page in range(first - 1, last):
            if printed and not printer.newPage():
                raise UserError(
                    QCoreApplication.translate(
                        "PrintPreview", "The printer stopped while printing page {page}."
                    ).format(page=page + 1)
                )
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, pixels)
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), size), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PrintPreview(QDialog):
    """Shows a finished PDF; prints it or saves it. Non-modal: several may be open."""

    def __init__(self, parent: QWidget | None, pdf: bytes, title: str, filename: str) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(
            QCoreApplication.translate("PrintPreview", "Print preview — {title}").format(title=title)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf = pdf
        self.filename = filename
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(QCoreApplication.translate("PrintPreview", "Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        bar = QToolBar(self)
        bar.setObjectName("previewToolBar")
        self.print_action = self._action(
            bar,
            QCoreApplication.translate("PrintPreview", "&Print…"),
            "printPdfAction",
            QKeySequence.StandardKey.Print,
        )
        self.print_action.triggered.connect(self.print_)
        self.save_action = self._action(
            bar,
            QCoreApplication.translate("PrintPreview", "&Save as PDF…"),
            "savePdfAction",
            QKeySequence.StandardKey.Save,
        )
        self.save_action.triggered.connect(self.save)
        bar.addSeparator()
        zoom_in = self._action(
            bar,
            QCoreApplication.translate("PrintPreview", "Zoom &in"),
            "zoomInAction",
            QKeySequence.StandardKey.ZoomIn,
        )
        zoom_in.triggered.connect(lambda: self._zoom(1.25))
        zoom_out = self._action(
            bar,
            QCoreApplication.translate("PrintPreview", "Zoom &out"),
            "zoomOutAction",
            QKeySequence.StandardKey.ZoomOut,
        )
        zoom_out.triggered.connect(lambda: self._zoom(0.8))
        fit = self._action(
            bar,
            QCoreApplication.translate("PrintPreview", "&Fit width"),
            "fitWidthAction",
            QKeySequence("Ctrl+0"),
        )
        fit.triggered.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        bar.addSeparator()
        close = self._action(
            bar,
            QCoreApplication.translate("PrintPreview", "&Close"),
            "closePreviewAction",
            QKeySequence.StandardKey.Close,
        )
        close.triggered.connect(self.close)
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("pagesLabel")
        bar.addWidget(self.pages_label)
        count = self.page_count
        self.pages_label.setText(
            "  "
            + (
                QCoreApplication.translate("PrintPreview", "1 page")
                if count == 1
                else QCoreApplication.translate("PrintPreview", "{n} pages").format(n=count)
            )
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        self.resize(820, 960)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _action(
        self, bar: QToolBar, text: str, name: str, keys: QKeySequence | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(keys)
        bar.addAction(action)
        return action

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(5.0, self.view.zoomFactor() * factor)))

    def save(self) -> None:
        path = SavePdfQuestion.ask(self, self.filename)
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            show_user_error(
                self,
                UserError(
                    QCoreApplication.translate("PrintPreview", "Cannot save {file}: {reason}").format(
                        file=path, reason=exc.strerror
                    )
                ),
            )

    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.filename.removesuffix(".pdf"))
        if not PrintQuestion.ask(self, printer, self.page_count):
            return
        try:
            print_document(self.document, printer)
        except UserError as exc:
            show_user_error(self, exc)
