"""Survey results on screen: diverging stacked bars for the Likert items of a wave, a trend
line of one question across waves, and the open-text answers with a search box."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from advisoryboard.analytics.surveys import QuestionResult, TrendPoint
from advisoryboard.reports.survey_palette import palette, scored_shares


def _elide_middle(text: str, limit: int = 40) -> str:
    """Keep the start and the end of a long question ("… during the day?" vs "… at night?")."""
    if len(text) <= limit:
        return text
    head = limit // 2
    return text[:head].rstrip() + "…" + text[-(limit - head - 1) :].lstrip()


@dataclass(frozen=True)
class ResultsSnapshot:
    """What the results view shows, read in one background query."""

    results: tuple[QuestionResult, ...]
    trends: dict[str, list[TrendPoint]]
    texts: dict[str, str]  # question key -> its text in the app's language


class DivergingBars(pg.PlotWidget):
    """One horizontal bar per Likert item: negative answers left of 0, positive right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyDivergingBars")
        self.setBackground("w")
        self.setMenuEnabled(False)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.getPlotItem().showGrid(x=True, y=False, alpha=0.25)
        self.getPlotItem().setLabel("bottom", "%")
        self.segments: list[tuple[str, float, float]] = []  # (question key, left, width) for tests

    def show_results(self, results: list[QuestionResult], labels: dict[str, str]) -> None:
        self.clear()
        self.segments = []
        likert = [r for r in results if r.n and r.positive is not None]
        ticks = []
        for row, r in enumerate(reversed(likert)):
            shares = scored_shares(r)
            colours = palette(len(shares))
            middle = len(shares) // 2
            negative = sum(s for s, _e, _es in shares[:middle]) + (
                shares[middle][0] / 2 if len(shares) % 2 else 0
            )
            left = -negative * 100
            for (share, _en, _es), colour in zip(shares, colours, strict=True):
                width = share * 100
                self.addItem(
                    pg.BarGraphItem(
                        x0=[left], y=[row], width=[width], height=0.6, brush=colour, pen=pg.mkPen("w")
                    )
                )
                self.segments.append((r.key, left, width))
                left += width
            name = labels.get(r.key, r.key)
            ticks.append((row, _elide_middle(name) + f" (n={r.n})"))
        self.getPlotItem().getAxis("left").setTicks([ticks])
        self.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("k", width=1.5)))
        self.setXRange(-100, 100, padding=0.02)
        if likert:
            self.setYRange(-0.6, len(likert) - 0.4, padding=0.05)


class TrendChart(pg.PlotWidget):
    """One question across the waves: the positive share (Likert) or the mean, with its interval."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyTrendChart")
        self.setBackground("w")
        self.setMenuEnabled(False)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.points: list[float | None] = []

    def show_trend(self, points: list[TrendPoint]) -> None:
        self.clear()
        xs = [i for i, p in enumerate(points) if p.value is not None]
        values = [p.value for p in points if p.value is not None]
        likert = any(p.low is not None for p in points)
        scale = 100.0 if likert else 1.0
        ys = [float(v) * scale for v in values]
        self.points = ys  # type: ignore[assignment]
        self.getPlotItem().getAxis("bottom").setTicks([[(i, p.wave) for i, p in enumerate(points)]])
        self.getPlotItem().setLabel("left", "%" if likert else "")
        if xs:
            self.plot(xs, ys, pen=pg.mkPen("#2166ac", width=2), symbol="o", symbolBrush="#2166ac")
            if likert:
                lows = [(p.low or 0) * 100 for p in points if p.value is not None]
                highs = [(p.high or 0) * 100 for p in points if p.value is not None]
                import numpy as np

                self.addItem(
                    pg.ErrorBarItem(
                        x=np.array(xs, dtype=float),
                        y=np.array(ys),
                        top=np.array(highs) - np.array(ys),
                        bottom=np.array(ys) - np.array(lows),
                        beam=0.15,
                        pen=pg.mkPen("#2166ac"),
                    )
                )
        self.setXRange(-0.5, max(len(points) - 0.5, 0.5))


class ResultsView(QWidget):
    """Bars on top; below, the trend of the chosen question and the open-text answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyResultsView")
        self.bars = DivergingBars(self)
        self.bars.setAccessibleName(self.tr("Likert items as diverging stacked bars"))
        self.trend_question = QComboBox(self)
        self.trend_question.setObjectName("surveyTrendQuestion")
        self.trend_question.setAccessibleName(self.tr("Question shown across waves"))
        self.trend = TrendChart(self)
        self.trend.setAccessibleName(self.tr("Trend across waves"))
        self.search = QLineEdit(self)
        self.search.setObjectName("surveyTextSearch")
        self.search.setPlaceholderText(self.tr("Search the written answers…"))
        self.search.setAccessibleName(self.tr("Search the written answers"))
        self.texts = QListWidget(self)
        self.texts.setObjectName("surveyTexts")
        self.texts.setAccessibleName(self.tr("Written answers"))
        self.summary = QLabel(self)
        self.summary.setObjectName("surveyResultsSummary")
        self.summary.setWordWrap(True)

        trend_box = QWidget(self)
        tl = QVBoxLayout(trend_box)
        tl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        trend_label = QLabel(self.tr("&Trend of:"), trend_box)
        trend_label.setBuddy(self.trend_question)
        row.addWidget(trend_label)
        row.addWidget(self.trend_question, 1)
        tl.addLayout(row)
        tl.addWidget(self.trend, 1)
        text_box = QWidget(self)
        xl = QVBoxLayout(text_box)
        xl.setContentsMargins(0, 0, 0, 0)
        xl.addWidget(self.search)
        xl.addWidget(self.texts, 1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(trend_box)
        lower.addWidget(text_box)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.bars)
        splitter.addWidget(lower)
        splitter.setSizes([300, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.snapshot: ResultsSnapshot | None = None
        self.trend_question.currentIndexChanged.connect(self._show_trend)

    def show_snapshot(self, snapshot: ResultsSnapshot) -> None:
        self.snapshot = snapshot
        self.bars.show_results(list(snapshot.results), snapshot.texts)
        keep = self.trend_question.currentData()
        self.trend_question.blockSignals(True)
        self.trend_question.clear()
        for key in snapshot.trends:
            self.trend_question.addItem(snapshot.texts.get(key, key), key)
        index = max(self.trend_question.findData(keep), 0)
        self.trend_question.setCurrentIndex(index)
        self.trend_question.blockSignals(False)
        self._show_trend()
        answered = max((r.n for r in snapshot.results), default=0)
        self.summary.setText(
            self.tr("Up to {n} respondents per question. Groups under 5 are never shown.").format(n=answered)
        )

    def _show_trend(self) -> None:
        key = self.trend_question.currentData()
        if self.snapshot is not None and key in self.snapshot.trends:
            self.trend.show_trend(self.snapshot.trends[key])

    def show_texts(self, texts: list[tuple[str, str]]) -> None:
        self.texts.clear()
        for wave, text in texts:
            self.texts.addItem(f"{wave}: {text}")
